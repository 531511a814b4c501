//! Sign-in by magic link, sessions, API keys and the caller's profile.

mod queries;

use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use http::{Method, StatusCode};
use lambda_http::{Body, Request, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{OpenApi, ToSchema};
use uuid::Uuid;

use shared::api::{Gate, serve};
use shared::auth::{self, API_KEY_PREFIX, Caller, Credential, SESSION_PREFIX};
use shared::config::{self, RateLimitConfig};
use shared::db::{self, Pool};
use shared::email::EmailAddress;
use shared::error::{ApiError, Context, Problem};
use shared::http::{
    PathParams, Route, Router, empty_response, json_body, json_response, source_ip,
};
use shared::mail::{self, MailJob};
use shared::pagination::{Cursor, Page, PageRequest};
use shared::plan::{self, PlanLimits};
use shared::ratelimit::Limit;

/// Prefix of one-time sign-in tokens; they only ever travel inside an email.
pub use shared::auth::LOGIN_TOKEN_PREFIX;

/// What this function holds for its whole life, built once per cold start.
pub struct State {
    pub pool: Pool,
    pub sqs: aws_sdk_sqs::Client,
    pub gate: Gate,
    pub mail_queue_url: String,
    pub app_base_url: String,
}

impl State {
    pub async fn from_env() -> anyhow::Result<Self> {
        let database = config::DatabaseConfig::from_env()?;
        let rate_limits = RateLimitConfig::from_env()?;
        let mail_queue_url = config::required("MAIL_QUEUE_URL")?;
        let app_base_url = config::required("APP_BASE_URL")?;
        let aws = shared::aws::load().await;
        Ok(Self {
            pool: db::pool(&database)?,
            sqs: shared::aws::sqs(&aws),
            gate: Gate::new(shared::aws::dynamodb(&aws), rate_limits),
            mail_queue_url,
            app_base_url: app_base_url.trim_end_matches('/').to_owned(),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handler {
    RequestMagicLink,
    CreateSession,
    DeleteSession,
    GetMe,
    CreateApiKey,
    ListApiKeys,
    DeleteApiKey,
}

pub const ROUTES: &[Route<Handler>] = &[
    Route::new(Method::POST, "/auth/magic-link", Handler::RequestMagicLink),
    Route::new(Method::POST, "/auth/session", Handler::CreateSession),
    Route::new(Method::DELETE, "/auth/session", Handler::DeleteSession),
    Route::new(Method::GET, "/me", Handler::GetMe),
    Route::new(Method::POST, "/api-keys", Handler::CreateApiKey),
    Route::new(Method::GET, "/api-keys", Handler::ListApiKeys),
    Route::new(Method::DELETE, "/api-keys/{id}", Handler::DeleteApiKey),
];

static ROUTER: LazyLock<Router<Handler>> = LazyLock::new(|| Router::new(ROUTES));

pub async fn handle(state: &State, req: Request) -> Response<Body> {
    serve(req, |req| dispatch(state, req)).await
}

async fn dispatch(state: &State, req: Request) -> Result<Response<Body>, ApiError> {
    let (handler, params) = ROUTER.resolve(req.method(), req.uri().path())?;
    state.gate.admit(&shared::http::source_ip(&req)).await?;
    match handler {
        Handler::RequestMagicLink => request_magic_link(state, &req).await,
        Handler::CreateSession => create_session(state, &req).await,
        _ => {
            let (caller, _) = state.gate.caller(&state.pool, req.headers()).await?;
            authenticated(state, handler, caller, &req, &params).await
        }
    }
}

async fn authenticated(
    state: &State,
    handler: Handler,
    caller: Caller,
    req: &Request,
    params: &PathParams,
) -> Result<Response<Body>, ApiError> {
    match handler {
        Handler::DeleteSession => delete_session(state, caller, req).await,
        Handler::GetMe => get_me(state, caller).await,
        Handler::CreateApiKey => create_api_key(state, caller, req).await,
        Handler::ListApiKeys => list_api_keys(state, caller, req).await,
        Handler::DeleteApiKey => delete_api_key(state, caller, req, params).await,
        Handler::RequestMagicLink | Handler::CreateSession => Err(ApiError::NotFound),
    }
}

// ------------------------------------------------------------------ magic link

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MagicLinkRequest {
    /// Where to send the sign-in link.
    #[schema(value_type = shared::text::Email, inline)]
    pub email: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Accepted {
    pub status: &'static str,
    pub detail: &'static str,
}

/// Emails a one-time sign-in link. Always 202 for a well-formed address, whether or not an
/// account exists, so the endpoint cannot be used to discover who has an account.
#[utoipa::path(post, path = "/auth/magic-link", tag = "auth",
    request_body = MagicLinkRequest,
    responses(
        (status = 202, body = Accepted),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 429, body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn request_magic_link(state: &State, req: &Request) -> Result<Response<Body>, ApiError> {
    let body: MagicLinkRequest = json_body(req)?;
    let email = EmailAddress::parse(&body.email)
        .map_err(|err| ApiError::validation("email", err.to_string()))?;
    let per_ip = Limit {
        scope: "magic-link source address",
        limit: state.gate.config().magic_links_per_ip_per_hour,
        window_seconds: 3600,
    };
    state.gate.check(per_ip, &source_ip(req)).await?;
    let per_email = Limit {
        scope: "magic-link",
        limit: state.gate.config().magic_links_per_email_per_hour,
        window_seconds: 3600,
    };
    state
        .gate
        .check(per_email, &mailbox_budget_key(&email))
        .await?;

    let issued = auth::issue(LOGIN_TOKEN_PREFIX);
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let address = email.to_string();
    tx.execute(
        queries::INSERT_LOGIN_TOKEN,
        &[&issued.id, &address, &issued.secret_hash],
    )
    .await
    .context("Failed to store sign-in token")?;
    let outbound_email_id: Uuid = tx
        .query_one(
            queries::INSERT_OUTBOUND_EMAIL,
            &[&"magic_link", &address, &issued.id],
        )
        .await
        .context("Failed to record outgoing mail")?
        .get(0);
    let job = MailJob::MagicLink {
        outbound_email_id,
        to: address,
        sign_in_url: auth::sign_in_url(&state.app_base_url, &issued.token),
    };
    // Commit before enqueue: a worker must never receive a job whose row it cannot see. If the
    // enqueue fails the committed row stays `queued` and the maintenance sweep sends it.
    tx.commit()
        .await
        .context("Failed to commit sign-in token")?;
    match mail::enqueue(&state.sqs, &state.mail_queue_url, &job).await {
        Ok(()) => tracing::info!(%outbound_email_id, "sign-in link queued"),
        Err(err) => tracing::error!(
            %outbound_email_id,
            error = format!("{err:#}"),
            "could not enqueue the sign-in link; the maintenance sweep will send it"
        ),
    }

    let accepted = Accepted {
        status: "accepted",
        detail: "If the address can receive email, a sign-in link is on its way. It works once, within 15 minutes.",
    };
    json_response(StatusCode::ACCEPTED, &accepted)
}

/// The mailbox an address delivers to, for its sign-in budget: `a+x@example.com`,
/// `A+y@Example.com` and `a@example.com` reach one inbox, so they share one budget. The tag is
/// what follows the first `+` of the local part (a local part that starts with `+` is kept).
pub fn mailbox_budget_key(email: &EmailAddress) -> String {
    let local = email.local_part();
    let base = match local.split_once('+') {
        Some((base, _)) if !base.is_empty() => base,
        _ => local,
    };
    format!("{}@{}", base.to_lowercase(), email.domain())
}

// ------------------------------------------------------------------ sessions

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
    fn from_row(row: &shared::db::Row) -> Self {
        Self {
            id: row.get("id"),
            email: row.get("email"),
            plan: row.get("plan"),
            created_at: row.get("created_at"),
        }
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
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn create_session(state: &State, req: &Request) -> Result<Response<Body>, ApiError> {
    let body: SessionRequest = json_body(req)?;
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
    let stored_hash: Vec<u8> = token.get("secret_hash");
    let usable: bool = token.get("usable");
    if !auth::secret_matches(secret, &stored_hash) || !usable {
        return Err(ApiError::Unauthorized(LOGIN_TOKEN_INVALID));
    }
    let email: String = token.get("email");
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
    let user = User::from_row(&user_row);
    let session = auth::issue(SESSION_PREFIX);
    let expires_at: DateTime<Utc> = tx
        .query_one(
            queries::INSERT_SESSION,
            &[&session.id, &user.id, &session.secret_hash],
        )
        .await
        .context("Failed to create session")?
        .get(0);
    shared::audit::record(
        &tx,
        user.id,
        "session.created",
        json!({"session_id": session.id}),
        &source_ip(req),
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
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn delete_session(
    state: &State,
    caller: Caller,
    req: &Request,
) -> Result<Response<Body>, ApiError> {
    let Credential::Session(session_id) = caller.credential else {
        return Err(ApiError::Conflict(
            "This request is authenticated with an API key; delete the key with DELETE /api-keys/{id}.".to_owned(),
        ));
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
        &source_ip(req),
    )
    .await?;
    Ok(empty_response(StatusCode::NO_CONTENT))
}

// ------------------------------------------------------------------ profile

#[derive(Debug, Serialize, ToSchema)]
pub struct Usage {
    pub period_start: DateTime<Utc>,
    pub sends: i64,
    pub verifications: i64,
    pub resume_parses: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub user: User,
    pub limits: PlanLimits,
    pub usage: Usage,
}

/// The caller, their plan limits and their usage this calendar month (UTC).
#[utoipa::path(get, path = "/me", tag = "auth", security(("bearer" = [])),
    responses(
        (status = 200, body = Me),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get_me(state: &State, caller: Caller) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let user_row = client
        .query_opt(queries::FIND_USER, &[&caller.user_id])
        .await
        .context("Failed to load user")?
        .ok_or(ApiError::Unauthorized("The account no longer exists."))?;
    let user = User::from_row(&user_row);
    let usage_row = client
        .query_one(queries::MONTHLY_USAGE, &[&caller.user_id])
        .await
        .context("Failed to count usage")?;
    let me = Me {
        limits: plan::limits(&user.plan),
        user,
        usage: Usage {
            period_start: usage_row.get("period_start"),
            sends: usage_row.get("sends"),
            verifications: usage_row.get("verifications"),
            resume_parses: usage_row.get("resume_parses"),
        },
    };
    json_response(StatusCode::OK, &me)
}

// ------------------------------------------------------------------ API keys

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

impl ApiKey {
    fn from_row(row: &shared::db::Row) -> Self {
        Self {
            id: row.get("id"),
            name: row.get("name"),
            created_at: row.get("created_at"),
            last_used_at: row.get("last_used_at"),
        }
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
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create_api_key(
    state: &State,
    caller: Caller,
    req: &Request,
) -> Result<Response<Body>, ApiError> {
    let body: CreateApiKeyRequest = json_body(req)?;
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
    let limit = plan::limits(user_row.get("plan")).api_keys;
    let active: i64 = tx
        .query_one(queries::COUNT_ACTIVE_API_KEYS, &[&caller.user_id])
        .await
        .context("Failed to count API keys")?
        .get(0);
    if active >= limit {
        return Err(ApiError::Conflict(format!(
            "Your plan allows {limit} active API keys; delete one before creating another."
        )));
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
        &source_ip(req),
    )
    .await?;
    tx.commit().await.context("Failed to commit API key")?;
    let created = ApiKeyCreated {
        api_key: ApiKey::from_row(&row),
        key: issued.token,
    };
    json_response(StatusCode::CREATED, &created)
}

/// The caller's active API keys, newest first. Keys themselves are never shown again.
#[utoipa::path(get, path = "/api-keys", tag = "auth", security(("bearer" = [])),
    params(
        ("limit" = Option<i64>, Query, description = "1 to 200, default 50"),
        ("cursor" = Option<String>, Query, description = "next_cursor of the previous page"),
    ),
    responses(
        (status = 200, body = ApiKeyPage),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_api_keys(
    state: &State,
    caller: Caller,
    req: &Request,
) -> Result<Response<Body>, ApiError> {
    let page = PageRequest::from_request(req)?;
    let (before_at, before_id) = page.bounds();
    let client = db::client(&state.pool).await?;
    let rows = client
        .query(
            queries::LIST_API_KEYS,
            &[&caller.user_id, &before_at, &before_id, &page.fetch_limit()],
        )
        .await
        .context("Failed to list API keys")?;
    let keys = rows.iter().map(ApiKey::from_row).collect();
    let listing = Page::from_rows(keys, &page, |key: &ApiKey| Cursor {
        created_at: key.created_at,
        id: key.id,
    });
    json_response(StatusCode::OK, &listing)
}

/// Revokes an API key at once.
#[utoipa::path(delete, path = "/api-keys/{id}", tag = "auth", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses(
        (status = 204),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn delete_api_key(
    state: &State,
    caller: Caller,
    req: &Request,
    params: &PathParams,
) -> Result<Response<Body>, ApiError> {
    let key_id = params.uuid("id")?;
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
        &source_ip(req),
    )
    .await?;
    Ok(empty_response(StatusCode::NO_CONTENT))
}

#[derive(OpenApi)]
#[openapi(
    paths(
        request_magic_link,
        create_session,
        delete_session,
        get_me,
        create_api_key,
        list_api_keys,
        delete_api_key
    ),
    components(schemas(Problem, shared::FieldError))
)]
pub struct ApiDoc;

#[cfg(test)]
mod tests {
    use super::*;

    fn key(raw: &str) -> String {
        mailbox_budget_key(&EmailAddress::parse(raw).expect("valid address"))
    }

    #[test]
    fn plus_tags_and_case_share_one_mailbox_budget() {
        assert_eq!(key("a+x@example.com"), "a@example.com");
        assert_eq!(key("A+y+z@Example.COM"), "a@example.com");
        assert_eq!(key("a@example.com"), "a@example.com");
        assert_eq!(key("+only@example.com"), "+only@example.com");
        assert_ne!(key("ab@example.com"), key("a@example.com"));
        assert_ne!(key("a@example.org"), key("a@example.com"));
    }
}
