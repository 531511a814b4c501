//! SQS batch processing with honest partial-batch failures.
//!
//! Each record is one unit of work, processed on its own so one bad message cannot fail the
//! batch. A unit either finishes (including "failed permanently, recorded"), asks to be retried
//! later, or is poison. Retries and poison are reported as batch item failures: SQS redelivers
//! them and, after the queue's maxReceiveCount, moves them to the dead-letter queue.

use std::future::Future;
use std::time::Duration;

use aws_lambda_events::sqs::{BatchItemFailure, SqsBatchResponse, SqsEvent, SqsMessage};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use tracing::Instrument;

/// Why one unit of work did not simply finish. Each arm keeps the error and its sources, so
/// the log line shows the whole chain (`{:#}`).
#[derive(Debug, thiserror::Error)]
pub enum WorkError {
    /// Worth retrying: a dependency is down, throttling, or not ready yet.
    #[error("transient: {0:#}")]
    Transient(anyhow::Error),
    /// Will never succeed; the unit has recorded it where the user sees it. Acknowledged.
    #[error("permanent: {0:#}")]
    Permanent(anyhow::Error),
    /// The message cannot be understood; redelivery carries it to the dead-letter queue.
    #[error("poison: {0:#}")]
    Poison(anyhow::Error),
}

/// `.transient("Failed to …")?` and friends on any fallible call inside a unit of work.
pub trait WorkContext<T> {
    fn transient(self, what: &'static str) -> Result<T, WorkError>;
    fn permanent(self, what: &'static str) -> Result<T, WorkError>;
    fn poison(self, what: &'static str) -> Result<T, WorkError>;
}

impl<T, E> WorkContext<T> for Result<T, E>
where
    E: Into<anyhow::Error>,
{
    fn transient(self, what: &'static str) -> Result<T, WorkError> {
        self.map_err(|err| WorkError::Transient(err.into().context(what)))
    }

    fn permanent(self, what: &'static str) -> Result<T, WorkError> {
        self.map_err(|err| WorkError::Permanent(err.into().context(what)))
    }

    fn poison(self, what: &'static str) -> Result<T, WorkError> {
        self.map_err(|err| WorkError::Poison(err.into().context(what)))
    }
}

/// What a unit of work knows about the message that carried it.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub message_id: String,
    /// How many times SQS has delivered this message, 1 on the first delivery.
    pub receive_count: u32,
}

/// Exponential backoff from the receive count: 30 s, 60 s, 120 s … capped at 15 minutes.
pub fn backoff(receive_count: u32) -> Duration {
    let exponent = receive_count.saturating_sub(1).min(5);
    Duration::from_secs((30u64 << exponent).min(900))
}

/// How many times SQS has delivered this message, 1 on the first delivery.
fn receive_count(message: &SqsMessage) -> u32 {
    message
        .attributes
        .get("ApproximateReceiveCount")
        .and_then(|count| count.parse().ok())
        .unwrap_or(1)
}

/// Where retries are delayed: the queue the batch came from.
pub struct RetryQueue<'a> {
    pub client: &'a aws_sdk_sqs::Client,
    pub queue_url: &'a str,
}

/// Decodes every record's body as a JSON `M` and runs `unit` on it, one record at a time, so
/// one bad message cannot fail the batch. A missing or undecodable body is poison. Transient
/// failures are redelivered after [`backoff`] (the visibility timeout is changed on
/// `retry_queue`), poison is left for the dead-letter queue; both are reported as batch item
/// failures. Everything else is acknowledged.
pub async fn run_batch<M, F, Fut>(
    event: SqsEvent,
    retry_queue: Option<RetryQueue<'_>>,
    unit: F,
) -> SqsBatchResponse
where
    M: DeserializeOwned,
    F: Fn(M, Delivery) -> Fut,
    Fut: Future<Output = Result<(), WorkError>>,
{
    run_batch_concurrently(event, retry_queue, 1, unit).await
}

/// [`run_batch`] with up to `concurrency` records in flight at once, for units that mostly
/// wait on the network (a send to SES): each record is still its own unit of work with its own
/// outcome, and the answer lists the same failures whatever order they finish in.
pub async fn run_batch_concurrently<M, F, Fut>(
    event: SqsEvent,
    retry_queue: Option<RetryQueue<'_>>,
    concurrency: usize,
    unit: F,
) -> SqsBatchResponse
where
    M: DeserializeOwned,
    F: Fn(M, Delivery) -> Fut,
    Fut: Future<Output = Result<(), WorkError>>,
{
    let retry_queue = retry_queue.as_ref();
    let unit = &unit;
    let failures: Vec<BatchItemFailure> = futures_util::stream::iter(event.records)
        .map(|message| run_one(message, retry_queue, unit))
        .buffer_unordered(concurrency.max(1))
        .filter_map(|failure| async move { failure })
        .collect()
        .await;
    let mut response = SqsBatchResponse::default();
    response.batch_item_failures = failures;
    response
}

/// One record: its unit of work, and the batch item failure to report if it must come back.
async fn run_one<M, F, Fut>(
    message: SqsMessage,
    retry_queue: Option<&RetryQueue<'_>>,
    unit: &F,
) -> Option<BatchItemFailure>
where
    M: DeserializeOwned,
    F: Fn(M, Delivery) -> Fut,
    Fut: Future<Output = Result<(), WorkError>>,
{
    let delivery = Delivery {
        message_id: message.message_id.clone().unwrap_or_default(),
        receive_count: receive_count(&message),
    };
    let span = tracing::info_span!(
        "message",
        message_id = %delivery.message_id,
        receive_count = delivery.receive_count,
    );
    let receipt_handle = message.receipt_handle.clone();
    let message_id = delivery.message_id.clone();
    let after = backoff(delivery.receive_count);
    let result = match decode::<M>(&message) {
        Ok(decoded) => unit(decoded, delivery).instrument(span.clone()).await,
        Err(err) => Err(err),
    };
    match result {
        Ok(()) => {
            span.in_scope(|| tracing::info!("message processed"));
            None
        }
        Err(WorkError::Permanent(err)) => {
            span.in_scope(|| {
                tracing::warn!(
                    error = format!("{err:#}"),
                    "failed permanently; recorded and acknowledged"
                )
            });
            None
        }
        Err(WorkError::Transient(err)) => {
            span.in_scope(|| {
                tracing::warn!(
                    error = format!("{err:#}"),
                    retry_in_seconds = after.as_secs(),
                    "message will be retried"
                )
            });
            if let (Some(queue), Some(handle)) = (retry_queue, receipt_handle) {
                delay_redelivery(queue, &handle, after)
                    .instrument(span.clone())
                    .await;
            }
            Some(failure(message_id))
        }
        Err(WorkError::Poison(err)) => {
            span.in_scope(|| {
                tracing::error!(
                    error = format!("{err:#}"),
                    "poison message; leaving it for the dead-letter queue"
                )
            });
            Some(failure(message_id))
        }
    }
}

/// Runs an SQS worker as a Lambda function: each batch answers with the items to redeliver,
/// which the event source mapping's `ReportBatchItemFailures` reads.
pub async fn run<F, Fut>(handle_batch: F) -> Result<(), lambda_runtime::Error>
where
    F: Fn(SqsEvent) -> Fut,
    Fut: Future<Output = SqsBatchResponse>,
{
    let handle_batch = &handle_batch;
    lambda_runtime::run(lambda_runtime::service_fn(
        move |event: lambda_runtime::LambdaEvent<SqsEvent>| async move {
            Ok::<_, lambda_runtime::Error>(handle_batch(event.payload).await)
        },
    ))
    .await
}

fn decode<M: DeserializeOwned>(message: &SqsMessage) -> Result<M, WorkError> {
    let body = message
        .body
        .as_deref()
        .ok_or_else(|| WorkError::Poison(anyhow::anyhow!("message has no body")))?;
    serde_json::from_str(body).poison("Failed to decode the message body")
}

fn failure(message_id: String) -> BatchItemFailure {
    let mut failure = BatchItemFailure::default();
    failure.item_identifier = message_id;
    failure
}

/// Best effort: if this fails the message simply comes back after the queue's visibility timeout.
async fn delay_redelivery(queue: &RetryQueue<'_>, receipt_handle: &str, after: Duration) {
    let seconds = i32::try_from(after.as_secs()).unwrap_or(900);
    if let Err(err) = queue
        .client
        .change_message_visibility()
        .queue_url(queue.queue_url)
        .receipt_handle(receipt_handle)
        .visibility_timeout(seconds)
        .send()
        .await
    {
        tracing::warn!(error = ?err, "could not delay redelivery");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        assert_eq!(backoff(1), Duration::from_secs(30));
        assert_eq!(backoff(2), Duration::from_secs(60));
        assert_eq!(backoff(4), Duration::from_secs(240));
        assert_eq!(backoff(50), Duration::from_secs(900));
    }

    #[derive(serde::Deserialize)]
    struct Job {
        outcome: String,
    }

    #[tokio::test]
    async fn transient_failures_and_poison_are_reported_done_and_permanent_are_acknowledged() {
        let event: SqsEvent = serde_json::from_value(serde_json::json!({"Records": [
            {"messageId": "ok", "body": "{\"outcome\": \"done\"}"},
            {"messageId": "later", "body": "{\"outcome\": \"transient\"}"},
            {"messageId": "recorded", "body": "{\"outcome\": \"permanent\"}"},
            {"messageId": "bad", "body": "{\"outcome\": \"poison\"}"},
            {"messageId": "garbage", "body": "not json"},
            {"messageId": "wrong-shape", "body": "{\"other\": 1}"},
            {"messageId": "empty"},
        ]}))
        .expect("event");
        let response = run_batch(event, None, |job: Job, delivery| async move {
            assert_eq!(delivery.receive_count, 1);
            let cause = anyhow::anyhow!("cause");
            match job.outcome.as_str() {
                "transient" => Err(WorkError::Transient(cause)),
                "permanent" => Err(WorkError::Permanent(cause)),
                "poison" => Err(WorkError::Poison(cause)),
                _ => Ok(()),
            }
        })
        .await;
        let failed: Vec<_> = response
            .batch_item_failures
            .iter()
            .map(|failure| failure.item_identifier.as_str())
            .collect();
        assert_eq!(failed, ["later", "bad", "garbage", "wrong-shape", "empty"]);
    }

    #[test]
    fn context_keeps_the_source_chain() {
        let failed: Result<(), std::io::Error> = Err(std::io::Error::other("connection reset"));
        let err = failed
            .transient("Failed to claim the row")
            .expect_err("failed");
        assert_eq!(
            err.to_string(),
            "transient: Failed to claim the row: connection reset"
        );
    }
}
