//! Senders (SES identities, daily caps, warm-up, health) and sequence templates (steps checked
//! at save, previews for a contact and application).

pub mod confirmation;
pub mod health;
pub mod identity;
mod preview;
mod queries;
mod senders;
mod sequences;
pub mod template;
pub mod warmup;

use std::sync::{Arc, LazyLock};

use chrono::{DateTime, Utc};
use http::Method;
use lambda_http::{Body, Request, Response};
use utoipa::OpenApi;

use shared::api::{Gate, serve};
use shared::auth::Caller;
use shared::config::{self, RateLimitConfig};
use shared::db::{self, Pool};
use shared::error::{ApiError, Problem};
use shared::http::{PathParams, Route, Router};

pub use preview::{PreviewRequest, RenderedStep};
pub use senders::{CreateSender, Sender, UpdateSender, Warmup};
pub use sequences::{CreateTemplate, SequenceTemplate, Step, StepInput, UpdateTemplate};

/// What time it is. Warm-up caps and the health window depend on the day, so the clock is
/// part of the state: the system clock in Lambda, a controlled one in tests.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

pub fn system_clock() -> Clock {
    Arc::new(Utc::now)
}

/// What this function holds for its whole life, built once per cold start.
pub struct State {
    pub pool: Pool,
    pub ses: aws_sdk_sesv2::Client,
    pub sqs: aws_sdk_sqs::Client,
    pub gate: Gate,
    /// Where sender confirmation mails are queued.
    pub mail_queue_url: String,
    /// Our own mail domain: refused as a sender's domain, with its subdomains.
    pub mail_domain: String,
    /// Where unsubscribe pages live; previews show a placeholder under it.
    pub app_base_url: String,
    pub clock: Clock,
}

impl State {
    pub async fn from_env() -> anyhow::Result<Self> {
        let database = config::DatabaseConfig::from_env()?;
        let rate_limits = RateLimitConfig::from_env()?;
        let app_base_url = config::required("APP_BASE_URL")?;
        let mail_queue_url = config::required("MAIL_QUEUE_URL")?;
        let mail_domain = config::required("MAIL_DOMAIN")?;
        let aws = shared::aws::load().await;
        Ok(Self {
            pool: db::pool(&database)?,
            ses: shared::aws::sesv2(&aws),
            sqs: shared::aws::sqs(&aws),
            gate: Gate::new(shared::aws::dynamodb(&aws), rate_limits),
            mail_queue_url,
            mail_domain: mail_domain
                .trim()
                .trim_end_matches('.')
                .to_ascii_lowercase(),
            app_base_url: app_base_url.trim_end_matches('/').to_owned(),
            clock: system_clock(),
        })
    }

    pub fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handler {
    CreateSender,
    ListSenders,
    GetSender,
    UpdateSender,
    ResendConfirmation,
    ShowConfirmation,
    Confirm,
    CreateTemplate,
    ListTemplates,
    GetTemplate,
    UpdateTemplate,
    DeleteTemplate,
    AddStep,
    UpdateStep,
    DeleteStep,
    Preview,
}

pub const ROUTES: &[Route<Handler>] = &[
    Route::new(Method::POST, "/senders", Handler::CreateSender),
    Route::new(Method::GET, "/senders", Handler::ListSenders),
    Route::new(Method::GET, "/senders/{id}", Handler::GetSender),
    Route::new(Method::PATCH, "/senders/{id}", Handler::UpdateSender),
    Route::new(
        Method::POST,
        "/senders/{id}/confirmation",
        Handler::ResendConfirmation,
    ),
    Route::new(
        Method::GET,
        "/sender-confirmations/{token}",
        Handler::ShowConfirmation,
    ),
    Route::new(
        Method::POST,
        "/sender-confirmations/{token}",
        Handler::Confirm,
    ),
    Route::new(Method::POST, "/sequence-templates", Handler::CreateTemplate),
    Route::new(Method::GET, "/sequence-templates", Handler::ListTemplates),
    Route::new(
        Method::GET,
        "/sequence-templates/{id}",
        Handler::GetTemplate,
    ),
    Route::new(
        Method::PATCH,
        "/sequence-templates/{id}",
        Handler::UpdateTemplate,
    ),
    Route::new(
        Method::DELETE,
        "/sequence-templates/{id}",
        Handler::DeleteTemplate,
    ),
    Route::new(
        Method::POST,
        "/sequence-templates/{id}/steps",
        Handler::AddStep,
    ),
    Route::new(Method::PATCH, "/sequence-steps/{id}", Handler::UpdateStep),
    Route::new(Method::DELETE, "/sequence-steps/{id}", Handler::DeleteStep),
    Route::new(
        Method::POST,
        "/sequence-templates/{id}/preview",
        Handler::Preview,
    ),
];

static ROUTER: LazyLock<Router<Handler>> = LazyLock::new(|| Router::new(ROUTES));

pub async fn handle(state: &State, req: Request) -> Response<Body> {
    serve(req, |req| dispatch(state, req)).await
}

async fn dispatch(state: &State, req: Request) -> Result<Response<Body>, ApiError> {
    let (handler, params) = ROUTER.resolve(req.method(), req.uri().path())?;
    state.gate.admit(&req).await?;
    // Confirmation links are followed by the owner of the address, who has no account with us.
    match handler {
        Handler::ShowConfirmation => return confirmation::show(state, &params).await,
        Handler::Confirm => return confirmation::confirm(state, &req, &params).await,
        _ => {}
    }
    let (caller, _) = state.gate.caller(&state.pool, &req).await?;
    route(state, handler, caller, &req, &params).await
}

async fn route(
    state: &State,
    handler: Handler,
    caller: Caller,
    req: &Request,
    params: &PathParams,
) -> Result<Response<Body>, ApiError> {
    match handler {
        Handler::CreateSender => senders::create_sender(state, caller, req).await,
        Handler::ListSenders => senders::list_senders(state, caller, req).await,
        Handler::GetSender => senders::get_sender(state, caller, params).await,
        Handler::UpdateSender => senders::update_sender(state, caller, req, params).await,
        Handler::ResendConfirmation => confirmation::resend(state, caller, req, params).await,
        Handler::CreateTemplate => sequences::create_template(state, caller, req).await,
        Handler::ListTemplates => sequences::list_templates(state, caller, req).await,
        Handler::GetTemplate => sequences::get_template(state, caller, params).await,
        Handler::UpdateTemplate => sequences::update_template(state, caller, req, params).await,
        Handler::DeleteTemplate => sequences::delete_template(state, caller, req, params).await,
        Handler::AddStep => sequences::add_step(state, caller, req, params).await,
        Handler::UpdateStep => sequences::update_step(state, caller, req, params).await,
        Handler::DeleteStep => sequences::delete_step(state, caller, req, params).await,
        Handler::Preview => preview::preview(state, caller, req, params).await,
        // Public; answered in `dispatch` before authentication.
        Handler::ShowConfirmation | Handler::Confirm => Err(ApiError::NotFound),
    }
}

#[derive(OpenApi)]
#[openapi(
    paths(
        senders::create_sender,
        senders::list_senders,
        senders::get_sender,
        senders::update_sender,
        confirmation::resend,
        confirmation::show,
        confirmation::confirm,
        sequences::create_template,
        sequences::list_templates,
        sequences::get_template,
        sequences::update_template,
        sequences::delete_template,
        sequences::add_step,
        sequences::update_step,
        sequences::delete_step,
        preview::preview,
    ),
    components(schemas(Problem, shared::FieldError)),
    tags(
        (name = "senders", description = "The seeker's own From addresses: SES identity, daily cap, \
            warm-up ramp and health over the trailing 14 days. A new sender is `unconfirmed`: we \
            email its address a link (valid 24 hours, usable once) and only once the owner of the \
            mailbox confirms it is SES asked for the identity. Free-mail domains and our own mail \
            domain are refused; a user has at most 3 senders (pro plan: 10), more is a 409."),
        (name = "sequences", description = "Sequence templates. Step subjects and bodies are \
            templates (minijinja, strict): the variables are `contact.first_name`, \
            `contact.last_name`, `contact.company`, `contact.title`, `job.title`, `job.company`, \
            `pain_point`, `offer`, `sender.name` and `unsubscribe_url`, written `{{ name }}`. \
            Every body must show `{{ unsubscribe_url }}`. An unknown variable or a syntax error \
            is a 422 naming the field (`steps[2].body`) and the variable. Filters: `upper`, \
            `lower`, `title`, `capitalize`, `trim`, `default` (`d`); tests: `defined`, \
            `undefined`, `none`. The operators `+`, `~` and `*` are refused, and a render may \
            execute at most 50000 instructions and produce at most 2000 bytes of subject and \
            100000 bytes of body: a step over these limits (loops inside loops) is a 422 at save."),
    )
)]
pub struct ApiDoc;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_route_table_builds() {
        let router = Router::new(ROUTES);
        let (handler, params) = router
            .resolve(&Method::POST, "/sequence-templates/abc/preview")
            .expect("routed");
        assert_eq!(handler, Handler::Preview);
        assert_eq!(params.get("id"), Some("abc"));
    }

    #[test]
    fn openapi_documents_every_template_variable() {
        let document = serde_json::to_string(&ApiDoc::openapi()).expect("serialisable");
        for (name, _) in template::VARIABLES {
            assert!(
                document.contains(&format!("`{name}`")),
                "{name} is undocumented"
            );
        }
    }
}
