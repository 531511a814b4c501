//! `/api-keys`: keys for scripts and integrations.

use std::sync::Arc;

use axum::extract::State;
use chrono::{DateTime, Utc};
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use shared::auth::{self, API_KEY_PREFIX, Caller};
use shared::db;
use shared::error::{ApiError, Context, Problem};
use shared::http::{empty_response, json_response};
use shared::pagination::PageRequest;
use shared::plan;
use shared::web::{ClientIp, Json, Path};

use crate::{AppState, queries};

/// What an API key request can conflict with.
#[derive(Debug, thiserror::Error)]
pub enum ApiKeyConflict {
    #[error("Your plan allows {limit} active API keys; delete one before creating another.")]
    LimitReached { limit: i64 },
}

shared::conflict_kinds!(ApiKeyConflict {
    LimitReached => ("api-key-limit-reached", "API key limit reached"),
});

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateApiKeyRequest {
    /// A label to recognise the key by.
    #[schema(value_type = shared::text::NonBlankLine<100>, inline)]
    pub name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApiKey {
    pub id: Uuid,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}

shared::keyed_by_creation!(ApiKey);

impl ApiKey {
    fn from_row(row: &shared::db::Row) -> Result<Self, shared::db::Error> {
        Ok(Self {
            id: row.try_get("id")?,
            name: row.try_get("name")?,
            created_at: row.try_get("created_at")?,
            last_used_at: row.try_get("last_used_at")?,
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApiKeyCreated {
    #[serde(flatten)]
    pub api_key: ApiKey,
    /// The key itself. Shown only in this response; only its hash is stored.
    pub key: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApiKeyPage {
    pub items: Vec<ApiKey>,
    pub next_cursor: Option<String>,
}

/// Creates an API key (`rf_…`) for scripts and integrations.
#[utoipa::path(post, path = "/api-keys", tag = "auth", security(("bearer" = [])),
    request_body = CreateApiKeyRequest,
    responses(
        (status = 201, body = ApiKeyCreated),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`api-key-limit-reached`: as many active keys as the plan allows"),
    ))]
pub async fn create_api_key(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    ClientIp(ip): ClientIp,
    Json(body): Json<CreateApiKeyRequest>,
) -> Result<Response<Body>, ApiError> {
    let name = shared::text::non_blank_line(&body.name, 100)
        .map_err(|err| ApiError::validation("name", err.to_string()))?;
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let user_row = tx
        .query_one(queries::FIND_USER, &[&caller.user_id])
        .await
        .context("Failed to load user")?;
    let plan: &str = user_row.try_get("plan").context("Failed to read user")?;
    let limit = plan::limits(plan).api_keys;
    let active: i64 = tx
        .query_one(queries::COUNT_ACTIVE_API_KEYS, &[&caller.user_id])
        .await
        .context("Failed to count API keys")?
        .try_get("active")
        .context("Failed to read API key count")?;
    if active >= limit {
        return Err(ApiKeyConflict::LimitReached { limit }.into());
    }
    let issued = auth::issue(API_KEY_PREFIX);
    let row = tx
        .query_one(
            queries::INSERT_API_KEY,
            &[&issued.id, &caller.user_id, &name, &issued.secret_hash],
        )
        .await
        .context("Failed to store API key")?;
    shared::audit::record(
        &tx,
        caller.user_id,
        "api_key.created",
        json!({"api_key_id": issued.id, "name": name}),
        &ip,
    )
    .await?;
    let api_key = ApiKey::from_row(&row).context("Failed to read API key")?;
    tx.commit().await.context("Failed to commit API key")?;
    let created = ApiKeyCreated {
        api_key,
        key: issued.token,
    };
    json_response(StatusCode::CREATED, &created)
}

/// The caller's active API keys, newest first. Keys themselves are never shown again.
#[utoipa::path(get, path = "/api-keys", tag = "auth", security(("bearer" = [])),
    params(PageRequest),
    responses((status = 200, body = ApiKeyPage)))]
pub async fn list_api_keys(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    page: PageRequest,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let keys = page.list(
        &client,
        queries::LIST_API_KEYS,
        caller.user_id,
        ApiKey::from_row,
    );
    json_response(
        StatusCode::OK,
        &keys.await.context("Failed to list API keys")?,
    )
}

/// Revokes an API key at once.
#[utoipa::path(delete, path = "/api-keys/{id}", tag = "auth", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 204)))]
pub async fn delete_api_key(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(key_id): Path<Uuid>,
    ClientIp(ip): ClientIp,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let revoked = client
        .execute(queries::REVOKE_API_KEY, &[&key_id, &caller.user_id])
        .await
        .context("Failed to revoke API key")?;
    if revoked == 0 {
        return Err(ApiError::NotFound);
    }
    shared::audit::record(
        &client,
        caller.user_id,
        "api_key.revoked",
        json!({"api_key_id": key_id}),
        &ip,
    )
    .await?;
    Ok(empty_response(StatusCode::NO_CONTENT))
}
