//! `/auth/session`: exchanging a sign-in token for a session, and signing out.

use std::sync::Arc;

use axum::extract::State;
use chrono::{DateTime, Utc};
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use shared::auth::{self, Caller, Credential, LOGIN_TOKEN_PREFIX, SESSION_PREFIX};
use shared::db;
use shared::error::{ApiError, Context, Problem};
use shared::http::{empty_response, json_response};
use shared::web::{ClientIp, Json};

use crate::{AppState, queries};

/// What a session request can conflict with.
#[derive(Debug, thiserror::Error)]
pub enum SessionConflict {
    #[error(
        "This request is authenticated with an API key; delete the key with DELETE /api-keys/{{id}}."
    )]
    NotASession,
}

shared::conflict_kinds!(SessionConflict {
    NotASession => ("not-a-session", "Not a session"),
});

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionRequest {
    /// The token from the sign-in link.
    pub token: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub plan: String,
    pub created_at: DateTime<Utc>,
}

impl User {
    pub(crate) fn from_row(row: &shared::db::Row) -> Result<Self, shared::db::Error> {
        Ok(Self {
            id: row.try_get("id")?,
            email: row.try_get("email")?,
            plan: row.try_get("plan")?,
            created_at: row.try_get("created_at")?,
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SessionCreated {
    pub session_token: String,
    pub expires_at: DateTime<Utc>,
    pub user: User,
}

const LOGIN_TOKEN_INVALID: &str =
    "The sign-in link is invalid, already used or expired; request a new one.";

/// Exchanges a sign-in token for a session. The token works once; the account is created on
/// first sign-in.
#[utoipa::path(post, path = "/auth/session", tag = "auth",
    request_body = SessionRequest,
    responses(
        (status = 200, body = SessionCreated),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn create_session(
    State(state): State<Arc<AppState>>,
    ClientIp(ip): ClientIp,
    Json(body): Json<SessionRequest>,
) -> Result<Response<Body>, ApiError> {
    let (token_id, secret) = auth::split_token(body.token.trim(), LOGIN_TOKEN_PREFIX)
        .ok_or(ApiError::Unauthorized(LOGIN_TOKEN_INVALID))?;
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let token = tx
        .query_opt(queries::LOCK_LOGIN_TOKEN, &[&token_id])
        .await
        .context("Failed to look up sign-in token")?
        .ok_or(ApiError::Unauthorized(LOGIN_TOKEN_INVALID))?;
    let stored_hash: Vec<u8> = token
        .try_get("secret_hash")
        .context("Failed to read sign-in token")?;
    let usable: bool = token
        .try_get("usable")
        .context("Failed to read sign-in token")?;
    if !auth::secret_matches(secret, &stored_hash) || !usable {
        return Err(ApiError::Unauthorized(LOGIN_TOKEN_INVALID));
    }
    let email: String = token
        .try_get("email")
        .context("Failed to read sign-in token")?;
    let consumed = tx
        .execute(queries::MARK_LOGIN_TOKEN_USED, &[&token_id])
        .await
        .context("Failed to consume sign-in token")?;
    if consumed != 1 {
        return Err(ApiError::Unauthorized(LOGIN_TOKEN_INVALID));
    }
    let user_row = tx
        .query_one(queries::UPSERT_USER, &[&email])
        .await
        .context("Failed to find or create user")?;
    let user = User::from_row(&user_row).context("Failed to read user")?;
    let session = auth::issue(SESSION_PREFIX);
    let expires_at: DateTime<Utc> = tx
        .query_one(
            queries::INSERT_SESSION,
            &[&session.id, &user.id, &session.secret_hash],
        )
        .await
        .context("Failed to create session")?
        .try_get("expires_at")
        .context("Failed to read session")?;
    shared::audit::record(
        &tx,
        user.id,
        "session.created",
        json!({"session_id": session.id}),
        &ip,
    )
    .await?;
    tx.commit().await.context("Failed to commit session")?;
    let created = SessionCreated {
        session_token: session.token,
        expires_at,
        user,
    };
    json_response(StatusCode::OK, &created)
}

/// Signs out: revokes the session that authenticates this request.
#[utoipa::path(delete, path = "/auth/session", tag = "auth", security(("bearer" = [])),
    responses(
        (status = 204),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`not-a-session`: the request is authenticated with an API key"),
    ))]
pub async fn delete_session(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    ClientIp(ip): ClientIp,
) -> Result<Response<Body>, ApiError> {
    let Credential::Session(session_id) = caller.credential else {
        return Err(SessionConflict::NotASession.into());
    };
    let client = db::client(&state.pool).await?;
    client
        .execute(queries::REVOKE_SESSION, &[&session_id, &caller.user_id])
        .await
        .context("Failed to revoke session")?;
    shared::audit::record(
        &client,
        caller.user_id,
        "session.revoked",
        json!({"session_id": session_id}),
        &ip,
    )
    .await?;
    Ok(empty_response(StatusCode::NO_CONTENT))
}
