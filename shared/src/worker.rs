//! SQS batch processing with honest partial-batch failures.
//!
//! Each record is one unit of work, processed on its own so one bad message cannot fail the
//! batch. A unit either finishes (including "failed permanently, recorded"), asks to be retried
//! later, or is poison. Retries and poison are reported as batch item failures: SQS redelivers
//! them and, after the queue's maxReceiveCount, moves them to the dead-letter queue.

use std::future::Future;
use std::time::Duration;

use aws_lambda_events::sqs::{BatchItemFailure, SqsBatchResponse, SqsEvent, SqsMessage};
use tracing::Instrument;

/// How one message ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Done, or failed permanently and recorded as such: acknowledge.
    Done,
    /// A transient failure (throttling, a dependency down): try again after `after`.
    Retry { reason: String, after: Duration },
    /// The message cannot be understood; let redelivery carry it to the dead-letter queue.
    Poison { reason: String },
}

/// Exponential backoff from the receive count: 30 s, 60 s, 120 s … capped at 15 minutes.
pub fn backoff(receive_count: u32) -> Duration {
    let exponent = receive_count.saturating_sub(1).min(5);
    Duration::from_secs((30u64 << exponent).min(900))
}

/// How many times SQS has delivered this message, 1 on the first delivery.
pub fn receive_count(message: &SqsMessage) -> u32 {
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

/// Runs `unit` on every record and reports the ones to redeliver.
pub async fn process_batch<F, Fut>(
    event: SqsEvent,
    retry_queue: Option<RetryQueue<'_>>,
    unit: F,
) -> SqsBatchResponse
where
    F: Fn(SqsMessage) -> Fut,
    Fut: Future<Output = Outcome>,
{
    let mut response = SqsBatchResponse::default();
    for message in event.records {
        let message_id = message.message_id.clone().unwrap_or_default();
        let receipt_handle = message.receipt_handle.clone();
        let span = tracing::info_span!("message", message_id = %message_id, receive_count = receive_count(&message));
        let outcome = unit(message).instrument(span.clone()).await;
        let _entered = span.enter();
        match outcome {
            Outcome::Done => tracing::info!("message processed"),
            Outcome::Retry { reason, after } => {
                tracing::warn!(%reason, retry_in_seconds = after.as_secs(), "message will be retried");
                if let (Some(queue), Some(handle)) = (&retry_queue, receipt_handle) {
                    delay_redelivery(queue, &handle, after).await;
                }
                response.batch_item_failures.push(failure(message_id));
            }
            Outcome::Poison { reason } => {
                tracing::error!(%reason, "poison message; leaving it for the dead-letter queue");
                response.batch_item_failures.push(failure(message_id));
            }
        }
    }
    response
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

    #[tokio::test]
    async fn only_retries_and_poison_are_reported() {
        let event: SqsEvent = serde_json::from_value(serde_json::json!({"Records": [
            {"messageId": "ok", "body": "done"},
            {"messageId": "later", "body": "retry"},
            {"messageId": "bad", "body": "poison"},
        ]}))
        .expect("event");
        let response = process_batch(event, None, |message| async move {
            match message.body.as_deref() {
                Some("retry") => Outcome::Retry {
                    reason: "throttled".into(),
                    after: Duration::from_secs(1),
                },
                Some("poison") => Outcome::Poison {
                    reason: "garbage".into(),
                },
                _ => Outcome::Done,
            }
        })
        .await;
        let failed: Vec<_> = response
            .batch_item_failures
            .iter()
            .map(|failure| failure.item_identifier.as_str())
            .collect();
        assert_eq!(failed, ["later", "bad"]);
    }
}
