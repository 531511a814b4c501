//! Dependency health, the OpenAPI document of every route, and problem documents for routes
//! that do not exist (this function is also the API's `$default` route).

pub mod openapi;
mod queries;
mod routes;

use std::sync::Arc;

use axum::middleware;
use utoipa::OpenApi;
use utoipa_axum::routes;

use shared::config;
use shared::db::{self, Pool};
use shared::web::Routes;

pub use routes::health::{CHECK_TIMEOUT, Check, Checks, Health, InstanceInfo};

pub struct AppState {
    pub pool: Pool,
    pub s3: aws_sdk_s3::Client,
    pub sqs: aws_sdk_sqs::Client,
    pub dynamodb: aws_sdk_dynamodb::Client,
    pub bucket: String,
    pub queue_url: String,
    pub table: String,
}

impl AppState {
    pub async fn from_env() -> anyhow::Result<Self> {
        let database = config::DatabaseConfig::from_env()?;
        let bucket = config::required("UPLOADS_BUCKET")?;
        let queue_url = config::required("MAIL_QUEUE_URL")?;
        let table = config::required("API_TABLE")?;
        let aws = shared::aws::load().await;
        Ok(Self {
            pool: db::pool(&database)?,
            s3: shared::aws::s3(&aws),
            sqs: shared::aws::sqs(&aws),
            dynamodb: shared::aws::dynamodb(&aws),
            bucket,
            queue_url,
            table,
        })
    }
}

/// Every route of this function, each declared once for routing and the OpenAPI document.
pub fn routes() -> Routes<AppState> {
    Routes::with_openapi(openapi::ApiDoc::openapi())
        .routes(routes!(routes::health::health))
        .routes(routes!(routes::document::openapi_document))
}

/// The OpenAPI document of this function's routes.
pub fn openapi() -> utoipa::openapi::OpenApi {
    routes().into_openapi()
}

/// The router Lambda runs, and the OpenAPI document of its routes. Unlike the other functions
/// it admits every request without a rate limit (it has no callers, and health must answer
/// while the rate-limit table is down), and what matches none of its routes is answered from
/// the whole API's documented paths, as the `$default` route.
pub fn app(state: Arc<AppState>) -> (axum::Router, utoipa::openapi::OpenApi) {
    let (router, openapi) = routes().split_for_parts();
    let router = router
        .fallback(routes::unrouted::fallback)
        .layer(middleware::from_fn(shared::web::pipeline))
        .with_state(state);
    (router, openapi)
}
