//! The suppression list: addresses never sent to, whatever the reason.

use std::sync::Arc;

use axum::extract::State;
use chrono::{DateTime, Utc};
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use shared::auth::Caller;
use shared::db;
use shared::email::EmailAddress;
use shared::error::{ApiError, Context, FieldError, Problem};
use shared::http::{empty_response, json_response};
use shared::pagination::PageRequest;
use shared::text::{Email, Line};
use shared::web::{ClientIp, Json, Path};

use crate::model;
use crate::routes::contacts::ContactConflict;
use crate::{AppState, queries};

shared::schema_marker!(ManualReason = shared::openapi::string_enum(&["manual"]));

#[derive(Debug, Serialize, ToSchema)]
pub struct Suppression {
    #[serde(skip)]
    #[schema(ignore)]
    pub id: Uuid,
    pub email: String,
    /// permanent_bounce, complaint, unsubscribe or manual.
    pub reason: String,
    pub detail: Option<String>,
    pub created_at: DateTime<Utc>,
}

shared::keyed_by_creation!(Suppression);

impl Suppression {
    fn from_row(row: &shared::db::Row) -> Result<Self, shared::db::Error> {
        Ok(Self {
            id: row.try_get("id")?,
            email: row.try_get("email")?,
            reason: row.try_get("reason")?,
            detail: row.try_get("detail")?,
            created_at: row.try_get("created_at")?,
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SuppressionPage {
    pub items: Vec<Suppression>,
    pub next_cursor: Option<String>,
}

/// The caller's suppression list, newest first. Suppressed addresses are never sent to.
#[utoipa::path(get, path = "/suppressions", tag = "suppressions", security(("bearer" = [])),
    params(PageRequest),
    responses((status = 200, body = SuppressionPage)))]
pub async fn list_suppressions(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    page: PageRequest,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let listed = page.list(
        &client,
        queries::LIST_SUPPRESSIONS,
        caller.user_id,
        Suppression::from_row,
    );
    json_response(
        StatusCode::OK,
        &listed.await.context("Failed to list suppressions")?,
    )
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateSuppressionRequest {
    #[schema(value_type = Email, inline)]
    pub email: String,
    /// Only `manual` may be given (the default); bounces, complaints and unsubscribes are
    /// recorded by the system.
    #[serde(default)]
    #[schema(value_type = Option<ManualReason>, inline)]
    pub reason: Option<String>,
    /// A note.
    #[serde(default)]
    #[schema(value_type = Option<Line<500>>, inline)]
    pub detail: Option<String>,
}

/// Suppresses an address: 201 when added, 200 with the existing entry when it already was.
#[utoipa::path(post, path = "/suppressions", tag = "suppressions", security(("bearer" = [])),
    request_body = CreateSuppressionRequest,
    responses(
        (status = 201, body = Suppression),
        (status = 200, description = "Already suppressed", body = Suppression),
    ))]
#[tracing::instrument(skip_all)]
pub async fn create_suppression(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    ClientIp(ip): ClientIp,
    Json(body): Json<CreateSuppressionRequest>,
) -> Result<Response<Body>, ApiError> {
    let mut errors = Vec::new();
    let email = model::email(&body.email)
        .map_err(|error| errors.push(error))
        .ok();
    if body
        .reason
        .as_deref()
        .is_some_and(|reason| reason != "manual")
    {
        errors.push(FieldError::new(
            "reason",
            "must be `manual`; bounces, complaints and unsubscribes are recorded by the system",
        ));
    }
    let detail = model::text("detail", body.detail.as_deref(), 500)
        .map_err(|error| errors.push(error))
        .ok()
        .flatten();
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return Err(ApiError::Validation(errors));
    };
    let client = db::client(&state.pool).await?;
    let inserted = client
        .query_opt(
            queries::INSERT_SUPPRESSION,
            &[&caller.user_id, &email, &detail],
        )
        .await
        .context("Failed to add suppression")?;
    match inserted {
        Some(row) => {
            let suppression = Suppression::from_row(&row).context("Failed to read suppression")?;
            shared::audit::record(
                &client,
                caller.user_id,
                "suppression.created",
                json!({"email": suppression.email, "reason": suppression.reason}),
                &ip,
            )
            .await?;
            json_response(StatusCode::CREATED, &suppression)
        }
        None => {
            let row = client
                .query_one(queries::GET_SUPPRESSION, &[&caller.user_id, &email])
                .await
                .context("Failed to load suppression")?;
            let suppression = Suppression::from_row(&row).context("Failed to read suppression")?;
            json_response(StatusCode::OK, &suppression)
        }
    }
}

/// Removes a `manual` suppression. The address is URL-encoded in the path (`@` as `%40`).
/// Bounces, complaints and unsubscribes cannot be removed (409).
#[utoipa::path(delete, path = "/suppressions/{email}", tag = "suppressions", security(("bearer" = [])),
    params(("email" = String, Path, description = "the suppressed address, URL-encoded")),
    responses(
        (status = 204),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`suppression-not-removable`: only manual suppressions can be removed"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn delete_suppression(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(email): Path<String>,
    ClientIp(ip): ClientIp,
) -> Result<Response<Body>, ApiError> {
    // `Path` has percent-decoded the address (one that is not UTF-8 once decoded is a 404). An
    // address that does not parse names no suppression: 404, as a malformed id does.
    let email = EmailAddress::parse(&email)
        .map(|address| address.to_string())
        .map_err(|_| ApiError::NotFound)?;
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let existing = tx
        .query_opt(queries::GET_SUPPRESSION, &[&caller.user_id, &email])
        .await
        .context("Failed to load suppression")?
        .ok_or(ApiError::NotFound)?;
    let existing = Suppression::from_row(&existing).context("Failed to read suppression")?;
    if existing.reason != "manual" {
        return Err(ContactConflict::SuppressionNotRemovable {
            reason: existing.reason.replace('_', " "),
        }
        .into());
    }
    tx.execute(queries::DELETE_SUPPRESSION, &[&caller.user_id, &email])
        .await
        .context("Failed to delete suppression")?;
    shared::audit::record(
        &tx,
        caller.user_id,
        "suppression.deleted",
        json!({"email": existing.email}),
        &ip,
    )
    .await?;
    tx.commit().await.context("Failed to commit suppression")?;
    Ok(empty_response(StatusCode::NO_CONTENT))
}
