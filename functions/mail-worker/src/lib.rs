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

use aws_lambda_events::sqs::{SqsBatchResponse, SqsEvent, SqsMessage};
use aws_sdk_sesv2::error::{ConnectorError, DisplayErrorContext, SdkError};
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
    /// The configuration set of transactional mail (sign-in links): it publishes send, delivery
    /// and bounce events but tracks no opens or clicks, so no link in these mails is ever
    /// rewritten or reported back with its secret.
    pub configuration_set: String,
}

impl State {
    pub async fn from_env() -> anyhow::Result<Self> {
        let database = config::DatabaseConfig::from_env()?;
        let queue_url = config::required("MAIL_QUEUE_URL")?;
        let mail_from = config::required("MAIL_FROM")?;
        let configuration_set = config::required("SES_TRANSACTIONAL_CONFIGURATION_SET")?;
        let aws = shared::aws::load().await;
        Ok(Self {
            pool: db::pool(&database)?,
            ses: shared::aws::sesv2_single_attempt(&aws),
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
    UPDATE outbound_emails SET status = 'sending', attempts = attempts + 1, claimed_at = now(), \
    updated_at = now() WHERE id = $1 AND status = 'queued' RETURNING recipient::text";

const CURRENT_STATUS: &str = "SELECT status FROM outbound_emails WHERE id = $1";

// Gives a transiently failed send back to the queue, so the redelivered message can claim it.
const RELEASE: &str = "\
    UPDATE outbound_emails SET status = 'queued', failure_reason = $2, updated_at = now() \
    WHERE id = $1 AND status = 'sending'";

// The Send event may have recorded the send already (it can outrun this statement); then
// nothing changes. 'unknown' is included because SES's answer is better than our guess.
const MARK_SENT: &str = "\
    UPDATE outbound_emails SET status = 'sent', ses_message_id = $2, sent_at = now(), \
    failure_reason = NULL, updated_at = now() WHERE id = $1 AND status IN ('sending', 'unknown')";

// SES may have accepted the message: the row stays `sending` (never reclaimed, never resent)
// with the reason, for the Send event or the 15-minute sweep to settle.
const MARK_OUTCOME_UNKNOWN: &str = "\
    UPDATE outbound_emails SET failure_reason = $2, updated_at = now() \
    WHERE id = $1 AND status = 'sending'";

const MARK_FAILED: &str = "\
    UPDATE outbound_emails SET status = 'failed', failure_reason = $2, updated_at = now() WHERE id = $1";

/// A job whose row is not there may come from a producer whose transaction has not committed
/// yet (or never will): it is retried until this many receives, then dropped with an error.
pub const MISSING_ROW_RECEIVES: u32 = 3;

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
    match deliver(state, &job, outbound_email_id, attempt).await {
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
    attempt: u32,
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
            None if attempt < MISSING_ROW_RECEIVES => Outcome::Retry {
                reason: "no outbound email row yet; its transaction may not have committed".into(),
                after: backoff(attempt),
            },
            None => {
                tracing::error!(
                    receives = attempt,
                    "no outbound email row after every retry; dropping the job"
                );
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
            // If this fails the row stays `sending` and the redelivered job finds nothing to
            // claim: the Send event records the send instead.
            client
                .execute(MARK_SENT, &[&outbound_email_id, &ses_message_id])
                .await
                .map_err(|err| Transient(format!("recording the send failed: {err}")))?;
            tracing::info!(%ses_message_id, "sent");
            Ok(Outcome::Done)
        }
        Err(err) => match classify(&err) {
            SendFailure::NotSent(reason) => {
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
            SendFailure::Unknown(reason) => {
                let reason = format!("outcome unknown, not retried: {reason}");
                client
                    .execute(MARK_OUTCOME_UNKNOWN, &[&outbound_email_id, &reason])
                    .await
                    .map_err(|err| Transient(format!("recording the failure failed: {err}")))?;
                tracing::warn!(%reason, "SES may have accepted the message; left in sending");
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
