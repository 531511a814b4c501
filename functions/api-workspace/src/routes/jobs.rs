//! `/jobs`: the postings the seeker is working on.

use std::sync::Arc;

use axum::extract::State;
use chrono::{DateTime, Utc};
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use shared::text::{HttpUrl, Line, MultiLine, NonBlankLine};
use utoipa::openapi::{RefOr, Schema};
use utoipa::{PartialSchema, ToSchema};
use uuid::Uuid;

use shared::auth::Caller;
use shared::db::{self, Row};
use shared::error::{ApiError, Context, FieldError, Problem};
use shared::http::{empty_response, json_response};
use shared::pagination::{Page, PageRequest};
use shared::web::{ClientIp, Json, Path, QueryParams};

use crate::{AppState, queries};
use shared::fields::{self, Fields, present};

/// What a job request can conflict with.
#[derive(Debug, thiserror::Error)]
pub enum JobConflict {
    #[error("The job's application is used by a campaign; delete the campaign first.")]
    ApplicationInCampaign,
}

shared::conflict_kinds!(JobConflict {
    ApplicationInCampaign => ("application-in-campaign", "Application in a campaign"),
});

pub const MAX_TITLE_CHARS: usize = 300;
pub const MAX_SHORT_CHARS: usize = 200;
pub const MAX_SOURCE_CHARS: usize = 100;
/// Long enough for any real job description, short enough to keep matching fast.
pub const MAX_DESCRIPTION_CHARS: usize = 50_000;
pub const MAX_TAGS: usize = 20;
pub const MAX_TAG_CHARS: usize = 50;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Job {
    pub id: Uuid,
    pub title: String,
    pub company: String,
    pub url: Option<String>,
    pub location: Option<String>,
    pub description: String,
    pub source: Option<String>,
    /// Lower-case, unique.
    pub tags: Vec<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

shared::keyed_by_creation!(Job);

impl Job {
    pub fn from_row(row: &Row) -> Result<Self, db::Error> {
        Ok(Self {
            id: row.try_get("id")?,
            title: row.try_get("title")?,
            company: row.try_get("company")?,
            url: row.try_get("url")?,
            location: row.try_get("location")?,
            description: row.try_get("description")?,
            source: row.try_get("source")?,
            tags: row.try_get("tags")?,
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
        })
    }
}

/// The fields of a new job; only `title` is required.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct JobRequest {
    #[schema(value_type = NonBlankLine<{ MAX_TITLE_CHARS }>, inline, required = true)]
    #[serde(default, deserialize_with = "present")]
    pub title: Option<Value>,
    #[schema(value_type = Option<Line<{ MAX_SHORT_CHARS }>>, inline)]
    #[serde(default, deserialize_with = "present")]
    pub company: Option<Value>,
    /// The posting's address.
    #[schema(value_type = Option<HttpUrl<{ fields::MAX_URL_CHARS }>>, inline)]
    #[serde(default, deserialize_with = "present")]
    pub url: Option<Value>,
    #[schema(value_type = Option<Line<{ MAX_SHORT_CHARS }>>, inline)]
    #[serde(default, deserialize_with = "present")]
    pub location: Option<Value>,
    /// The job description; pain points are generated from it.
    #[schema(value_type = Option<MultiLine<{ MAX_DESCRIPTION_CHARS }>>, inline)]
    #[serde(default, deserialize_with = "present")]
    pub description: Option<Value>,
    /// Where the posting was found, e.g. `linkedin`.
    #[schema(value_type = Option<Line<{ MAX_SOURCE_CHARS }>>, inline)]
    #[serde(default, deserialize_with = "present")]
    pub source: Option<Value>,
    /// Stored lower-case; blanks and repeats (ignoring case) are dropped.
    #[schema(value_type = Option<Vec<Line<{ MAX_TAG_CHARS }>>>, inline, max_items = 20)]
    #[serde(default, deserialize_with = "present")]
    pub tags: Option<Value>,
}

/// The body of `PATCH /jobs/{id}`: [`JobRequest`]'s fields, none required.
pub struct JobUpdate;

impl PartialSchema for JobUpdate {
    fn schema() -> RefOr<Schema> {
        shared::openapi::none_required(
            JobRequest::schema(),
            "Any of a job's fields: an absent field is kept, `null` clears an optional one \
             (`title` cannot be cleared).",
        )
    }
}

impl ToSchema for JobUpdate {
    fn name() -> std::borrow::Cow<'static, str> {
        "JobUpdate".into()
    }
}

/// A job's fields after checking; `None` where the request did not send the field.
#[derive(Debug, Default)]
pub struct JobChanges {
    pub title: Option<String>,
    pub company: Option<String>,
    pub url: Option<Option<String>>,
    pub location: Option<Option<String>>,
    pub description: Option<String>,
    pub source: Option<Option<String>>,
    pub tags: Option<Vec<String>>,
}

impl JobChanges {
    /// Checks every field, reporting all problems at once.
    pub fn check(request: &JobRequest, creating: bool) -> Result<Self, Vec<FieldError>> {
        let mut checks = Fields::new();
        if creating && request.title.is_none() {
            checks.error("title", "is required");
        }
        let changes = Self {
            title: checks.check(
                "title",
                request.title.as_ref(),
                fields::required_line(MAX_TITLE_CHARS),
            ),
            company: checks.check("company", request.company.as_ref(), |value| {
                fields::line(MAX_SHORT_CHARS)(value).map(Option::unwrap_or_default)
            }),
            url: checks.check("url", request.url.as_ref(), fields::url),
            location: checks.check(
                "location",
                request.location.as_ref(),
                fields::line(MAX_SHORT_CHARS),
            ),
            description: checks.check(
                "description",
                request.description.as_ref(),
                fields::text(MAX_DESCRIPTION_CHARS),
            ),
            source: checks.check(
                "source",
                request.source.as_ref(),
                fields::line(MAX_SOURCE_CHARS),
            ),
            tags: checks.check(
                "tags",
                request.tags.as_ref(),
                fields::string_list(MAX_TAGS, MAX_TAG_CHARS, true),
            ),
        };
        let errors = checks.into_errors();
        if errors.is_empty() {
            Ok(changes)
        } else {
            Err(errors)
        }
    }

    /// The job these changes make of `job`.
    pub fn apply(self, mut job: Job) -> Job {
        if let Some(title) = self.title {
            job.title = title;
        }
        if let Some(company) = self.company {
            job.company = company;
        }
        if let Some(url) = self.url {
            job.url = url;
        }
        if let Some(location) = self.location {
            job.location = location;
        }
        if let Some(description) = self.description {
            job.description = description;
        }
        if let Some(source) = self.source {
            job.source = source;
        }
        if let Some(tags) = self.tags {
            job.tags = tags;
        }
        job
    }
}

/// Inserts a checked new job; works in a transaction too, for imports.
pub async fn insert(
    client: &impl shared::db::GenericClient,
    user_id: Uuid,
    changes: JobChanges,
) -> Result<Job, ApiError> {
    let row = client
        .query_one(
            queries::INSERT_JOB,
            &[
                &user_id,
                &changes.title.unwrap_or_default(),
                &changes.company.unwrap_or_default(),
                &changes.url.flatten(),
                &changes.location.flatten(),
                &changes.description.unwrap_or_default(),
                &changes.source.flatten(),
                &changes.tags.unwrap_or_default(),
            ],
        )
        .await
        .context("Failed to store job")?;
    Job::from_row(&row).context("Failed to read job")
}

/// Adds a job.
#[utoipa::path(post, path = "/jobs", tag = "workspace", security(("bearer" = [])),
    request_body = JobRequest,
    responses((status = 201, body = Job)))]
#[tracing::instrument(skip_all)]
pub async fn create_job(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<Value>,
) -> Result<Response<Body>, ApiError> {
    let request: JobRequest = fields::object_body(body)?;
    let changes = JobChanges::check(&request, true).map_err(ApiError::Validation)?;
    let client = db::client(&state.pool).await?;
    let job = insert(&client, caller.user_id, changes).await?;
    json_response(StatusCode::CREATED, &job)
}

/// Filters shared by the listing and the export.
#[derive(Debug, Default)]
pub struct JobFilters {
    pub tag: Option<String>,
    pub company: Option<String>,
    pub q: Option<String>,
}

impl JobFilters {
    pub fn from_query(query: &QueryParams) -> Result<Self, ApiError> {
        let mut checks = Fields::new();
        let mut filter = |name: &str, lowercase: bool| {
            let raw = query.get(name).map(|value| json!(value));
            checks
                .check(name, raw.as_ref(), fields::line(MAX_SHORT_CHARS))
                .flatten()
                .map(|value| {
                    if lowercase {
                        value.to_lowercase()
                    } else {
                        value
                    }
                })
        };
        let filters = Self {
            tag: filter("tag", true),
            company: filter("company", false),
            q: filter("q", false),
        };
        checks.finish()?;
        Ok(filters)
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JobPage {
    pub items: Vec<Job>,
    pub next_cursor: Option<String>,
}

/// The caller's jobs, newest first, optionally filtered.
#[utoipa::path(get, path = "/jobs", tag = "workspace", security(("bearer" = [])),
    params(
        ("tag" = inline(Option<shared::text::Line<{ crate::routes::jobs::MAX_SHORT_CHARS }>>), Query, description = "only jobs with this tag (case-insensitive)"),
        ("company" = inline(Option<shared::text::Line<{ crate::routes::jobs::MAX_SHORT_CHARS }>>), Query, description = "only jobs at this company (exact, case-insensitive)"),
        ("q" = inline(Option<shared::text::Line<{ crate::routes::jobs::MAX_SHORT_CHARS }>>), Query, description = "text in the title, company or description (case-insensitive)"),
        PageRequest,
    ),
    responses((status = 200, body = JobPage)))]
pub async fn list_jobs(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    page: PageRequest,
    query: QueryParams,
) -> Result<Response<Body>, ApiError> {
    let filters = JobFilters::from_query(&query)?;
    let (before_at, before_id) = page.bounds();
    let client = db::client(&state.pool).await?;
    let rows = client
        .query(
            queries::LIST_JOBS,
            &[
                &caller.user_id,
                &before_at,
                &before_id,
                &page.fetch_limit(),
                &filters.tag,
                &filters.company,
                &filters.q,
            ],
        )
        .await
        .context("Failed to list jobs")?;
    let jobs = db::read_rows(&rows, Job::from_row).context("Failed to read jobs")?;
    let listing = Page::from_rows(jobs, &page);
    json_response(StatusCode::OK, &listing)
}

/// Loads one of the caller's jobs; another user's job is 404 like a missing one.
pub async fn find(
    client: &impl shared::db::GenericClient,
    user_id: Uuid,
    job_id: Uuid,
) -> Result<Job, ApiError> {
    let row = client
        .query_opt(queries::GET_JOB, &[&job_id, &user_id])
        .await
        .context("Failed to load job")?
        .ok_or(ApiError::NotFound)?;
    Job::from_row(&row).context("Failed to read job")
}

/// One job.
#[utoipa::path(get, path = "/jobs/{id}", tag = "workspace", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 200, body = Job)))]
pub async fn get_job(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(job_id): Path<Uuid>,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let job = find(&client, caller.user_id, job_id).await?;
    json_response(StatusCode::OK, &job)
}

/// Changes some fields of a job: absent fields are kept, `null` clears an optional one.
#[utoipa::path(patch, path = "/jobs/{id}", tag = "workspace", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    request_body = JobUpdate,
    responses((status = 200, body = Job)))]
#[tracing::instrument(skip_all)]
pub async fn update_job(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(job_id): Path<Uuid>,
    Json(body): Json<Value>,
) -> Result<Response<Body>, ApiError> {
    let request: JobRequest = fields::object_body(body)?;
    let changes = JobChanges::check(&request, false).map_err(ApiError::Validation)?;
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let current = tx
        .query_opt(queries::LOCK_JOB, &[&job_id, &caller.user_id])
        .await
        .context("Failed to load job")?
        .ok_or(ApiError::NotFound)?;
    let current = Job::from_row(&current).context("Failed to read job")?;
    let job = changes.apply(current);
    let row = tx
        .query_one(
            queries::UPDATE_JOB,
            &[
                &job.id,
                &caller.user_id,
                &job.title,
                &job.company,
                &job.url,
                &job.location,
                &job.description,
                &job.source,
                &job.tags,
            ],
        )
        .await
        .context("Failed to update job")?;
    let job = Job::from_row(&row).context("Failed to read job")?;
    tx.commit().await.context("Failed to commit job")?;
    json_response(StatusCode::OK, &job)
}

/// Deletes a job with what was tracked about it: its application (with history and offer)
/// and its pain points.
#[utoipa::path(delete, path = "/jobs/{id}", tag = "workspace", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses(
        (status = 204),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`application-in-campaign`: a campaign uses the job's application"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn delete_job(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(job_id): Path<Uuid>,
    ClientIp(ip): ClientIp,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let deleted = match client
        .execute(queries::DELETE_JOB, &[&job_id, &caller.user_id])
        .await
    {
        Ok(deleted) => deleted,
        // Something outside the workspace (a campaign) still points at this job's application.
        Err(err) if err.code() == Some(&tokio_postgres::error::SqlState::FOREIGN_KEY_VIOLATION) => {
            return Err(JobConflict::ApplicationInCampaign.into());
        }
        Err(err) => return Err(err).context("Failed to delete job"),
    };
    if deleted == 0 {
        return Err(ApiError::NotFound);
    }
    shared::audit::record(
        &client,
        caller.user_id,
        "job.deleted",
        json!({"job_id": job_id}),
        &ip,
    )
    .await?;
    Ok(empty_response(StatusCode::NO_CONTENT))
}
