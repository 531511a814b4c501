//! Sends queued mail through SES v2 as raw MIME.
//!
//! At most once per `outbound_emails` row: a message is claimed by moving its row from `queued`
//! to `sending` in one statement, so a redelivered SQS message finds nothing to claim. The SES
//! client makes exactly one attempt per call, and a claim is given back for a retry only when
//! SES certainly did not take the message (it said it was throttled, or the connection never
//! opened). Anything else after the request may have left (a timeout, a 5xx, a crash before
//! recording the result) leaves the row in `sending`, never resent automatically: SES's `Send`
//! event (ses-events) then moves it to `sent`, and without one the maintenance sweep marks it
//! `unknown` after 15 minutes.

mod compose;
mod queries;

use aws_lambda_events::sqs::{SqsBatchResponse, SqsEvent};
use aws_sdk_sesv2::error::{ConnectorError, DisplayErrorContext, SdkError};
use aws_sdk_sesv2::operation::send_email::SendEmailError;
use aws_sdk_sesv2::primitives::Blob;
use aws_sdk_sesv2::types::{Destination, EmailContent, MessageTag, RawMessage};
use uuid::Uuid;

use shared::config::{self, ConfigError, DatabaseConfig};
use shared::db::{self, Pool};
use shared::mail::MailJob;
use shared::worker::{Delivery, RetryQueue, WorkContext, WorkError, run_batch_concurrently};

pub use compose::{Composed, compose};

pub struct State {
    pub pool: Pool,
    pub ses: aws_sdk_sesv2::Client,
    pub sqs: aws_sdk_sqs::Client,
    pub queue_url: String,
    pub mail_from: String,
    /// The configuration set of transactional mail (sign-in links): it publishes send, delivery
    /// and bounce events but tracks no opens or clicks, so no link in these mails is ever
    /// rewritten or reported back with its secret. Untracked campaign mail goes through it too.
    pub configuration_set: String,
    /// The configuration set that also publishes opens and clicks: for campaigns that turn
    /// tracking on.
    pub tracking_configuration_set: String,
    /// Signs the unsubscribe link and the reply address of campaign mail.
    pub token_key: sending::tokens::TokenKey,
    /// Where unsubscribe links point.
    pub app_base_url: String,
    /// The domain of enrollments' reply addresses (SES inbound).
    pub inbound_mail_domain: String,
    /// SES's region, which names the domain of the Message-IDs SES gives.
    pub region: String,
}

/// What this function reads from its environment, once per cold start.
#[derive(Debug, Clone)]
pub struct Config {
    pub database: DatabaseConfig,
    pub queue_url: String,
    pub mail_from: String,
    pub configuration_set: String,
    pub tracking_configuration_set: String,
    pub app_base_url: String,
    pub inbound_mail_domain: String,
    pub token_key: sending::tokens::TokenKey,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            database: DatabaseConfig::from_env()?,
            queue_url: config::required("MAIL_QUEUE_URL")?,
            mail_from: config::required("MAIL_FROM")?,
            configuration_set: config::required("SES_TRANSACTIONAL_CONFIGURATION_SET")?,
            tracking_configuration_set: config::required("SES_CONFIGURATION_SET")?,
            app_base_url: config::required("APP_BASE_URL")?,
            inbound_mail_domain: config::required("INBOUND_MAIL_DOMAIN")?,
            token_key: sending::links::token_key_from_env()?,
        })
    }
}

impl State {
    /// The pool and clients, built once; `main` and the tests both build the state here.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let aws = shared::aws::load();
        Ok(Self {
            pool: db::pool(&config.database)?,
            ses: shared::aws::sesv2_single_attempt(&aws),
            sqs: shared::aws::sqs(&aws),
            queue_url: config.queue_url,
            mail_from: config.mail_from,
            configuration_set: config.configuration_set,
            tracking_configuration_set: config.tracking_configuration_set,
            token_key: config.token_key,
            app_base_url: config.app_base_url.trim_end_matches('/').to_owned(),
            inbound_mail_domain: config.inbound_mail_domain,
            region: aws
                .region()
                .map(|region| region.as_ref().to_owned())
                .unwrap_or_default(),
        })
    }
}

/// One batch, its messages sent concurrently: a send mostly waits on SES, and one at a time an
/// instance could not send more than about one message per SES round trip. Each message holds
/// one database connection while it is in flight, so the pool's size bounds the concurrency.
pub async fn handle_batch(state: &State, event: SqsEvent) -> SqsBatchResponse {
    let retry_queue = RetryQueue {
        client: &state.sqs,
        queue_url: &state.queue_url,
    };
    let in_flight = state.pool.status().max_size.max(1);
    run_batch_concurrently(
        event,
        Some(retry_queue),
        in_flight,
        |job: MailJob, delivery| send_one(state, job, delivery),
    )
    .await
}

/// A job whose row is not there may come from a producer whose transaction has not committed
/// yet (or never will): it is retried until this many receives, then dropped with an error.
pub const MISSING_ROW_RECEIVES: u32 = 3;

/// One job: claim its row, send, record.
#[tracing::instrument(skip_all, fields(outbound_email_id = %job.outbound_email_id()))]
pub async fn send_one(state: &State, job: MailJob, delivery: Delivery) -> Result<(), WorkError> {
    let outbound_email_id = job.outbound_email_id();
    let client = state
        .pool
        .get()
        .await
        .transient("Failed to reach the database")?;
    if let MailJob::Campaign { .. } = job {
        return send_campaign(state, &client, outbound_email_id, delivery).await;
    }
    let claimed = client
        .query_opt(queries::CLAIM, &[&outbound_email_id])
        .await
        .transient("Failed to claim the outbound email")?;
    if claimed.is_none() {
        return settled_elsewhere(&client, outbound_email_id, delivery.receive_count).await;
    }

    let composed = match compose(&job, &state.mail_from, &state.configuration_set) {
        Ok(composed) => composed,
        Err(err) => return unbuildable(&client, outbound_email_id, err).await,
    };
    let tags = vec![
        tag("outbound_email_id", &outbound_email_id.to_string()),
        tag("kind", composed.kind),
    ];
    let from = state.mail_from.clone();
    let configuration_set = state.configuration_set.clone();
    submit(
        state,
        &client,
        outbound_email_id,
        composed,
        &from,
        &configuration_set,
        tags,
    )
    .await
}

async fn unbuildable(
    client: &db::Client,
    outbound_email_id: Uuid,
    err: std::io::Error,
) -> Result<(), WorkError> {
    let reason = format!("could not build the message: {err}");
    record_failure(client, outbound_email_id, &reason).await?;
    Err(WorkError::Permanent(
        anyhow::Error::new(err).context("Failed to build the message"),
    ))
}

/// A campaign message: claimed only while its campaign and enrollment are active and its
/// address is not suppressed, so a pause, an unsubscribe or a bounce between enqueue and send
/// stops it.
async fn send_campaign(
    state: &State,
    client: &db::Client,
    outbound_email_id: Uuid,
    delivery: Delivery,
) -> Result<(), WorkError> {
    let Some(row) = client
        .query_opt(queries::CLAIM_CAMPAIGN, &[&outbound_email_id])
        .await
        .transient("Failed to claim the campaign message")?
    else {
        return campaign_not_claimed(client, outbound_email_id, delivery.receive_count).await;
    };
    let read = || -> Result<_, db::Error> {
        Ok((
            row.try_get::<_, String>("recipient")?,
            row.try_get::<_, String>("subject")?,
            row.try_get::<_, String>("body_text")?,
            row.try_get::<_, Uuid>("enrollment_id")?,
            row.try_get::<_, Uuid>("campaign_id")?,
            row.try_get::<_, Uuid>("user_id")?,
            row.try_get::<_, bool>("tracked")?,
            row.try_get::<_, String>("from_email")?,
            row.try_get::<_, String>("from_name")?,
            row.try_get::<_, Vec<String>>("thread")?,
        ))
    };
    let (
        to,
        subject,
        body_text,
        enrollment_id,
        campaign_id,
        user_id,
        tracked,
        from_email,
        from_name,
        thread,
    ) = read().transient("Failed to read the campaign message")?;
    let reply_to =
        sending::links::reply_address(&state.token_key, enrollment_id, &state.inbound_mail_domain);
    let unsubscribe_url =
        sending::links::unsubscribe_url(&state.app_base_url, &state.token_key, outbound_email_id);
    let thread: Vec<String> = thread
        .iter()
        .map(|id| sending::links::ses_message_id_header(id, &state.region))
        .collect();
    let configuration_set = if tracked {
        &state.tracking_configuration_set
    } else {
        &state.configuration_set
    };
    let mail = compose::CampaignMail {
        outbound_email_id,
        campaign_id,
        user_id,
        from_name: &from_name,
        from_email: &from_email,
        to: &to,
        reply_to: &reply_to,
        subject: &subject,
        body_text: &body_text,
        unsubscribe_url: &unsubscribe_url,
        unsubscribe_mailto: &sending::links::unsubscribe_mailto(&reply_to),
        thread: &thread,
        tracked,
        configuration_set,
    };
    let tags = compose::campaign_tags(&mail)
        .iter()
        .map(|(name, value)| tag(name, value))
        .collect();
    let composed = match compose::campaign(&mail) {
        Ok(composed) => composed,
        Err(err) => return unbuildable(client, outbound_email_id, err).await,
    };
    let from = format!("{} <{from_email}>", quoted_name(&from_name));
    submit(
        state,
        client,
        outbound_email_id,
        composed,
        &from,
        configuration_set,
        tags,
    )
    .await
}

/// A display name as RFC 5322 allows it in a From header (SES's `FromEmailAddress`).
fn quoted_name(name: &str) -> String {
    let escaped = name.replace('\\', "\\\\").replace('"', "\\\"");
    format!("\"{escaped}\"")
}

/// Why a campaign message could not be claimed, and what that means for it.
async fn campaign_not_claimed(
    client: &db::Client,
    outbound_email_id: Uuid,
    receive_count: u32,
) -> Result<(), WorkError> {
    let Some(row) = client
        .query_opt(queries::CAMPAIGN_MESSAGE_STATE, &[&outbound_email_id])
        .await
        .transient("Failed to look up the campaign message")?
    else {
        return settled_elsewhere(client, outbound_email_id, receive_count).await;
    };
    let read = || -> Result<_, db::Error> {
        Ok((
            row.try_get::<_, String>("status")?,
            row.try_get::<_, Option<String>>("campaign_status")?,
            row.try_get::<_, Option<String>>("enrollment_status")?,
            row.try_get::<_, bool>("suppressed")?,
        ))
    };
    let (status, campaign_status, enrollment_status, suppressed) =
        read().transient("Failed to read the campaign message")?;
    if status != "queued" {
        return settled_elsewhere(client, outbound_email_id, receive_count).await;
    }
    let cancel_reason = if suppressed {
        Some("the address was suppressed before sending")
    } else if enrollment_status.as_deref() != Some("active") {
        Some("the contact's enrollment stopped before sending")
    } else {
        None
    };
    if let Some(reason) = cancel_reason {
        client
            .execute(queries::CANCEL, &[&outbound_email_id, &reason])
            .await
            .transient("Failed to cancel the message")?;
        tracing::info!(reason, "cancelled before sending");
        return Ok(());
    }
    // The campaign is paused (or otherwise not active): the message waits, and the scheduler
    // enqueues it again once the campaign is active.
    client
        .execute(queries::UNENQUEUE, &[&outbound_email_id])
        .await
        .transient("Failed to put the message back")?;
    tracing::info!(campaign_status = ?campaign_status, "campaign not active; message waits");
    Ok(())
}

/// Hands a composed message to SES once and records what SES said.
async fn submit(
    state: &State,
    client: &db::Client,
    outbound_email_id: Uuid,
    composed: Composed,
    from: &str,
    configuration_set: &str,
    tags: Vec<MessageTag>,
) -> Result<(), WorkError> {
    let raw = RawMessage::builder()
        .data(Blob::new(composed.raw))
        .build()
        .transient("Failed to build the raw message")?;
    let sent = state
        .ses
        .send_email()
        .from_email_address(from)
        .destination(
            Destination::builder()
                .to_addresses(composed.to.clone())
                .build(),
        )
        .content(EmailContent::builder().raw(raw).build())
        .configuration_set_name(configuration_set)
        .set_email_tags(Some(tags))
        .send()
        .await;

    match sent {
        Ok(output) => {
            let ses_message_id = output.message_id().unwrap_or_default().to_owned();
            // If this fails the row stays `sending` and the redelivered job finds nothing to
            // claim: the Send event records the send instead.
            client
                .execute(queries::MARK_SENT, &[&outbound_email_id, &ses_message_id])
                .await
                .transient("Failed to record the send")?;
            tracing::info!(%ses_message_id, "sent");
            Ok(())
        }
        Err(err) => match classify(&err) {
            SendFailure::NotSent(reason) => {
                client
                    .execute(queries::RELEASE, &[&outbound_email_id, &reason])
                    .await
                    .transient("Failed to release the claim")?;
                Err(WorkError::Transient(
                    anyhow::Error::new(err).context("SES did not take the message"),
                ))
            }
            SendFailure::Permanent(reason) => {
                record_failure(client, outbound_email_id, &reason).await?;
                Err(WorkError::Permanent(
                    anyhow::Error::new(err).context("SES refused the message"),
                ))
            }
            SendFailure::Unknown(reason) => {
                let reason = format!("outcome unknown, not retried: {reason}");
                client
                    .execute(
                        queries::MARK_OUTCOME_UNKNOWN,
                        &[&outbound_email_id, &reason],
                    )
                    .await
                    .transient("Failed to record the unknown outcome")?;
                tracing::warn!(%reason, "SES may have accepted the message; left in sending");
                Ok(())
            }
        },
    }
}

/// Nothing to claim: the row is not there yet, or another delivery has it or had it.
async fn settled_elsewhere(
    client: &db::Client,
    outbound_email_id: Uuid,
    receive_count: u32,
) -> Result<(), WorkError> {
    let status: Option<String> = client
        .query_opt(queries::CURRENT_STATUS, &[&outbound_email_id])
        .await
        .transient("Failed to look up the outbound email")?
        .map(|row| row.try_get("status"))
        .transpose()
        .transient("Failed to read the outbound email's status")?;
    match status.as_deref() {
        None if receive_count < MISSING_ROW_RECEIVES => Err(WorkError::Transient(anyhow::anyhow!(
            "no outbound email row yet; its transaction may not have committed"
        ))),
        None => {
            tracing::error!(
                receives = receive_count,
                "no outbound email row after every retry; dropping the job"
            );
            Ok(())
        }
        Some("sending") => {
            // Another delivery of this message is sending it right now, or one crashed
            // mid-send. Either way sending again risks a duplicate.
            tracing::warn!("already being sent; not sending again");
            Ok(())
        }
        Some(status) => {
            tracing::info!(status, "already handled; acknowledging duplicate delivery");
            Ok(())
        }
    }
}

async fn record_failure(
    client: &db::Client,
    outbound_email_id: Uuid,
    reason: &str,
) -> Result<(), WorkError> {
    client
        .execute(queries::MARK_FAILED, &[&outbound_email_id, &reason])
        .await
        .map(|_| ())
        .transient("Failed to record the failure")
}

fn tag(name: &str, value: &str) -> MessageTag {
    // SES tag values allow only [A-Za-z0-9_-]; ids and kinds we pass already fit.
    MessageTag::builder()
        .name(name)
        .value(value)
        .build()
        .expect("name and value are set")
}

/// What a failed `SendEmail` means for the row.
#[derive(Debug, PartialEq, Eq)]
pub enum SendFailure {
    /// SES certainly did not take the message: give the claim back and retry later.
    NotSent(String),
    /// SES refused the message and would refuse it again: record it failed.
    Permanent(String),
    /// SES may have taken the message: never send it again automatically.
    Unknown(String),
}

/// Only SES's own "not now" (throttling, paused sending) and a request that never left this
/// process are retried. A 5xx, a timeout or a broken connection may come after SES accepted
/// the message, so they are `Unknown`; other service errors are SES saying no.
pub fn classify(err: &SdkError<SendEmailError>) -> SendFailure {
    match err {
        SdkError::ServiceError(service) => {
            let error = service.err();
            let reason = format!("SES: {error}");
            match error {
                SendEmailError::TooManyRequestsException(_)
                | SendEmailError::LimitExceededException(_)
                | SendEmailError::SendingPausedException(_) => SendFailure::NotSent(reason),
                _ if service.raw().status().is_server_error() => SendFailure::Unknown(reason),
                _ => SendFailure::Permanent(reason),
            }
        }
        // Building or signing the request failed: nothing was sent.
        SdkError::ConstructionFailure(_) => SendFailure::NotSent(format!(
            "SES request not built: {}",
            DisplayErrorContext(err)
        )),
        SdkError::DispatchFailure(failure)
            if failure
                .as_connector_error()
                .is_some_and(connection_never_opened) =>
        {
            SendFailure::NotSent(format!("SES unreachable: {}", DisplayErrorContext(err)))
        }
        other => SendFailure::Unknown(format!("SES: {}", DisplayErrorContext(other))),
    }
}

/// True when the HTTP client failed while connecting (DNS, TCP connect, TLS handshake, or the
/// connect timeout), before one byte of the request was written.
///
/// A dispatch failure's own kind cannot tell this: the SDK calls both a refused connection and
/// a connection reset while waiting for the answer `is_io`, and the latter may come after SES
/// accepted the message. The SDK's HTTP client is hyper-util's, whose error says `is_connect`
/// only for failures of its connector, i.e. before the request was sent. A pooled connection
/// that turns out to be dead is not a connect error: that case is treated as unknown, which can
/// only err towards not sending.
fn connection_never_opened(error: &ConnectorError) -> bool {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(error) = current {
        if let Some(client_error) = error.downcast_ref::<hyper_util::client::legacy::Error>() {
            return client_error.is_connect();
        }
        current = error.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sdk_sesv2::error::ConnectorError;
    use aws_sdk_sesv2::operation::send_email::SendEmailError;
    use aws_sdk_sesv2::types::error::{MessageRejected, TooManyRequestsException};
    use aws_smithy_runtime_api::http::{Response, StatusCode};
    use aws_smithy_types::body::SdkBody;

    fn service(error: SendEmailError, status: u16) -> SdkError<SendEmailError> {
        let raw = Response::new(
            StatusCode::try_from(status).expect("status"),
            SdkBody::empty(),
        );
        SdkError::service_error(error, raw)
    }

    #[test]
    fn only_throttling_and_unopened_connections_are_retried() {
        let throttled = service(
            SendEmailError::TooManyRequestsException(TooManyRequestsException::builder().build()),
            429,
        );
        assert!(matches!(classify(&throttled), SendFailure::NotSent(_)));
        let rejected = service(
            SendEmailError::MessageRejected(MessageRejected::builder().build()),
            400,
        );
        assert!(matches!(classify(&rejected), SendFailure::Permanent(_)));
        let internal = service(SendEmailError::unhandled("InternalFailure"), 500);
        assert!(matches!(classify(&internal), SendFailure::Unknown(_)));
        let timeout: SdkError<SendEmailError> = SdkError::timeout_error("attempt timed out");
        assert!(matches!(classify(&timeout), SendFailure::Unknown(_)));
        // A reset after the request went out is I/O too, but not a connect error.
        let reset: SdkError<SendEmailError> = SdkError::dispatch_failure(ConnectorError::io(
            Box::new(std::io::Error::from(std::io::ErrorKind::ConnectionReset)),
        ));
        assert!(matches!(classify(&reset), SendFailure::Unknown(_)));
    }
}
