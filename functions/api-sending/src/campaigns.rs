//! `/campaigns`: one sequence template sent from one sender, for one application, to a set of
//! contacts, inside a weekly window; launch, pause, resume, and what was sent.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use axum::extract::State;
use chrono::{DateTime, Utc};
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::openapi::schema::{AdditionalProperties, ArrayBuilder, ObjectBuilder, Type};
use utoipa::openapi::{Ref, RefOr, Schema};
use utoipa::{PartialSchema, ToSchema};
use uuid::Uuid;

use sending::template::{self, ContactVars, Context, JobVars, RenderError, SenderVars, present};
use sending::window::Schedule;
use shared::auth::Caller;
use shared::db::{self, GenericClient, Row, Transaction};
use shared::error::{ApiError, Context as _, FieldError, Problem};
use shared::http::{empty_response, json_response};
use shared::openapi::IanaTimezone;
use shared::pagination::{Page, PageRequest};
use shared::text::NonBlankLine;
use shared::web::{ClientIp, Json, Path};

use crate::health;
use crate::sequences::SequenceConflict;
use crate::{AppState, queries, readiness};

const MAX_NAME_CHARS: usize = 200;
/// Most contacts one campaign may name; launch enrolls them in one transaction.
pub const MAX_CONTACTS: usize = 10_000;

/// When a campaign sends, in the recipient's local time (the contact's IANA timezone when it
/// has one, else the campaign's): the days of the week on which the window opens and the hours
/// `[start_hour, end_hour)`; an `end_hour` at or before `start_hour` runs past midnight.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignSchedule {
    /// IANA timezone of the window for contacts without their own, e.g. `America/New_York`.
    #[schema(example = "America/New_York")]
    pub timezone: String,
    /// `mon` to `sun`; at least one.
    #[schema(example = json!(["mon", "tue", "wed", "thu", "fri"]))]
    pub days: Vec<String>,
    /// First hour (0–23) messages may go, local time.
    #[schema(minimum = 0, maximum = 23, example = 9)]
    #[serde(deserialize_with = "shared::number::deserialize")]
    pub start_hour: i32,
    /// The hour (1–24) sending stops, local time; at or before `start_hour`, on the next day.
    #[schema(minimum = 1, maximum = 24, example = 17)]
    #[serde(deserialize_with = "shared::number::deserialize")]
    pub end_hour: i32,
}

/// Schema of a schedule in a request: the timezone one of the IANA names and days from `mon`
/// to `sun`, each once. Any two hours in range make a window (an `end_hour` at or before
/// `start_hour` runs past midnight), so the schema states every rule the handler checks.
pub struct ScheduleInput;

impl PartialSchema for ScheduleInput {
    fn schema() -> RefOr<Schema> {
        let hour = |min: i32, max: i32| {
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(min))
                .maximum(Some(max))
        };
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .property("timezone", Ref::from_schema_name(IanaTimezone::name()))
            .property(
                "days",
                ArrayBuilder::new()
                    .items(shared::openapi::string_enum(&DAY_NAMES))
                    .min_items(Some(1))
                    .max_items(Some(7))
                    .unique_items(true),
            )
            .property("start_hour", hour(0, 23))
            .property("end_hour", hour(1, 24))
            .required("timezone")
            .required("days")
            .required("start_hour")
            .required("end_hour")
            .additional_properties(Some(AdditionalProperties::FreeForm(false)))
            .description(Some(
                "When messages may go, in the recipient's local time: `timezone` (IANA) for \
                 contacts without their own, `days` (`mon`–`sun`) on which the window opens, \
                 and the hours `[start_hour, end_hour)`. An `end_hour` at or before \
                 `start_hour` runs past midnight into the next day (22 to 6 is overnight; equal \
                 hours are a whole day).",
            ))
            .into()
    }
}

impl ToSchema for ScheduleInput {
    fn name() -> std::borrow::Cow<'static, str> {
        "CampaignScheduleInput".into()
    }
}

const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateCampaign {
    #[schema(value_type = NonBlankLine<{ MAX_NAME_CHARS }>, inline)]
    pub name: String,
    pub sequence_template_id: Uuid,
    /// A sender of the caller's; it must be verified by launch.
    pub sender_id: Uuid,
    /// Fills `job.*`, `pain_point` and `offer`.
    pub application_id: Uuid,
    /// The caller's contacts (at most 10000; repeats are merged).
    #[schema(max_items = 10_000)]
    pub contact_ids: Vec<Uuid>,
    #[schema(value_type = ScheduleInput)]
    #[serde(deserialize_with = "shared::json::object")]
    pub schedule: CampaignSchedule,
    /// Send to contacts verified `risky` or `unknown` too. Default false.
    #[serde(default)]
    pub include_risky: bool,
    /// Open tracking (a pixel, through the configuration set). Default false.
    #[serde(default)]
    pub track_opens: bool,
    /// Click tracking (rewritten links). Default false.
    #[serde(default)]
    pub track_clicks: bool,
    /// Read-only, ignored: a new campaign is a `draft`.
    #[schema(value_type = Option<String>, read_only)]
    pub status: Option<serde_json::Value>,
    /// Read-only, ignored.
    #[schema(value_type = Option<String>, read_only)]
    pub paused_reason: Option<serde_json::Value>,
}

/// Changes to a campaign. A draft may change anything; once launched only `name` and
/// `schedule` (when, not what or to whom): anything else is a 409 `campaign-launched`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateCampaign {
    #[schema(value_type = Option<NonBlankLine<{ MAX_NAME_CHARS }>>, inline)]
    pub name: Option<String>,
    pub sequence_template_id: Option<Uuid>,
    pub sender_id: Option<Uuid>,
    pub application_id: Option<Uuid>,
    #[schema(max_items = 10_000)]
    pub contact_ids: Option<Vec<Uuid>>,
    #[schema(value_type = Option<ScheduleInput>)]
    #[serde(default, deserialize_with = "shared::json::optional_object")]
    pub schedule: Option<CampaignSchedule>,
    pub include_risky: Option<bool>,
    pub track_opens: Option<bool>,
    pub track_clicks: Option<bool>,
    /// Read-only: change it with launch, pause and resume.
    #[schema(value_type = Option<String>, read_only)]
    pub status: Option<serde_json::Value>,
    /// Read-only.
    #[schema(value_type = Option<String>, read_only)]
    pub paused_reason: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CampaignStatus {
    Draft,
    Active,
    Paused,
    Completed,
}

impl CampaignStatus {
    pub(crate) fn from_stored(stored: &str) -> Self {
        match stored {
            "active" => Self::Active,
            "paused" => Self::Paused,
            "completed" => Self::Completed,
            _ => Self::Draft,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Active => "active",
            Self::Paused => "paused",
            Self::Completed => "completed",
        }
    }
}

/// How many of the campaign's enrollments are in each state.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct EnrollmentCounts {
    pub active: i64,
    pub completed: i64,
    pub stopped: i64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Campaign {
    pub id: Uuid,
    pub name: String,
    pub sequence_template_id: Uuid,
    pub sender_id: Uuid,
    pub application_id: Uuid,
    pub contact_ids: Vec<Uuid>,
    pub schedule: CampaignSchedule,
    pub include_risky: bool,
    pub track_opens: bool,
    pub track_clicks: bool,
    pub status: CampaignStatus,
    /// Why the campaign is paused: `manual`, or the sender health line it crossed.
    pub paused_reason: Option<String>,
    pub enrollments: EnrollmentCounts,
    pub launched_at: Option<DateTime<Utc>>,
    pub completed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

shared::keyed_by_creation!(Campaign);

impl Campaign {
    fn from_row(row: &Row) -> Result<Self, db::Error> {
        let status: String = row.try_get("status")?;
        Ok(Self {
            id: row.try_get("id")?,
            name: row.try_get("name")?,
            sequence_template_id: row.try_get("sequence_template_id")?,
            sender_id: row.try_get("sender_id")?,
            application_id: row.try_get("application_id")?,
            contact_ids: row.try_get("contact_ids")?,
            schedule: CampaignSchedule {
                timezone: row.try_get("timezone")?,
                days: row.try_get("days")?,
                start_hour: row.try_get("start_hour")?,
                end_hour: row.try_get("end_hour")?,
            },
            include_risky: row.try_get("include_risky")?,
            track_opens: row.try_get("track_opens")?,
            track_clicks: row.try_get("track_clicks")?,
            status: CampaignStatus::from_stored(&status),
            paused_reason: row.try_get("paused_reason")?,
            enrollments: EnrollmentCounts {
                active: row.try_get("enrollments_active")?,
                completed: row.try_get("enrollments_completed")?,
                stopped: row.try_get("enrollments_stopped")?,
            },
            launched_at: row.try_get("launched_at")?,
            completed_at: row.try_get("completed_at")?,
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CampaignPage {
    pub items: Vec<Campaign>,
    pub next_cursor: Option<String>,
}

/// A contact launch did not enroll, and why.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = SkippedEnrollment)]
pub struct SkippedContact {
    pub contact_id: Uuid,
    /// `not_found` (deleted since), `suppressed`, `invalid`, `risky` or `unknown` (verified so
    /// and the campaign does not `include_risky`), `missing_variable` (`detail` names them),
    /// `already_in_sequence` (active in another campaign), `verification_quota` (unverified,
    /// and the month's verifications are used up).
    pub reason: &'static str,
    pub detail: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LaunchResult {
    pub enrolled: usize,
    pub skipped: Vec<SkippedContact>,
}

/// What a campaign request can conflict with.
#[derive(Debug, thiserror::Error)]
pub enum CampaignConflict {
    #[error("The campaign is {status}; only a draft can be launched.")]
    NotDraft { status: &'static str },
    #[error(
        "The campaign was launched: only its name and schedule can change. Create a new campaign to send something else."
    )]
    Launched,
    #[error("A {status} campaign cannot be {action}.")]
    IllegalTransition {
        status: &'static str,
        action: &'static str,
    },
    #[error("The sender {address} is {status}; it must be confirmed and verified before a launch.")]
    SenderNotReady { address: String, status: String },
    #[error("Mail from {domain} cannot pass DMARC yet. {}", missing.join(" "))]
    SenderDomainNotReady {
        domain: String,
        missing: Vec<String>,
    },
    #[error(
        "The sender's {rate} over the last 14 days is over the line campaigns pause at; it must fall before the campaign can resume."
    )]
    SenderOverThreshold { rate: String },
}

shared::conflict_kinds!(CampaignConflict {
    NotDraft => ("campaign-not-draft", "Campaign already launched"),
    Launched => ("campaign-launched", "Campaign already launched"),
    IllegalTransition => ("illegal-campaign-transition", "Illegal status change"),
    SenderNotReady => ("sender-not-ready", "Sender not ready"),
    SenderDomainNotReady => ("sender-domain-not-ready", "Sender domain cannot pass DMARC"),
    SenderOverThreshold => ("sender-over-threshold", "Sender over the pause threshold"),
});

/// A campaign's fields after validation.
struct Fields {
    name: String,
    sequence_template_id: Uuid,
    sender_id: Uuid,
    application_id: Uuid,
    contact_ids: Vec<Uuid>,
    schedule: CampaignSchedule,
    include_risky: bool,
    track_opens: bool,
    track_clicks: bool,
}

fn check_name(raw: &str, errors: &mut Vec<FieldError>) -> String {
    match shared::text::non_blank_line(raw, MAX_NAME_CHARS) {
        Ok(name) => name.to_owned(),
        Err(err) => {
            errors.push(FieldError::new("name", err.to_string()));
            String::new()
        }
    }
}

/// The schedule as stored: the timezone's canonical name, days in week order. A day listed
/// twice is refused, as the schema's `uniqueItems` says.
fn check_schedule(raw: CampaignSchedule, errors: &mut Vec<FieldError>) -> CampaignSchedule {
    let distinct: BTreeSet<&str> = raw.days.iter().map(String::as_str).collect();
    if distinct.len() != raw.days.len() {
        errors.push(FieldError::new("schedule.days", "lists a day twice"));
        return raw;
    }
    match Schedule::new(&raw.timezone, &raw.days, raw.start_hour, raw.end_hour) {
        Ok(schedule) => CampaignSchedule {
            timezone: schedule.timezone.name().to_owned(),
            days: schedule
                .days
                .names()
                .into_iter()
                .map(str::to_owned)
                .collect(),
            start_hour: raw.start_hour,
            end_hour: raw.end_hour,
        },
        Err(problems) => {
            errors.extend(
                problems
                    .into_iter()
                    .map(|(field, message)| FieldError::new(field, message)),
            );
            raw
        }
    }
}

fn check_contacts(mut ids: Vec<Uuid>, errors: &mut Vec<FieldError>) -> Vec<Uuid> {
    if ids.len() > MAX_CONTACTS {
        errors.push(FieldError::new(
            "contact_ids",
            format!("a campaign names at most {MAX_CONTACTS} contacts"),
        ));
    }
    // Kept in the caller's order, repeats dropped.
    let mut seen = BTreeSet::new();
    ids.retain(|id| seen.insert(*id));
    ids
}

/// The referenced template, sender, application and contacts must all be the caller's.
async fn check_references(
    client: &impl GenericClient,
    user_id: Uuid,
    fields: &Fields,
) -> Result<(), ApiError> {
    let row = client
        .query_one(
            queries::OWNED_REFERENCES,
            &[
                &user_id,
                &fields.sequence_template_id,
                &fields.sender_id,
                &fields.application_id,
            ],
        )
        .await
        .context("Failed to check references")?;
    // A reference to nobody's or another user's object is a 404, as everywhere else.
    for column in ["template", "sender", "application"] {
        if !row
            .try_get::<_, bool>(column)
            .context("Failed to read references")?
        {
            return Err(ApiError::NotFound);
        }
    }
    let owned: i64 = client
        .query_one(
            queries::COUNT_OWNED_CONTACTS,
            &[&user_id, &fields.contact_ids],
        )
        .await
        .context("Failed to check contacts")?
        .try_get("owned")
        .context("Failed to read contacts")?;
    if usize::try_from(owned).ok() != Some(fields.contact_ids.len()) {
        return Err(ApiError::NotFound);
    }
    Ok(())
}

/// Writes a campaign's fields with `query` (INSERT_CAMPAIGN or UPDATE_CAMPAIGN, which take the
/// same parameters) and answers the campaign as stored.
async fn store(
    tx: &Transaction<'_>,
    query: &str,
    campaign_id: Uuid,
    user_id: Uuid,
    fields: &Fields,
) -> Result<Campaign, ApiError> {
    let row = tx
        .query_one(
            query,
            &[
                &campaign_id,
                &user_id,
                &fields.name,
                &fields.sequence_template_id,
                &fields.sender_id,
                &fields.application_id,
                &fields.contact_ids,
                &fields.schedule.timezone,
                &fields.schedule.days,
                &fields.schedule.start_hour,
                &fields.schedule.end_hour,
                &fields.include_risky,
                &fields.track_opens,
                &fields.track_clicks,
            ],
        )
        .await
        .context("Failed to store campaign")?;
    Campaign::from_row(&row).context("Failed to read campaign")
}

/// Creates a draft campaign. Nothing is sent until it is launched.
#[utoipa::path(post, path = "/campaigns", tag = "campaigns", security(("bearer" = [])),
    request_body = CreateCampaign,
    responses(
        (status = 201, body = Campaign),
        (status = 404, body = Problem, content_type = "application/problem+json",
            description = "The template, sender, application or one of the contacts is not the \
                caller's"),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id))]
pub async fn create_campaign(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    ClientIp(ip): ClientIp,
    Json(body): Json<CreateCampaign>,
) -> Result<Response<Body>, ApiError> {
    let mut errors = Vec::new();
    let fields = Fields {
        name: check_name(&body.name, &mut errors),
        sequence_template_id: body.sequence_template_id,
        sender_id: body.sender_id,
        application_id: body.application_id,
        contact_ids: check_contacts(body.contact_ids, &mut errors),
        schedule: check_schedule(body.schedule, &mut errors),
        include_risky: body.include_risky,
        track_opens: body.track_opens,
        track_clicks: body.track_clicks,
    };
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    check_references(&tx, caller.user_id, &fields).await?;
    let campaign = store(
        &tx,
        queries::INSERT_CAMPAIGN,
        Uuid::new_v4(),
        caller.user_id,
        &fields,
    )
    .await?;
    shared::audit::record(
        &tx,
        caller.user_id,
        "campaign.created",
        json!({"campaign_id": campaign.id}),
        &ip,
    )
    .await?;
    tx.commit().await.context("Failed to commit campaign")?;
    json_response(StatusCode::CREATED, &campaign)
}

/// The caller's campaigns, newest first.
#[utoipa::path(get, path = "/campaigns", tag = "campaigns", security(("bearer" = [])),
    params(PageRequest),
    responses((status = 200, body = CampaignPage)))]
pub async fn list_campaigns(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    page: PageRequest,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let listing = page
        .list(
            &client,
            queries::LIST_CAMPAIGNS,
            caller.user_id,
            Campaign::from_row,
        )
        .await
        .context("Failed to list campaigns")?;
    json_response(StatusCode::OK, &listing)
}

/// One campaign with its enrollment counts.
#[utoipa::path(get, path = "/campaigns/{id}", tag = "campaigns", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 200, body = Campaign)))]
pub async fn get_campaign(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(campaign_id): Path<Uuid>,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let campaign = find(&client, campaign_id, caller.user_id).await?;
    json_response(StatusCode::OK, &campaign)
}

/// A launch with no send left this month could send nothing: 429 until the first of the next
/// month, before anything is asked of SES. Partial room launches; the scheduler holds what the
/// quota does not cover.
async fn refuse_when_out_of_sends(
    tx: &Transaction<'_>,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let row = tx
        .query_one(queries::MONTHLY_SENDS, &[&user_id])
        .await
        .context("Failed to count sends")?;
    let plan: String = row.try_get("plan").context("Failed to read the plan")?;
    let used: i64 = row.try_get("used").context("Failed to read sends")?;
    let limit = shared::plan::limits(&plan).monthly_sends;
    if used >= limit {
        return Err(ApiError::RateLimited(shared::plan::monthly_quota_exceeded(
            "monthly send quota",
            limit,
            now,
        )));
    }
    Ok(())
}

pub(crate) async fn find(
    client: &impl GenericClient,
    campaign_id: Uuid,
    user_id: Uuid,
) -> Result<Campaign, ApiError> {
    let row = client
        .query_opt(queries::FIND_CAMPAIGN, &[&campaign_id, &user_id])
        .await
        .context("Failed to load campaign")?
        .ok_or(ApiError::NotFound)?;
    Campaign::from_row(&row).context("Failed to read campaign")
}

async fn lock(
    tx: &Transaction<'_>,
    campaign_id: Uuid,
    user_id: Uuid,
) -> Result<Campaign, ApiError> {
    let row = tx
        .query_opt(queries::LOCK_CAMPAIGN, &[&campaign_id, &user_id])
        .await
        .context("Failed to load campaign")?
        .ok_or(ApiError::NotFound)?;
    Campaign::from_row(&row).context("Failed to read campaign")
}

/// Changes a campaign: anything while it is a draft; only `name` and `schedule` once launched.
#[utoipa::path(patch, path = "/campaigns/{id}", tag = "campaigns", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    request_body = UpdateCampaign,
    responses(
        (status = 200, body = Campaign),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`campaign-launched`: the campaign was launched and the change is not \
                to its name or schedule"),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id))]
pub async fn update_campaign(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(campaign_id): Path<Uuid>,
    ClientIp(ip): ClientIp,
    Json(body): Json<UpdateCampaign>,
) -> Result<Response<Body>, ApiError> {
    let mut errors = Vec::new();
    let name = body.name.as_deref().map(|raw| check_name(raw, &mut errors));
    let contact_ids = body.contact_ids.map(|ids| check_contacts(ids, &mut errors));
    let schedule = body
        .schedule
        .map(|schedule| check_schedule(schedule, &mut errors));
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let current = lock(&tx, campaign_id, caller.user_id).await?;
    let fields = Fields {
        name: name.unwrap_or(current.name),
        sequence_template_id: body
            .sequence_template_id
            .unwrap_or(current.sequence_template_id),
        sender_id: body.sender_id.unwrap_or(current.sender_id),
        application_id: body.application_id.unwrap_or(current.application_id),
        contact_ids: contact_ids.unwrap_or(current.contact_ids.clone()),
        schedule: schedule.unwrap_or(current.schedule),
        include_risky: body.include_risky.unwrap_or(current.include_risky),
        track_opens: body.track_opens.unwrap_or(current.track_opens),
        track_clicks: body.track_clicks.unwrap_or(current.track_clicks),
    };
    let changes_what_is_sent = fields.sequence_template_id != current.sequence_template_id
        || fields.sender_id != current.sender_id
        || fields.application_id != current.application_id
        || fields.contact_ids != current.contact_ids
        || fields.include_risky != current.include_risky
        || fields.track_opens != current.track_opens
        || fields.track_clicks != current.track_clicks;
    if current.status != CampaignStatus::Draft && changes_what_is_sent {
        return Err(CampaignConflict::Launched.into());
    }
    check_references(&tx, caller.user_id, &fields).await?;
    let campaign = store(
        &tx,
        queries::UPDATE_CAMPAIGN,
        campaign_id,
        caller.user_id,
        &fields,
    )
    .await?;
    shared::audit::record(
        &tx,
        caller.user_id,
        "campaign.updated",
        json!({"campaign_id": campaign_id}),
        &ip,
    )
    .await?;
    tx.commit().await.context("Failed to commit campaign")?;
    json_response(StatusCode::OK, &campaign)
}

/// Deletes a draft. A launched campaign is kept (its messages are the sender's health
/// history): pause it instead.
#[utoipa::path(delete, path = "/campaigns/{id}", tag = "campaigns", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses(
        (status = 204),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`campaign-launched`: only drafts are deleted"),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id))]
pub async fn delete_campaign(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(campaign_id): Path<Uuid>,
    ClientIp(ip): ClientIp,
) -> Result<Response<Body>, ApiError> {
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let current = lock(&tx, campaign_id, caller.user_id).await?;
    if current.status != CampaignStatus::Draft {
        return Err(CampaignConflict::Launched.into());
    }
    tx.execute(
        queries::DELETE_DRAFT_CAMPAIGN,
        &[&campaign_id, &caller.user_id],
    )
    .await
    .context("Failed to delete campaign")?;
    shared::audit::record(
        &tx,
        caller.user_id,
        "campaign.deleted",
        json!({"campaign_id": campaign_id}),
        &ip,
    )
    .await?;
    tx.commit().await.context("Failed to commit deletion")?;
    Ok(empty_response(StatusCode::NO_CONTENT))
}

/// A contact as launch sees it.
struct Candidate {
    id: Uuid,
    vars: ContactVars,
    verification_status: String,
    suppressed: bool,
    in_sequence: bool,
}

impl Candidate {
    fn from_row(row: &Row) -> Result<Self, db::Error> {
        Ok(Self {
            id: row.try_get("id")?,
            vars: ContactVars {
                first_name: present(row.try_get("first_name")?),
                last_name: present(row.try_get("last_name")?),
                company: present(row.try_get("company")?),
                title: present(row.try_get("title")?),
            },
            verification_status: row.try_get("verification_status")?,
            suppressed: row.try_get("suppressed")?,
            in_sequence: row.try_get("in_sequence")?,
        })
    }
}

/// A step as launch copied it.
struct SnapshotStep {
    delay_minutes: i32,
    subject: String,
    body: String,
}

/// Why `contact` cannot be enrolled, before rendering; None when it can be.
fn skip_reason(contact: &Candidate, include_risky: bool) -> Option<&'static str> {
    if contact.suppressed {
        return Some("suppressed");
    }
    if contact.in_sequence {
        return Some("already_in_sequence");
    }
    match contact.verification_status.as_str() {
        "invalid" => Some("invalid"),
        "risky" if !include_risky => Some("risky"),
        "unknown" if !include_risky => Some("unknown"),
        _ => None,
    }
}

/// Variables some step needs that have no value for this contact, in name order.
fn missing_variables(steps: &[SnapshotStep], context: &Context) -> Result<Vec<String>, String> {
    let mut missing = BTreeSet::new();
    for step in steps {
        for rendered in [
            template::render_subject(&step.subject, context),
            template::render(&step.body, context),
        ] {
            match rendered {
                Ok(_) => {}
                Err(RenderError::Missing(names)) => missing.extend(names),
                Err(RenderError::Broken(detail)) => return Err(detail),
            }
        }
    }
    Ok(missing.into_iter().collect())
}

/// Launches a draft: copies the template's steps, enrolls every contact that can be sent to
/// and reports each one skipped with a reason. The sender must be verified and mail from its
/// domain able to pass DMARC (its `readiness`, asked afresh; a domain SES has no identity for
/// gets one, which starts Easy DKIM). All or nothing: the enrollments and the campaign's new
/// status commit together. Unverified contacts are enrolled and queued for verification; their
/// first step waits until it is settled (an `invalid` result stops them). The first step is due
/// `delay_minutes` after launch, inside the schedule's window.
#[utoipa::path(post, path = "/campaigns/{id}/launch", tag = "campaigns", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses(
        (status = 202, body = LaunchResult),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`campaign-not-draft`: launched already; `sender-not-ready`: the \
                sender is not confirmed and verified; `sender-domain-not-ready`: mail from the \
                sender's domain cannot pass DMARC yet (Easy DKIM not `success` in SES, or no \
                valid DMARC record), the detail says what to publish; `template-has-no-steps`"),
        (status = 429, body = Problem, content_type = "application/problem+json",
            description = "The plan's monthly send quota is used up: nothing could be sent \
                before the first of next month (`Retry-After`). Nothing is enrolled."),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id, campaign_id = %campaign_id))]
pub async fn launch_campaign(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(campaign_id): Path<Uuid>,
    ClientIp(ip): ClientIp,
) -> Result<Response<Body>, ApiError> {
    let user_id = caller.user_id;
    let now = state.now();
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let campaign = lock(&tx, campaign_id, user_id).await?;
    if campaign.status != CampaignStatus::Draft {
        return Err(CampaignConflict::NotDraft {
            status: campaign.status.as_str(),
        }
        .into());
    }
    refuse_when_out_of_sends(&tx, user_id, now).await?;
    let sender = tx
        .query_one(queries::LAUNCH_SENDER, &[&campaign.sender_id, &user_id])
        .await
        .context("Failed to load sender")?;
    let identity_status: String = sender
        .try_get("identity_status")
        .context("Failed to read sender")?;
    let from_email: String = sender
        .try_get("from_email")
        .context("Failed to read sender")?;
    if identity_status != "verified" {
        return Err(CampaignConflict::SenderNotReady {
            address: from_email,
            status: identity_status,
        }
        .into());
    }
    let domain = readiness::domain_of(&from_email);
    let ready = readiness::assess_starting_dkim(&state, &domain).await;
    if !ready.can_send {
        return Err(CampaignConflict::SenderDomainNotReady {
            domain,
            missing: ready.missing,
        }
        .into());
    }
    let steps: Vec<SnapshotStep> = tx
        .query(
            queries::SNAPSHOT_STEPS,
            &[&campaign_id, &campaign.sequence_template_id, &user_id],
        )
        .await
        .context("Failed to copy steps")?
        .iter()
        .map(|row| {
            Ok(SnapshotStep {
                delay_minutes: row.try_get("delay_minutes")?,
                subject: row.try_get("subject")?,
                body: row.try_get("body")?,
            })
        })
        .collect::<Result<_, db::Error>>()
        .context("Failed to read steps")?;
    let Some(first_step) = steps.first() else {
        return Err(SequenceConflict::NoSteps.into());
    };
    let application = tx
        .query_one(
            queries::PREVIEW_APPLICATION,
            &[&campaign.application_id, &user_id],
        )
        .await
        .context("Failed to load application")?;
    let text = |column: &str| -> Result<Option<String>, ApiError> {
        Ok(present(
            application
                .try_get(column)
                .context("Failed to read application")?,
        ))
    };
    let base_context = Context {
        contact: ContactVars::default(),
        job: JobVars {
            title: text("title")?,
            company: text("company")?,
        },
        pain_point: text("pain_point")?,
        offer: text("offer")?,
        sender: SenderVars {
            name: present(
                sender
                    .try_get("from_name")
                    .context("Failed to read sender")?,
            ),
        },
        unsubscribe_url: Some(format!("{}/unsubscribe/launch-check", state.app_base_url)),
    };

    let mut candidates: HashMap<Uuid, Candidate> = tx
        .query(queries::LAUNCH_CONTACTS, &[&user_id, &campaign.contact_ids])
        .await
        .context("Failed to load contacts")?
        .iter()
        .map(|row| Candidate::from_row(row).map(|contact| (contact.id, contact)))
        .collect::<Result<_, _>>()
        .context("Failed to read contacts")?;
    let mut skipped = Vec::new();
    let mut eligible = Vec::new();
    for contact_id in &campaign.contact_ids {
        let Some(contact) = candidates.remove(contact_id) else {
            skipped.push(skip(*contact_id, "not_found", None));
            continue;
        };
        if let Some(reason) = skip_reason(&contact, campaign.include_risky) {
            skipped.push(skip(contact.id, reason, None));
            continue;
        }
        let context = Context {
            contact: contact.vars.clone(),
            ..base_context.clone()
        };
        match missing_variables(&steps, &context) {
            Ok(missing) if missing.is_empty() => eligible.push(contact),
            Ok(missing) => skipped.push(skip(
                contact.id,
                "missing_variable",
                Some(missing.join(", ")),
            )),
            Err(detail) => skipped.push(skip(contact.id, "render_failed", Some(detail))),
        }
    }

    // Unverified contacts are verified first, within the month's verification quota.
    let unverified: Vec<Uuid> = eligible
        .iter()
        .filter(|contact| contact.verification_status == "unverified")
        .map(|contact| contact.id)
        .collect();
    let mut over_quota = BTreeSet::new();
    if !unverified.is_empty() {
        let limit = shared::plan::lock_limits(&tx, user_id)
            .await?
            .monthly_verifications;
        let used: i64 = tx
            .query_one(queries::MONTHLY_VERIFICATIONS, &[&user_id])
            .await
            .context("Failed to count verifications")?
            .try_get("used")
            .context("Failed to read verification count")?;
        let room = usize::try_from((limit - used).max(0)).unwrap_or(0);
        over_quota.extend(unverified.iter().skip(room).copied());
    }
    let to_verify: Vec<Uuid> = unverified
        .iter()
        .filter(|id| !over_quota.contains(id))
        .copied()
        .collect();
    let mut to_enroll = Vec::with_capacity(eligible.len());
    for contact in &eligible {
        if over_quota.contains(&contact.id) {
            skipped.push(skip(contact.id, "verification_quota", None));
        } else {
            to_enroll.push(contact.id);
        }
    }

    let first_due = now + chrono::Duration::minutes(i64::from(first_step.delay_minutes));
    let enrolled: BTreeSet<Uuid> = tx
        .query(
            queries::ENROLL,
            &[&user_id, &campaign_id, &to_enroll, &first_due],
        )
        .await
        .context("Failed to enroll contacts")?
        .iter()
        .map(|row| row.try_get("contact_id"))
        .collect::<Result<_, _>>()
        .context("Failed to read enrollments")?;
    skipped.extend(
        to_enroll
            .iter()
            .filter(|id| !enrolled.contains(id))
            .map(|id| skip(*id, "already_in_sequence", None)),
    );
    let to_verify: Vec<Uuid> = to_verify
        .into_iter()
        .filter(|id| enrolled.contains(id))
        .collect();
    if !to_verify.is_empty() {
        let pending: Vec<Uuid> = tx
            .query(queries::MARK_PENDING, &[&user_id, &to_verify])
            .await
            .context("Failed to mark contacts pending")?
            .iter()
            .map(|row| row.try_get("id"))
            .collect::<Result<_, _>>()
            .context("Failed to read pending contacts")?;
        // Enqueued before commit, as POST /contacts/verify does: if the queue is down nothing
        // is launched, so no contact waits for a verification that was never asked for.
        contacts::queue::enqueue_verification(
            state.sqs(),
            &state.verify_queue_url,
            user_id,
            &pending,
        )
        .await
        .map_err(|source| ApiError::DependencyDown {
            dependency: "verify queue",
            source,
        })?;
    }
    // With nobody enrolled there is nothing to send: the campaign is complete at once.
    let status = if enrolled.is_empty() {
        "completed"
    } else {
        "active"
    };
    tx.execute(queries::FINISH_LAUNCH, &[&campaign_id, &user_id, &status])
        .await
        .context("Failed to activate campaign")?;
    shared::audit::record(
        &tx,
        user_id,
        "campaign.launched",
        json!({"campaign_id": campaign_id, "enrolled": enrolled.len(), "skipped": skipped.len()}),
        &ip,
    )
    .await?;
    tx.commit().await.context("Failed to commit launch")?;
    tracing::info!(
        enrolled = enrolled.len(),
        skipped = skipped.len(),
        "launched"
    );
    json_response(
        StatusCode::ACCEPTED,
        &LaunchResult {
            enrolled: enrolled.len(),
            skipped,
        },
    )
}

fn skip(contact_id: Uuid, reason: &'static str, detail: Option<String>) -> SkippedContact {
    SkippedContact {
        contact_id,
        reason,
        detail,
    }
}

/// Pauses an active campaign: nothing more is sent, and a message already queued is not sent
/// either (the send worker checks the campaign when it claims it). Pausing a paused campaign
/// changes nothing.
#[utoipa::path(post, path = "/campaigns/{id}/pause", tag = "campaigns", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Campaign),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`illegal-campaign-transition`: a draft or completed campaign"),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id, campaign_id = %campaign_id))]
pub async fn pause_campaign(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(campaign_id): Path<Uuid>,
    ClientIp(ip): ClientIp,
) -> Result<Response<Body>, ApiError> {
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let current = lock(&tx, campaign_id, caller.user_id).await?;
    let campaign = match current.status {
        CampaignStatus::Paused => current,
        CampaignStatus::Active => {
            let campaign =
                set_status(&tx, &current, caller.user_id, "paused", Some("manual")).await?;
            shared::audit::record(
                &tx,
                caller.user_id,
                "campaign.paused",
                json!({"campaign_id": campaign_id}),
                &ip,
            )
            .await?;
            campaign
        }
        status => {
            return Err(CampaignConflict::IllegalTransition {
                status: status.as_str(),
                action: "paused",
            }
            .into());
        }
    };
    tx.commit().await.context("Failed to commit pause")?;
    json_response(StatusCode::OK, &campaign)
}

/// Resumes a paused campaign. While its sender's bounce or complaint rate is over the line at
/// which campaigns pause (SPEC §4), this is a 409 naming the rate. Resuming an active campaign
/// changes nothing.
#[utoipa::path(post, path = "/campaigns/{id}/resume", tag = "campaigns", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Campaign),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`sender-over-threshold`: the sender's rate is still over the line; \
                `illegal-campaign-transition`: a draft or completed campaign"),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id, campaign_id = %campaign_id))]
pub async fn resume_campaign(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(campaign_id): Path<Uuid>,
    ClientIp(ip): ClientIp,
) -> Result<Response<Body>, ApiError> {
    let now = state.now();
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let current = lock(&tx, campaign_id, caller.user_id).await?;
    let campaign = match current.status {
        CampaignStatus::Active => current,
        CampaignStatus::Paused => {
            let counts =
                crate::senders::health_counts(&tx, caller.user_id, &[current.sender_id], now)
                    .await?
                    .remove(&current.sender_id)
                    .unwrap_or_default();
            if let Some(rate) = health::pause_reason(counts) {
                return Err(CampaignConflict::SenderOverThreshold { rate }.into());
            }
            let campaign = set_status(&tx, &current, caller.user_id, "active", None).await?;
            shared::audit::record(
                &tx,
                caller.user_id,
                "campaign.resumed",
                json!({"campaign_id": campaign_id}),
                &ip,
            )
            .await?;
            campaign
        }
        status => {
            return Err(CampaignConflict::IllegalTransition {
                status: status.as_str(),
                action: "resumed",
            }
            .into());
        }
    };
    tx.commit().await.context("Failed to commit resume")?;
    json_response(StatusCode::OK, &campaign)
}

async fn set_status(
    tx: &Transaction<'_>,
    current: &Campaign,
    user_id: Uuid,
    status: &str,
    paused_reason: Option<&str>,
) -> Result<Campaign, ApiError> {
    let row = tx
        .query_one(
            queries::SET_CAMPAIGN_STATUS,
            &[&current.id, &user_id, &status, &paused_reason],
        )
        .await
        .context("Failed to change campaign status")?;
    Campaign::from_row(&row).context("Failed to read campaign")
}

/// A message of a campaign, as `GET /campaigns/{id}/messages` lists it.
#[derive(Debug, Serialize, ToSchema)]
pub struct CampaignMessage {
    pub id: Uuid,
    pub contact_id: Option<Uuid>,
    /// The recipient's address when the message was made.
    pub recipient: String,
    /// The step's position.
    pub step: Option<i32>,
    /// `queued` (waiting for its slot), `sending`, `sent`, `failed` (`failure_reason` says
    /// why), `cancelled` (stopped before sending: paused, unsubscribed, suppressed) or
    /// `unknown` (SES may or may not have taken it; never resent).
    pub status: String,
    pub failure_reason: Option<String>,
    /// The furthest delivery outcome SES reported: `delivered`, `bounced`, `complained`, ...
    pub delivery_status: Option<String>,
    pub scheduled_at: Option<DateTime<Utc>>,
    pub sent_at: Option<DateTime<Utc>>,
    pub ses_message_id: Option<String>,
    /// When each thing first happened to the message, as SES, the reply worker or the
    /// unsubscribe link reported it (analytics count these); `bounced_at` is a permanent bounce.
    pub delivered_at: Option<DateTime<Utc>>,
    pub opened_at: Option<DateTime<Utc>>,
    pub clicked_at: Option<DateTime<Utc>>,
    pub replied_at: Option<DateTime<Utc>>,
    pub bounced_at: Option<DateTime<Utc>>,
    pub complained_at: Option<DateTime<Utc>>,
    pub unsubscribed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

shared::keyed_by_creation!(CampaignMessage);

impl CampaignMessage {
    fn from_row(row: &Row) -> Result<Self, db::Error> {
        Ok(Self {
            id: row.try_get("id")?,
            contact_id: row.try_get("contact_id")?,
            recipient: row.try_get("recipient")?,
            step: row.try_get("step")?,
            status: row.try_get("status")?,
            failure_reason: row.try_get("failure_reason")?,
            delivery_status: row.try_get("delivery_status")?,
            scheduled_at: row.try_get("scheduled_at")?,
            sent_at: row.try_get("sent_at")?,
            ses_message_id: row.try_get("ses_message_id")?,
            delivered_at: row.try_get("delivered_at")?,
            opened_at: row.try_get("opened_at")?,
            clicked_at: row.try_get("clicked_at")?,
            replied_at: row.try_get("replied_at")?,
            bounced_at: row.try_get("bounced_at")?,
            complained_at: row.try_get("complained_at")?,
            unsubscribed_at: row.try_get("unsubscribed_at")?,
            created_at: row.try_get("created_at")?,
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CampaignMessagePage {
    pub items: Vec<CampaignMessage>,
    pub next_cursor: Option<String>,
}

/// One enrollment of a contact in a campaign: where it is in the sequence and, when it is
/// waiting or stopped, why.
#[derive(Debug, Serialize, ToSchema)]
pub struct Enrollment {
    pub id: Uuid,
    pub contact_id: Uuid,
    /// `active`, `completed` (every step sent) or `stopped` (`stop_reason`: `unsubscribe`,
    /// `permanent_bounce`, `complaint`, `soft_bounced`, `replied`, `suppressed`, `invalid`, ...).
    pub status: String,
    pub stop_reason: Option<String>,
    /// Position of the next step to send.
    pub next_step: i32,
    /// When the next step is due; null while a step is on its way.
    pub next_due_at: Option<DateTime<Utc>>,
    /// The scheduler's latest reason for not sending yet (outside the window until ..., the
    /// sender's daily cap, waiting for verification).
    pub schedule_note: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

shared::keyed_by_creation!(Enrollment);

impl Enrollment {
    fn from_row(row: &Row) -> Result<Self, db::Error> {
        Ok(Self {
            id: row.try_get("id")?,
            contact_id: row.try_get("contact_id")?,
            status: row.try_get("status")?,
            stop_reason: row.try_get("stop_reason")?,
            next_step: row.try_get("next_step")?,
            next_due_at: row.try_get("next_due_at")?,
            schedule_note: row.try_get("schedule_note")?,
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EnrollmentPage {
    pub items: Vec<Enrollment>,
    pub next_cursor: Option<String>,
}

/// A page of rows of one of the caller's campaigns (404 when it is not theirs).
async fn campaign_rows<T: shared::pagination::Keyed>(
    state: &AppState,
    caller: Caller,
    campaign_id: Uuid,
    page: &PageRequest,
    query: &str,
    read: impl Fn(&Row) -> Result<T, db::Error>,
) -> Result<Page<T>, ApiError> {
    let client = db::client(&state.pool).await?;
    find(&client, campaign_id, caller.user_id).await?;
    let (before_at, before_id) = page.bounds();
    let rows = client
        .query(
            query,
            &[
                &campaign_id,
                &caller.user_id,
                &before_at,
                &before_id,
                &page.fetch_limit(),
            ],
        )
        .await
        .context("Failed to list campaign rows")?;
    let items = db::read_rows(&rows, read).context("Failed to read campaign rows")?;
    Ok(Page::from_rows(items, page))
}

/// Every message of the campaign, newest first, with its status and SES outcome.
#[utoipa::path(get, path = "/campaigns/{id}/messages", tag = "campaigns", security(("bearer" = [])),
    params(("id" = Uuid, Path), PageRequest),
    responses((status = 200, body = CampaignMessagePage)))]
pub async fn list_campaign_messages(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(campaign_id): Path<Uuid>,
    page: PageRequest,
) -> Result<Response<Body>, ApiError> {
    let listing = campaign_rows(
        &state,
        caller,
        campaign_id,
        &page,
        queries::LIST_CAMPAIGN_MESSAGES,
        CampaignMessage::from_row,
    )
    .await?;
    json_response(StatusCode::OK, &listing)
}

/// Every enrollment of the campaign, newest first: where each contact is and why it waits or
/// stopped.
#[utoipa::path(get, path = "/campaigns/{id}/enrollments", tag = "campaigns", security(("bearer" = [])),
    params(("id" = Uuid, Path), PageRequest),
    responses((status = 200, body = EnrollmentPage)))]
pub async fn list_campaign_enrollments(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(campaign_id): Path<Uuid>,
    page: PageRequest,
) -> Result<Response<Body>, ApiError> {
    let listing = campaign_rows(
        &state,
        caller,
        campaign_id,
        &page,
        queries::LIST_ENROLLMENTS,
        Enrollment::from_row,
    )
    .await?;
    json_response(StatusCode::OK, &listing)
}
