//! The job seeker's workspace: preferences, resume, jobs, applications. Pain points and offers
//! are api-matching's.
//!
//! The HTTP side: the state built at cold start, the routes (each declared once, for routing
//! and the OpenAPI document together) and the OpenAPI document. Each route family's handlers
//! live in their own module under `routes`.

mod queries;
mod routes;

pub use routes::applications::ApplicationConflict;
pub use routes::jobs::JobConflict;
pub use routes::resume::ResumeConflict;

use std::sync::Arc;

use utoipa::OpenApi;
use utoipa_axum::routes;

use shared::api::Gate;
use shared::config::{self, ConfigError};
use shared::db::Pool;
use shared::error::Problem;
use shared::web::{ApiBase, ApiConfig, Routes};

use crate::routes::{applications, jobs, jobs_csv, preferences, resume};

/// What this function holds for its whole life, built once per cold start.
pub struct AppState {
    pub pool: Pool,
    pub s3: aws_sdk_s3::Client,
    pub gate: Gate,
    /// Where resumes are stored, under `users/<user_id>/resumes/<resume_id>`.
    pub uploads_bucket: String,
}

/// What this function reads from its environment, once per cold start.
#[derive(Debug, Clone)]
pub struct Config {
    pub api: ApiConfig,
    pub uploads_bucket: String,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            api: ApiConfig::from_env()?,
            uploads_bucket: config::required("UPLOADS_BUCKET")?,
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
            s3: shared::aws::s3(&aws),
            uploads_bucket: config.uploads_bucket,
        })
    }
}

shared::api_state!(AppState);

/// Every route of this function, each declared once for routing and the OpenAPI document.
/// Every workspace route belongs to a signed-in user: each handler takes a `Caller`. The static
/// paths `/jobs/import` and `/jobs/export` win over `/jobs/{id}`.
pub fn routes() -> Routes<AppState> {
    Routes::with_openapi(ApiDoc::openapi())
        .routes(routes!(
            preferences::get_job_preferences,
            preferences::put_job_preferences
        ))
        .routes(routes!(resume::upload_resume))
        .routes(routes!(resume::create_resume_upload_url))
        .routes(routes!(resume::get_resume))
        .routes(routes!(resume::get_resume_file))
        .routes(routes!(jobs::create_job, jobs::list_jobs))
        .routes(routes!(jobs::get_job, jobs::update_job, jobs::delete_job))
        .routes(routes!(jobs_csv::import_jobs))
        .routes(routes!(jobs_csv::export_jobs))
        .routes(routes!(
            applications::create_application,
            applications::list_applications
        ))
        .routes(routes!(
            applications::get_application,
            applications::update_application
        ))
        .routes(routes!(applications::list_application_events))
}

/// The router Lambda runs, and the OpenAPI document of its routes.
pub fn app(state: Arc<AppState>) -> (axum::Router, utoipa::openapi::OpenApi) {
    shared::web::app(routes(), state)
}

#[derive(OpenApi)]
#[openapi(
    components(schemas(Problem, shared::FieldError)),
    tags(
        (name = "workspace", description = "The job seeker's preferences, resume, jobs, \
            applications, pain points and offers. Every object belongs to the caller; another user's object \
            answers 404."),
    )
)]
pub struct ApiDoc;
