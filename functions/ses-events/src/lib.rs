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
use shared::mail::MailJob;

pub use notification::{EventKind, Notification, NotificationError, parse};

pub struct State {
    pub pool: Pool,
    /// Only notifications from our own configuration set's topic are accepted.
    pub topic_arn: String,
    pub sqs: aws_sdk_sqs::Client,
    /// Where the notice to a user whose campaigns were auto-paused is queued.
    pub mail_queue_url: String,
}

/// What this function reads from its environment, once per cold start.
#[derive(Debug, Clone)]
pub struct Config {
    pub database: DatabaseConfig,
    pub topic_arn: String,
    pub mail_queue_url: String,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            database: DatabaseConfig::from_env()?,
            topic_arn: config::required("SES_EVENTS_TOPIC_ARN")?,
            mail_queue_url: config::required("MAIL_QUEUE_URL")?,
        })
    }
}

impl State {
    /// The pool and clients, built once; `main` and the tests both build the state here.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let aws = shared::aws::load();
        Ok(Self {
            pool: db::pool(&config.database)?,
            topic_arn: config.topic_arn,
            sqs: shared::aws::sqs(&aws),
            mail_queue_url: config.mail_queue_url,
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
    store(state, &sns.message_id, &notification, &payload).await
}

/// What an event means for a campaign message beyond its status: first delivery, open, click,
/// bounce and complaint times, and runs of soft bounces (three in a row stop the enrollment; a delivery ends a run).
async fn campaign_effects(
    tx: &db::Transaction<'_>,
    outbound_id: Uuid,
    notification: &Notification,
) -> anyhow::Result<()> {
    let ses_message_id = &notification.ses_message_id;
    let engagement = match notification.kind {
        EventKind::Delivery => Some("delivery"),
        EventKind::Open => Some("open"),
        EventKind::Click => Some("click"),
        EventKind::Bounce if notification.is_permanent_failure() => Some("bounce"),
        EventKind::Complaint => Some("complaint"),
        _ => None,
    };
    if let Some(kind) = engagement {
        tx.execute(
            queries::MARK_ENGAGEMENT,
            &[
                &outbound_id,
                ses_message_id,
                &kind,
                &notification.occurred_at,
            ],
        )
        .await?;
    }
    match notification.kind {
        EventKind::Bounce if !notification.is_permanent_failure() => {
            if let Some(row) = tx
                .query_opt(queries::SOFT_BOUNCE, &[&outbound_id, ses_message_id])
                .await?
            {
                let status: String = row.try_get("status")?;
                tracing::info!(%status, "soft bounce counted");
            }
        }
        EventKind::Delivery => {
            tx.execute(queries::DELIVERED, &[&outbound_id, ses_message_id])
                .await?;
        }
        _ => {}
    }
    Ok(())
}

/// After a bounce or complaint about a campaign message: the sender's trailing 14-day rates;
/// over the pause line (SPEC §4), every active campaign of the sender pauses with the rate as
/// its reason, and the user gets a notice (the job returned, queued after the commit).
async fn auto_pause(
    tx: &db::Transaction<'_>,
    outbound_id: Uuid,
    ses_message_id: &str,
) -> anyhow::Result<Option<MailJob>> {
    let Some(row) = tx
        .query_opt(queries::MESSAGE_SENDER, &[&outbound_id, &ses_message_id])
        .await?
    else {
        return Ok(None);
    };
    let sender_id: Uuid = row.try_get("sender_id")?;
    let user_id: Uuid = row.try_get("user_id")?;
    let counts = sending::health::counts(tx, user_id, &[sender_id], chrono::Utc::now())
        .await?
        .remove(&sender_id)
        .unwrap_or_default();
    let Some(reason) = sending::health::pause_reason(counts) else {
        return Ok(None);
    };
    let paused: Vec<String> = tx
        .query(
            queries::PAUSE_SENDER_CAMPAIGNS,
            &[&sender_id, &user_id, &reason],
        )
        .await?
        .iter()
        .map(|row| row.try_get("name"))
        .collect::<Result<_, _>>()?;
    if paused.is_empty() {
        return Ok(None);
    }
    tracing::warn!(%sender_id, campaigns = paused.len(), %reason, "campaigns auto-paused");
    let to: String = row.try_get("user_email")?;
    let notice_id: Uuid = tx
        .query_one(queries::INSERT_PAUSE_NOTICE, &[&user_id, &to])
        .await?
        .try_get("id")?;
    Ok(Some(MailJob::CampaignsPaused {
        outbound_email_id: notice_id,
        to,
        sender_address: row.try_get("from_email")?,
        reason,
        campaigns: paused,
    }))
}

fn rejected(reason: String, sns_message_id: &str) -> Stored {
    tracing::error!(%reason, sns_message_id, "notification rejected");
    Stored::Rejected { reason }
}

#[tracing::instrument(skip_all, fields(ses_message_id = %notification.ses_message_id, kind = notification.kind.as_str()))]
pub async fn store(
    state: &State,
    sns_message_id: &str,
    notification: &Notification,
    payload: &Value,
) -> anyhow::Result<Stored> {
    let mut client = state.pool.get().await?;
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
        let stopped = tx
            .execute(
                queries::STOP_ENROLLMENTS_OF_RECIPIENTS,
                &[
                    &outbound_id,
                    &notification.recipients,
                    &reason,
                    &notification.ses_message_id,
                ],
            )
            .await?;
        tracing::info!(stopped, reason, "enrollments stopped");
    }
    campaign_effects(&tx, outbound_id, notification).await?;
    let notice = match notification.kind {
        EventKind::Bounce | EventKind::Complaint => {
            auto_pause(&tx, outbound_id, &notification.ses_message_id).await?
        }
        _ => None,
    };
    tx.commit().await?;
    if let Some(job) = notice {
        // After the commit, so the notice's row exists when the worker looks for it. The pause
        // itself is committed either way and shows on the campaigns (`paused_reason`); a notice
        // the queue refused stays `queued` and is logged (the sweep rebuilds only sign-in jobs).
        if let Err(err) = shared::mail::enqueue(&state.sqs, &state.mail_queue_url, &job).await {
            tracing::error!(error = %err, "could not queue the auto-pause notice");
        }
    }
    tracing::info!(status_advanced, "notification stored");
    Ok(Stored::New {
        event_id,
        status_advanced,
        reconciled,
    })
}
