//! Proof that whoever registers a sender owns its mailbox.
//!
//! SES identities are account-wide: once anyone verified an address, every sender with that
//! address would read `verified`. So a new sender is `unconfirmed` and SES is not asked about
//! it until the owner of the address follows a link we email to it. The link carries a secret
//! of which only the SHA-256 is stored; it works once, within 24 hours, and a new link
//! replaces the unused ones.
//!
//! Following the link (`GET`) shows a page with a button; only the `POST` it sends confirms.
//! Mail scanners open links in incoming mail, and a confirmation they trigger would prove
//! nothing about the person reading the mailbox.

use std::sync::Arc;

use axum::extract::State;
use chrono::{DateTime, Utc};
use http::{HeaderMap, HeaderValue, StatusCode, header};
use lambda_http::{Body, Response};
use serde::Serialize;
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use shared::auth::{self, Caller};
use shared::db::{self, Row, Transaction};
use shared::error::{ApiError, Context, Problem};
use shared::http::json_response;
use shared::mail::{self, MailJob};
use shared::ratelimit::Limit;
use shared::web::{ClientIp, Path};

use crate::identity::{self, IdentityStatus};
use crate::senders::SenderConflict;
use crate::{AppState, queries, readiness};

/// Prefix of confirmation tokens (`rfsc_<id>_<secret>`); they only ever travel inside an email.
pub const CONFIRMATION_PREFIX: &str = "rfsc_";

/// Where confirmation links point, under APP_BASE_URL.
pub const CONFIRMATION_PATH: &str = "/sender-confirmations";

/// How long a link works.
pub const LINK_VALID_HOURS: i32 = 24;

/// New links one sender may ask for per hour: each one is an email to someone's mailbox.
pub const LINKS_PER_SENDER_PER_HOUR: u32 = 5;

/// A confirmation link stored in the caller's transaction, with the mail job that carries it.
pub(crate) struct IssuedLink {
    pub expires_at: DateTime<Utc>,
    pub job: MailJob,
}

/// Issues a link for the sender (unused earlier ones stop working) and records the outgoing
/// mail, inside the caller's transaction. The caller commits, then hands the job to
/// [`queue_link`]: a job queued before the commit can reach the worker before its row exists.
pub(crate) async fn mail_link(
    state: &AppState,
    tx: &Transaction<'_>,
    user_id: Uuid,
    sender_id: Uuid,
    address: &str,
    from_name: &str,
) -> Result<IssuedLink, ApiError> {
    tx.execute(
        queries::DELETE_UNUSED_CONFIRMATIONS,
        &[&sender_id, &user_id],
    )
    .await
    .context("Failed to retire earlier confirmation links")?;
    let issued = auth::issue(CONFIRMATION_PREFIX);
    let expires_at: DateTime<Utc> = tx
        .query_one(
            queries::INSERT_CONFIRMATION,
            &[
                &issued.id,
                &sender_id,
                &user_id,
                &issued.secret_hash,
                &LINK_VALID_HOURS,
            ],
        )
        .await
        .context("Failed to store confirmation link")?
        .try_get("expires_at")
        .context("Failed to read confirmation expiry")?;
    let outbound_email_id: Uuid = tx
        .query_one(queries::INSERT_CONFIRMATION_EMAIL, &[&user_id, &address])
        .await
        .context("Failed to record confirmation email")?
        .try_get("id")
        .context("Failed to read outgoing mail id")?;
    let job = MailJob::SenderConfirmation {
        outbound_email_id,
        to: address.to_owned(),
        from_name: from_name.to_owned(),
        confirm_url: format!("{}{CONFIRMATION_PATH}/{}", state.app_base_url, issued.token),
    };
    Ok(IssuedLink { expires_at, job })
}

/// Queues a committed link's mail. The secret lives only in the job, so a failed enqueue cannot
/// be repeated by the maintenance sweep: the row stays `queued`, the failure is logged, and the
/// owner asks for a new link (`POST /senders/{id}/confirmation`). The request itself succeeded.
pub(crate) async fn queue_link(state: &AppState, job: &MailJob) {
    let outbound_email_id = job.outbound_email_id();
    match mail::enqueue(state.sqs(), &state.mail_queue_url, job).await {
        Ok(()) => tracing::info!(%outbound_email_id, "sender confirmation queued"),
        Err(error) => tracing::error!(
            %outbound_email_id,
            error = format!("{error:#}"),
            "sender confirmation not queued; a new link must be requested"
        ),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ConfirmationSent {
    pub status: &'static str,
    pub detail: String,
    /// When the new link stops working.
    pub expires_at: DateTime<Utc>,
}

/// Emails the sender's address a new confirmation link; earlier unused links stop working.
/// For a sender whose link expired or got lost, and for senders registered before
/// confirmation existed.
#[utoipa::path(post, path = "/senders/{id}/confirmation", tag = "senders", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses(
        (status = 202, body = ConfirmationSent),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`sender-already-confirmed`: the sender is already confirmed"),
        (status = 429, body = Problem, content_type = "application/problem+json",
            description = "More than 5 links for this sender in an hour"),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id))]
pub async fn resend_sender_confirmation(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(sender_id): Path<Uuid>,
    ClientIp(ip): ClientIp,
) -> Result<Response<Body>, ApiError> {
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let row = tx
        .query_opt(queries::LOCK_SENDER, &[&sender_id, &caller.user_id])
        .await
        .context("Failed to load sender")?
        .ok_or(ApiError::NotFound)?;
    let confirmed_at: Option<DateTime<Utc>> = row
        .try_get("confirmed_at")
        .context("Failed to read sender")?;
    let address: String = row.try_get("from_email").context("Failed to read sender")?;
    let from_name: String = row.try_get("from_name").context("Failed to read sender")?;
    if confirmed_at.is_some() {
        return Err(SenderConflict::AlreadyConfirmed { address }.into());
    }
    let per_sender = Limit {
        scope: "sender-confirmation",
        limit: LINKS_PER_SENDER_PER_HOUR,
        window_seconds: 3600,
    };
    state.gate.check(per_sender, &sender_id.to_string()).await?;
    let link = mail_link(&state, &tx, caller.user_id, sender_id, &address, &from_name).await?;
    shared::audit::record(
        &tx,
        caller.user_id,
        "sender.confirmation_sent",
        json!({"sender_id": sender_id}),
        &ip,
    )
    .await?;
    tx.commit()
        .await
        .context("Failed to commit confirmation link")?;
    queue_link(&state, &link.job).await;
    let expires_at = link.expires_at;
    json_response(
        StatusCode::ACCEPTED,
        &ConfirmationSent {
            status: "accepted",
            detail: format!(
                "A confirmation link is on its way to {address}; it works once, within {LINK_VALID_HOURS} hours."
            ),
            expires_at,
        },
    )
}

/// A link as stored, once its secret matched and it is still usable.
struct Link {
    sender_id: Uuid,
    user_id: Uuid,
    from_email: String,
    from_name: String,
}

/// Checks the presented token against a looked-up row. Unknown, wrong, used, replaced and
/// expired links all answer the same 404, so the answer tells a guesser nothing.
fn usable_link(token: &str, row: Option<Row>) -> Result<Link, ApiError> {
    let (_, secret) = auth::split_token(token, CONFIRMATION_PREFIX).ok_or(ApiError::NotFound)?;
    let row = row.ok_or(ApiError::NotFound)?;
    let stored_hash: Vec<u8> = row
        .try_get("secret_hash")
        .context("Failed to read confirmation link")?;
    let usable: bool = row
        .try_get("usable")
        .context("Failed to read confirmation link")?;
    if !auth::secret_matches(secret, &stored_hash) || !usable {
        return Err(ApiError::NotFound);
    }
    Ok(Link {
        sender_id: row.try_get("sender_id").context("Failed to read link")?,
        user_id: row.try_get("user_id").context("Failed to read link")?,
        from_email: row.try_get("from_email").context("Failed to read link")?,
        from_name: row.try_get("from_name").context("Failed to read link")?,
    })
}

fn token_id(token: &str) -> Result<Uuid, ApiError> {
    let (id, _) = auth::split_token(token, CONFIRMATION_PREFIX).ok_or(ApiError::NotFound)?;
    Ok(id)
}

/// The page a confirmation link opens: which address and From name are being confirmed, and
/// a button that sends the confirming `POST`. Viewing it changes nothing.
#[utoipa::path(get, path = "/sender-confirmations/{token}", tag = "senders",
    params(("token" = String, Path, description = "The token from the emailed link")),
    responses(
        (status = 200, content_type = "text/html", body = String,
            description = "A page with a confirm button"),
        (status = 404, body = Problem, content_type = "application/problem+json",
            description = "The link is unknown, used, replaced by a newer one or expired"),
    ))]
pub async fn show_sender_confirmation(
    State(state): State<Arc<AppState>>,
    Path(token): Path<String>,
) -> Result<Response<Body>, ApiError> {
    let id = token_id(&token)?;
    let client = db::client(&state.pool).await?;
    let row = client
        .query_opt(queries::FIND_CONFIRMATION, &[&id])
        .await
        .context("Failed to look up confirmation link")?;
    let link = usable_link(&token, row)?;
    let page = format!(
        "<p>Someone using RoleFerry asked to send email as <b>{name}</b> &lt;{address}&gt;.</p>\
         <p>If that was you, confirm it. If not, close this page: nothing is sent from this \
         address without your confirmation.</p>\
         <form method=\"post\"><button type=\"submit\">Confirm this sender</button></form>",
        name = html_escape(&link.from_name),
        address = html_escape(&link.from_email),
    );
    Ok(html_response(
        StatusCode::OK,
        "Confirm your sending address",
        &page,
    ))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ConfirmedSender {
    pub sender_id: Uuid,
    pub from_email: String,
    /// The SES identity's status, asked for now that the mailbox is proven.
    pub identity_status: IdentityStatus,
    pub confirmed_at: DateTime<Utc>,
}

/// Confirms the sender the link was mailed for and only now creates its SES email identity, and
/// the identity of its domain if SES has none (which starts Easy DKIM: the sender's `readiness`
/// then shows the CNAME records to publish). The link is spent. A form post (the page's button) gets a page back, anything else JSON.
#[utoipa::path(post, path = "/sender-confirmations/{token}", tag = "senders",
    params(("token" = String, Path, description = "The token from the emailed link")),
    responses(
        (status = 200, description = "Confirmed",
            content(
                (ConfirmedSender = "application/json"),
                (String = "text/html"),
            )),
        (status = 404, body = Problem, content_type = "application/problem+json",
            description = "The link is unknown, used, replaced by a newer one or expired"),
        (status = 422, body = Problem, content_type = "application/problem+json",
            description = "Amazon SES refuses the address; the link stays usable"),
        (status = 503, body = Problem, content_type = "application/problem+json",
            description = "Amazon SES is unavailable; nothing changed and the link still works"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn confirm_sender(
    State(state): State<Arc<AppState>>,
    Path(token): Path<String>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
) -> Result<Response<Body>, ApiError> {
    let id = token_id(&token)?;
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let row = tx
        .query_opt(queries::LOCK_CONFIRMATION, &[&id])
        .await
        .context("Failed to look up confirmation link")?;
    let link = usable_link(&token, row)?;
    // SES before the link is spent: if it is down nothing changes and the link still works.
    let status = identity::ensure(state.ses(), &link.from_email).await?;
    // Now that someone at the domain proved a mailbox there, Easy DKIM for the domain can start:
    // its CNAME records show on the sender (`readiness.dkim.records`).
    identity::start_domain(state.ses(), &readiness::domain_of(&link.from_email)).await;
    let spent = tx
        .execute(queries::USE_CONFIRMATION, &[&id])
        .await
        .context("Failed to spend confirmation link")?;
    if spent != 1 {
        return Err(ApiError::NotFound);
    }
    let sender = tx
        .query_one(
            queries::CONFIRM_SENDER,
            &[&link.sender_id, &link.user_id, &status.as_str()],
        )
        .await
        .context("Failed to confirm sender")?;
    let confirmed_at: DateTime<Utc> = sender
        .try_get("confirmed_at")
        .context("Failed to read sender")?;
    shared::audit::record(
        &tx,
        link.user_id,
        "sender.confirmed",
        json!({"sender_id": link.sender_id, "from_email": link.from_email}),
        &ip,
    )
    .await?;
    tx.commit().await.context("Failed to commit confirmation")?;
    tracing::info!(sender_id = %link.sender_id, identity_status = status.as_str(), "sender confirmed");
    if is_form_post(&headers) {
        let page = format!(
            "<p>Confirmed: RoleFerry may now send as <b>{name}</b> &lt;{address}&gt;.</p>",
            name = html_escape(&link.from_name),
            address = html_escape(&link.from_email),
        );
        return Ok(html_response(StatusCode::OK, "Sender confirmed", &page));
    }
    json_response(
        StatusCode::OK,
        &ConfirmedSender {
            sender_id: link.sender_id,
            from_email: link.from_email,
            identity_status: status,
            confirmed_at,
        },
    )
}

fn is_form_post(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|essence| {
            essence
                .trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}

/// A small standalone page. The token is in its URL, so it sends no Referer, is not cached,
/// cannot be framed and loads nothing.
pub(crate) fn html_response(status: StatusCode, title: &str, content: &str) -> Response<Body> {
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"><title>{title} · RoleFerry</title>\
         </head><body><h1>{title}</h1>{content}</body></html>"
    );
    let mut response = Response::new(Body::Text(html));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CACHE_CONTROL, "no-store"),
        (header::REFERRER_POLICY, "no-referrer"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

pub(crate) fn html_escape(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
