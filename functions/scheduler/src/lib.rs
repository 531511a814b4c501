//! The campaign scheduler, every minute (EventBridge; locally sped up by the event pump).
//!
//! A tick:
//! 1. moves enrollments whose step was sent to their next step (due `delay_minutes` after the
//!    send), and stops those whose step will never be sent;
//! 2. takes due enrollments in bounded batches (`FOR UPDATE SKIP LOCKED`) and checks, in the
//!    order SPEC §3 gives, whether each may send now; one that may not is rescheduled to the
//!    next moment it can pass, or stopped, with the reason written on the enrollment;
//! 3. turns each one that may into exactly one `outbound_emails` row (unique per enrollment and
//!    step), rendered now, at a paced slot of its sender, committed before anything is queued;
//! 4. puts messages whose slot is within 15 minutes on the send queue with `DelaySeconds`;
//! 5. completes campaigns with no active enrollment left.
//!
//! Nothing here sends: the send worker claims each row once, so a message queued twice (a tick
//! that crashed after enqueueing, before recording it) is still sent once.

mod queries;

use std::collections::HashMap;
use std::str::FromStr;

use anyhow::Context as _;
use aws_sdk_sqs::types::SendMessageBatchRequestEntry;
use chrono::{DateTime, Datelike, Duration, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use uuid::Uuid;

use sending::template::{self, ContactVars, Context, JobVars, RenderError, SenderVars, present};
use sending::tokens::TokenKey;
use sending::warmup::Ramp;
use sending::window::{self, Pacing, Schedule};
use shared::config::{self, ConfigError, DatabaseConfig};
use shared::db::{self, Pool, Row, Transaction};
use shared::mail::MailJob;

/// Due enrollments taken per transaction: small enough that a batch's locks are short, large
/// enough that 10,000 due enrollments take a few dozen round trips.
pub const BATCH: i64 = 200;
/// Most batches in one tick, so a tick ends well inside the Lambda timeout; the rest is due at
/// the next tick.
pub const MAX_BATCHES: usize = 100;
/// How long an enrollment waiting for its contact's verification waits before it is looked at
/// again.
pub const VERIFICATION_RECHECK: Duration = Duration::minutes(5);
/// How long an enrollment of a sender that is not verified (any more) waits.
pub const SENDER_RECHECK: Duration = Duration::hours(1);

pub struct State {
    pub pool: Pool,
    pub sqs: aws_sdk_sqs::Client,
    pub mail_queue_url: String,
    pub app_base_url: String,
    pub token_key: TokenKey,
    /// Divides every sender's gap and jitter: 1 in AWS; the local stack speeds sending up
    /// with its schedules.
    pub pacing_speedup: f64,
}

/// What this function reads from its environment, once per cold start.
#[derive(Debug, Clone)]
pub struct Config {
    pub database: DatabaseConfig,
    pub mail_queue_url: String,
    pub app_base_url: String,
    pub token_key: TokenKey,
    pub pacing_speedup: f64,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            database: DatabaseConfig::from_env()?,
            mail_queue_url: config::required("MAIL_QUEUE_URL")?,
            app_base_url: config::required("APP_BASE_URL")?,
            token_key: sending::links::token_key_from_env()?,
            pacing_speedup: config::parsed_or("LOCAL_SCHEDULE_SPEEDUP", 1.0)?,
        })
    }
}

impl State {
    /// The pool and clients, built once; `main` and the tests both build the state here.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let aws = shared::aws::load();
        Ok(Self {
            pool: db::pool(&config.database)?,
            sqs: shared::aws::sqs(&aws),
            mail_queue_url: config.mail_queue_url,
            app_base_url: config.app_base_url.trim_end_matches('/').to_owned(),
            token_key: config.token_key,
            pacing_speedup: if config.pacing_speedup.is_finite() && config.pacing_speedup >= 1.0 {
                config.pacing_speedup
            } else {
                1.0
            },
        })
    }
}

/// What one tick did, in numbers (the function's answer and its log line).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TickReport {
    pub advanced: u64,
    pub stopped_unsent: u64,
    pub messages_made: u64,
    pub rescheduled: u64,
    pub stopped: u64,
    pub enqueued: u64,
    pub campaigns_completed: u64,
}

/// What the checks decided for one due enrollment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Send,
    Reschedule {
        at: DateTime<Utc>,
        note: String,
    },
    Stop {
        reason: String,
        note: Option<String>,
    },
}

/// A sender as the checks see it, with what this tick has used of it so far.
#[derive(Debug, Clone)]
pub struct SenderState {
    pub from_name: String,
    pub verified: bool,
    pub today_cap: i64,
    pub sent_today: i64,
    pub last_slot_at: Option<DateTime<Utc>>,
    pub pacing: Pacing,
}

/// The user's monthly send quota and what is used of it.
#[derive(Debug, Clone, Copy)]
pub struct Quota {
    pub limit: i64,
    pub used: i64,
}

/// The contact-side facts of a due enrollment.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub suppressed: bool,
    pub verification_status: String,
    pub timezone: Option<Tz>,
}

/// The next UTC midnight after `now`: when a daily cap counts again.
fn next_utc_day(now: DateTime<Utc>) -> DateTime<Utc> {
    let tomorrow = now.date_naive().succ_opt().unwrap_or(now.date_naive());
    Utc.from_utc_datetime(&tomorrow.and_hms_opt(0, 0, 0).unwrap_or_default())
}

/// The first instant of the next UTC month: when the monthly quota counts again.
fn next_utc_month(now: DateTime<Utc>) -> DateTime<Utc> {
    let (year, month) = if now.month() == 12 {
        (now.year() + 1, 1)
    } else {
        (now.year(), now.month() + 1)
    };
    Utc.with_ymd_and_hms(year, month, 1, 0, 0, 0)
        .single()
        .unwrap_or_else(|| next_utc_day(now))
}

/// SPEC §3's checks, in its order, for one due enrollment of an active campaign: the contact is
/// not suppressed (and its verification allows sending), the sender is verified and under
/// today's warm-up cap, the user is under the monthly quota, and the recipient's local time is
/// inside the window. The first that fails decides.
pub fn decide(
    recipient: &Recipient,
    include_risky: bool,
    sender: &SenderState,
    quota: Quota,
    schedule: &Schedule,
    now: DateTime<Utc>,
) -> Decision {
    if recipient.suppressed {
        return Decision::Stop {
            reason: "suppressed".into(),
            note: None,
        };
    }
    match recipient.verification_status.as_str() {
        "invalid" => {
            return Decision::Stop {
                reason: "invalid".into(),
                note: Some("verification found the address invalid".into()),
            };
        }
        status @ ("risky" | "unknown") if !include_risky => {
            return Decision::Stop {
                reason: status.into(),
                note: Some(format!(
                    "verified {status}; the campaign does not include risky contacts"
                )),
            };
        }
        "unverified" | "pending" => {
            return Decision::Reschedule {
                at: now + VERIFICATION_RECHECK,
                note: "waiting for the contact's verification".into(),
            };
        }
        _ => {}
    }
    if !sender.verified {
        return Decision::Reschedule {
            at: now + SENDER_RECHECK,
            note: "the sender is not verified with SES".into(),
        };
    }
    if sender.sent_today >= sender.today_cap {
        return Decision::Reschedule {
            at: next_utc_day(now),
            note: format!(
                "the sender's cap of {} messages today (UTC) is reached",
                sender.today_cap
            ),
        };
    }
    if quota.used >= quota.limit {
        return Decision::Reschedule {
            at: next_utc_month(now),
            note: format!("the monthly send quota of {} is used up", quota.limit),
        };
    }
    let opening = window::next_opening(schedule, recipient.timezone, now);
    if opening > now {
        return Decision::Reschedule {
            at: opening,
            note: format!("outside the sending window until {}", opening.to_rfc3339()),
        };
    }
    Decision::Send
}

/// One tick at `now`.
#[tracing::instrument(skip_all)]
pub async fn tick(state: &State, now: DateTime<Utc>) -> anyhow::Result<TickReport> {
    let mut report = TickReport::default();
    let mut client = state
        .pool
        .get()
        .await
        .context("Failed to reach the database")?;
    report.advanced = client
        .execute(queries::ADVANCE_SENT, &[&(BATCH * 50)])
        .await
        .context("Failed to advance sent enrollments")?;
    report.stopped_unsent = client
        .execute(queries::STOP_UNSENT, &[&(BATCH * 50)])
        .await
        .context("Failed to stop unsent enrollments")?;
    for _ in 0..MAX_BATCHES {
        let tx = client.transaction().await.context("Failed to begin")?;
        let taken = schedule_batch(state, &tx, now, &mut report).await?;
        tx.commit().await.context("Failed to commit a batch")?;
        if taken < usize::try_from(BATCH).unwrap_or(usize::MAX) {
            break;
        }
    }
    loop {
        let tx = client.transaction().await.context("Failed to begin")?;
        let enqueued = enqueue_batch(state, &tx, now).await?;
        tx.commit()
            .await
            .context("Failed to commit enqueued messages")?;
        report.enqueued += enqueued.taken;
        if enqueued.taken < u64::try_from(BATCH).unwrap_or(u64::MAX) || enqueued.refused {
            break;
        }
    }
    report.campaigns_completed = client
        .execute(queries::COMPLETE_CAMPAIGNS, &[])
        .await
        .context("Failed to complete campaigns")?;
    tracing::info!(?report, "tick finished");
    Ok(report)
}

/// A due enrollment as TAKE_DUE reads it.
struct Due {
    id: Uuid,
    user_id: Uuid,
    campaign_id: Uuid,
    contact_id: Uuid,
    step: i32,
    schedule: Result<Schedule, String>,
    include_risky: bool,
    sender_id: Uuid,
    application_id: Uuid,
    email: String,
    contact: ContactVars,
    recipient: Recipient,
    subject: String,
    body: String,
    thread_subject: Option<String>,
}

impl Due {
    fn from_row(row: &Row) -> Result<Self, db::Error> {
        let days: Vec<String> = row.try_get("days")?;
        let timezone: String = row.try_get("timezone")?;
        let start_hour: i32 = row.try_get("start_hour")?;
        let end_hour: i32 = row.try_get("end_hour")?;
        let contact_timezone: Option<String> = row.try_get("contact_timezone")?;
        Ok(Self {
            id: row.try_get("id")?,
            user_id: row.try_get("user_id")?,
            campaign_id: row.try_get("campaign_id")?,
            contact_id: row.try_get("contact_id")?,
            step: row.try_get("next_step")?,
            schedule: Schedule::new(&timezone, &days, start_hour, end_hour).map_err(|problems| {
                problems
                    .into_iter()
                    .map(|(field, message)| format!("{field} {message}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            }),
            include_risky: row.try_get("include_risky")?,
            sender_id: row.try_get("sender_id")?,
            application_id: row.try_get("application_id")?,
            email: row.try_get("email")?,
            contact: ContactVars {
                first_name: present(row.try_get("first_name")?),
                last_name: present(row.try_get("last_name")?),
                company: present(row.try_get("company")?),
                title: present(row.try_get("title")?),
            },
            recipient: Recipient {
                suppressed: row.try_get("suppressed")?,
                verification_status: row.try_get("verification_status")?,
                timezone: contact_timezone.and_then(|name| Tz::from_str(&name).ok()),
            },
            subject: row.try_get("subject")?,
            body: row.try_get("body")?,
            thread_subject: row.try_get("thread_subject")?,
        })
    }
}

/// Takes one batch of due enrollments and decides each; returns how many were taken.
async fn schedule_batch(
    state: &State,
    tx: &Transaction<'_>,
    now: DateTime<Utc>,
    report: &mut TickReport,
) -> anyhow::Result<usize> {
    let due: Vec<Due> = db::read_rows(
        &tx.query(queries::TAKE_DUE, &[&now, &BATCH])
            .await
            .context("Failed to take due enrollments")?,
        Due::from_row,
    )
    .context("Failed to read due enrollments")?;
    if due.is_empty() {
        return Ok(0);
    }
    let mut senders = lock_senders(tx, &due, now, state.pacing_speedup).await?;
    let mut quotas = monthly_quotas(tx, &due, now).await?;
    let applications = application_vars(tx, &due).await?;
    let mut rng = rand::rng();
    for enrollment in &due {
        let (Some(sender), Some(quota)) = (
            senders.get_mut(&enrollment.sender_id),
            quotas.get_mut(&enrollment.user_id),
        ) else {
            anyhow::bail!("a due enrollment's sender or user was not loaded");
        };
        let decision = match &enrollment.schedule {
            Ok(schedule) => decide(
                &enrollment.recipient,
                enrollment.include_risky,
                sender,
                *quota,
                schedule,
                now,
            ),
            Err(problem) => Decision::Stop {
                reason: "bad_schedule".into(),
                note: Some(problem.clone()),
            },
        };
        match decision {
            Decision::Stop { reason, note } => {
                tx.execute(queries::STOP, &[&enrollment.id, &reason, &note])
                    .await
                    .context("Failed to stop an enrollment")?;
                report.stopped += 1;
            }
            Decision::Reschedule { at, note } => {
                tx.execute(queries::RESCHEDULE, &[&enrollment.id, &at, &note])
                    .await
                    .context("Failed to reschedule an enrollment")?;
                report.rescheduled += 1;
            }
            Decision::Send => {
                let job = applications.get(&enrollment.application_id);
                let message_id = Uuid::new_v4();
                let context = Context {
                    contact: enrollment.contact.clone(),
                    job: job.map(|job| job.job.clone()).unwrap_or_default(),
                    pain_point: job.and_then(|job| job.pain_point.clone()),
                    offer: job.and_then(|job| job.offer.clone()),
                    sender: SenderVars {
                        name: present(Some(sender.from_name.clone())),
                    },
                    unsubscribe_url: Some(sending::links::unsubscribe_url(
                        &state.app_base_url,
                        &state.token_key,
                        message_id,
                    )),
                };
                let rendered =
                    template::render_subject(&enrollment.subject, &context).and_then(|subject| {
                        template::render(&enrollment.body, &context).map(|body| (subject, body))
                    });
                let (subject, body) = match rendered {
                    Ok(rendered) => rendered,
                    Err(error) => {
                        let (reason, note) = match error {
                            RenderError::Missing(names) => (
                                "missing_variable",
                                format!("no value for {}", names.join(", ")),
                            ),
                            RenderError::Broken(detail) => ("render_failed", detail),
                        };
                        tx.execute(queries::STOP, &[&enrollment.id, &reason, &Some(note)])
                            .await
                            .context("Failed to stop an enrollment")?;
                        report.stopped += 1;
                        continue;
                    }
                };
                // Follow-ups keep the thread's subject: mail clients group by it, and a
                // changed subject would start a new conversation.
                let subject = enrollment.thread_subject.clone().unwrap_or(subject);
                let slot = window::next_slot(sender.last_slot_at, now, &sender.pacing, &mut rng);
                let inserted = tx
                    .query_opt(
                        queries::INSERT_MESSAGE,
                        &[
                            &message_id,
                            &enrollment.user_id,
                            &enrollment.email,
                            &enrollment.sender_id,
                            &enrollment.campaign_id,
                            &enrollment.id,
                            &enrollment.contact_id,
                            &enrollment.step,
                            &subject,
                            &body,
                            &slot,
                        ],
                    )
                    .await
                    .context("Failed to store a message")?;
                let message_id = match inserted {
                    Some(row) => {
                        tx.execute(queries::RECORD_SEND_USAGE, &[&enrollment.user_id, &now])
                            .await
                            .context("Failed to record usage")?;
                        sender.sent_today += 1;
                        sender.last_slot_at = Some(slot);
                        quota.used += 1;
                        report.messages_made += 1;
                        row.try_get::<_, Uuid>("id")
                            .context("Failed to read the message id")?
                    }
                    // An earlier tick made this step's message; it is the one to wait for.
                    None => tx
                        .query_one(
                            queries::EXISTING_MESSAGE,
                            &[&enrollment.id, &enrollment.step],
                        )
                        .await
                        .context("Failed to find the step's message")?
                        .try_get("id")
                        .context("Failed to read the message id")?,
                };
                tx.execute(queries::AWAIT_MESSAGE, &[&enrollment.id, &message_id])
                    .await
                    .context("Failed to mark the enrollment in flight")?;
            }
        }
    }
    for (sender_id, sender) in &senders {
        tx.execute(queries::SET_LAST_SLOT, &[sender_id, &sender.last_slot_at])
            .await
            .context("Failed to record a sender's pacing")?;
    }
    Ok(due.len())
}

async fn lock_senders(
    tx: &Transaction<'_>,
    due: &[Due],
    now: DateTime<Utc>,
    pacing_speedup: f64,
) -> anyhow::Result<HashMap<Uuid, SenderState>> {
    // Milliseconds, so a sped-up gap of a fraction of a second survives.
    let paced = |seconds: i32| {
        let millis = f64::from(seconds) * 1000.0 / pacing_speedup;
        // Gaps are at most an hour, so the rounded value always fits an i64.
        Duration::milliseconds(millis.round() as i64)
    };
    let mut ids: Vec<Uuid> = due.iter().map(|enrollment| enrollment.sender_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let rows = tx
        .query(queries::LOCK_SENDERS, &[&ids, &now])
        .await
        .context("Failed to lock senders")?;
    rows.iter()
        .map(|row| {
            let ramp = Ramp {
                start_cap: row.try_get("warmup_start_cap")?,
                daily_increase: row.try_get("warmup_daily_increase")?,
                started_at: row.try_get("warmup_started_at")?,
            };
            let daily_cap: i32 = row.try_get("daily_cap")?;
            let identity_status: String = row.try_get("identity_status")?;
            let min_gap: i32 = row.try_get("min_gap_seconds")?;
            let jitter: i32 = row.try_get("jitter_seconds")?;
            Ok((
                row.try_get("id")?,
                SenderState {
                    from_name: row.try_get("from_name")?,
                    verified: identity_status == "verified",
                    today_cap: i64::from(ramp.today_cap(daily_cap, now)),
                    sent_today: row.try_get("sent_today")?,
                    last_slot_at: row.try_get("last_slot_at")?,
                    pacing: Pacing {
                        min_gap: paced(min_gap),
                        jitter: paced(jitter),
                    },
                },
            ))
        })
        .collect::<Result<_, db::Error>>()
        .context("Failed to read senders")
}

async fn monthly_quotas(
    tx: &Transaction<'_>,
    due: &[Due],
    now: DateTime<Utc>,
) -> anyhow::Result<HashMap<Uuid, Quota>> {
    let mut ids: Vec<Uuid> = due.iter().map(|enrollment| enrollment.user_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let rows = tx
        .query(queries::MONTHLY_SENDS, &[&ids, &now])
        .await
        .context("Failed to count monthly sends")?;
    rows.iter()
        .map(|row| {
            let plan: String = row.try_get("plan")?;
            Ok((
                row.try_get("user_id")?,
                Quota {
                    limit: shared::plan::limits(&plan).monthly_sends,
                    used: row.try_get("used")?,
                },
            ))
        })
        .collect::<Result<_, db::Error>>()
        .context("Failed to read monthly sends")
}

struct ApplicationVars {
    job: JobVars,
    pain_point: Option<String>,
    offer: Option<String>,
}

async fn application_vars(
    tx: &Transaction<'_>,
    due: &[Due],
) -> anyhow::Result<HashMap<Uuid, ApplicationVars>> {
    let mut ids: Vec<Uuid> = due
        .iter()
        .map(|enrollment| enrollment.application_id)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let rows = tx
        .query(queries::APPLICATION_VARS, &[&ids])
        .await
        .context("Failed to load applications")?;
    rows.iter()
        .map(|row| {
            Ok((
                row.try_get("id")?,
                ApplicationVars {
                    job: JobVars {
                        title: present(row.try_get("title")?),
                        company: present(row.try_get("company")?),
                    },
                    pain_point: present(row.try_get("pain_point")?),
                    offer: present(row.try_get("offer")?),
                },
            ))
        })
        .collect::<Result<_, db::Error>>()
        .context("Failed to read applications")
}

struct Enqueued {
    taken: u64,
    /// SQS refused part of a batch: stop for this tick, the next one retries.
    refused: bool,
}

/// Puts one batch of messages due within the queue's longest delay on the send queue.
async fn enqueue_batch(
    state: &State,
    tx: &Transaction<'_>,
    now: DateTime<Utc>,
) -> anyhow::Result<Enqueued> {
    let horizon = now + Duration::seconds(window::MAX_SQS_DELAY_SECONDS);
    let rows = tx
        .query(queries::TAKE_TO_ENQUEUE, &[&horizon, &BATCH])
        .await
        .context("Failed to take messages to enqueue")?;
    let mut enqueued = Vec::with_capacity(rows.len());
    let mut refused = false;
    let messages: Vec<(Uuid, DateTime<Utc>)> = rows
        .iter()
        .map(|row| Ok((row.try_get("id")?, row.try_get("scheduled_at")?)))
        .collect::<Result<_, db::Error>>()
        .context("Failed to read messages to enqueue")?;
    for chunk in messages.chunks(10) {
        let mut entries = Vec::with_capacity(chunk.len());
        for (id, slot) in chunk {
            let job = MailJob::Campaign {
                outbound_email_id: *id,
            };
            entries.push(
                SendMessageBatchRequestEntry::builder()
                    .id(id.simple().to_string())
                    .message_body(serde_json::to_string(&job)?)
                    .delay_seconds(window::sqs_delay_seconds(*slot, now))
                    .build()
                    .context("Failed to build a queue entry")?,
            );
        }
        let output = state
            .sqs
            .send_message_batch()
            .queue_url(&state.mail_queue_url)
            .set_entries(Some(entries))
            .send()
            .await
            .context("Failed to enqueue messages")?;
        if !output.failed().is_empty() {
            refused = true;
            tracing::warn!(
                failed = output.failed().len(),
                "the send queue refused part of a batch"
            );
        }
        enqueued.extend(
            output
                .successful()
                .iter()
                .filter_map(|entry| Uuid::parse_str(entry.id()).ok()),
        );
    }
    tx.execute(queries::MARK_ENQUEUED, &[&enqueued])
        .await
        .context("Failed to record enqueued messages")?;
    Ok(Enqueued {
        taken: u64::try_from(messages.len()).unwrap_or(0),
        refused,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0)
            .single()
            .expect("valid")
    }

    fn weekdays_nine_to_five(timezone: &str) -> Schedule {
        let days: Vec<String> = ["mon", "tue", "wed", "thu", "fri"]
            .iter()
            .map(|day| (*day).to_owned())
            .collect();
        Schedule::new(timezone, &days, 9, 17).expect("valid schedule")
    }

    fn recipient(status: &str) -> Recipient {
        Recipient {
            suppressed: false,
            verification_status: status.into(),
            timezone: None,
        }
    }

    fn sender(cap: i64, sent: i64) -> SenderState {
        SenderState {
            from_name: "Grace".into(),
            verified: true,
            today_cap: cap,
            sent_today: sent,
            last_slot_at: None,
            pacing: Pacing::default(),
        }
    }

    const ROOM: Quota = Quota {
        limit: 100,
        used: 0,
    };

    #[test]
    fn checks_run_in_spec_order_and_the_first_failure_decides() {
        let schedule = weekdays_nine_to_five("UTC");
        // Wednesday 2026-03-04 10:00 UTC: inside the window.
        let now = at(2026, 3, 4, 10, 0);
        assert_eq!(
            decide(
                &recipient("valid"),
                false,
                &sender(10, 0),
                ROOM,
                &schedule,
                now
            ),
            Decision::Send
        );
        let mut suppressed = recipient("valid");
        suppressed.suppressed = true;
        // Suppression comes before everything, even a full cap.
        assert!(matches!(
            decide(&suppressed, false, &sender(1, 1), ROOM, &schedule, now),
            Decision::Stop { reason, .. } if reason == "suppressed"
        ));
        assert!(matches!(
            decide(&recipient("invalid"), true, &sender(10, 0), ROOM, &schedule, now),
            Decision::Stop { reason, .. } if reason == "invalid"
        ));
        assert!(matches!(
            decide(&recipient("risky"), false, &sender(10, 0), ROOM, &schedule, now),
            Decision::Stop { reason, .. } if reason == "risky"
        ));
        assert_eq!(
            decide(
                &recipient("risky"),
                true,
                &sender(10, 0),
                ROOM,
                &schedule,
                now
            ),
            Decision::Send
        );
        assert!(matches!(
            decide(&recipient("pending"), false, &sender(10, 0), ROOM, &schedule, now),
            Decision::Reschedule { at, .. } if at == now + VERIFICATION_RECHECK
        ));
    }

    #[test]
    fn a_full_daily_cap_waits_for_the_next_utc_day() {
        let schedule = weekdays_nine_to_five("UTC");
        let now = at(2026, 3, 4, 10, 0);
        let decision = decide(
            &recipient("valid"),
            false,
            &sender(5, 5),
            ROOM,
            &schedule,
            now,
        );
        assert!(
            matches!(&decision, Decision::Reschedule { at: next, note }
                if *next == at(2026, 3, 5, 0, 0) && note.contains("cap of 5")),
            "{decision:?}"
        );
        // One under the cap still sends.
        assert_eq!(
            decide(
                &recipient("valid"),
                false,
                &sender(5, 4),
                ROOM,
                &schedule,
                now
            ),
            Decision::Send
        );
    }

    #[test]
    fn a_used_up_quota_waits_for_the_next_month() {
        let schedule = weekdays_nine_to_five("UTC");
        let now = at(2026, 12, 16, 10, 0);
        let used_up = Quota { limit: 3, used: 3 };
        let decision = decide(
            &recipient("valid"),
            false,
            &sender(10, 0),
            used_up,
            &schedule,
            now,
        );
        assert!(
            matches!(&decision, Decision::Reschedule { at: next, .. } if *next == at(2027, 1, 1, 0, 0)),
            "{decision:?}"
        );
    }

    #[test]
    fn outside_the_window_waits_for_the_recipients_next_opening() {
        let schedule = weekdays_nine_to_five("America/New_York");
        // Friday 2026-03-06 22:00 UTC = 17:00 EST: just closed; Monday is after the DST change.
        let now = at(2026, 3, 6, 22, 0);
        let decision = decide(
            &recipient("valid"),
            false,
            &sender(10, 0),
            ROOM,
            &schedule,
            now,
        );
        assert!(
            matches!(&decision, Decision::Reschedule { at: next, .. } if *next == at(2026, 3, 9, 13, 0)),
            "{decision:?}"
        );
        // A contact in Tokyo: 07:00 on Saturday there, so Monday 09:00 JST.
        let mut tokyo = recipient("valid");
        tokyo.timezone = Some(chrono_tz::Asia::Tokyo);
        let decision = decide(&tokyo, false, &sender(10, 0), ROOM, &schedule, now);
        assert!(
            matches!(&decision, Decision::Reschedule { at: next, .. } if *next == at(2026, 3, 9, 0, 0)),
            "{decision:?}"
        );
    }

    #[test]
    fn next_day_and_month_boundaries() {
        assert_eq!(next_utc_day(at(2026, 2, 28, 23, 59)), at(2026, 3, 1, 0, 0));
        assert_eq!(next_utc_month(at(2026, 1, 31, 12, 0)), at(2026, 2, 1, 0, 0));
        assert_eq!(next_utc_month(at(2026, 12, 1, 0, 0)), at(2027, 1, 1, 0, 0));
    }
}
