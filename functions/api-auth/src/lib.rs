//! Sign-in by magic link, sessions, API keys and the caller's profile.

mod queries;
mod routes;

use std::sync::Arc;

use utoipa::OpenApi;
use utoipa_axum::routes;

use shared::api::Gate;
use shared::config::{self, ConfigError};
use shared::db::Pool;
use shared::error::Problem;
use shared::web::{ApiBase, ApiConfig, Routes};

/// Prefix of one-time sign-in tokens; they only ever travel inside an email.
pub use shared::auth::LOGIN_TOKEN_PREFIX;

pub use routes::api_keys::{
    ApiKey, ApiKeyConflict, ApiKeyCreated, ApiKeyPage, CreateApiKeyRequest,
};
pub use routes::magic_link::{Accepted, MagicLinkRequest, mailbox_budget_key};
pub use routes::profile::{Me, Usage};
pub use routes::sessions::{SessionConflict, SessionCreated, SessionRequest, User};

/// What this function holds for its whole life, built once per cold start.
pub struct AppState {
    pub pool: Pool,
    pub sqs: aws_sdk_sqs::Client,
    pub gate: Gate,
    pub mail_queue_url: String,
    pub app_base_url: String,
}

/// What this function reads from its environment, once per cold start.
#[derive(Debug, Clone)]
pub struct Config {
    pub api: ApiConfig,
    pub mail_queue_url: String,
    pub app_base_url: String,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            api: ApiConfig::from_env()?,
            mail_queue_url: config::required("MAIL_QUEUE_URL")?,
            app_base_url: config::required("APP_BASE_URL")?,
        })
    }
}

impl AppState {
    /// The pool and clients, built once; `main` and the tests both build the state here.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let ApiBase { pool, gate, aws } = ApiBase::build(config.api).await?;
        Ok(Self {
            pool,
            gate,
            sqs: shared::aws::sqs(&aws),
            mail_queue_url: config.mail_queue_url,
            app_base_url: config.app_base_url.trim_end_matches('/').to_owned(),
        })
    }
}

shared::api_state!(AppState);

/// Every route of this function, each declared once for routing and the OpenAPI document.
/// Asking for a sign-in link and redeeming it are how a caller gets credentials: those
/// handlers take no `Caller`.
pub fn routes() -> Routes<AppState> {
    Routes::with_openapi(ApiDoc::openapi())
        .routes(routes!(routes::magic_link::request_magic_link))
        .routes(routes!(
            routes::sessions::create_session,
            routes::sessions::delete_session
        ))
        .routes(routes!(routes::profile::get_me, routes::profile::update_me))
        .routes(routes!(routes::usage::get_usage))
        .routes(routes!(
            routes::api_keys::create_api_key,
            routes::api_keys::list_api_keys
        ))
        .routes(routes!(routes::api_keys::delete_api_key))
}

/// The router Lambda runs, and the OpenAPI document of its routes.
pub fn app(state: Arc<AppState>) -> (axum::Router, utoipa::openapi::OpenApi) {
    shared::web::app(routes(), state)
}

#[derive(OpenApi)]
#[openapi(components(schemas(Problem, shared::FieldError)))]
pub struct ApiDoc;
