//! `/unsubscribe/{token}`: the link every campaign message carries (body and
//! `List-Unsubscribe`). Public: the token, signed with the token key, names the message.
//!
//! `GET` shows a page with a button and changes nothing, because link scanners and previews
//! fetch URLs in mail. `POST` (the page's button, or a mailbox provider's RFC 8058 one-click
//! `List-Unsubscribe=One-Click`) suppresses the address for the user who sent the message and
//! stops every enrollment of it at once; doing it again changes nothing. A forged, altered or
//! unknown token is a 404 page that says nothing about why.

use std::sync::Arc;

use axum::extract::State;
use http::StatusCode;
use lambda_http::{Body, Response};
use serde_json::json;
use uuid::Uuid;

use sending::tokens::{self, Purpose};
use shared::db::{self, GenericClient};
use shared::error::{ApiError, Context};
use shared::web::{ClientIp, Path};

use crate::confirmation::{html_escape, html_response};
use crate::{AppState, queries};

/// The message a token names, if the token is ours and the message a campaign's.
struct Unsubscribing {
    user_id: Uuid,
    recipient: String,
    from_name: Option<String>,
}

async fn find(
    state: &AppState,
    client: &impl GenericClient,
    token: &str,
) -> Result<Option<Unsubscribing>, ApiError> {
    let Some(outbound_email_id) = tokens::verify(&state.token_key, Purpose::Unsubscribe, token)
    else {
        return Ok(None);
    };
    let Some(row) = client
        .query_opt(queries::UNSUBSCRIBE_MESSAGE, &[&outbound_email_id])
        .await
        .context("Failed to look up the message")?
    else {
        return Ok(None);
    };
    Ok(Some(Unsubscribing {
        user_id: row
            .try_get("user_id")
            .context("Failed to read the message")?,
        recipient: row
            .try_get("recipient")
            .context("Failed to read the message")?,
        from_name: row
            .try_get("from_name")
            .context("Failed to read the message")?,
    }))
}

fn not_found() -> Response<Body> {
    html_response(
        StatusCode::NOT_FOUND,
        "Link not found",
        "<p>This unsubscribe link is not valid. If you copied it, check that it is complete.</p>",
    )
}

fn who(found: &Unsubscribing) -> String {
    found
        .from_name
        .as_deref()
        .map(html_escape)
        .unwrap_or_else(|| "this sender".to_owned())
}

/// The page an unsubscribe link opens: who the mail came from and a button. Viewing it
/// changes nothing.
#[utoipa::path(get, path = "/unsubscribe/{token}", tag = "campaigns",
    params(("token" = String, Path, description = "The token from the message's link")),
    responses(
        (status = 200, content_type = "text/html", body = String,
            description = "A page with an unsubscribe button"),
        (status = 404, content_type = "text/html", body = String,
            description = "The link is not one of ours (forged, altered or cut short)"),
    ))]
pub async fn show_unsubscribe(
    State(state): State<Arc<AppState>>,
    Path(token): Path<String>,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let Some(found) = find(&state, &client, &token).await? else {
        return Ok(not_found());
    };
    let page = format!(
        "<p>Stop all email from <b>{who}</b> to {address}?</p>\
         <form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">\
         <button type=\"submit\">Unsubscribe</button></form>",
        who = who(&found),
        address = html_escape(&found.recipient),
    );
    Ok(html_response(StatusCode::OK, "Unsubscribe", &page))
}

/// Unsubscribes the address the message went to from everything its sender's user sends:
/// the address is suppressed (reason `unsubscribe`) and every active enrollment of it stops,
/// and messages already queued to it are cancelled. Idempotent.
#[utoipa::path(post, path = "/unsubscribe/{token}", tag = "campaigns",
    params(("token" = String, Path, description = "The token from the message's link")),
    request_body(content_type = "application/x-www-form-urlencoded", content = String,
        description = "`List-Unsubscribe=One-Click` (RFC 8058) or the page's form"),
    responses(
        (status = 200, content_type = "text/html", body = String,
            description = "Unsubscribed (also when it already was)"),
        (status = 404, content_type = "text/html", body = String,
            description = "The link is not one of ours (forged, altered or cut short)"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn unsubscribe(
    State(state): State<Arc<AppState>>,
    Path(token): Path<String>,
    ClientIp(ip): ClientIp,
) -> Result<Response<Body>, ApiError> {
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let Some(found) = find(&state, &tx, &token).await? else {
        return Ok(not_found());
    };
    let suppressed = tx
        .execute(
            sending::unsubscribe::SUPPRESS,
            &[
                &found.user_id,
                &found.recipient,
                &"unsubscribe link in a campaign message",
            ],
        )
        .await
        .context("Failed to suppress the address")?;
    let stopped = tx
        .execute(
            sending::unsubscribe::STOP_ENROLLMENTS,
            &[&found.user_id, &found.recipient],
        )
        .await
        .context("Failed to stop enrollments")?;
    let cancelled = tx
        .execute(
            sending::unsubscribe::CANCEL_QUEUED,
            &[&found.user_id, &found.recipient],
        )
        .await
        .context("Failed to cancel queued messages")?;
    tx.execute(
        sending::unsubscribe::MARK_UNSUBSCRIBED,
        &[&found.user_id, &found.recipient],
    )
    .await
    .context("Failed to mark the message unsubscribed")?;
    if suppressed > 0 {
        shared::audit::record(
            &tx,
            found.user_id,
            "contact.unsubscribed",
            json!({"stopped_enrollments": stopped, "cancelled_messages": cancelled}),
            &ip,
        )
        .await?;
    }
    tx.commit().await.context("Failed to commit unsubscribe")?;
    tracing::info!(suppressed, stopped, cancelled, "unsubscribed");
    let page = format!(
        "<p>Done: {address} will get no more email from <b>{who}</b> through RoleFerry.</p>",
        who = who(&found),
        address = html_escape(&found.recipient),
    );
    Ok(html_response(StatusCode::OK, "Unsubscribed", &page))
}
