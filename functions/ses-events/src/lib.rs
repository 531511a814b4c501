//! Stores SES notifications exactly once and moves each message's delivery status forward.
//! Any event about a message proves SES accepted it, so a row the mail worker left `sending`
//! (or the sweep marked `unknown`) becomes `sent` here; normally the `Send` event does it.
//! Link query strings are redacted before a payload is stored: they may carry secrets.
//!
//! SNS invokes this function asynchronously: returning an error makes Lambda retry and then
//! park the event in the dead-letter queue, which is right for a database outage. A record
//! that can never be understood is logged and acknowledged instead, so it cannot crash-loop.

pub mod notification;
mod queries;
pub mod redact;

use anyhow::Context;
use aws_lambda_events::sns::SnsRecord;
use serde_json::Value;
use uuid::Uuid;

use shared::config::{self, ConfigError, DatabaseConfig};
use shared::db::{self, Pool};

pub use notification::{EventKind, Notification, NotificationError, parse};

pub struct State {
    pub pool: Pool,
    /// Only notifications from our own configuration set's topic are accepted.
    pub topic_arn: String,
}

/// What this function reads from its environment, once per cold start.
#[derive(Debug, Clone)]
pub struct Config {
    pub database: DatabaseConfig,
    pub topic_arn: String,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            database: DatabaseConfig::from_env()?,
            topic_arn: config::required("SES_EVENTS_TOPIC_ARN")?,
        })
    }
}

impl State {
    /// The pool, built once; `main` and the tests both build the state here.
    pub fn build(config: Config) -> anyhow::Result<Self> {
        Ok(Self {
            pool: db::pool(&config.database)?,
            topic_arn: config.topic_arn,
        })
    }
}

/// What became of one SNS record; also the function's response, which makes invocations
/// readable in logs and tests.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Stored {
    New {
        event_id: Uuid,
        status_advanced: bool,
        /// The event moved a row the worker could not record from `sending`/`unknown` to `sent`.
        reconciled: bool,
    },
    Duplicate,
    Rejected {
        reason: String,
    },
}

pub async fn handle(state: &State, event: Value) -> Result<Vec<Stored>, lambda_runtime::Error> {
    let records = match event.get("Records").and_then(Value::as_array) {
        Some(records) => records.clone(),
        None => {
            tracing::error!("event has no Records array; acknowledging it");
            return Ok(vec![Stored::Rejected {
                reason: "event has no Records array".into(),
            }]);
        }
    };
    let mut outcomes = Vec::with_capacity(records.len());
    for record in records {
        outcomes.push(handle_record(state, record).await?);
    }
    Ok(outcomes)
}

/// One SNS record: permanent problems are logged and acknowledged, database failures returned.
pub async fn handle_record(state: &State, record: Value) -> anyhow::Result<Stored> {
    let record: SnsRecord = match serde_json::from_value(record) {
        Ok(record) => record,
        Err(err) => return Ok(rejected(format!("malformed SNS record: {err}"), "")),
    };
    let sns = record.sns;
    let span = tracing::info_span!("notification", sns_message_id = %sns.message_id);
    let _entered = span.enter();
    if sns.topic_arn != state.topic_arn {
        return Ok(rejected(
            format!("unexpected topic {}", sns.topic_arn),
            &sns.message_id,
        ));
    }
    let notification = match parse(&sns.message) {
        Ok(notification) => notification,
        Err(err) => return Ok(rejected(err.to_string(), &sns.message_id)),
    };
    let mut payload: Value = serde_json::from_str(&sns.message).unwrap_or(Value::Null);
    redact::link_queries(&mut payload);
    drop(_entered);
    store(&state.pool, &sns.message_id, &notification, &payload).await
}

fn rejected(reason: String, sns_message_id: &str) -> Stored {
    tracing::error!(%reason, sns_message_id, "notification rejected");
    Stored::Rejected { reason }
}

#[tracing::instrument(skip_all, fields(ses_message_id = %notification.ses_message_id, kind = notification.kind.as_str()))]
pub async fn store(
    pool: &Pool,
    sns_message_id: &str,
    notification: &Notification,
    payload: &Value,
) -> anyhow::Result<Stored> {
    let mut client = pool.get().await?;
    let tx = client.transaction().await?;
    // Both the SNS message id and the event's content (SES message id, type, recipients, time)
    // are unique: SNS redelivers, and SES itself may publish one event twice.
    let inserted = tx
        .query_opt(
            queries::INSERT_EVENT,
            &[
                &sns_message_id,
                &notification.ses_message_id,
                &notification.kind.as_str(),
                &notification.recipients,
                &notification.bounce_type,
                &notification.bounce_subtype,
                &notification.occurred_at,
                payload,
            ],
        )
        .await?;
    let Some(row) = inserted else {
        tracing::info!("duplicate notification ignored");
        return Ok(Stored::Duplicate);
    };
    let event_id: Uuid = row
        .try_get("id")
        .context("Failed to read the stored event")?;
    let outbound_id = notification.outbound_email_id.unwrap_or(Uuid::nil());
    let reconciled = tx
        .query_opt(
            queries::RECONCILE_SENT,
            &[
                &outbound_id,
                &notification.ses_message_id,
                &notification.sent_at,
            ],
        )
        .await?
        .is_some();
    if reconciled {
        tracing::info!(%outbound_id, "send recorded from the SES event");
    }
    tx.execute(
        queries::LINK_EVENT,
        &[&event_id, &outbound_id, &notification.ses_message_id],
    )
    .await?;
    let status_advanced = notification.kind.rank() > 0
        && tx
            .query_opt(
                queries::ADVANCE_STATUS,
                &[
                    &outbound_id,
                    &notification.ses_message_id,
                    &notification.kind.as_str(),
                    &notification.kind.rank(),
                ],
            )
            .await?
            .is_some();
    if notification.is_permanent_failure() {
        let (reason, detail) = match notification.kind {
            EventKind::Complaint => ("complaint", "complaint reported through SES".to_owned()),
            _ => (
                "permanent_bounce",
                format!(
                    "SES bounce {}/{}",
                    notification.bounce_type.as_deref().unwrap_or("Permanent"),
                    notification.bounce_subtype.as_deref().unwrap_or("General")
                ),
            ),
        };
        let suppressed = tx
            .execute(
                queries::SUPPRESS_RECIPIENTS,
                &[
                    &outbound_id,
                    &notification.recipients,
                    &reason,
                    &detail,
                    &notification.ses_message_id,
                ],
            )
            .await?;
        tracing::info!(suppressed, reason, "recipients suppressed");
    }
    tx.commit().await?;
    tracing::info!(status_advanced, "notification stored");
    Ok(Stored::New {
        event_id,
        status_advanced,
        reconciled,
    })
}
