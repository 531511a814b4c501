//! `/senders`: the seeker's From addresses.

use std::sync::Arc;

use axum::extract::State;
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use uuid::Uuid;

use sending::readiness::Readiness;
use shared::auth::Caller;
use shared::db::{self, GenericClient, Row};
use shared::email::EmailAddress;
use shared::error::{ApiError, Context, FieldError, Problem};
use shared::http::json_response;
use shared::pagination::{Page, PageRequest};
use shared::text::{Email, NonBlankLine};
use shared::web::{ClientIp, Json, Path};

use crate::confirmation;
use crate::health::{self, Counts, Health};
use crate::identity::{self, IdentityStatus};
use crate::warmup::{self, Ramp};
use crate::{AppState, queries, readiness};

/// Highest daily cap a sender may be given; SES's own quota applies on top.
pub const MAX_DAILY_CAP: i32 = 10_000;
const MAX_FROM_NAME_CHARS: usize = 100;

/// Free-mail providers publish DMARC policies that make mail sent "from" their domains through
/// anyone else's servers fail (SPEC §3): a sender must use a domain its owner controls.
const FREE_MAIL_DOMAINS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "hotmail.co.uk",
    "hotmail.fr",
    "outlook.fr",
    "outlook.de",
    "live.co.uk",
    "live.com",
    "msn.com",
    "yahoo.com",
    "yahoo.co.uk",
    "yahoo.fr",
    "yahoo.de",
    "yahoo.co.jp",
    "ymail.com",
    "rocketmail.com",
    "aol.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "proton.me",
    "protonmail.com",
    "pm.me",
    "gmx.com",
    "gmx.net",
    "gmx.de",
    "web.de",
    "mail.com",
    "zoho.com",
    "yandex.com",
    "yandex.ru",
    "mail.ru",
    "qq.com",
    "163.com",
    "126.com",
    "fastmail.com",
    "tutanota.com",
    "hey.com",
];

/// Why a From domain cannot be a sender's, if it cannot.
fn refused_domain(domain: &str, own_mail_domain: &str) -> Option<String> {
    let domain = domain.to_ascii_lowercase();
    if FREE_MAIL_DOMAINS.contains(&domain.as_str()) {
        return Some(format!(
            "{domain} is a free-mail domain; its DMARC policy fails mail sent from it by anyone \
             else. Use an address at a domain you control."
        ));
    }
    if !own_mail_domain.is_empty()
        && (domain == own_mail_domain || domain.ends_with(&format!(".{own_mail_domain}")))
    {
        return Some(format!(
            "{domain} is RoleFerry's own mail domain; use an address at a domain you control."
        ));
    }
    None
}

/// What a sender request can conflict with.
#[derive(Debug, thiserror::Error)]
pub enum SenderConflict {
    #[error("Your plan allows {cap} senders and you have {count}.")]
    LimitReached { cap: i64, count: i64 },
    #[error("You already have a sender for {address}.")]
    AlreadyExists { address: String },
    #[error("The sender {address} is already confirmed.")]
    AlreadyConfirmed { address: String },
}

shared::conflict_kinds!(SenderConflict {
    LimitReached => ("sender-limit-reached", "Sender limit reached"),
    AlreadyExists => ("sender-exists", "Sender already exists"),
    AlreadyConfirmed => ("sender-already-confirmed", "Sender already confirmed"),
});

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateSender {
    /// The address mail is sent from, at a domain the user controls (free-mail domains and
    /// RoleFerry's own mail domain are refused). We email it a confirmation link; until its
    /// owner follows it `identity_status` is `unconfirmed` and nothing is sent.
    #[schema(value_type = Email, inline)]
    pub from_email: String,
    /// The display name in From.
    #[schema(value_type = NonBlankLine<{ MAX_FROM_NAME_CHARS }>, inline)]
    pub from_name: String,
    /// Most messages a day once warmed up.
    #[schema(minimum = 1, maximum = 10_000)]
    #[serde(deserialize_with = "shared::number::deserialize")]
    pub daily_cap: i32,
    /// The warm-up ramp; defaults to 20 on the first day and +10 a day.
    #[serde(default, deserialize_with = "shared::json::optional_object")]
    pub warmup: Option<WarmupSettings>,
    /// Spacing between this sender's campaign messages; defaults to 90 s plus up to 60 s.
    #[serde(default, deserialize_with = "shared::json::optional_object")]
    pub pacing: Option<SendPacing>,
    /// Read-only, ignored: health is computed from sends.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub health: Option<serde_json::Value>,
}

/// How one sender's campaign messages are spread out: at least `min_gap_seconds` between two
/// sends plus a random `0..=jitter_seconds`, as cold-email tools do, so that due messages do
/// not leave in the same second. Defaults 90 and 60.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SendPacing {
    #[schema(minimum = 0, maximum = 3600)]
    #[serde(default, deserialize_with = "shared::number::deserialize_optional")]
    pub min_gap_seconds: Option<i32>,
    #[schema(minimum = 0, maximum = 3600)]
    #[serde(default, deserialize_with = "shared::number::deserialize_optional")]
    pub jitter_seconds: Option<i32>,
}

/// The pacing as stored and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct Pacing {
    pub min_gap_seconds: i32,
    pub jitter_seconds: i32,
}

fn check_pacing(
    settings: Option<SendPacing>,
    current: Pacing,
    errors: &mut Vec<FieldError>,
) -> Pacing {
    let settings = settings.unwrap_or_default();
    let pacing = Pacing {
        min_gap_seconds: settings.min_gap_seconds.unwrap_or(current.min_gap_seconds),
        jitter_seconds: settings.jitter_seconds.unwrap_or(current.jitter_seconds),
    };
    for (field, value) in [
        ("pacing.min_gap_seconds", pacing.min_gap_seconds),
        ("pacing.jitter_seconds", pacing.jitter_seconds),
    ] {
        if !(0..=3600).contains(&value) {
            errors.push(FieldError::new(field, "must be from 0 to 3600"));
        }
    }
    pacing
}

/// What a new sender is paced with unless it says otherwise.
const DEFAULT_PACING: Pacing = Pacing {
    min_gap_seconds: 90,
    jitter_seconds: 60,
};

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WarmupSettings {
    /// Cap on the first UTC day (default 20); one above `daily_cap` is lowered to it.
    #[schema(minimum = 1, maximum = 10_000)]
    #[serde(default, deserialize_with = "shared::number::deserialize_optional")]
    pub start_cap: Option<i32>,
    /// How much the cap grows each UTC day (default 10).
    #[schema(minimum = 1, maximum = 10_000)]
    #[serde(default, deserialize_with = "shared::number::deserialize_optional")]
    pub daily_increase: Option<i32>,
    /// Read-only, ignored: warm-up starts when the sender is created.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub started_at: Option<serde_json::Value>,
    /// Read-only, ignored: computed from the ramp.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub today_cap: Option<serde_json::Value>,
}

/// What `GET /senders/{id}` returned may be sent back as it is: the read-only fields are
/// ignored, except `id` and `from_email`, which must be the sender's own (422 otherwise).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateSender {
    /// Read-only: must be this sender's id.
    #[schema(read_only)]
    pub id: Option<Uuid>,
    /// Read-only: the address cannot change (create another sender); must be this sender's.
    #[schema(read_only)]
    pub from_email: Option<String>,
    #[schema(value_type = Option<NonBlankLine<{ MAX_FROM_NAME_CHARS }>>, inline)]
    pub from_name: Option<String>,
    #[schema(minimum = 1, maximum = 10_000)]
    #[serde(default, deserialize_with = "shared::number::deserialize_optional")]
    pub daily_cap: Option<i32>,
    #[serde(default, deserialize_with = "shared::json::optional_object")]
    pub warmup: Option<WarmupUpdate>,
    #[serde(default, deserialize_with = "shared::json::optional_object")]
    pub pacing: Option<SendPacing>,
    /// Read-only, ignored.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub identity_status: Option<serde_json::Value>,
    /// Read-only, ignored.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub confirmed_at: Option<serde_json::Value>,
    /// Read-only, ignored.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub health: Option<serde_json::Value>,
    /// Read-only, ignored.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub readiness: Option<serde_json::Value>,
    /// Read-only, ignored.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub created_at: Option<serde_json::Value>,
    /// Read-only, ignored.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub updated_at: Option<serde_json::Value>,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WarmupUpdate {
    /// One above `daily_cap` is lowered to it.
    #[schema(minimum = 1, maximum = 10_000)]
    #[serde(default, deserialize_with = "shared::number::deserialize_optional")]
    pub start_cap: Option<i32>,
    #[schema(minimum = 1, maximum = 10_000)]
    #[serde(default, deserialize_with = "shared::number::deserialize_optional")]
    pub daily_increase: Option<i32>,
    /// Starts the ramp again from today, e.g. after a long pause in sending.
    #[serde(default)]
    pub restart: bool,
    /// Read-only, ignored: use `restart` to start the ramp again.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub started_at: Option<serde_json::Value>,
    /// Read-only, ignored: computed from the ramp.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub today_cap: Option<serde_json::Value>,
    /// Read-only, ignored: computed from the ramp.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub full_cap_on: Option<serde_json::Value>,
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
    /// `unconfirmed` until the owner of the address follows the emailed link; only then is
    /// SES asked, and `verified` means SES lets us send from it.
    pub identity_status: IdentityStatus,
    /// When the owner of the address confirmed it; null until then.
    pub confirmed_at: Option<DateTime<Utc>>,
    pub warmup: Warmup,
    pub pacing: Pacing,
    pub health: Health,
    /// Whether this sender can launch campaigns, asked afresh on every read: its From domain's
    /// Easy DKIM status in SES (with the CNAME records to publish), its SPF and DMARC records
    /// in DNS, and what is missing. `can_send` needs DKIM `success` (Easy DKIM signs with the
    /// From domain, so DKIM aligns and DMARC passes on it), a DMARC record (`p=none` will do;
    /// Gmail and Yahoo require one of bulk senders) and `identity_status` `verified`. SPF is
    /// informational: SES sends with its own MAIL FROM domain, so SPF never aligns with the
    /// From domain. A lookup that fails or takes over 2 seconds reads `unknown` and counts as
    /// missing. DMARC is read at `_dmarc.{domain}` only (no fallback to the organisational
    /// domain), and SPF `include:`s are not followed.
    pub readiness: Readiness,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

shared::keyed_by_creation!(Sender, Stored);

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
    pacing: Pacing,
    identity_status: IdentityStatus,
    confirmed_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl Stored {
    fn from_row(row: &Row) -> Result<Self, db::Error> {
        Ok(Self {
            id: row.try_get("id")?,
            from_email: row.try_get("from_email")?,
            from_name: row.try_get("from_name")?,
            daily_cap: row.try_get("daily_cap")?,
            ramp: Ramp {
                start_cap: row.try_get("warmup_start_cap")?,
                daily_increase: row.try_get("warmup_daily_increase")?,
                started_at: row.try_get("warmup_started_at")?,
            },
            pacing: Pacing {
                min_gap_seconds: row.try_get("min_gap_seconds")?,
                jitter_seconds: row.try_get("jitter_seconds")?,
            },
            identity_status: IdentityStatus::from_stored(row.try_get("identity_status")?),
            confirmed_at: row.try_get("confirmed_at")?,
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
        })
    }

    fn into_sender(self, counts: Counts, now: DateTime<Utc>, mut readiness: Readiness) -> Sender {
        if let Some(gap) = identity_gap(self.identity_status, &self.from_email) {
            readiness.also_missing(gap);
        }
        Sender {
            readiness,
            warmup: Warmup {
                started_at: self.ramp.started_at,
                today_cap: self.ramp.today_cap(self.daily_cap, now),
                start_cap: self.ramp.start_cap,
                daily_increase: self.ramp.daily_increase,
                full_cap_on: self.ramp.full_cap_on(self.daily_cap),
            },
            health: health::assess(counts),
            pacing: self.pacing,
            id: self.id,
            from_email: self.from_email,
            from_name: self.from_name,
            daily_cap: self.daily_cap,
            identity_status: self.identity_status,
            confirmed_at: self.confirmed_at,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

/// Health counts of the given senders over the window ending at `now`.
pub(crate) async fn health_counts(
    client: &impl GenericClient,
    user_id: Uuid,
    sender_ids: &[Uuid],
    now: DateTime<Utc>,
) -> Result<HashMap<Uuid, Counts>, ApiError> {
    health::counts(client, user_id, sender_ids, now)
        .await
        .context("Failed to count sender health")
}

/// Why the sender's own address keeps it from sending, if it does.
fn identity_gap(status: IdentityStatus, address: &str) -> Option<String> {
    match status {
        IdentityStatus::Verified => None,
        IdentityStatus::Unconfirmed => Some(format!(
            "{address} is not confirmed: its owner must follow the link we emailed to it."
        )),
        IdentityStatus::Pending => Some(format!(
            "Amazon SES has not verified {address} yet: the link in its verification email must \
             be followed."
        )),
        IdentityStatus::Failed => Some(format!(
            "Amazon SES could not verify {address}: its verification email expired unused."
        )),
        IdentityStatus::TemporaryFailure => Some(format!(
            "Amazon SES could not check {address} for a while; it retries on its own."
        )),
        IdentityStatus::NotStarted => {
            Some(format!("Amazon SES has not started verifying {address}."))
        }
    }
}

/// The senders as shown: health from the stored sends, readiness from SES and DNS, both at
/// once.
async fn as_shown(
    state: &AppState,
    client: &impl GenericClient,
    user_id: Uuid,
    stored: Vec<Stored>,
    now: DateTime<Utc>,
) -> Result<Vec<Sender>, ApiError> {
    let ids: Vec<Uuid> = stored.iter().map(|sender| sender.id).collect();
    let domains: Vec<String> = stored
        .iter()
        .map(|sender| readiness::domain_of(&sender.from_email))
        .collect();
    let (counts, readiness) = tokio::join!(
        health_counts(client, user_id, &ids, now),
        readiness::assess_each(state, &domains),
    );
    let counts = counts?;
    Ok(stored
        .into_iter()
        .zip(readiness)
        .map(|(sender, readiness)| {
            let counts = counts.get(&sender.id).copied().unwrap_or_default();
            sender.into_sender(counts, now, readiness)
        })
        .collect())
}

async fn one_as_shown(
    state: &AppState,
    client: &impl GenericClient,
    user_id: Uuid,
    stored: Stored,
    now: DateTime<Utc>,
) -> Result<Sender, ApiError> {
    as_shown(state, client, user_id, vec![stored], now)
        .await?
        .pop()
        .ok_or_else(|| ApiError::Unexpected(anyhow::anyhow!("sender vanished while loading")))
}

/// The display name in From: one line (it becomes a mail header; a line break in it could add
/// headers of its own), not blank.
fn from_name(raw: &str, errors: &mut Vec<FieldError>) -> String {
    match shared::text::non_blank_line(raw, MAX_FROM_NAME_CHARS) {
        Ok(name) => name.to_owned(),
        Err(err) => {
            errors.push(FieldError::new("from_name", err.to_string()));
            String::new()
        }
    }
}

/// Checks a daily cap and ramp; the start cap it returns is at most the daily cap. A start
/// above the cap is lowered to it rather than refused: the cap bounds every day's sends
/// anyway, and the rule then fits in the document (a schema cannot compare two fields).
fn check_caps(
    daily_cap: i32,
    start_cap: i32,
    daily_increase: i32,
    errors: &mut Vec<FieldError>,
) -> i32 {
    if !(1..=MAX_DAILY_CAP).contains(&daily_cap) {
        errors.push(FieldError::new(
            "daily_cap",
            format!("must be from 1 to {MAX_DAILY_CAP}"),
        ));
    }
    if !(1..=MAX_DAILY_CAP).contains(&start_cap) {
        errors.push(FieldError::new(
            "warmup.start_cap",
            format!("must be from 1 to {MAX_DAILY_CAP}"),
        ));
    }
    if !(1..=MAX_DAILY_CAP).contains(&daily_increase) {
        errors.push(FieldError::new(
            "warmup.daily_increase",
            format!("must be from 1 to {MAX_DAILY_CAP}"),
        ));
    }
    start_cap.min(daily_cap)
}

/// Creates a sender, `unconfirmed`, and emails its address a confirmation link (24 hours,
/// single use). SES is asked for the email identity only once the owner of the address
/// followed it (`POST /sender-confirmations/{token}`). Warm-up starts now.
#[utoipa::path(post, path = "/senders", tag = "senders", security(("bearer" = [])),
    request_body = CreateSender,
    responses(
        (status = 201, body = Sender),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`sender-exists`: the caller already has a sender with this address; \
                `sender-limit-reached`: as many senders as the plan allows (3; pro: 10)"),
        (status = 422, body = Problem, content_type = "application/problem+json",
            description = "Invalid fields; a free-mail domain or RoleFerry's own mail domain \
                is refused with the reason under `from_email`"),
        (status = 503, body = Problem, content_type = "application/problem+json",
            description = "The mail queue is unavailable; nothing was stored"),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id))]
pub async fn create_sender(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    ClientIp(ip): ClientIp,
    Json(body): Json<CreateSender>,
) -> Result<Response<Body>, ApiError> {
    let mut errors = Vec::new();
    let email = EmailAddress::parse(&body.from_email)
        .map_err(|err| errors.push(FieldError::new("from_email", err.to_string())))
        .ok();
    if let Some(reason) = email
        .as_ref()
        .and_then(|email| refused_domain(email.domain(), &state.mail_domain))
    {
        errors.push(FieldError::new("from_email", reason));
    }
    let name = from_name(&body.from_name, &mut errors);
    let settings = body.warmup.unwrap_or_default();
    let start_cap = settings
        .start_cap
        .unwrap_or_else(|| warmup::DEFAULT_START_CAP.min(body.daily_cap.max(1)));
    let daily_increase = settings
        .daily_increase
        .unwrap_or(warmup::DEFAULT_DAILY_INCREASE);
    let start_cap = check_caps(body.daily_cap, start_cap, daily_increase, &mut errors);
    let pacing = check_pacing(body.pacing, DEFAULT_PACING, &mut errors);
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
    let plan = shared::plan::lock_plan(&tx, caller.user_id).await?;
    let count: i64 = tx
        .query_one(queries::COUNT_SENDERS, &[&caller.user_id])
        .await
        .context("Failed to count senders")?
        .try_get("senders")
        .context("Failed to read sender count")?;
    let cap = shared::plan::max_senders(&plan);
    if count >= cap {
        return Err(SenderConflict::LimitReached { cap, count }.into());
    }
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
                &pacing.min_gap_seconds,
                &pacing.jitter_seconds,
            ],
        )
        .await
        .context("Failed to store sender")?
        .ok_or_else(|| SenderConflict::AlreadyExists {
            address: address.clone(),
        })?;
    let stored = Stored::from_row(&inserted).context("Failed to read sender")?;
    let link =
        confirmation::mail_link(&state, &tx, caller.user_id, stored.id, &address, &name).await?;
    shared::audit::record(
        &tx,
        caller.user_id,
        "sender.created",
        json!({"sender_id": stored.id, "from_email": address}),
        &ip,
    )
    .await?;
    tx.commit().await.context("Failed to commit sender")?;
    confirmation::queue_link(&state, &link.job).await;
    tracing::info!(sender_id = %stored.id, "sender created, confirmation mailed");
    let sender = one_as_shown(&state, &client, caller.user_id, stored, now).await?;
    json_response(StatusCode::CREATED, &sender)
}

/// The caller's senders, newest first, each with today's cap and health.
#[utoipa::path(get, path = "/senders", tag = "senders", security(("bearer" = [])),
    params(PageRequest),
    responses((status = 200, body = SenderPage)))]
pub async fn list_senders(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    page: PageRequest,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let stored = page.list(
        &client,
        queries::LIST_SENDERS,
        caller.user_id,
        Stored::from_row,
    );
    let Page { items, next_cursor } = stored.await.context("Failed to list senders")?;
    let items = as_shown(&state, &client, caller.user_id, items, state.now()).await?;
    json_response(StatusCode::OK, &Page { items, next_cursor })
}

/// One sender. Once confirmed and while its identity is not yet verified, the status is
/// refreshed from SES (if SES cannot be reached, the last known status is shown). An
/// unconfirmed sender is never looked up in SES.
#[utoipa::path(get, path = "/senders/{id}", tag = "senders", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 200, body = Sender)))]
pub async fn get_sender(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(sender_id): Path<Uuid>,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let row = client
        .query_opt(queries::FIND_SENDER, &[&sender_id, &caller.user_id])
        .await
        .context("Failed to load sender")?
        .ok_or(ApiError::NotFound)?;
    let mut stored = Stored::from_row(&row).context("Failed to read sender")?;
    if stored.confirmed_at.is_some() && stored.identity_status != IdentityStatus::Verified {
        match identity::status(state.ses(), &stored.from_email).await {
            Ok(status) if status != stored.identity_status => {
                let row = client
                    .query_one(
                        queries::SET_IDENTITY_STATUS,
                        &[&sender_id, &caller.user_id, &status.as_str()],
                    )
                    .await
                    .context("Failed to record identity status")?;
                stored = Stored::from_row(&row).context("Failed to read sender")?;
            }
            Ok(_) => {}
            Err(err) => tracing::warn!(error = %err, "identity status not refreshed"),
        }
    }
    let sender = one_as_shown(&state, &client, caller.user_id, stored, state.now()).await?;
    json_response(StatusCode::OK, &sender)
}

/// Changes the From name, daily cap or warm-up ramp. The address cannot change: create another
/// sender for another address. A body `GET` returned may be sent back whole (see the schema).
#[utoipa::path(patch, path = "/senders/{id}", tag = "senders", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    request_body = UpdateSender,
    responses(
        (status = 200, body = Sender),
        (status = 422, body = Problem, content_type = "application/problem+json",
            description = "Invalid fields, or `id`/`from_email` that are not this sender's"),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id))]
pub async fn update_sender(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(sender_id): Path<Uuid>,
    ClientIp(ip): ClientIp,
    Json(body): Json<UpdateSender>,
) -> Result<Response<Body>, ApiError> {
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
    let current = Stored::from_row(&row).context("Failed to read sender")?;

    let mut errors = Vec::new();
    if body.id.is_some_and(|id| id != sender_id) {
        errors.push(FieldError::new(
            "id",
            "is read-only and not this sender's id",
        ));
    }
    if let Some(raw) = &body.from_email
        && !raw.trim().eq_ignore_ascii_case(&current.from_email)
    {
        errors.push(FieldError::new(
            "from_email",
            "cannot change; create another sender for another address",
        ));
    }
    let name = match &body.from_name {
        Some(raw) => from_name(raw, &mut errors),
        None => current.from_name.clone(),
    };
    let daily_cap = body.daily_cap.unwrap_or(current.daily_cap);
    let update = body.warmup.unwrap_or_default();
    // Lowering the cap below the stored start cap lowers the start cap with it.
    let start_cap = update
        .start_cap
        .unwrap_or_else(|| current.ramp.start_cap.min(daily_cap.max(1)));
    let daily_increase = update.daily_increase.unwrap_or(current.ramp.daily_increase);
    let start_cap = check_caps(daily_cap, start_cap, daily_increase, &mut errors);
    let pacing = check_pacing(body.pacing, current.pacing, &mut errors);
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
                &pacing.min_gap_seconds,
                &pacing.jitter_seconds,
            ],
        )
        .await
        .context("Failed to update sender")?;
    shared::audit::record(
        &tx,
        caller.user_id,
        "sender.updated",
        json!({"sender_id": sender_id, "daily_cap": daily_cap, "warmup_restarted": update.restart}),
        &ip,
    )
    .await?;
    let stored = Stored::from_row(&row).context("Failed to read sender")?;
    tx.commit().await.context("Failed to commit sender")?;
    let sender = one_as_shown(&state, &client, caller.user_id, stored, now).await?;
    json_response(StatusCode::OK, &sender)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_mail_and_our_own_mail_domain_are_refused_with_a_reason() {
        let own = "mail.roleferry.com";
        assert!(
            refused_domain("gmail.com", own).is_some_and(|reason| reason.contains("free-mail"))
        );
        assert!(refused_domain("Yahoo.co.uk", own).is_some());
        for ours in ["mail.roleferry.com", "bounce.mail.roleferry.com"] {
            assert!(
                refused_domain(ours, own).is_some_and(|reason| reason.contains("own mail domain")),
                "{ours}"
            );
        }
        for fine in [
            "acme.com",
            "roleferry.com",
            "notmail.roleferry.com",
            "live.acme.com",
        ] {
            assert_eq!(refused_domain(fine, own), None, "{fine}");
        }
    }
}
