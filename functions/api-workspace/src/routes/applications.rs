//! `/applications`: where the seeker stands with each job, and how they got there.

use std::sync::Arc;

use axum::extract::State;
use chrono::{DateTime, Utc};
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::ToSchema;
use uuid::Uuid;

use shared::auth::Caller;
use shared::db::{self, Row};
use shared::error::{ApiError, Context, Problem};
use shared::http::json_response;
use shared::pagination::{Page, PageRequest};
use shared::web::{Json, Path, QueryParams};

use crate::{AppState, queries};
use shared::fields::{self, Fields};

/// What an application request can conflict with.
#[derive(Debug, thiserror::Error)]
pub enum ApplicationConflict {
    #[error("This job already has an application: {existing}.")]
    AlreadyExists { existing: Uuid },
    #[error("An application cannot move from {from} to {to}.")]
    IllegalMove { from: String, to: String },
}

shared::conflict_kinds!(ApplicationConflict {
    AlreadyExists => ("application-exists", "Application already exists"),
    IllegalMove => ("illegal-status-move", "Illegal status move"),
});

/// Every status, in the order of the happy path, then the two ways out.
pub const STATUSES: &[&str] = &[
    "saved",
    "applied",
    "interviewing",
    "offer",
    "accepted",
    "rejected",
    "withdrawn",
];
shared::schema_marker!(
    /// Schema of an application status.
    pub StatusName = shared::openapi::string_enum(STATUSES));
const HAPPY_PATH: &[&str] = &["saved", "applied", "interviewing", "offer", "accepted"];
const OPEN: &[&str] = &["saved", "applied", "interviewing", "offer"];

/// SPEC §2: saved → applied → interviewing → offer → accepted, one step at a time; any open
/// status → rejected or withdrawn. Accepted, rejected and withdrawn are final.
pub fn can_move(from: &str, to: &str) -> bool {
    let next_on_path = HAPPY_PATH
        .iter()
        .position(|status| *status == from)
        .and_then(|index| HAPPY_PATH.get(index + 1));
    next_on_path == Some(&to) || (OPEN.contains(&from) && matches!(to, "rejected" | "withdrawn"))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Application {
    pub id: Uuid,
    pub job_id: Uuid,
    /// `saved`, `applied`, `interviewing`, `offer`, `accepted`, `rejected` or `withdrawn`.
    pub status: String,
    /// A contact answered a campaign and the answer did not move the status (an invitation
    /// moves `applied` to `interviewing`); the next status move clears it.
    pub needs_attention: bool,
    pub job: JobSummary,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

shared::keyed_by_creation!(Application);

#[derive(Debug, Serialize, ToSchema)]
pub struct JobSummary {
    pub title: String,
    pub company: String,
}

impl Application {
    fn from_row(row: &Row) -> Result<Self, db::Error> {
        Ok(Self {
            id: row.try_get("id")?,
            job_id: row.try_get("job_id")?,
            status: row.try_get("status")?,
            needs_attention: row.try_get("needs_attention")?,
            job: JobSummary {
                title: row.try_get("job_title")?,
                company: row.try_get("job_company")?,
            },
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
        })
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateApplicationRequest {
    /// One of the caller's jobs; another user's job is 404.
    #[schema(value_type = Uuid, required = true)]
    #[serde(default)]
    pub job_id: Option<Value>,
}

/// Starts tracking an application for a job, in status `saved`. One application per job: a
/// second one is 409.
#[utoipa::path(post, path = "/applications", tag = "workspace", security(("bearer" = [])),
    request_body = CreateApplicationRequest,
    responses(
        (status = 201, body = Application),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`application-exists`: the job already has an application"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn create_application(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<Value>,
) -> Result<Response<Body>, ApiError> {
    let body: CreateApplicationRequest = fields::object_body(body)?;
    let mut checks = Fields::new();
    if body.job_id.is_none() {
        checks.error("job_id", "is required");
    }
    let job_id = checks.check("job_id", body.job_id.as_ref(), fields::uuid);
    checks.finish()?;
    let job_id = job_id.ok_or_else(|| ApiError::validation("job_id", "is required"))?;

    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    super::jobs::find(&tx, caller.user_id, job_id).await?;
    let Some(row) = tx
        .query_opt(queries::INSERT_APPLICATION, &[&caller.user_id, &job_id])
        .await
        .context("Failed to store application")?
    else {
        let existing: Uuid = tx
            .query_one(
                queries::FIND_APPLICATION_FOR_JOB,
                &[&caller.user_id, &job_id],
            )
            .await
            .context("Failed to find existing application")?
            .try_get("id")
            .context("Failed to read existing application")?;
        return Err(ApplicationConflict::AlreadyExists { existing }.into());
    };
    let application_id: Uuid = row.try_get("id").context("Failed to read application")?;
    tx.execute(
        queries::INSERT_APPLICATION_EVENT,
        &[&application_id, &caller.user_id, &None::<String>, &"saved"],
    )
    .await
    .context("Failed to record application event")?;
    let row = tx
        .query_one(
            queries::GET_APPLICATION,
            &[&application_id, &caller.user_id],
        )
        .await
        .context("Failed to load application")?;
    let application = Application::from_row(&row).context("Failed to read application")?;
    tx.commit().await.context("Failed to commit application")?;
    json_response(StatusCode::CREATED, &application)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationPage {
    pub items: Vec<Application>,
    pub next_cursor: Option<String>,
}

/// The caller's applications, newest first.
#[utoipa::path(get, path = "/applications", tag = "workspace", security(("bearer" = [])),
    params(
        ("status" = inline(Option<StatusName>), Query, description = "only applications in this status"),
        ("job_id" = Option<Uuid>, Query, description = "only the application for this job"),
        ("needs_attention" = Option<bool>, Query, description = "`true`: only applications a reply flagged for the seeker's attention; `false`: only the others"),
        PageRequest,
    ),
    responses((status = 200, body = ApplicationPage)))]
pub async fn list_applications(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    page: PageRequest,
    query: QueryParams,
) -> Result<Response<Body>, ApiError> {
    let mut checks = Fields::new();
    let status = query.get("status").map(|value| json!(value));
    let status = checks.check("status", status.as_ref(), fields::one_of(STATUSES));
    let job_id = query.get("job_id").map(|value| json!(value));
    let job_id = checks.check("job_id", job_id.as_ref(), fields::uuid);
    let needs_attention = query.get("needs_attention").map(|value| json!(value));
    let needs_attention = checks
        .check(
            "needs_attention",
            needs_attention.as_ref(),
            fields::one_of(&["true", "false"]),
        )
        .map(|value| value == "true");
    checks.finish()?;
    let (before_at, before_id) = page.bounds();
    let client = db::client(&state.pool).await?;
    let rows = client
        .query(
            queries::LIST_APPLICATIONS,
            &[
                &caller.user_id,
                &before_at,
                &before_id,
                &page.fetch_limit(),
                &status,
                &job_id,
                &needs_attention,
            ],
        )
        .await
        .context("Failed to list applications")?;
    let applications =
        db::read_rows(&rows, Application::from_row).context("Failed to read applications")?;
    let listing = Page::from_rows(applications, &page);
    json_response(StatusCode::OK, &listing)
}

async fn find(
    client: &impl shared::db::GenericClient,
    user_id: Uuid,
    application_id: Uuid,
) -> Result<Application, ApiError> {
    let row = client
        .query_opt(queries::GET_APPLICATION, &[&application_id, &user_id])
        .await
        .context("Failed to load application")?
        .ok_or(ApiError::NotFound)?;
    Application::from_row(&row).context("Failed to read application")
}

/// One application.
#[utoipa::path(get, path = "/applications/{id}", tag = "workspace", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 200, body = Application)))]
pub async fn get_application(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(application_id): Path<Uuid>,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let application = find(&client, caller.user_id, application_id).await?;
    json_response(StatusCode::OK, &application)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateApplicationRequest {
    /// The status to move to; a move clears `needs_attention`.
    #[schema(value_type = StatusName, inline, required = false)]
    #[serde(default, deserialize_with = "fields::present")]
    pub status: Option<Value>,
    /// `false` once the seeker has seen what flagged the application (a reply that was not an
    /// invitation), without moving it; `true` flags it again.
    #[schema(value_type = bool, required = false)]
    #[serde(default, deserialize_with = "fields::present")]
    pub needs_attention: Option<Value>,
}

/// Moves an application, or clears (or sets) its `needs_attention` flag, or both: saved →
/// applied → interviewing → offer → accepted, one step at a time, or from any open status to
/// `rejected` or `withdrawn`. Any other move is 409; asking for the current status changes
/// nothing and records nothing. Every move is recorded in `GET /applications/{id}/events`. A
/// body with neither field changes nothing and answers the application.
#[utoipa::path(patch, path = "/applications/{id}", tag = "workspace", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    request_body = UpdateApplicationRequest,
    responses(
        (status = 200, body = Application),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`illegal-status-move`: the status cannot move from the current one to this one"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn update_application(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(application_id): Path<Uuid>,
    Json(body): Json<Value>,
) -> Result<Response<Body>, ApiError> {
    let body: UpdateApplicationRequest = fields::object_body(body)?;
    let mut checks = Fields::new();
    let to = checks.check("status", body.status.as_ref(), fields::one_of(STATUSES));
    let needs_attention = checks.check("needs_attention", body.needs_attention.as_ref(), |value| {
        value
            .as_bool()
            .ok_or_else(|| "must be true or false".to_owned())
    });
    checks.finish()?;

    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let from: String = tx
        .query_opt(
            queries::LOCK_APPLICATION,
            &[&application_id, &caller.user_id],
        )
        .await
        .context("Failed to load application")?
        .ok_or(ApiError::NotFound)?
        .try_get("status")
        .context("Failed to read application")?;
    if let Some(to) = to.filter(|to| *to != from) {
        if !can_move(&from, &to) {
            return Err(ApplicationConflict::IllegalMove { from, to }.into());
        }
        tx.execute(
            queries::SET_APPLICATION_STATUS,
            &[&application_id, &caller.user_id, &to],
        )
        .await
        .context("Failed to update application")?;
        tx.execute(
            queries::INSERT_APPLICATION_EVENT,
            &[&application_id, &caller.user_id, &from, &to],
        )
        .await
        .context("Failed to record application event")?;
    }
    // After a move (which clears the flag), so `{status, needs_attention: true}` keeps it set.
    if let Some(needs_attention) = needs_attention {
        tx.execute(
            queries::SET_NEEDS_ATTENTION,
            &[&application_id, &caller.user_id, &needs_attention],
        )
        .await
        .context("Failed to update application")?;
    }
    let application = find(&tx, caller.user_id, application_id).await?;
    tx.commit().await.context("Failed to commit application")?;
    json_response(StatusCode::OK, &application)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationEvent {
    pub id: Uuid,
    /// `null` for the creation of the application.
    pub from_status: Option<String>,
    /// The status after the event; the same as `from_status` for an event that moved nothing.
    pub to_status: String,
    /// What happened besides a move, e.g. `reply from Ada Lovelace`; `null` for a move made
    /// through the API.
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
}

shared::keyed_by_creation!(ApplicationEvent);

impl ApplicationEvent {
    fn from_row(row: &Row) -> Result<Self, db::Error> {
        Ok(Self {
            id: row.try_get("id")?,
            from_status: row.try_get("from_status")?,
            to_status: row.try_get("to_status")?,
            note: row.try_get("note")?,
            created_at: row.try_get("created_at")?,
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationEventPage {
    pub items: Vec<ApplicationEvent>,
    pub next_cursor: Option<String>,
}

/// Every status change of an application, its creation included, and every reply to its
/// campaigns (`note`), newest first.
#[utoipa::path(get, path = "/applications/{id}/events", tag = "workspace", security(("bearer" = [])),
    params(
        ("id" = Uuid, Path),
        PageRequest,
    ),
    responses((status = 200, body = ApplicationEventPage)))]
pub async fn list_application_events(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(application_id): Path<Uuid>,
    page: PageRequest,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let exists = client
        .query_opt(
            queries::APPLICATION_EXISTS,
            &[&application_id, &caller.user_id],
        )
        .await
        .context("Failed to load application")?;
    if exists.is_none() {
        return Err(ApiError::NotFound);
    }
    let (before_at, before_id) = page.bounds();
    let rows = client
        .query(
            queries::LIST_APPLICATION_EVENTS,
            &[
                &application_id,
                &caller.user_id,
                &before_at,
                &before_id,
                &page.fetch_limit(),
            ],
        )
        .await
        .context("Failed to list application events")?;
    let events = db::read_rows(&rows, ApplicationEvent::from_row)
        .context("Failed to read application events")?;
    let listing = Page::from_rows(events, &page);
    json_response(StatusCode::OK, &listing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_machine_allows_exactly_the_spec_moves() {
        let allowed: Vec<(&str, &str)> = STATUSES
            .iter()
            .flat_map(|from| STATUSES.iter().map(move |to| (*from, *to)))
            .filter(|(from, to)| can_move(from, to))
            .collect();
        assert_eq!(
            allowed,
            [
                ("saved", "applied"),
                ("saved", "rejected"),
                ("saved", "withdrawn"),
                ("applied", "interviewing"),
                ("applied", "rejected"),
                ("applied", "withdrawn"),
                ("interviewing", "offer"),
                ("interviewing", "rejected"),
                ("interviewing", "withdrawn"),
                ("offer", "accepted"),
                ("offer", "rejected"),
                ("offer", "withdrawn"),
            ]
        );
    }
}
