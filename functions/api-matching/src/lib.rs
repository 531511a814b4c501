//! Matching a job against the seeker's resume: pain points, and the offer pitch built from
//! them.
//!
//! Its own function rather than part of api-workspace because of what it links: the matcher
//! (stemmer, skill dictionary, concept lexicon) and the offer templates (minijinja) would put
//! api-workspace's package over 5 MB, and these routes need no S3 client. The tables are
//! api-workspace's (jobs, resumes, applications); this function reads them and owns
//! `pain_points` and `offers`.

mod queries;
mod routes;

pub use routes::pain_points::MatchingConflict;

use std::sync::Arc;

use utoipa::OpenApi;
use utoipa_axum::routes;

use shared::api::Gate;
use shared::config::ConfigError;
use shared::db::Pool;
use shared::error::Problem;
use shared::web::{ApiBase, ApiConfig, Routes};

use crate::routes::{offers, pain_points};

/// What this function holds for its whole life, built once per cold start.
pub struct AppState {
    pub pool: Pool,
    pub gate: Gate,
}

/// What this function reads from its environment, once per cold start.
#[derive(Debug, Clone)]
pub struct Config {
    pub api: ApiConfig,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            api: ApiConfig::from_env()?,
        })
    }
}

impl AppState {
    /// The pool and gate, built once; `main` and the tests both build the state here.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let ApiBase { pool, gate, aws: _ } = ApiBase::build(config.api).await?;
        Ok(Self { pool, gate })
    }
}

shared::api_state!(AppState);

/// Every route of this function, each declared once for routing and the OpenAPI document.
/// Every route belongs to a signed-in user: each handler takes a `Caller`.
pub fn routes() -> Routes<AppState> {
    Routes::with_openapi(ApiDoc::openapi())
        .routes(routes!(pain_points::generate_pain_points))
        .routes(routes!(pain_points::list_pain_points))
        .routes(routes!(offers::create_offer, offers::get_offer))
}

/// The router Lambda runs, and the OpenAPI document of its routes.
pub fn app(state: Arc<AppState>) -> (axum::Router, utoipa::openapi::OpenApi) {
    shared::web::app(routes(), state)
}

#[derive(OpenApi)]
#[openapi(components(schemas(Problem, shared::FieldError)))]
pub struct ApiDoc;
