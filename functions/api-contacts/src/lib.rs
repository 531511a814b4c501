//! Contacts (CRUD, CSV import and export, verification requests) and the suppression list.
//!
//! Choices the SPEC leaves open, also stated in the OpenAPI descriptions:
//! - `POST /contacts/verify` answers 202 for the caller's contacts and lists ids that name no
//!   contact of the caller (someone else's or nobody's) as `skipped` with reason `not_found`;
//!   it never says which of the two.
//! - `DELETE /suppressions/{email}` removes only `manual` entries: bounces, complaints and
//!   unsubscribes are facts about the mailbox or the recipient's wish, so removing them is 409.
//! - `GET /contacts/export` takes the list filters and answers 409 when the CSV would exceed
//!   what a Lambda response carries; filter to export in parts.

pub mod export;
mod queries;
mod routes;

pub use contacts::{import, model, queue};
pub use routes::contacts::{
    ContactConflict, ContactPage, CreateContactRequest, UpdateContactRequest,
};
pub use routes::import::{ImportStatus, ImportUpload, ImportUploadRequest, MAX_EXPORT_BYTES};
pub use routes::suppressions::{CreateSuppressionRequest, Suppression, SuppressionPage};
pub use routes::verify::{MAX_VERIFY_IDS, SkippedContact, VerifyAccepted, VerifyRequest};

use std::sync::Arc;

use utoipa::OpenApi;
use utoipa_axum::routes;

use shared::api::Gate;
use shared::config::{self, ConfigError};
use shared::db::Pool;
use shared::error::Problem;
use shared::web::{ApiBase, ApiConfig, Routes};

use crate::import::ImportReport;
use crate::model::Contact;

/// What this function holds for its whole life, built once per cold start.
pub struct AppState {
    pub pool: Pool,
    pub sqs: aws_sdk_sqs::Client,
    pub s3: aws_sdk_s3::Client,
    pub gate: Gate,
    pub verify_queue_url: String,
    pub uploads_bucket: String,
}

/// What this function reads from its environment, once per cold start.
#[derive(Debug, Clone)]
pub struct Config {
    pub api: ApiConfig,
    pub verify_queue_url: String,
    pub uploads_bucket: String,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            api: ApiConfig::from_env()?,
            verify_queue_url: config::required("VERIFY_QUEUE_URL")?,
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
            sqs: shared::aws::sqs(&aws),
            s3: shared::aws::s3(&aws),
            verify_queue_url: config.verify_queue_url,
            uploads_bucket: config.uploads_bucket,
        })
    }
}

shared::api_state!(AppState);

/// Every route of this function, each declared once for routing and the OpenAPI document.
/// Every route needs a signed-in caller. The static paths under `/contacts/` (`import`,
/// `import-url`, `export`, `verify`) win over `/contacts/{id}`.
pub fn routes() -> Routes<AppState> {
    Routes::with_openapi(ApiDoc::openapi())
        .routes(routes!(
            routes::contacts::create_contact,
            routes::contacts::list_contacts
        ))
        .routes(routes!(
            routes::contacts::get_contact,
            routes::contacts::update_contact,
            routes::contacts::delete_contact
        ))
        .routes(routes!(routes::import::import_contacts))
        .routes(routes!(routes::import::create_import_upload))
        .routes(routes!(routes::import::get_import))
        .routes(routes!(routes::import::export_contacts))
        .routes(routes!(routes::verify::verify_contacts))
        .routes(routes!(
            routes::suppressions::list_suppressions,
            routes::suppressions::create_suppression
        ))
        .routes(routes!(routes::suppressions::delete_suppression))
}

/// The router Lambda runs, and the OpenAPI document of its routes.
pub fn app(state: Arc<AppState>) -> (axum::Router, utoipa::openapi::OpenApi) {
    shared::web::app(routes(), state)
}

#[derive(OpenApi)]
#[openapi(components(schemas(
    Problem,
    shared::FieldError,
    Contact,
    model::Verification,
    ImportReport,
    import::RowError
)))]
pub struct ApiDoc;
