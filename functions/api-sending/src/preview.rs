//! `POST /sequence-templates/{id}/preview`: a step rendered for one contact and application,
//! exactly as a campaign would render it, except for the unsubscribe link.

use std::sync::Arc;

use axum::extract::State;
use std::collections::BTreeSet;

use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use shared::auth::Caller;
use shared::db;
use shared::error::{ApiError, Context as _, FieldError, Problem};
use shared::http::json_response;
use shared::web::{Json, Path};

use crate::sequences::SequenceConflict;
use crate::sequences::Step;
use crate::template::{self, ContactVars, Context, JobVars, RenderError, SenderVars, present};
use crate::{AppState, queries};

/// The path of the placeholder unsubscribe link under APP_BASE_URL; it unsubscribes nobody.
pub const PREVIEW_UNSUBSCRIBE_PATH: &str = "/unsubscribe/PREVIEW-ONLY-not-a-real-link";

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PreviewRequest {
    /// Fills `contact.*`.
    pub contact_id: Uuid,
    /// Fills `job.*` from the application's job, `pain_point` from the job's top pain point and
    /// `offer` from the application's offer.
    pub application_id: Uuid,
    /// The step to render; the first step when absent.
    pub step_id: Option<Uuid>,
    /// Fills `sender.name`; the caller's first sender when absent.
    pub sender_id: Option<Uuid>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RenderedStep {
    pub step_id: Uuid,
    pub position: i32,
    pub subject: String,
    /// `{{ unsubscribe_url }}` is shown as a placeholder under
    /// `/unsubscribe/PREVIEW-ONLY-not-a-real-link`; real messages carry a per-recipient link.
    pub body: String,
}

/// What to tell the caller about a variable without a value; launch skips such contacts.
fn missing_message(variable: &str) -> String {
    match variable {
        "contact.first_name" => "the contact has no first name".to_owned(),
        "contact.last_name" => "the contact has no last name".to_owned(),
        "contact.company" => "the contact has no company".to_owned(),
        "contact.title" => "the contact has no title".to_owned(),
        "job.title" => "the application's job has no title".to_owned(),
        "job.company" => "the application's job has no company".to_owned(),
        "pain_point" => {
            "the application's job has no pain points yet: generate them with POST /pain-points/generate"
                .to_owned()
        }
        "offer" => {
            "the application has no offer yet: build it with POST /applications/{id}/offer"
                .to_owned()
        }
        "sender.name" => {
            "there is no sender: create one with POST /senders or pass sender_id".to_owned()
        }
        other => format!("`{other}` has no value"),
    }
}

/// Renders a step of the template for a contact and an application. Every id must be the
/// caller's (404 otherwise). A variable the step uses that has no value for them (no pain
/// points generated yet, no offer, a contact without a first name) is a 422 naming it; a
/// campaign launch skips such contacts with the same reason.
#[utoipa::path(post, path = "/sequence-templates/{id}/preview", tag = "sequences", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    request_body = PreviewRequest,
    responses(
        (status = 200, body = RenderedStep),
        (status = 404, body = Problem, content_type = "application/problem+json",
            description = "The template, step, contact, application or sender is not the caller's"),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`template-has-no-steps`: the template has no steps yet"),
        (status = 422, body = Problem, content_type = "application/problem+json",
            description = "A variable has no value; `errors[].field` names it"),
    ))]
#[tracing::instrument(skip_all, fields(user_id = %caller.user_id))]
pub async fn preview_sequence_step(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(template_id): Path<Uuid>,
    Json(body): Json<PreviewRequest>,
) -> Result<Response<Body>, ApiError> {
    let user_id = caller.user_id;
    let client = db::client(&state.pool).await?;
    client
        .query_opt(queries::FIND_TEMPLATE, &[&template_id, &user_id])
        .await
        .context("Failed to load template")?
        .ok_or(ApiError::NotFound)?;
    let steps: Vec<Step> = client
        .query(queries::STEPS_OF_TEMPLATES, &[&user_id, &vec![template_id]])
        .await
        .context("Failed to load steps")?
        .iter()
        .map(Step::from_row)
        .collect::<Result<_, _>>()
        .context("Failed to read steps")?;
    let step = match body.step_id {
        Some(step_id) => steps
            .into_iter()
            .find(|step| step.id == step_id)
            .ok_or(ApiError::NotFound)?,
        None => steps
            .into_iter()
            .next()
            // The request is fine; the template is not ready for it yet.
            .ok_or(SequenceConflict::NoSteps)?,
    };
    let contact = client
        .query_opt(queries::PREVIEW_CONTACT, &[&body.contact_id, &user_id])
        .await
        .context("Failed to load contact")?
        .ok_or(ApiError::NotFound)?;
    let application = client
        .query_opt(
            queries::PREVIEW_APPLICATION,
            &[&body.application_id, &user_id],
        )
        .await
        .context("Failed to load application")?
        .ok_or(ApiError::NotFound)?;
    let sender_name: Option<String> = match body.sender_id {
        Some(sender_id) => Some(
            client
                .query_opt(queries::SENDER_NAME, &[&sender_id, &user_id])
                .await
                .context("Failed to load sender")?
                .ok_or(ApiError::NotFound)?
                .try_get("from_name")
                .context("Failed to read sender")?,
        ),
        None => client
            .query_opt(queries::FIRST_SENDER_NAME, &[&user_id])
            .await
            .context("Failed to load sender")?
            .map(|row| row.try_get("from_name"))
            .transpose()
            .context("Failed to read sender")?,
    };

    let context = Context {
        contact: ContactVars {
            first_name: text(&contact, "first_name").context("Failed to read contact")?,
            last_name: text(&contact, "last_name").context("Failed to read contact")?,
            company: text(&contact, "company").context("Failed to read contact")?,
            title: text(&contact, "title").context("Failed to read contact")?,
        },
        job: JobVars {
            title: text(&application, "title").context("Failed to read application")?,
            company: text(&application, "company").context("Failed to read application")?,
        },
        pain_point: text(&application, "pain_point").context("Failed to read application")?,
        offer: text(&application, "offer").context("Failed to read application")?,
        sender: SenderVars {
            name: present(sender_name),
        },
        unsubscribe_url: Some(format!("{}{PREVIEW_UNSUBSCRIBE_PATH}", state.app_base_url)),
    };
    let subject = template::render_subject(&step.subject, &context);
    let rendered_body = template::render(&step.body, &context);
    match (subject, rendered_body) {
        (Ok(subject), Ok(body)) => json_response(
            StatusCode::OK,
            &RenderedStep {
                step_id: step.id,
                position: step.position,
                subject,
                body,
            },
        ),
        (subject, body) => Err(ApiError::Validation(render_errors(
            subject.err(),
            body.err(),
        ))),
    }
}

/// A text column of a preview row; NULL or blank is absent, as a campaign treats it.
fn text(row: &db::Row, column: &str) -> Result<Option<String>, db::Error> {
    Ok(present(row.try_get(column)?))
}

/// One error per missing variable (named once even if subject and body both use it), then
/// any template that could not be rendered at all.
fn render_errors(subject: Option<RenderError>, body: Option<RenderError>) -> Vec<FieldError> {
    let mut missing = BTreeSet::new();
    let mut broken = Vec::new();
    for (field, error) in [("subject", subject), ("body", body)] {
        match error {
            Some(RenderError::Missing(names)) => missing.extend(names),
            Some(RenderError::Broken(detail)) => broken.push(FieldError::new(
                field,
                format!("cannot be rendered: {detail}"),
            )),
            None => {}
        }
    }
    missing
        .into_iter()
        .map(|name| {
            let message = missing_message(&name);
            FieldError::new(name, message)
        })
        .chain(broken)
        .collect()
}
