//! Senders (SES identities, daily caps, warm-up, health) and sequence templates (steps checked
//! at save, previews for a contact and application).

mod analytics;
mod campaigns;
pub mod confirmation;
pub mod identity;
mod preview;
mod queries;
mod readiness;
mod senders;
mod sequences;
mod unsubscribe;

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};

use chrono::{DateTime, Utc};
use utoipa::OpenApi;
use utoipa_axum::routes;

use shared::api::Gate;
use shared::config::{self, ConfigError};
use shared::db::Pool;
use shared::error::Problem;
use shared::web::{ApiBase, ApiConfig, Routes};

pub use sending::{health, template, warmup};

pub use campaigns::{
    Campaign, CampaignConflict, CampaignMessage, CreateCampaign, Enrollment, LaunchResult,
    UpdateCampaign,
};
pub use preview::{PreviewRequest, RenderedStep};
/// The analytics overview's statements, for the benchmark that measures them alone.
pub use queries::{ANALYTICS_BY_CAMPAIGN, ROLES_APPLIED};
pub use senders::{CreateSender, Sender, SenderConflict, UpdateSender, Warmup};
pub use sequences::{
    CreateTemplate, SequenceConflict, SequenceTemplate, Step, StepInput, UpdateTemplate,
};

/// What time it is. Warm-up caps and the health window depend on the day, so the clock is
/// part of the state: the system clock in Lambda, a controlled one in tests.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

pub fn system_clock() -> Clock {
    Arc::new(Utc::now)
}

/// What this function holds for its whole life, built once per cold start. The SES and SQS
/// clients are built on first use, still once per instance: this function has the most routes
/// and the slowest start, and most requests (campaigns, sequences, analytics, previews) need
/// neither client.
pub struct AppState {
    pub pool: Pool,
    aws: shared::aws::SdkConfig,
    ses: OnceLock<aws_sdk_sesv2::Client>,
    sqs: OnceLock<aws_sdk_sqs::Client>,
    /// Reads senders' SPF and DMARC records.
    pub resolver: shared::dns::TokioResolver,
    pub gate: Gate,
    /// Where sender confirmation mails are queued.
    pub mail_queue_url: String,
    /// Where launch queues the verification of unverified contacts.
    pub verify_queue_url: String,
    /// Our own mail domain: refused as a sender's domain, with its subdomains.
    pub mail_domain: String,
    /// Where unsubscribe pages live; previews show a placeholder under it.
    pub app_base_url: String,
    pub clock: Clock,
    /// Verifies the tokens of unsubscribe links.
    pub token_key: sending::tokens::TokenKey,
}

/// What this function reads from its environment, once per cold start.
#[derive(Debug, Clone)]
pub struct Config {
    pub api: ApiConfig,
    pub app_base_url: String,
    pub mail_queue_url: String,
    pub verify_queue_url: String,
    pub mail_domain: String,
    pub token_key: sending::tokens::TokenKey,
    /// `None` in AWS: the system resolver.
    pub dns_resolver: Option<SocketAddr>,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            api: ApiConfig::from_env()?,
            app_base_url: config::required("APP_BASE_URL")?,
            mail_queue_url: config::required("MAIL_QUEUE_URL")?,
            verify_queue_url: config::required("VERIFY_QUEUE_URL")?,
            mail_domain: config::required("MAIL_DOMAIN")?,
            token_key: sending::links::token_key_from_env()?,
            dns_resolver: shared::dns::resolver_from_env()?,
        })
    }
}

impl AppState {
    /// The pool, clients and resolver, built once, with the system clock; `main` and the tests
    /// both build the state here (tests then set their own clock).
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let ApiBase { pool, gate, aws } = ApiBase::build(config.api).await?;
        Ok(Self {
            pool,
            gate,
            aws,
            ses: OnceLock::new(),
            sqs: OnceLock::new(),
            resolver: shared::dns::resolver(config.dns_resolver)?,
            mail_queue_url: config.mail_queue_url,
            verify_queue_url: config.verify_queue_url,
            mail_domain: config
                .mail_domain
                .trim()
                .trim_end_matches('.')
                .to_ascii_lowercase(),
            app_base_url: config.app_base_url.trim_end_matches('/').to_owned(),
            clock: system_clock(),
            token_key: config.token_key,
        })
    }

    pub fn ses(&self) -> &aws_sdk_sesv2::Client {
        self.ses.get_or_init(|| shared::aws::sesv2(&self.aws))
    }

    pub fn sqs(&self) -> &aws_sdk_sqs::Client {
        self.sqs.get_or_init(|| shared::aws::sqs(&self.aws))
    }

    pub fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }
}

shared::api_state!(AppState);

/// Every route of this function, each declared once for routing and the OpenAPI document.
/// Confirmation links are followed by the owner of the address, who has no account with us:
/// those handlers take no `Caller`.
pub fn routes() -> Routes<AppState> {
    Routes::with_openapi(ApiDoc::openapi())
        .routes(routes!(senders::create_sender, senders::list_senders))
        .routes(routes!(senders::get_sender, senders::update_sender))
        .routes(routes!(confirmation::resend_sender_confirmation))
        .routes(routes!(
            confirmation::show_sender_confirmation,
            confirmation::confirm_sender
        ))
        .routes(routes!(
            sequences::create_sequence_template,
            sequences::list_sequence_templates
        ))
        .routes(routes!(
            sequences::get_sequence_template,
            sequences::update_sequence_template,
            sequences::delete_sequence_template
        ))
        .routes(routes!(sequences::add_sequence_step))
        .routes(routes!(
            sequences::update_sequence_step,
            sequences::delete_sequence_step
        ))
        .routes(routes!(preview::preview_sequence_step))
        .routes(routes!(
            campaigns::create_campaign,
            campaigns::list_campaigns
        ))
        .routes(routes!(
            campaigns::get_campaign,
            campaigns::update_campaign,
            campaigns::delete_campaign
        ))
        .routes(routes!(campaigns::launch_campaign))
        .routes(routes!(campaigns::pause_campaign))
        .routes(routes!(campaigns::resume_campaign))
        .routes(routes!(campaigns::list_campaign_messages))
        .routes(routes!(campaigns::list_campaign_enrollments))
        .routes(routes!(analytics::analytics_overview))
        .routes(routes!(analytics::campaign_analytics))
        .routes(routes!(
            unsubscribe::show_unsubscribe,
            unsubscribe::unsubscribe
        ))
}

/// The router Lambda runs, and the OpenAPI document of its routes.
pub fn app(state: Arc<AppState>) -> (axum::Router, utoipa::openapi::OpenApi) {
    shared::web::app(routes(), state)
}

#[derive(OpenApi)]
#[openapi(
    components(schemas(Problem, shared::FieldError, shared::openapi::IanaTimezone)),
    tags(
        (name = "senders", description = "The seeker's own From addresses: SES identity, daily cap, \
            warm-up ramp and health over the trailing 14 days. A new sender is `unconfirmed`: we \
            email its address a link (valid 24 hours, usable once) and only once the owner of the \
            mailbox confirms it is SES asked for the identity. Free-mail domains and our own mail \
            domain are refused; a user has at most 3 senders (pro plan: 10), more is a 409."),
        (name = "campaigns", description = "Campaigns: a sequence template sent from one \
            sender, for one application, to a set of contacts, inside a weekly window in each \
            contact's local time (its timezone, else the campaign's). Launch copies the steps (later \
            template edits change no running campaign) and enrolls the contacts; a contact is in at \
            most one active sequence. The scheduler sends each due step, spaced out per sender (a \
            gap plus random jitter), under the sender's warm-up cap and the plan's monthly send \
            quota; a step after the first is due `delay_minutes` after the previous one was sent. \
            A follow-up is threaded to the previous step (`In-Reply-To`), and keeps the thread's \
            subject. A reply, hard bounce, complaint or unsubscribe stops the contact's \
            enrollment; three soft bounces in a row too. Campaign mail is plain text; tracking is \
            off unless `track_opens`/`track_clicks` turn it on."),
        (name = "analytics", description = "What happened to the caller's campaign messages. \
            Every number counts messages, each at most once per metric, on the UTC day it first \
            happened, and equals a direct count over the messages at the moment of the request \
            (a rollup runs every 5 minutes; what it has not reached yet is counted from the \
            changes themselves). Rates are fractions of the messages sent."),
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
    fn openapi_documents_every_template_variable() {
        let document = serde_json::to_string(&routes().into_openapi()).expect("serialisable");
        for (name, _) in template::VARIABLES {
            assert!(
                document.contains(&format!("`{name}`")),
                "{name} is undocumented"
            );
        }
    }
}
