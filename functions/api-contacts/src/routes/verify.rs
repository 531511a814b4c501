//! Verification requests: contacts queued for the verify worker, within the plan's quota.

use std::sync::Arc;

use axum::extract::State;
use chrono::Utc;
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use shared::auth::Caller;
use shared::db;
use shared::error::{ApiError, Context};
use shared::http::json_response;
use shared::web::Json;

use crate::{AppState, queries, queue};

/// Contact ids one `POST /contacts/verify` may name.
pub const MAX_VERIFY_IDS: usize = 1_000;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifyRequest {
    /// Repeats are counted once.
    #[schema(min_items = 1, max_items = 1000)]
    pub contact_ids: Vec<Uuid>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SkippedContact {
    pub contact_id: Uuid,
    /// `not_found`: no contact of the caller has this id.
    pub reason: &'static str,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VerifyAccepted {
    /// Contacts now `pending`, queued for the verify worker.
    pub queued: usize,
    pub skipped: Vec<SkippedContact>,
}

/// Queues contacts for verification (202). Each moves to `pending`, then to `valid`, `risky`
/// (disposable domain, role account), `invalid` (syntax, no such domain, no mail host, null MX)
/// or `unknown` (DNS timeout), with a reason. Ids that name no contact of the caller are listed
/// as skipped. Counts against the plan's monthly verifications, contacts still pending included
/// (429 beyond it).
#[utoipa::path(post, path = "/contacts/verify", tag = "contacts", security(("bearer" = [])),
    request_body = VerifyRequest,
    responses((status = 202, body = VerifyAccepted)))]
#[tracing::instrument(skip_all)]
pub async fn verify_contacts(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<VerifyRequest>,
) -> Result<Response<Body>, ApiError> {
    // Counted as sent, as the schema's `maxItems` counts, then repeats go.
    let mut ids = body.contact_ids;
    if ids.is_empty() || ids.len() > MAX_VERIFY_IDS {
        return Err(ApiError::validation(
            "contact_ids",
            format!("must name 1 to {MAX_VERIFY_IDS} contacts"),
        ));
    }
    ids.sort_unstable();
    ids.dedup();
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let limit = shared::plan::lock_limits(&tx, caller.user_id)
        .await?
        .monthly_verifications;
    let queued: Vec<Uuid> = tx
        .query(queries::MARK_PENDING, &[&caller.user_id, &ids])
        .await
        .context("Failed to mark contacts pending")?
        .iter()
        .map(|row| row.try_get("id"))
        .collect::<Result<_, _>>()
        .context("Failed to read pending contacts")?;
    // Includes the contacts just marked pending, inside this transaction.
    let used: i64 = tx
        .query_one(queries::MONTHLY_VERIFICATIONS, &[&caller.user_id])
        .await
        .context("Failed to count verifications")?
        .try_get("used")
        .context("Failed to read verification count")?;
    if used > limit {
        return Err(ApiError::RateLimited(shared::plan::monthly_quota_exceeded(
            "monthly verification quota",
            limit,
            Utc::now(),
        )));
    }
    // Enqueued before commit: if the queue is down, nothing stays pending. The worker locks the
    // contacts with FOR SHARE before reading their status, so it waits for this commit.
    queue::enqueue_verification(&state.sqs, &state.verify_queue_url, caller.user_id, &queued)
        .await
        .map_err(|source| ApiError::DependencyDown {
            dependency: "verify queue",
            source,
        })?;
    tx.commit().await.context("Failed to commit verification")?;
    let skipped = ids
        .iter()
        .filter(|id| !queued.contains(id))
        .map(|id| SkippedContact {
            contact_id: *id,
            reason: "not_found",
        })
        .collect();
    let accepted = VerifyAccepted {
        queued: queued.len(),
        skipped,
    };
    json_response(StatusCode::ACCEPTED, &accepted)
}
