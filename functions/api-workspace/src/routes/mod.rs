//! The HTTP side of the workspace: routing, the state built at cold start, and the OpenAPI
//! document. Each route family lives in its own module.

mod applications;
mod fields;
mod jobs;
mod jobs_csv;
mod offers;
mod pain_points;
mod preferences;
mod resume;

use std::sync::LazyLock;

use http::Method;
use lambda_http::{Body, Request, Response};
use utoipa::OpenApi;

use shared::api::{Gate, serve};
use shared::auth::Caller;
use shared::config::{self, RateLimitConfig};
use shared::db::{self, Pool};
use shared::error::{ApiError, Problem};
use shared::http::{PathParams, Route, Router};

/// What this function holds for its whole life, built once per cold start.
pub struct State {
    pub pool: Pool,
    pub s3: aws_sdk_s3::Client,
    pub gate: Gate,
    /// Where resumes are stored, under `users/<user_id>/resumes/<resume_id>`.
    pub uploads_bucket: String,
}

impl State {
    pub async fn from_env() -> anyhow::Result<Self> {
        let database = config::DatabaseConfig::from_env()?;
        let rate_limits = RateLimitConfig::from_env()?;
        let uploads_bucket = config::required("UPLOADS_BUCKET")?;
        let aws = shared::aws::load().await;
        Ok(Self {
            pool: db::pool(&database)?,
            s3: shared::aws::s3(&aws),
            gate: Gate::new(shared::aws::dynamodb(&aws), rate_limits),
            uploads_bucket,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handler {
    GetPreferences,
    PutPreferences,
    UploadResume,
    CreateResumeUploadUrl,
    GetResume,
    GetResumeFile,
    CreateJob,
    ListJobs,
    GetJob,
    UpdateJob,
    DeleteJob,
    ImportJobs,
    ExportJobs,
    CreateApplication,
    ListApplications,
    GetApplication,
    UpdateApplication,
    ListApplicationEvents,
    GeneratePainPoints,
    ListPainPoints,
    CreateOffer,
    GetOffer,
}

pub const ROUTES: &[Route<Handler>] = &[
    Route::new(Method::GET, "/job-preferences", Handler::GetPreferences),
    Route::new(Method::PUT, "/job-preferences", Handler::PutPreferences),
    Route::new(Method::POST, "/resume/upload", Handler::UploadResume),
    Route::new(
        Method::POST,
        "/resume/upload-url",
        Handler::CreateResumeUploadUrl,
    ),
    Route::new(Method::GET, "/resume", Handler::GetResume),
    Route::new(Method::GET, "/resume/file", Handler::GetResumeFile),
    Route::new(Method::POST, "/jobs", Handler::CreateJob),
    Route::new(Method::GET, "/jobs", Handler::ListJobs),
    Route::new(Method::GET, "/jobs/{id}", Handler::GetJob),
    Route::new(Method::PATCH, "/jobs/{id}", Handler::UpdateJob),
    Route::new(Method::DELETE, "/jobs/{id}", Handler::DeleteJob),
    Route::new(Method::POST, "/jobs/import", Handler::ImportJobs),
    Route::new(Method::GET, "/jobs/export", Handler::ExportJobs),
    Route::new(Method::POST, "/applications", Handler::CreateApplication),
    Route::new(Method::GET, "/applications", Handler::ListApplications),
    Route::new(Method::GET, "/applications/{id}", Handler::GetApplication),
    Route::new(
        Method::PATCH,
        "/applications/{id}",
        Handler::UpdateApplication,
    ),
    Route::new(
        Method::GET,
        "/applications/{id}/events",
        Handler::ListApplicationEvents,
    ),
    Route::new(
        Method::POST,
        "/pain-points/generate",
        Handler::GeneratePainPoints,
    ),
    Route::new(Method::GET, "/pain-points", Handler::ListPainPoints),
    Route::new(
        Method::POST,
        "/applications/{id}/offer",
        Handler::CreateOffer,
    ),
    Route::new(Method::GET, "/applications/{id}/offer", Handler::GetOffer),
];

static ROUTER: LazyLock<Router<Handler>> = LazyLock::new(|| Router::new(ROUTES));

pub async fn handle(state: &State, req: Request) -> Response<Body> {
    serve(req, |req| dispatch(state, req)).await
}

async fn dispatch(state: &State, req: Request) -> Result<Response<Body>, ApiError> {
    let (handler, params) = ROUTER.resolve(req.method(), req.uri().path())?;
    state.gate.admit(&shared::http::source_ip(&req)).await?;
    // Every workspace route belongs to a signed-in user.
    let (caller, _) = state.gate.caller(&state.pool, req.headers()).await?;
    route(state, handler, caller, &req, &params).await
}

async fn route(
    state: &State,
    handler: Handler,
    caller: Caller,
    req: &Request,
    params: &PathParams,
) -> Result<Response<Body>, ApiError> {
    match handler {
        Handler::GetPreferences => preferences::get_preferences(state, caller).await,
        Handler::PutPreferences => preferences::put_preferences(state, caller, req).await,
        Handler::UploadResume => resume::upload_resume(state, caller, req).await,
        Handler::CreateResumeUploadUrl => resume::create_upload_url(state, caller, req).await,
        Handler::GetResume => resume::get_resume(state, caller).await,
        Handler::GetResumeFile => resume::get_resume_file(state, caller).await,
        Handler::CreateJob => jobs::create_job(state, caller, req).await,
        Handler::ListJobs => jobs::list_jobs(state, caller, req).await,
        Handler::GetJob => jobs::get_job(state, caller, params).await,
        Handler::UpdateJob => jobs::update_job(state, caller, req, params).await,
        Handler::DeleteJob => jobs::delete_job(state, caller, req, params).await,
        Handler::ImportJobs => jobs_csv::import_jobs(state, caller, req).await,
        Handler::ExportJobs => jobs_csv::export_jobs(state, caller, req).await,
        Handler::CreateApplication => applications::create_application(state, caller, req).await,
        Handler::ListApplications => applications::list_applications(state, caller, req).await,
        Handler::GetApplication => applications::get_application(state, caller, params).await,
        Handler::UpdateApplication => {
            applications::update_application(state, caller, req, params).await
        }
        Handler::ListApplicationEvents => {
            applications::list_application_events(state, caller, req, params).await
        }
        Handler::GeneratePainPoints => pain_points::generate_pain_points(state, caller, req).await,
        Handler::ListPainPoints => pain_points::list_pain_points(state, caller, req).await,
        Handler::CreateOffer => offers::create_offer(state, caller, params).await,
        Handler::GetOffer => offers::get_offer(state, caller, params).await,
    }
}

#[derive(OpenApi)]
#[openapi(
    paths(
        preferences::get_preferences,
        preferences::put_preferences,
        resume::upload_resume,
        resume::create_upload_url,
        resume::get_resume,
        resume::get_resume_file,
        jobs::create_job,
        jobs::list_jobs,
        jobs::get_job,
        jobs::update_job,
        jobs::delete_job,
        jobs_csv::import_jobs,
        jobs_csv::export_jobs,
        applications::create_application,
        applications::list_applications,
        applications::get_application,
        applications::update_application,
        applications::list_application_events,
        pain_points::generate_pain_points,
        pain_points::list_pain_points,
        offers::create_offer,
        offers::get_offer,
    ),
    components(schemas(Problem, shared::FieldError)),
    tags(
        (name = "workspace", description = "The job seeker's preferences, resume, jobs, \
            applications, pain points and offers. Every object belongs to the caller; another \
            user's object answers 404."),
    )
)]
pub struct ApiDoc;
