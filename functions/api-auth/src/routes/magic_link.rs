//! `/auth/magic-link`: emailing one-time sign-in links.

use std::sync::Arc;

use axum::extract::State;
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use shared::auth::{self, LOGIN_TOKEN_PREFIX};
use shared::db;
use shared::email::EmailAddress;
use shared::error::{ApiError, Context};
use shared::http::json_response;
use shared::mail::{self, MailJob};
use shared::ratelimit::Limit;
use shared::web::{ClientIp, Json};

use crate::{AppState, queries};

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
    responses((status = 202, body = Accepted)))]
#[tracing::instrument(skip_all)]
pub async fn request_magic_link(
    State(state): State<Arc<AppState>>,
    ClientIp(ip): ClientIp,
    Json(body): Json<MagicLinkRequest>,
) -> Result<Response<Body>, ApiError> {
    let email = EmailAddress::parse(&body.email)
        .map_err(|err| ApiError::validation("email", err.to_string()))?;
    let per_ip = Limit {
        scope: "magic-link source address",
        limit: state.gate.config().magic_links_per_ip_per_hour,
        window_seconds: 3600,
    };
    state.gate.check(per_ip, &ip).await?;
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
        .try_get("id")
        .context("Failed to read outgoing mail")?;
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
