//! `/senders`: the seeker's From addresses.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use http::StatusCode;
use lambda_http::{Body, Request, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use shared::auth::Caller;
use shared::db::{self, GenericClient, Row};
use shared::email::EmailAddress;
use shared::error::{ApiError, Context, FieldError, Problem};
use shared::http::{PathParams, json_body, json_response, source_ip};
use shared::pagination::{Cursor, Page, PageRequest};

use crate::health::{self, Counts, Health};
use crate::identity::{self, IdentityStatus};
use crate::warmup::{self, Ramp};
use crate::{State, queries};

/// Highest daily cap a sender may be given; SES's own quota applies on top.
pub const MAX_DAILY_CAP: i32 = 10_000;
const MAX_FROM_NAME_CHARS: usize = 100;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateSender {
    /// The address mail is sent from. SES emails it a verification link; until that is clicked
    /// `identity_status` is `pending` and nothing is sent.
    pub from_email: String,
    /// The display name in From, 1 to 100 characters.
    pub from_name: String,
    /// Most messages a day once warmed up, 1 to 10000.
    pub daily_cap: i32,
    /// The warm-up ramp; defaults to 20 on the first day and +10 a day.
    pub warmup: Option<WarmupSettings>,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WarmupSettings {
    /// Cap on the first UTC day, 1 to `daily_cap` (default 20, or `daily_cap` if lower).
    pub start_cap: Option<i32>,
    /// How much the cap grows each UTC day, 1 to 10000 (default 10).
    pub daily_increase: Option<i32>,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateSender {
    pub from_name: Option<String>,
    pub daily_cap: Option<i32>,
    pub warmup: Option<WarmupUpdate>,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WarmupUpdate {
    pub start_cap: Option<i32>,
    pub daily_increase: Option<i32>,
    /// Starts the ramp again from today, e.g. after a long pause in sending.
    #[serde(default)]
    pub restart: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Warmup {
    pub started_at: DateTime<Utc>,
    /// The cap on the current UTC day.
    pub today_cap: i32,
    pub start_cap: i32,
    pub daily_increase: i32,
    /// The first UTC day on which `daily_cap` applies in full.
    pub full_cap_on: NaiveDate,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Sender {
    pub id: Uuid,
    pub from_email: String,
    pub from_name: String,
    pub daily_cap: i32,
    pub identity_status: IdentityStatus,
    pub warmup: Warmup,
    pub health: Health,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SenderPage {
    pub items: Vec<Sender>,
    pub next_cursor: Option<String>,
}

/// A stored sender before health is attached.
struct Stored {
    id: Uuid,
    from_email: String,
    from_name: String,
    daily_cap: i32,
    ramp: Ramp,
    identity_status: IdentityStatus,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl Stored {
    fn from_row(row: &Row) -> Self {
        Self {
            id: row.get("id"),
            from_email: row.get("from_email"),
            from_name: row.get("from_name"),
            daily_cap: row.get("daily_cap"),
            ramp: Ramp {
                start_cap: row.get("warmup_start_cap"),
                daily_increase: row.get("warmup_daily_increase"),
                started_at: row.get("warmup_started_at"),
            },
            identity_status: IdentityStatus::from_stored(row.get("identity_status")),
            created_at: row.get("created_at"),
            updated_at: row.get("updated_at"),
        }
    }

    fn into_sender(self, counts: Counts, now: DateTime<Utc>) -> Sender {
        Sender {
            warmup: Warmup {
                started_at: self.ramp.started_at,
                today_cap: self.ramp.today_cap(self.daily_cap, now),
                start_cap: self.ramp.start_cap,
                daily_increase: self.ramp.daily_increase,
                full_cap_on: self.ramp.full_cap_on(self.daily_cap),
            },
            health: health::assess(counts),
            id: self.id,
            from_email: self.from_email,
            from_name: self.from_name,
            daily_cap: self.daily_cap,
            identity_status: self.identity_status,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

/// Health counts of the given senders over the window ending at `now`.
async fn health_counts(
    client: &impl GenericClient,
    user_id: Uuid,
    sender_ids: &[Uuid],
    now: DateTime<Utc>,
) -> Result<HashMap<Uuid, Counts>, ApiError> {
    let days = i32::try_from(health::WINDOW_DAYS).unwrap_or(14);
    let rows = client
        .query(
            queries::HEALTH_COUNTS,
            &[&user_id, &sender_ids, &now, &days],
        )
        .await
        .context("Failed to count sender health")?;
    Ok(rows
        .iter()
        .map(|row| {
            let counts = Counts {
                sent: row.get("sent"),
                bounced: row.get("bounced"),
                complained: row.get("complained"),
            };
            (row.get("sender_id"), counts)
        })
        .collect())
}

async fn with_health(
    client: &impl GenericClient,
    user_id: Uuid,
    stored: Vec<Stored>,
    now: DateTime<Utc>,
) -> Result<Vec<Sender>, ApiError> {
    let ids: Vec<Uuid> = stored.iter().map(|sender| sender.id).collect();
    let counts = health_counts(client, user_id, &ids, now).await?;
    Ok(stored
        .into_iter()
        .map(|sender| {
            let counts = counts.get(&sender.id).copied().unwrap_or_default();
            sender.into_sender(counts, now)
        })
        .collect())
}

async fn one_with_health(
    client: &impl GenericClient,
    user_id: Uuid,
    stored: Stored,
    now: DateTime<Utc>,
) -> Result<Sender, ApiError> {
    with_health(client, user_id, vec![stored], now)
        .await?
        .pop()
        .ok_or_else(|| ApiError::Unexpected(anyhow::anyhow!("sender vanished while loading")))
}

fn from_name(raw: &str, errors: &mut Vec<FieldError>) -> String {
    let name = raw.trim();
    if name.is_empty() || name.chars().count() > MAX_FROM_NAME_CHARS {
        errors.push(FieldError::new(
            "from_name",
            format!("must be 1 to {MAX_FROM_NAME_CHARS} characters"),
        ));
    } else if name.chars().any(char::is_control) {
        // It becomes a mail header; a line break in it could add headers of its own.
        errors.push(FieldError::new(
            "from_name",
            "must not contain line breaks or control characters",
        ));
    }
    name.to_owned()
}

/// Checks a daily cap and ramp together: the start cap may not exceed the daily cap.
fn check_caps(daily_cap: i32, start_cap: i32, daily_increase: i32, errors: &mut Vec<FieldError>) {
    if !(1..=MAX_DAILY_CAP).contains(&daily_cap) {
        errors.push(FieldError::new(
            "daily_cap",
            format!("must be from 1 to {MAX_DAILY_CAP}"),
        ));
    } else if !(1..=daily_cap).contains(&start_cap) {
        errors.push(FieldError::new(
            "warmup.start_cap",
            format!("must be from 1 to daily_cap ({daily_cap})"),
        ));
    }
    if !(1..=MAX_DAILY_CAP).contains(&daily_increase) {
        errors.push(FieldError::new(
            "warmup.daily_increase",
            format!("must be from 1 to {MAX_DAILY_CAP}"),
        ));
    }
}

/// Creates a sender and its SES email identity (an identity that already exists is reused) and
/// reports the identity's verification status. Warm-up starts now.
#[utoipa::path(post, path = "/senders", tag = "senders", security(("bearer" = [])),
    request_body = CreateSender,
    responses(
        (status = 201, body = Sender),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "The caller already has a sender with this address"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 503, body = Problem, content_type = "application/problem+json",
            description = "Amazon SES is unavailable; nothing was stored"),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id))]
pub async fn create_sender(
    state: &State,
    caller: Caller,
    req: &Request,
) -> Result<Response<Body>, ApiError> {
    let body: CreateSender = json_body(req)?;
    let mut errors = Vec::new();
    let email = EmailAddress::parse(&body.from_email)
        .map_err(|err| errors.push(FieldError::new("from_email", err.to_string())))
        .ok();
    let name = from_name(&body.from_name, &mut errors);
    let settings = body.warmup.unwrap_or_default();
    let start_cap = settings
        .start_cap
        .unwrap_or_else(|| warmup::DEFAULT_START_CAP.min(body.daily_cap.max(1)));
    let daily_increase = settings
        .daily_increase
        .unwrap_or(warmup::DEFAULT_DAILY_INCREASE);
    check_caps(body.daily_cap, start_cap, daily_increase, &mut errors);
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return Err(ApiError::Validation(errors));
    };
    let address = email.to_string();
    let now = state.now();

    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let inserted = tx
        .query_opt(
            queries::INSERT_SENDER,
            &[
                &caller.user_id,
                &address,
                &name,
                &body.daily_cap,
                &start_cap,
                &daily_increase,
                &now,
            ],
        )
        .await
        .context("Failed to store sender")?
        .ok_or_else(|| ApiError::Conflict(format!("You already have a sender for {address}.")))?;
    let sender_id: Uuid = inserted.get("id");
    // SES before commit: if it is down nothing is stored and the client may simply retry.
    let status = identity::ensure(&state.ses, &address).await?;
    let row = tx
        .query_one(
            queries::SET_IDENTITY_STATUS,
            &[&sender_id, &caller.user_id, &status.as_str()],
        )
        .await
        .context("Failed to record identity status")?;
    shared::audit::record(
        &tx,
        caller.user_id,
        "sender.created",
        json!({"sender_id": sender_id, "from_email": address}),
        &source_ip(req),
    )
    .await?;
    tx.commit().await.context("Failed to commit sender")?;
    tracing::info!(%sender_id, identity_status = status.as_str(), "sender created");
    let sender = one_with_health(&client, caller.user_id, Stored::from_row(&row), now).await?;
    json_response(StatusCode::CREATED, &sender)
}

/// The caller's senders, newest first, each with today's cap and health.
#[utoipa::path(get, path = "/senders", tag = "senders", security(("bearer" = [])),
    params(
        ("limit" = Option<i64>, Query, description = "1 to 200, default 50"),
        ("cursor" = Option<String>, Query, description = "next_cursor of the previous page"),
    ),
    responses(
        (status = 200, body = SenderPage),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_senders(
    state: &State,
    caller: Caller,
    req: &Request,
) -> Result<Response<Body>, ApiError> {
    let page = PageRequest::from_request(req)?;
    let (before_at, before_id) = page.bounds();
    let client = db::client(&state.pool).await?;
    let rows = client
        .query(
            queries::LIST_SENDERS,
            &[&caller.user_id, &before_at, &before_id, &page.fetch_limit()],
        )
        .await
        .context("Failed to list senders")?;
    let stored = rows.iter().map(Stored::from_row).collect();
    let senders = with_health(&client, caller.user_id, stored, state.now()).await?;
    let listing = Page::from_rows(senders, &page, |sender: &Sender| Cursor {
        created_at: sender.created_at,
        id: sender.id,
    });
    json_response(StatusCode::OK, &listing)
}

/// One sender. While its identity is not yet verified, the status is refreshed from SES (if
/// SES cannot be reached, the last known status is shown).
#[utoipa::path(get, path = "/senders/{id}", tag = "senders", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Sender),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get_sender(
    state: &State,
    caller: Caller,
    params: &PathParams,
) -> Result<Response<Body>, ApiError> {
    let sender_id = params.uuid("id")?;
    let client = db::client(&state.pool).await?;
    let row = client
        .query_opt(queries::FIND_SENDER, &[&sender_id, &caller.user_id])
        .await
        .context("Failed to load sender")?
        .ok_or(ApiError::NotFound)?;
    let mut stored = Stored::from_row(&row);
    if stored.identity_status != IdentityStatus::Verified {
        match identity::status(&state.ses, &stored.from_email).await {
            Ok(status) if status != stored.identity_status => {
                let row = client
                    .query_one(
                        queries::SET_IDENTITY_STATUS,
                        &[&sender_id, &caller.user_id, &status.as_str()],
                    )
                    .await
                    .context("Failed to record identity status")?;
                stored = Stored::from_row(&row);
            }
            Ok(_) => {}
            Err(err) => tracing::warn!(error = %err, "identity status not refreshed"),
        }
    }
    let sender = one_with_health(&client, caller.user_id, stored, state.now()).await?;
    json_response(StatusCode::OK, &sender)
}

/// Changes the From name, daily cap or warm-up ramp. The address cannot change: create another
/// sender for another address.
#[utoipa::path(patch, path = "/senders/{id}", tag = "senders", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    request_body = UpdateSender,
    responses(
        (status = 200, body = Sender),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id))]
pub async fn update_sender(
    state: &State,
    caller: Caller,
    req: &Request,
    params: &PathParams,
) -> Result<Response<Body>, ApiError> {
    let sender_id = params.uuid("id")?;
    let body: UpdateSender = json_body(req)?;
    let now = state.now();
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
    let current = Stored::from_row(&row);

    let mut errors = Vec::new();
    let name = match &body.from_name {
        Some(raw) => from_name(raw, &mut errors),
        None => current.from_name.clone(),
    };
    let daily_cap = body.daily_cap.unwrap_or(current.daily_cap);
    let update = body.warmup.unwrap_or_default();
    // Lowering the cap below the stored start cap lowers the start cap with it, unless the
    // caller set one explicitly (then a start cap above the cap is their mistake to hear about).
    let start_cap = update
        .start_cap
        .unwrap_or_else(|| current.ramp.start_cap.min(daily_cap.max(1)));
    let daily_increase = update.daily_increase.unwrap_or(current.ramp.daily_increase);
    check_caps(daily_cap, start_cap, daily_increase, &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let started_at = if update.restart {
        now
    } else {
        current.ramp.started_at
    };
    let row = tx
        .query_one(
            queries::UPDATE_SENDER,
            &[
                &sender_id,
                &caller.user_id,
                &name,
                &daily_cap,
                &start_cap,
                &daily_increase,
                &started_at,
            ],
        )
        .await
        .context("Failed to update sender")?;
    shared::audit::record(
        &tx,
        caller.user_id,
        "sender.updated",
        json!({"sender_id": sender_id, "daily_cap": daily_cap, "warmup_restarted": update.restart}),
        &source_ip(req),
    )
    .await?;
    tx.commit().await.context("Failed to commit sender")?;
    let sender = one_with_health(&client, caller.user_id, Stored::from_row(&row), now).await?;
    json_response(StatusCode::OK, &sender)
}
