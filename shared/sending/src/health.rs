//! Sender health over the trailing 14 days (SPEC §4), from counts of stored sends and SES events.
//!
//! Thresholds are compared in integer arithmetic (basis points) so that exactly 2% is at risk
//! however the division would round.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use shared::db::{self, GenericClient};

/// Length of the window health is computed over.
pub const WINDOW_DAYS: i64 = 14;

/// Below this many sends in the window the rates say too little to judge: the sender is
/// `warming`, and campaigns are never auto-paused.
pub const MIN_SENDS: i64 = 20;

// Basis points (1 bp = 0.01%).
const AT_RISK_BOUNCE_BP: i64 = 200;
const AT_RISK_COMPLAINT_BP: i64 = 5;
const PAUSE_BOUNCE_BP: i64 = 400;
const PAUSE_COMPLAINT_BP: i64 = 8;

/// Messages of one sender sent in the window, and how many of them bounced permanently or drew
/// a complaint (each message counted once, however many notifications SES sent about it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub sent: i64,
    pub bounced: i64,
    pub complained: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// Fewer than 20 sends in the last 14 days: not enough to judge.
    Warming,
    Healthy,
    /// Bounce rate at least 2% or complaint rate at least 0.05%.
    AtRisk,
    /// Bounce rate at least 4% or complaint rate at least 0.08%: this sender's campaigns are
    /// paused before SES's own review thresholds (5% and 0.1%) are reached.
    Paused,
}

/// Named apart from the `/health` document's schema, which is also called `Health`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ToSchema)]
#[schema(as = SenderHealth)]
pub struct Health {
    pub label: Label,
    /// Permanently bounced messages / sent messages in the window, as a fraction (0.02 = 2%).
    pub bounce_rate: f64,
    /// Messages with a complaint / sent messages in the window, as a fraction.
    pub complaint_rate: f64,
    /// Messages sent in the trailing 14 days.
    pub sent_14d: i64,
    pub bounced_14d: i64,
    pub complained_14d: i64,
}

fn at_least(count: i64, sent: i64, basis_points: i64) -> bool {
    count.saturating_mul(10_000) >= sent.saturating_mul(basis_points)
}

pub fn label(counts: Counts) -> Label {
    let Counts {
        sent,
        bounced,
        complained,
    } = counts;
    if sent < MIN_SENDS {
        Label::Warming
    } else if at_least(bounced, sent, PAUSE_BOUNCE_BP)
        || at_least(complained, sent, PAUSE_COMPLAINT_BP)
    {
        Label::Paused
    } else if at_least(bounced, sent, AT_RISK_BOUNCE_BP)
        || at_least(complained, sent, AT_RISK_COMPLAINT_BP)
    {
        Label::AtRisk
    } else {
        Label::Healthy
    }
}

/// The rate that put a sender over the pause line, as a person reads it: what `paused_reason`
/// and a refused resume say. None when the sender is not over the line.
pub fn pause_reason(counts: Counts) -> Option<String> {
    if counts.sent < MIN_SENDS {
        return None;
    }
    let percent = |count: i64| rate(count, counts.sent) * 100.0;
    if at_least(counts.bounced, counts.sent, PAUSE_BOUNCE_BP) {
        Some(format!(
            "bounce rate {:.2}% ({} of {} sent; campaigns pause at 4%)",
            percent(counts.bounced),
            counts.bounced,
            counts.sent
        ))
    } else if at_least(counts.complained, counts.sent, PAUSE_COMPLAINT_BP) {
        Some(format!(
            "complaint rate {:.2}% ({} of {} sent; campaigns pause at 0.08%)",
            percent(counts.complained),
            counts.complained,
            counts.sent
        ))
    } else {
        None
    }
}

fn rate(count: i64, sent: i64) -> f64 {
    if sent <= 0 {
        0.0
    } else {
        // Counts of one sender's messages are far below 2^52; the conversion is exact.
        count as f64 / sent as f64
    }
}

pub fn assess(counts: Counts) -> Health {
    Health {
        label: label(counts),
        bounce_rate: rate(counts.bounced, counts.sent),
        complaint_rate: rate(counts.complained, counts.sent),
        sent_14d: counts.sent,
        bounced_14d: counts.bounced,
        complained_14d: counts.complained,
    }
}

// Of the messages each sender sent in the 14 days before $3 (the caller's clock), how many
// bounced permanently and how many drew a complaint. Each message counts once however many
// notifications SES sent about it; events match by our id or by SES's message id, because
// the event can be stored before the worker records the SES id.
pub const COUNTS_QUERY: &str = "\
    SELECT o.sender_id, \
           count(*) AS sent, \
           count(*) FILTER (WHERE EXISTS ( \
               SELECT 1 FROM ses_events e \
               WHERE (e.outbound_email_id = o.id OR e.ses_message_id = o.ses_message_id) \
                 AND e.event_type = 'bounce' AND e.bounce_type = 'Permanent')) AS bounced, \
           count(*) FILTER (WHERE EXISTS ( \
               SELECT 1 FROM ses_events e \
               WHERE (e.outbound_email_id = o.id OR e.ses_message_id = o.ses_message_id) \
                 AND e.event_type = 'complaint')) AS complained \
    FROM outbound_emails o JOIN senders s ON s.id = o.sender_id \
    WHERE s.user_id = $1 AND o.sender_id = ANY($2) AND o.status = 'sent' \
      AND o.sent_at > $3::timestamptz - make_interval(days => $4) AND o.sent_at <= $3 \
    GROUP BY o.sender_id";

/// Health counts of the given senders of `user_id` over the window ending at `now`; a sender
/// with no sends in the window is absent.
pub async fn counts(
    client: &impl GenericClient,
    user_id: Uuid,
    sender_ids: &[Uuid],
    now: DateTime<Utc>,
) -> Result<HashMap<Uuid, Counts>, db::Error> {
    let days = i32::try_from(WINDOW_DAYS).unwrap_or(14);
    let rows = client
        .query(COUNTS_QUERY, &[&user_id, &sender_ids, &now, &days])
        .await?;
    rows.iter()
        .map(|row| {
            let counts = Counts {
                sent: row.try_get("sent")?,
                bounced: row.try_get("bounced")?,
                complained: row.try_get("complained")?,
            };
            Ok((row.try_get("sender_id")?, counts))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(sent: i64, bounced: i64, complained: i64) -> Counts {
        Counts {
            sent,
            bounced,
            complained,
        }
    }

    #[test]
    fn thresholds_at_their_edges() {
        let cases = [
            // Too few sends to judge, whatever the rates.
            (counts(0, 0, 0), Label::Warming),
            (counts(19, 19, 19), Label::Warming),
            (counts(20, 0, 0), Label::Healthy),
            // Bounces: 2% is at risk, just under is healthy; 4% pauses, just under is at risk.
            (counts(10_000, 199, 0), Label::Healthy),
            (counts(10_000, 200, 0), Label::AtRisk),
            (counts(10_000, 399, 0), Label::AtRisk),
            (counts(10_000, 400, 0), Label::Paused),
            (counts(50, 1, 0), Label::AtRisk),
            (counts(51, 1, 0), Label::Healthy),
            (counts(25, 1, 0), Label::Paused),
            (counts(26, 1, 0), Label::AtRisk),
            // Complaints: 0.05% is at risk, 0.08% pauses.
            (counts(10_000, 0, 4), Label::Healthy),
            (counts(10_000, 0, 5), Label::AtRisk),
            (counts(10_000, 0, 7), Label::AtRisk),
            (counts(10_000, 0, 8), Label::Paused),
            (counts(2_000, 0, 1), Label::AtRisk),
            (counts(2_001, 0, 1), Label::Healthy),
            (counts(1_250, 0, 1), Label::Paused),
            (counts(1_251, 0, 1), Label::AtRisk),
            // The worse signal wins.
            (counts(10_000, 100, 8), Label::Paused),
        ];
        for (counts, expected) in cases {
            assert_eq!(label(counts), expected, "{counts:?}");
        }
    }

    #[test]
    fn rates_are_fractions_and_zero_without_sends() {
        let health = assess(counts(200, 5, 1));
        assert_eq!(health.bounce_rate, 0.025);
        assert_eq!(health.complaint_rate, 0.005);
        assert_eq!(health.sent_14d, 200);
        let empty = assess(Counts::default());
        assert_eq!((empty.bounce_rate, empty.complaint_rate), (0.0, 0.0));
    }
}
