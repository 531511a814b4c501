//! `/sequence-templates` and `/sequence-steps`: templates and their ordered steps. Every subject
//! and body is checked when saved (see `template::check`), so a broken variable is a 422 now,
//! not an embarrassing email later.

use std::sync::Arc;

use axum::extract::State;
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, SchemaType, Type};
use utoipa::openapi::{RefOr, Schema};
use utoipa::{PartialSchema, ToSchema};

use shared::text::NonBlankLine;
use uuid::Uuid;

use shared::auth::Caller;
use shared::db::{self, GenericClient, Row, Transaction};
use shared::error::{ApiError, Context, FieldError, Problem};
use shared::http::{empty_response, json_response};
use shared::pagination::{Page, PageRequest};
use shared::web::{ClientIp, Json, Path};

use crate::template::{self, Part};
use crate::{AppState, queries};

pub const MAX_STEPS: usize = 10;
/// A year; a follow-up later than that is a new campaign.
pub const MAX_DELAY_MINUTES: i32 = 525_600;
const MAX_NAME_CHARS: usize = 200;

/// A template in SPEC's shape. What `GET` returned may be sent back: `id`, `created_at` and
/// `updated_at` are read-only and ignored here.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateTemplate {
    #[schema(value_type = NonBlankLine<{ MAX_NAME_CHARS }>, inline)]
    pub name: String,
    /// In sending order.
    #[serde(default)]
    #[schema(value_type = StepList, inline)]
    pub steps: Vec<StepInput>,
    /// Read-only, ignored.
    #[schema(read_only)]
    pub id: Option<Uuid>,
    /// Read-only, ignored.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub created_at: Option<serde_json::Value>,
    /// Read-only, ignored.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub updated_at: Option<serde_json::Value>,
}

/// Renames a template and/or replaces its steps. What `GET` returned may be sent back as it
/// is: `id` must be this template's (422 otherwise), `created_at` and `updated_at` are ignored.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateTemplate {
    #[schema(value_type = Option<NonBlankLine<{ MAX_NAME_CHARS }>>, inline)]
    pub name: Option<String>,
    /// When present, replaces the steps: listed steps keep their `id`, steps without an `id`
    /// are added, and steps not listed are deleted. Positions follow the list order.
    #[schema(value_type = Option<StepList>, inline)]
    pub steps: Option<Vec<StepInput>>,
    /// Read-only: must be this template's id.
    #[schema(read_only)]
    pub id: Option<Uuid>,
    /// Read-only, ignored.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub created_at: Option<serde_json::Value>,
    /// Read-only, ignored.
    #[schema(value_type = Option<serde_json::Value>, read_only)]
    pub updated_at: Option<serde_json::Value>,
}

/// Schema of a step's subject: one line of SPEC's variable language (`template::SUBJECT_PATTERN`).
pub struct TemplateSubject;

impl PartialSchema for TemplateSubject {
    fn schema() -> RefOr<Schema> {
        shared::text::pattern_schema(&template::SUBJECT_PATTERN, template::MAX_SUBJECT_CHARS)
    }
}

impl ToSchema for TemplateSubject {
    fn name() -> std::borrow::Cow<'static, str> {
        "TemplateSubject".into()
    }
}

/// Schema of a step's body: SPEC's variable language, showing `{{ unsubscribe_url }}`
/// (`template::BODY_PATTERN`).
pub struct TemplateBody;

impl PartialSchema for TemplateBody {
    fn schema() -> RefOr<Schema> {
        shared::text::pattern_schema(&template::BODY_PATTERN, template::MAX_BODY_CHARS)
    }
}

impl ToSchema for TemplateBody {
    fn name() -> std::borrow::Cow<'static, str> {
        "TemplateBody".into()
    }
}

/// Schema of a list of steps: at most `MAX_STEPS`, and each step's `position`, when given, is
/// its place in the list (SPEC §2), stated item by item with `prefixItems`.
pub struct StepList;

impl PartialSchema for StepList {
    fn schema() -> RefOr<Schema> {
        let RefOr::T(Schema::Object(step)) = StepInput::schema() else {
            return ArrayBuilder::new().items(StepInput::schema()).into();
        };
        let placed = (1..=MAX_STEPS).map(|place| {
            let mut step = step.clone();
            let position = ObjectBuilder::new()
                .schema_type(SchemaType::from_iter([Type::Integer, Type::Null]))
                .enum_values(Some([serde_json::json!(place), serde_json::Value::Null]))
                .description(Some("Its place in the list, or null"));
            step.properties.insert(
                "position".to_owned(),
                RefOr::T(Schema::Object(position.build())),
            );
            Schema::Object(step)
        });
        ArrayBuilder::new()
            .items(StepInput::schema())
            .prefix_items(placed)
            .max_items(Some(MAX_STEPS))
            .into()
    }
}

impl ToSchema for StepList {}

/// A step in SPEC's shape (`{id, position, delay_minutes, subject, body}`), as `GET` returns
/// it. `subject` and `body` are templates over `contact.first_name`, `contact.last_name`,
/// `contact.company`, `contact.title`, `job.title`, `job.company`, `pain_point`, `offer`,
/// `sender.name` and `unsubscribe_url`; the body must show `{{ unsubscribe_url }}`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StepInput {
    /// On update: an existing step of this template (422 if it is not one), or absent for a
    /// new step. On create: ignored, every step is new (so a template can be copied by
    /// posting what `GET` returned).
    pub id: Option<Uuid>,
    /// Optional and checked: steps are ordered by their place in the list, and a position
    /// other than that place (1-based) is a 422 naming it.
    #[serde(default, deserialize_with = "shared::number::deserialize_optional")]
    pub position: Option<i32>,
    /// Minutes after the previous step was sent (for the first step: after enrolment).
    #[schema(minimum = 0, maximum = 525_600)]
    #[serde(deserialize_with = "shared::number::deserialize")]
    pub delay_minutes: i32,
    #[schema(value_type = TemplateSubject)]
    pub subject: String,
    #[schema(value_type = TemplateBody)]
    pub body: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddStep {
    /// Read-only: a new step has no id yet, so only null is accepted (change an existing step
    /// with `PATCH /sequence-steps/{id}`).
    #[schema(read_only)]
    pub id: Option<Uuid>,
    /// 1-based; later steps move down one. Defaults to after the last step.
    #[schema(minimum = 1)]
    #[serde(default, deserialize_with = "shared::number::deserialize_optional")]
    pub position: Option<i32>,
    #[schema(minimum = 0, maximum = 525_600)]
    #[serde(deserialize_with = "shared::number::deserialize")]
    pub delay_minutes: i32,
    #[schema(value_type = TemplateSubject)]
    pub subject: String,
    #[schema(value_type = TemplateBody)]
    pub body: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateStep {
    /// Read-only: must be this step's id (a step as `GET` returned it may be sent back).
    #[schema(read_only)]
    pub id: Option<Uuid>,
    /// Moves the step; the steps in between shift by one.
    #[schema(minimum = 1)]
    #[serde(default, deserialize_with = "shared::number::deserialize_optional")]
    pub position: Option<i32>,
    #[schema(minimum = 0, maximum = 525_600)]
    #[serde(default, deserialize_with = "shared::number::deserialize_optional")]
    pub delay_minutes: Option<i32>,
    #[schema(value_type = Option<TemplateSubject>)]
    pub subject: Option<String>,
    #[schema(value_type = Option<TemplateBody>)]
    pub body: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Step {
    pub id: Uuid,
    /// 1-based, contiguous.
    pub position: i32,
    pub delay_minutes: i32,
    pub subject: String,
    pub body: String,
    #[serde(skip)]
    pub template_id: Uuid,
}

impl Step {
    pub(crate) fn from_row(row: &Row) -> Result<Self, db::Error> {
        Ok(Self {
            id: row.try_get("id")?,
            template_id: row.try_get("template_id")?,
            position: row.try_get("position")?,
            delay_minutes: row.try_get("delay_minutes")?,
            subject: row.try_get("subject")?,
            body: row.try_get("body")?,
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SequenceTemplate {
    pub id: Uuid,
    pub name: String,
    pub steps: Vec<Step>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

shared::keyed_by_creation!(SequenceTemplate);

#[derive(Debug, Serialize, ToSchema)]
pub struct SequenceTemplatePage {
    pub items: Vec<SequenceTemplate>,
    pub next_cursor: Option<String>,
}

fn template_from_row(row: &Row, steps: Vec<Step>) -> Result<SequenceTemplate, db::Error> {
    Ok(SequenceTemplate {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        steps,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

/// Steps of the given templates, grouped by template, in position order.
async fn steps_of(
    client: &impl GenericClient,
    user_id: Uuid,
    template_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Step>>, ApiError> {
    let rows = client
        .query(queries::STEPS_OF_TEMPLATES, &[&user_id, &template_ids])
        .await
        .context("Failed to load steps")?;
    let mut grouped: HashMap<Uuid, Vec<Step>> = HashMap::new();
    for row in &rows {
        let step = Step::from_row(row).context("Failed to read step")?;
        grouped.entry(step.template_id).or_default().push(step);
    }
    Ok(grouped)
}

async fn load_template(
    client: &impl GenericClient,
    user_id: Uuid,
    template_row: &Row,
) -> Result<SequenceTemplate, ApiError> {
    let id: Uuid = template_row
        .try_get("id")
        .context("Failed to read template")?;
    let steps = steps_of(client, user_id, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    template_from_row(template_row, steps).context("Failed to read template")
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

/// Checks one step's fields, naming them under `prefix` (`steps[2].` or nothing).
fn check_step(
    prefix: &str,
    delay_minutes: Option<i32>,
    subject: Option<&str>,
    body: Option<&str>,
    errors: &mut Vec<FieldError>,
) {
    if let Some(delay) = delay_minutes
        && !(0..=MAX_DELAY_MINUTES).contains(&delay)
    {
        errors.push(FieldError::new(
            format!("{prefix}delay_minutes"),
            format!("must be from 0 to {MAX_DELAY_MINUTES}"),
        ));
    }
    for (field, source, part) in [
        ("subject", subject, Part::Subject),
        ("body", body, Part::Body),
    ] {
        if let Some(source) = source {
            errors.extend(
                template::check(source, part)
                    .into_iter()
                    .map(|message| FieldError::new(format!("{prefix}{field}"), message)),
            );
        }
    }
}

/// A listed step's position, when given, must be its place in the list.
fn check_listed_position(index: usize, position: Option<i32>, errors: &mut Vec<FieldError>) {
    let place = index + 1;
    if let Some(position) = position
        && usize::try_from(position).ok() != Some(place)
    {
        errors.push(FieldError::new(
            format!("steps[{index}].position"),
            format!(
                "is {position} but the step is listed at position {place}; steps are ordered by the list"
            ),
        ));
    }
}

fn check_step_count(count: usize, errors: &mut Vec<FieldError>) {
    if count > MAX_STEPS {
        errors.push(FieldError::new(
            "steps",
            format!("a template has at most {MAX_STEPS} steps"),
        ));
    }
}

/// What a sequence request can conflict with: well-formed, but not what the template's
/// current state can take.
#[derive(Debug, thiserror::Error)]
pub enum SequenceConflict {
    #[error("steps[{index}].id is not a step of this template; fetch the template again.")]
    StaleStep { index: usize },
    #[error("The template already has {MAX_STEPS} steps, the most a template may have.")]
    StepLimitReached,
    #[error("The template has {count} steps, so a step's position is 1 to {last}.")]
    PositionOutOfRange { count: i32, last: i32 },
    #[error("The template has no steps to preview; add a step first.")]
    NoSteps,
    #[error("A campaign uses this template; delete the campaign first.")]
    InCampaign,
}

shared::conflict_kinds!(SequenceConflict {
    StaleStep => ("stale-step", "Stale step id"),
    StepLimitReached => ("step-limit-reached", "Step limit reached"),
    PositionOutOfRange => ("position-out-of-range", "Position out of range"),
    NoSteps => ("template-has-no-steps", "Template has no steps"),
    InCampaign => ("template-in-campaign", "Template used by a campaign"),
});

async fn audit(
    tx: &Transaction<'_>,
    caller: Caller,
    ip: &str,
    action: &str,
    detail: serde_json::Value,
) -> Result<(), ApiError> {
    shared::audit::record(tx, caller.user_id, action, detail, ip).await
}

/// Creates a template with its steps. Subjects and bodies are checked first: an unknown
/// variable, a syntax error or a body without `{{ unsubscribe_url }}` is a 422 whose
/// `errors[].field` names the step (`steps[2].body`) and whose message names the variable.
#[utoipa::path(post, path = "/sequence-templates", tag = "sequences", security(("bearer" = [])),
    request_body = CreateTemplate,
    responses((status = 201, body = SequenceTemplate)))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id))]
pub async fn create_sequence_template(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    ClientIp(ip): ClientIp,
    Json(body): Json<CreateTemplate>,
) -> Result<Response<Body>, ApiError> {
    let mut errors = Vec::new();
    let name = check_name(&body.name, &mut errors);
    check_step_count(body.steps.len(), &mut errors);
    for (index, step) in body.steps.iter().enumerate() {
        check_listed_position(index, step.position, &mut errors);
        check_step(
            &format!("steps[{index}]."),
            Some(step.delay_minutes),
            Some(&step.subject),
            Some(&step.body),
            &mut errors,
        );
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let template_row = tx
        .query_one(queries::INSERT_TEMPLATE, &[&caller.user_id, &name])
        .await
        .context("Failed to store template")?;
    let template_id: Uuid = template_row
        .try_get("id")
        .context("Failed to read template")?;
    let mut steps = Vec::with_capacity(body.steps.len());
    for (position, step) in (1..).zip(&body.steps) {
        let row = tx
            .query_one(
                queries::INSERT_STEP,
                &[
                    &template_id,
                    &caller.user_id,
                    &position,
                    &step.delay_minutes,
                    &step.subject,
                    &step.body,
                ],
            )
            .await
            .context("Failed to store step")?;
        steps.push(Step::from_row(&row).context("Failed to read step")?);
    }
    audit(
        &tx,
        caller,
        &ip,
        "sequence_template.created",
        json!({"sequence_template_id": template_id}),
    )
    .await?;
    let template = template_from_row(&template_row, steps).context("Failed to read template")?;
    tx.commit().await.context("Failed to commit template")?;
    json_response(StatusCode::CREATED, &template)
}

/// The caller's sequence templates, newest first, with their steps.
#[utoipa::path(get, path = "/sequence-templates", tag = "sequences", security(("bearer" = [])),
    params(PageRequest),
    responses((status = 200, body = SequenceTemplatePage)))]
pub async fn list_sequence_templates(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    page: PageRequest,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let rows = page
        .rows(&client, queries::LIST_TEMPLATES, caller.user_id)
        .await
        .context("Failed to list templates")?;
    let ids = rows
        .iter()
        .map(|row| row.try_get("id"))
        .collect::<Result<Vec<Uuid>, _>>()
        .context("Failed to read templates")?;
    let mut steps = steps_of(&client, caller.user_id, &ids).await?;
    let templates = rows
        .iter()
        .zip(&ids)
        .map(|(row, id)| template_from_row(row, steps.remove(id).unwrap_or_default()))
        .collect::<Result<_, _>>()
        .context("Failed to read templates")?;
    let listing = Page::from_rows(templates, &page);
    json_response(StatusCode::OK, &listing)
}

/// One template with its steps in order.
#[utoipa::path(get, path = "/sequence-templates/{id}", tag = "sequences", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 200, body = SequenceTemplate)))]
pub async fn get_sequence_template(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(template_id): Path<Uuid>,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let row = client
        .query_opt(queries::FIND_TEMPLATE, &[&template_id, &caller.user_id])
        .await
        .context("Failed to load template")?
        .ok_or(ApiError::NotFound)?;
    let template = load_template(&client, caller.user_id, &row).await?;
    json_response(StatusCode::OK, &template)
}

/// Renames a template and/or replaces its steps (see `steps`). Checked like creation.
#[utoipa::path(patch, path = "/sequence-templates/{id}", tag = "sequences", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    request_body = UpdateTemplate,
    responses(
        (status = 200, body = SequenceTemplate),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`stale-step`: a listed `id` is not a step of this template"),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id))]
pub async fn update_sequence_template(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(template_id): Path<Uuid>,
    ClientIp(ip): ClientIp,
    Json(body): Json<UpdateTemplate>,
) -> Result<Response<Body>, ApiError> {
    let mut errors = Vec::new();
    let name = body.name.as_deref().map(|raw| check_name(raw, &mut errors));
    if body.id.is_some_and(|id| id != template_id) {
        errors.push(FieldError::new(
            "id",
            "is read-only and not this template's id",
        ));
    }
    if let Some(steps) = &body.steps {
        check_step_count(steps.len(), &mut errors);
        let mut seen = HashSet::new();
        for (index, step) in steps.iter().enumerate() {
            let prefix = format!("steps[{index}].");
            check_listed_position(index, step.position, &mut errors);
            if let Some(id) = step.id
                && !seen.insert(id)
            {
                errors.push(FieldError::new(
                    format!("{prefix}id"),
                    "lists a step a second time",
                ));
            }
            check_step(
                &prefix,
                Some(step.delay_minutes),
                Some(&step.subject),
                Some(&step.body),
                &mut errors,
            );
        }
    }

    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    tx.query_opt(queries::LOCK_TEMPLATE, &[&template_id, &caller.user_id])
        .await
        .context("Failed to load template")?
        .ok_or(ApiError::NotFound)?;
    let existing: HashSet<Uuid> = steps_of(&tx, caller.user_id, &[template_id])
        .await?
        .remove(&template_id)
        .unwrap_or_default()
        .iter()
        .map(|step| step.id)
        .collect();
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    // A well-formed list naming a step the template no longer has (deleted meanwhile, or
    // another template's): the caller's copy is stale, a conflict with the stored state.
    let unknown = body
        .steps
        .iter()
        .flatten()
        .enumerate()
        .find(|(_, step)| step.id.is_some_and(|id| !existing.contains(&id)));
    if let Some((index, _)) = unknown {
        return Err(SequenceConflict::StaleStep { index }.into());
    }

    if let Some(name) = &name {
        tx.execute(
            queries::RENAME_TEMPLATE,
            &[&template_id, &caller.user_id, name],
        )
        .await
        .context("Failed to rename template")?;
    }
    if let Some(steps) = &body.steps {
        replace_steps(&tx, caller.user_id, template_id, steps).await?;
    }
    tx.execute(queries::TOUCH_TEMPLATE, &[&template_id, &caller.user_id])
        .await
        .context("Failed to touch template")?;
    audit(
        &tx,
        caller,
        &ip,
        "sequence_template.updated",
        json!({"sequence_template_id": template_id, "steps_replaced": body.steps.is_some()}),
    )
    .await?;
    let row = tx
        .query_one(queries::FIND_TEMPLATE, &[&template_id, &caller.user_id])
        .await
        .context("Failed to reload template")?;
    let template = load_template(&tx, caller.user_id, &row).await?;
    tx.commit().await.context("Failed to commit template")?;
    json_response(StatusCode::OK, &template)
}

/// Makes the template's steps exactly `steps`, in that order.
async fn replace_steps(
    tx: &Transaction<'_>,
    user_id: Uuid,
    template_id: Uuid,
    steps: &[StepInput],
) -> Result<(), ApiError> {
    tx.batch_execute(queries::DEFER_STEP_POSITIONS)
        .await
        .context("Failed to defer step order check")?;
    let kept: Vec<Uuid> = steps.iter().filter_map(|step| step.id).collect();
    tx.execute(
        queries::DELETE_STEPS_EXCEPT,
        &[&template_id, &user_id, &kept],
    )
    .await
    .context("Failed to delete steps")?;
    for (position, step) in (1_i32..).zip(steps) {
        match step.id {
            Some(step_id) => {
                tx.execute(
                    queries::REPLACE_STEP,
                    &[
                        &step_id,
                        &template_id,
                        &user_id,
                        &position,
                        &step.delay_minutes,
                        &step.subject,
                        &step.body,
                    ],
                )
                .await
                .context("Failed to update step")?;
            }
            None => {
                tx.execute(
                    queries::INSERT_STEP,
                    &[
                        &template_id,
                        &user_id,
                        &position,
                        &step.delay_minutes,
                        &step.subject,
                        &step.body,
                    ],
                )
                .await
                .context("Failed to add step")?;
            }
        }
    }
    Ok(())
}

/// Deletes a template and its steps.
#[utoipa::path(delete, path = "/sequence-templates/{id}", tag = "sequences", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses(
        (status = 204),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`template-in-campaign`: a campaign uses the template"),
    ))]
pub async fn delete_sequence_template(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(template_id): Path<Uuid>,
    ClientIp(ip): ClientIp,
) -> Result<Response<Body>, ApiError> {
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let deleted = match tx
        .execute(queries::DELETE_TEMPLATE, &[&template_id, &caller.user_id])
        .await
    {
        Ok(deleted) => deleted,
        // A campaign still names this template (campaigns keep their own copy of the steps,
        // but a draft is launched from the template).
        Err(err) if err.code() == Some(&db::SqlState::FOREIGN_KEY_VIOLATION) => {
            return Err(SequenceConflict::InCampaign.into());
        }
        Err(err) => return Err(err).context("Failed to delete template"),
    };
    if deleted == 0 {
        return Err(ApiError::NotFound);
    }
    audit(
        &tx,
        caller,
        &ip,
        "sequence_template.deleted",
        json!({"sequence_template_id": template_id}),
    )
    .await?;
    tx.commit().await.context("Failed to commit deletion")?;
    Ok(empty_response(StatusCode::NO_CONTENT))
}

/// Adds a step, checked like the steps of a new template (fields are named without a prefix).
#[utoipa::path(post, path = "/sequence-templates/{id}/steps", tag = "sequences", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    request_body = AddStep,
    responses(
        (status = 201, body = Step),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`step-limit-reached`: the template has 10 steps already; \
                `position-out-of-range`: the position is past its end"),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id))]
pub async fn add_sequence_step(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(template_id): Path<Uuid>,
    ClientIp(ip): ClientIp,
    Json(body): Json<AddStep>,
) -> Result<Response<Body>, ApiError> {
    let mut errors = Vec::new();
    if body.id.is_some() {
        errors.push(FieldError::new(
            "id",
            "a new step has no id yet; change an existing step with PATCH /sequence-steps/{id}",
        ));
    }
    check_step(
        "",
        Some(body.delay_minutes),
        Some(&body.subject),
        Some(&body.body),
        &mut errors,
    );
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    tx.query_opt(queries::LOCK_TEMPLATE, &[&template_id, &caller.user_id])
        .await
        .context("Failed to load template")?
        .ok_or(ApiError::NotFound)?;
    let count: i64 = tx
        .query_one(queries::COUNT_STEPS, &[&template_id, &caller.user_id])
        .await
        .context("Failed to count steps")?
        .try_get("steps")
        .context("Failed to read step count")?;
    let count = i32::try_from(count).unwrap_or(i32::MAX);
    let position = body.position.unwrap_or(count + 1);
    if position < 1 {
        errors.push(FieldError::new("position", "must be at least 1"));
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    // A well-formed request the template's current state cannot take: 409, not 422.
    if usize::try_from(count).unwrap_or(usize::MAX) >= MAX_STEPS {
        return Err(SequenceConflict::StepLimitReached.into());
    }
    if position > count + 1 {
        return Err(SequenceConflict::PositionOutOfRange {
            count,
            last: count + 1,
        }
        .into());
    }
    tx.execute(
        queries::OPEN_POSITION,
        &[&template_id, &caller.user_id, &position],
    )
    .await
    .context("Failed to make room for step")?;
    let row = tx
        .query_one(
            queries::INSERT_STEP,
            &[
                &template_id,
                &caller.user_id,
                &position,
                &body.delay_minutes,
                &body.subject,
                &body.body,
            ],
        )
        .await
        .context("Failed to store step")?;
    tx.execute(queries::TOUCH_TEMPLATE, &[&template_id, &caller.user_id])
        .await
        .context("Failed to touch template")?;
    let step = Step::from_row(&row).context("Failed to read step")?;
    audit(
        &tx,
        caller,
        &ip,
        "sequence_step.created",
        json!({"sequence_template_id": template_id, "sequence_step_id": step.id}),
    )
    .await?;
    tx.commit().await.context("Failed to commit step")?;
    json_response(StatusCode::CREATED, &step)
}

/// Locks the template a step belongs to and loads the step; 404 unless both are the caller's.
async fn lock_step(
    tx: &Transaction<'_>,
    user_id: Uuid,
    step_id: Uuid,
) -> Result<(Step, i32), ApiError> {
    let template_id: Uuid = tx
        .query_opt(queries::FIND_STEP_TEMPLATE, &[&step_id, &user_id])
        .await
        .context("Failed to find step")?
        .ok_or(ApiError::NotFound)?
        .try_get("template_id")
        .context("Failed to read step")?;
    tx.query_opt(queries::LOCK_TEMPLATE, &[&template_id, &user_id])
        .await
        .context("Failed to lock template")?
        .ok_or(ApiError::NotFound)?;
    // Read again under the lock: a concurrent edit may have moved or deleted it meanwhile.
    let step = tx
        .query_opt(queries::FIND_STEP, &[&step_id, &user_id])
        .await
        .context("Failed to load step")?
        .ok_or(ApiError::NotFound)?;
    let step = Step::from_row(&step).context("Failed to read step")?;
    let count: i64 = tx
        .query_one(queries::COUNT_STEPS, &[&step.template_id, &user_id])
        .await
        .context("Failed to count steps")?
        .try_get("steps")
        .context("Failed to read step count")?;
    Ok((step, i32::try_from(count).unwrap_or(i32::MAX)))
}

/// Changes a step's content, delay or position; content is checked like at creation.
#[utoipa::path(patch, path = "/sequence-steps/{id}", tag = "sequences", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    request_body = UpdateStep,
    responses(
        (status = 200, body = Step),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`position-out-of-range`: the position is past the template's last step"),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id))]
pub async fn update_sequence_step(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(step_id): Path<Uuid>,
    ClientIp(ip): ClientIp,
    Json(body): Json<UpdateStep>,
) -> Result<Response<Body>, ApiError> {
    let mut errors = Vec::new();
    if body.id.is_some_and(|id| id != step_id) {
        errors.push(FieldError::new("id", "is read-only and not this step's id"));
    }
    check_step(
        "",
        body.delay_minutes,
        body.subject.as_deref(),
        body.body.as_deref(),
        &mut errors,
    );
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let (step, count) = lock_step(&tx, caller.user_id, step_id).await?;
    if body.position.is_some_and(|position| position < 1) {
        errors.push(FieldError::new("position", "must be at least 1"));
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    if body.position.is_some_and(|position| position > count) {
        return Err(SequenceConflict::PositionOutOfRange { count, last: count }.into());
    }
    if let Some(position) = body.position.filter(|position| *position != step.position) {
        tx.execute(
            queries::MOVE_STEP,
            &[
                &step.template_id,
                &caller.user_id,
                &step_id,
                &step.position,
                &position,
            ],
        )
        .await
        .context("Failed to move step")?;
    }
    let row = tx
        .query_one(
            queries::UPDATE_STEP,
            &[
                &step_id,
                &caller.user_id,
                &body.delay_minutes.unwrap_or(step.delay_minutes),
                &body.subject.as_deref().unwrap_or(&step.subject),
                &body.body.as_deref().unwrap_or(&step.body),
            ],
        )
        .await
        .context("Failed to update step")?;
    tx.execute(
        queries::TOUCH_TEMPLATE,
        &[&step.template_id, &caller.user_id],
    )
    .await
    .context("Failed to touch template")?;
    audit(
        &tx,
        caller,
        &ip,
        "sequence_step.updated",
        json!({"sequence_template_id": step.template_id, "sequence_step_id": step_id}),
    )
    .await?;
    let updated = Step::from_row(&row).context("Failed to read step")?;
    tx.commit().await.context("Failed to commit step")?;
    json_response(StatusCode::OK, &updated)
}

/// Deletes a step; the later steps move up one.
#[utoipa::path(delete, path = "/sequence-steps/{id}", tag = "sequences", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 204)))]
pub async fn delete_sequence_step(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(step_id): Path<Uuid>,
    ClientIp(ip): ClientIp,
) -> Result<Response<Body>, ApiError> {
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    let (step, _) = lock_step(&tx, caller.user_id, step_id).await?;
    tx.execute(queries::DELETE_STEP, &[&step_id, &caller.user_id])
        .await
        .context("Failed to delete step")?;
    tx.execute(
        queries::CLOSE_POSITION,
        &[&step.template_id, &caller.user_id, &step.position],
    )
    .await
    .context("Failed to close the gap")?;
    tx.execute(
        queries::TOUCH_TEMPLATE,
        &[&step.template_id, &caller.user_id],
    )
    .await
    .context("Failed to touch template")?;
    audit(
        &tx,
        caller,
        &ip,
        "sequence_step.deleted",
        json!({"sequence_template_id": step.template_id, "sequence_step_id": step_id}),
    )
    .await?;
    tx.commit().await.context("Failed to commit deletion")?;
    Ok(empty_response(StatusCode::NO_CONTENT))
}
