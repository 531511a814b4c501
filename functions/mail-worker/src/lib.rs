//! Sends queued mail through SES v2 as raw MIME.
//!
//! At most once per `outbound_emails` row: a message is claimed by moving its row from `queued`
//! to `sending` in one statement, so a redelivered SQS message finds nothing to claim. A crash
//! between the SES call and recording its result leaves the row in `sending`; that row is never
//! resent automatically, because SES may already have accepted it.

mod compose;

use aws_lambda_events::sqs::{SqsBatchResponse, SqsEvent, SqsMessage};
use aws_sdk_sesv2::error::SdkError;
use aws_sdk_sesv2::operation::send_email::SendEmailError;
use aws_sdk_sesv2::primitives::Blob;
use aws_sdk_sesv2::types::{Destination, EmailContent, MessageTag, RawMessage};
use uuid::Uuid;

use shared::config;
use shared::db::{self, Pool};
use shared::mail::MailJob;
use shared::worker::{Outcome, RetryQueue, backoff, process_batch, receive_count};

pub use compose::{Composed, compose};

pub struct State {
    pub pool: Pool,
    pub ses: aws_sdk_sesv2::Client,
    pub sqs: aws_sdk_sqs::Client,
    pub queue_url: String,
    pub mail_from: String,
    pub configuration_set: String,
}

impl State {
    pub async fn from_env() -> anyhow::Result<Self> {
        let database = config::DatabaseConfig::from_env()?;
        let queue_url = config::required("MAIL_QUEUE_URL")?;
        let mail_from = config::required("MAIL_FROM")?;
        let configuration_set = config::required("SES_CONFIGURATION_SET")?;
        let aws = shared::aws::load().await;
        Ok(Self {
            pool: db::pool(&database)?,
            ses: shared::aws::sesv2(&aws),
            sqs: shared::aws::sqs(&aws),
            queue_url,
            mail_from,
            configuration_set,
        })
    }
}

pub async fn handle_batch(state: &State, event: SqsEvent) -> SqsBatchResponse {
    let retry_queue = RetryQueue {
        client: &state.sqs,
        queue_url: &state.queue_url,
    };
    process_batch(event, Some(retry_queue), |message| send_one(state, message)).await
}

const CLAIM: &str = "\
    UPDATE outbound_emails SET status = 'sending', attempts = attempts + 1, updated_at = now() \
    WHERE id = $1 AND status = 'queued' RETURNING recipient::text";

const CURRENT_STATUS: &str = "SELECT status FROM outbound_emails WHERE id = $1";

// Gives a transiently failed send back to the queue, so the redelivered message can claim it.
const RELEASE: &str = "\
    UPDATE outbound_emails SET status = 'queued', failure_reason = $2, updated_at = now() \
    WHERE id = $1 AND status = 'sending'";

const MARK_SENT: &str = "\
    UPDATE outbound_emails SET status = 'sent', ses_message_id = $2, sent_at = now(), \
    failure_reason = NULL, updated_at = now() WHERE id = $1";

const MARK_FAILED: &str = "\
    UPDATE outbound_emails SET status = 'failed', failure_reason = $2, updated_at = now() WHERE id = $1";

/// One message: parse, claim, send, record.
#[tracing::instrument(skip_all)]
pub async fn send_one(state: &State, message: SqsMessage) -> Outcome {
    let attempt = receive_count(&message);
    let Some(body) = message.body.as_deref() else {
        return Outcome::Poison {
            reason: "message has no body".into(),
        };
    };
    let job: MailJob = match serde_json::from_str(body) {
        Ok(job) => job,
        Err(err) => {
            return Outcome::Poison {
                reason: format!("not a mail job: {err}"),
            };
        }
    };
    let outbound_email_id = job.outbound_email_id();
    tracing::Span::current().record(
        "outbound_email_id",
        tracing::field::display(outbound_email_id),
    );
    match deliver(state, &job, outbound_email_id).await {
        Ok(outcome) => outcome,
        Err(Transient(reason)) => Outcome::Retry {
            reason,
            after: backoff(attempt),
        },
    }
}

/// A failure worth retrying: the database or SES is unavailable or throttling.
struct Transient(String);

async fn deliver(
    state: &State,
    job: &MailJob,
    outbound_email_id: Uuid,
) -> Result<Outcome, Transient> {
    let client = state
        .pool
        .get()
        .await
        .map_err(|err| Transient(format!("database unavailable: {err}")))?;
    let claimed = client
        .query_opt(CLAIM, &[&outbound_email_id])
        .await
        .map_err(|err| Transient(format!("claim failed: {err}")))?;
    if claimed.is_none() {
        let status: Option<String> = client
            .query_opt(CURRENT_STATUS, &[&outbound_email_id])
            .await
            .map_err(|err| Transient(format!("status lookup failed: {err}")))?
            .map(|row| row.get(0));
        return Ok(match status.as_deref() {
            None => {
                tracing::error!("no outbound email row for this job; dropping it");
                Outcome::Done
            }
            Some("sending") => {
                // Another delivery of this message is sending it right now, or one crashed
                // mid-send. Either way sending again risks a duplicate.
                tracing::warn!("already being sent; not sending again");
                Outcome::Done
            }
            Some(status) => {
                tracing::info!(status, "already handled; acknowledging duplicate delivery");
                Outcome::Done
            }
        });
    }

    let composed = match compose(job, &state.mail_from, &state.configuration_set) {
        Ok(composed) => composed,
        Err(err) => {
            let reason = format!("could not build the message: {err}");
            record_failure(&client, outbound_email_id, &reason).await?;
            return Ok(Outcome::Done);
        }
    };
    let sent = state
        .ses
        .send_email()
        .from_email_address(&state.mail_from)
        .destination(
            Destination::builder()
                .to_addresses(composed.to.clone())
                .build(),
        )
        .content(
            EmailContent::builder()
                .raw(
                    RawMessage::builder()
                        .data(Blob::new(composed.raw))
                        .build()
                        .map_err(|err| Transient(format!("raw message: {err}")))?,
                )
                .build(),
        )
        .configuration_set_name(&state.configuration_set)
        .email_tags(tag("outbound_email_id", &outbound_email_id.to_string()))
        .email_tags(tag("kind", composed.kind))
        .send()
        .await;

    match sent {
        Ok(output) => {
            let ses_message_id = output.message_id().unwrap_or_default().to_owned();
            client
                .execute(MARK_SENT, &[&outbound_email_id, &ses_message_id])
                .await
                .map_err(|err| Transient(format!("recording the send failed: {err}")))?;
            tracing::info!(%ses_message_id, "sent");
            Ok(Outcome::Done)
        }
        Err(err) => match classify(&err) {
            SendFailure::Transient(reason) => {
                client
                    .execute(RELEASE, &[&outbound_email_id, &reason])
                    .await
                    .map_err(|err| Transient(format!("releasing the claim failed: {err}")))?;
                Err(Transient(reason))
            }
            SendFailure::Permanent(reason) => {
                record_failure(&client, outbound_email_id, &reason).await?;
                tracing::warn!(%reason, "send failed permanently");
                Ok(Outcome::Done)
            }
        },
    }
}

async fn record_failure(
    client: &db::Client,
    outbound_email_id: Uuid,
    reason: &str,
) -> Result<(), Transient> {
    client
        .execute(MARK_FAILED, &[&outbound_email_id, &reason])
        .await
        .map(|_| ())
        .map_err(|err| Transient(format!("recording the failure failed: {err}")))
}

fn tag(name: &str, value: &str) -> MessageTag {
    // SES tag values allow only [A-Za-z0-9_-]; ids and kinds we pass already fit.
    MessageTag::builder()
        .name(name)
        .value(value)
        .build()
        .expect("name and value are set")
}

#[derive(Debug, PartialEq, Eq)]
pub enum SendFailure {
    Transient(String),
    Permanent(String),
}

/// Throttling, paused sending and network trouble pass; a rejected message or an unverified
/// identity will fail the same way every time.
pub fn classify(err: &SdkError<SendEmailError>) -> SendFailure {
    match err {
        SdkError::ServiceError(service) => {
            let error = service.err();
            let reason = format!("SES: {error}");
            match error {
                SendEmailError::TooManyRequestsException(_)
                | SendEmailError::LimitExceededException(_)
                | SendEmailError::SendingPausedException(_) => SendFailure::Transient(reason),
                SendEmailError::MessageRejected(_)
                | SendEmailError::MailFromDomainNotVerifiedException(_)
                | SendEmailError::AccountSuspendedException(_)
                | SendEmailError::BadRequestException(_)
                | SendEmailError::NotFoundException(_) => SendFailure::Permanent(reason),
                _ if service.raw().status().is_server_error() => SendFailure::Transient(reason),
                _ => SendFailure::Permanent(reason),
            }
        }
        other => SendFailure::Transient(format!("SES unreachable: {other}")),
    }
}
