//! Dependency health, the OpenAPI document of every route, and problem documents for routes
//! that do not exist (this function is also the API's `$default` route).

pub mod openapi;
mod queries;
mod routes;

use std::sync::Arc;

use axum::middleware;
use utoipa::OpenApi;
use utoipa_axum::routes;

use shared::config::{self, ConfigError, DatabaseConfig};
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

/// What this function reads from its environment, once per cold start.
#[derive(Debug, Clone)]
pub struct Config {
    pub database: DatabaseConfig,
    pub bucket: String,
    pub queue_url: String,
    pub table: String,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            database: DatabaseConfig::from_env()?,
            bucket: config::required("UPLOADS_BUCKET")?,
            queue_url: config::required("MAIL_QUEUE_URL")?,
            table: config::required("API_TABLE")?,
        })
    }
}

impl AppState {
    /// The pool and clients, built once; `main` and the tests both build the state here.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let aws = shared::aws::load();
        Ok(Self {
            pool: db::pool(&config.database)?,
            s3: shared::aws::s3(&aws),
            sqs: shared::aws::sqs(&aws),
            dynamodb: shared::aws::dynamodb(&aws),
            bucket: config.bucket,
            queue_url: config.queue_url,
            table: config.table,
        })
    }
}

/// Every route of this function, each declared once for routing and the OpenAPI document.
pub fn routes() -> Routes<AppState> {
    Routes::with_openapi(openapi::ApiDoc::openapi())
        .routes(routes!(routes::health::health))
        .routes(routes!(routes::document::openapi_document))
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
