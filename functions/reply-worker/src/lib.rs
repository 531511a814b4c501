//! The reply-worker function: SES stores each message for our inbound domain in S3 under
//! `inbound/`; the bucket's notification reaches this worker through SQS. Each message is
//! matched to what it answers, classified, recorded once, and acted on:
//!
//! - matched by the `reply+<token>@` address (the token is the enrollment's, HMAC-signed), else
//!   by the SES message ids in `In-Reply-To`, then `References`; unmatched mail is recorded as
//!   unmatched and nothing else happens (never guessed from the sender's address);
//! - a person's answer stops the enrollment (`replied`) and the application's other active
//!   enrollments at the same company (`company_replied`), marks the message `replied_at`, adds
//!   an application event, and moves an `applied` application to `interviewing` on an
//!   invitation (anything else flags it `needs_attention`);
//! - an unsubscribe request suppresses the address for the user and stops every enrollment of it;
//! - an auto-reply holds the enrollment until the return date it names, else for 7 days;
//! - a bounce that reached the reply address is recorded only (SES reports real bounces).
//!
//! Each message is handled in one transaction keyed by its S3 key, so a redelivered
//! notification changes nothing. An S3 or database outage is retried through SQS; a message
//! that cannot be read as mail is recorded and acknowledged; a notification that is not an S3
//! notification is poison and ends in the dead-letter queue.

mod queries;

use aws_lambda_events::sqs::{SqsBatchResponse, SqsEvent};
use chrono::{Days, Utc};
use tokio_postgres::Row;
use uuid::Uuid;

use replies::{Inbound, Kind, Verdict};
use sending::tokens::{self, Purpose, TokenKey};
use shared::config::{self, ConfigError};
use shared::mail::{MAX_FORWARDED_TEXT_BYTES, MailJob};
use shared::s3_event::{ObjectRecord, S3Notification, UploadWorker, UploadWorkerConfig};
use shared::worker::{Delivery, WorkContext, WorkError};

/// This worker's queue: the inbound bucket's notifications, and where it delays retries.
pub const QUEUE_URL_VARIABLE: &str = "INBOUND_MAIL_QUEUE_URL";
/// Where SES's receipt rule stores messages in the inbound bucket.
pub const INBOUND_PREFIX: &str = "inbound/";
/// SES accepts inbound messages up to 40 MB; a reply worth reading is far smaller, and a
/// larger object is recorded unread rather than held in memory.
pub const MAX_MESSAGE_BYTES: i64 = 10 * 1024 * 1024;
/// How long an auto-reply holds an enrollment when it names no return date.
pub const DEFAULT_HOLD_DAYS: u64 = 7;

pub struct State {
    pub upload: UploadWorker,
    pub token_key: TokenKey,
    /// Where forwards of people's replies to the seeker go.
    pub mail_queue_url: String,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub upload: UploadWorkerConfig,
    pub token_key: TokenKey,
    pub mail_queue_url: String,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            upload: UploadWorkerConfig::from_env(QUEUE_URL_VARIABLE)?,
            token_key: sending::links::token_key_from_env()?,
            mail_queue_url: config::required("MAIL_QUEUE_URL")?,
        })
    }
}

impl State {
    /// The pool and clients, built once; `main` and the tests both build the state here.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        Ok(Self {
            upload: UploadWorker::build(config.upload).await?,
            token_key: config.token_key,
            mail_queue_url: config.mail_queue_url,
        })
    }
}

pub async fn handle_batch(state: &State, event: SqsEvent) -> SqsBatchResponse {
    state
        .upload
        .run_batch(event, |notification, delivery| {
            handle_message(state, notification, delivery)
        })
        .await
}

/// One notification: every record in it (a record that needs a retry retries the whole
/// message; those already handled are no-ops the second time).
#[tracing::instrument(skip_all)]
pub async fn handle_message(
    state: &State,
    notification: S3Notification,
    _: Delivery,
) -> Result<(), WorkError> {
    notification
        .for_each_record(|record| handle_record(state, record))
        .await
}

async fn database(state: &State) -> Result<shared::db::Client, WorkError> {
    state
        .upload
        .pool
        .get()
        .await
        .transient("Failed to reach the database")
}

/// What became of one stored message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Recorded; the row's id, and whether it was matched.
    Recorded { id: Uuid, matched: bool },
    /// Nothing to do, and why.
    Skipped(&'static str),
}

/// What a message was matched to.
struct Match {
    enrollment_id: Uuid,
    user_id: Uuid,
    application_id: Uuid,
    outbound_email_id: Option<Uuid>,
    contact_email: String,
    contact_name: Option<String>,
    contact_company: Option<String>,
    user_email: String,
    matched_by: &'static str,
}

impl Match {
    /// Who answered, as the seeker knows them: the contact's name, else the name they wrote
    /// under, else the address they wrote from.
    fn who(&self, mail: &Inbound) -> String {
        self.contact_name
            .clone()
            .or_else(|| mail.from_name.clone())
            .unwrap_or_else(|| self.address(mail))
    }

    /// Where an answer to them goes: the address they wrote from, else the contact's.
    fn address(&self, mail: &Inbound) -> String {
        mail.from_address
            .clone()
            .unwrap_or_else(|| self.contact_email.clone())
    }

    fn from_row(row: &Row, matched_by: &'static str) -> Result<Self, tokio_postgres::Error> {
        Ok(Match {
            enrollment_id: row.try_get("enrollment_id")?,
            user_id: row.try_get("user_id")?,
            application_id: row.try_get("application_id")?,
            outbound_email_id: row.try_get("outbound_email_id")?,
            contact_email: row.try_get("contact_email")?,
            contact_name: row.try_get("contact_name")?,
            contact_company: row.try_get("contact_company")?,
            user_email: row.try_get("user_email")?,
            matched_by,
        })
    }
}

#[tracing::instrument(skip_all, fields(key = tracing::field::Empty))]
pub async fn handle_record(state: &State, record: &ObjectRecord) -> Result<Outcome, WorkError> {
    if !record.is_object_created() {
        return Ok(Outcome::Skipped("not an ObjectCreated event"));
    }
    let Some(key) = record.key() else {
        return Ok(Outcome::Skipped("the key is not valid URL encoding"));
    };
    tracing::Span::current().record("key", key.as_str());
    if !key.starts_with(INBOUND_PREFIX) {
        return Ok(Outcome::Skipped("not under inbound/"));
    }
    let client = database(state).await?;
    if client
        .query_opt(queries::ALREADY_RECORDED, &[&key])
        .await
        .transient("Failed to look up the message")?
        .is_some()
    {
        return Ok(Outcome::Skipped("already recorded"));
    }
    drop(client);

    let too_large = record
        .s3
        .object
        .size
        .is_some_and(|size| size > MAX_MESSAGE_BYTES);
    let raw = if too_large {
        None
    } else {
        let bucket = record.s3.bucket.name.as_str();
        match state
            .upload
            .s3
            .get_object()
            .bucket(bucket)
            .key(&key)
            .send()
            .await
        {
            Ok(object) => Some(
                object
                    .body
                    .collect()
                    .await
                    .transient("Failed to read the object")?
                    .into_bytes(),
            ),
            Err(err)
                if err
                    .as_service_error()
                    .is_some_and(|err| err.is_no_such_key()) =>
            {
                return Ok(Outcome::Skipped("the object no longer exists"));
            }
            Err(err) => return Err(err).transient("Failed to get the object from S3"),
        }
    };
    let mail = raw.as_deref().and_then(replies::parse);
    let Some(mail) = mail else {
        let reason = if too_large {
            "larger than 10 MB: not read"
        } else {
            "not an email message"
        };
        return record_unread(state, &key, reason).await;
    };
    let verdict = replies::classify(&mail, Utc::now().date_naive());
    let found = find_match(state, &mail).await?;
    act(state, &key, &mail, verdict, found).await
}

/// The enrollment the message answers: by the reply address's token, else by the SES ids it
/// names, In-Reply-To first.
async fn find_match(state: &State, mail: &Inbound) -> Result<Option<Match>, WorkError> {
    let client = database(state).await?;
    let enrollment = mail
        .recipients
        .iter()
        .filter_map(|address| tokens::reply_token_from_address(address))
        .find_map(|token| tokens::verify(&state.token_key, Purpose::Reply, token));
    if let Some(enrollment_id) = enrollment
        && let Some(row) = client
            .query_opt(queries::MATCH_BY_ENROLLMENT, &[&enrollment_id])
            .await
            .transient("Failed to look up the enrollment")?
    {
        return Match::from_row(&row, "reply_address")
            .map(Some)
            .permanent("Failed to read the enrollment");
    }
    for ses_id in mail.ses_ids() {
        let by = if mail
            .in_reply_to
            .iter()
            .any(|id| id.split('@').next() == Some(ses_id))
        {
            "in_reply_to"
        } else {
            "references"
        };
        if let Some(row) = client
            .query_opt(queries::MATCH_BY_SES_ID, &[&ses_id])
            .await
            .transient("Failed to look up the message")?
        {
            return Match::from_row(&row, by)
                .map(Some)
                .permanent("Failed to read the message");
        }
    }
    Ok(None)
}

async fn record_unread(state: &State, key: &str, reason: &str) -> Result<Outcome, WorkError> {
    let client = database(state).await?;
    let row = client
        .query_opt(queries::RECORD_UNREAD, &[&key, &reason])
        .await
        .transient("Failed to record the message")?;
    Ok(row.map_or(Outcome::Skipped("already recorded"), |row| {
        Outcome::Recorded {
            id: row.get(0),
            matched: false,
        }
    }))
}

/// Records the message and does what its kind calls for, in one transaction.
async fn act(
    state: &State,
    key: &str,
    mail: &Inbound,
    verdict: Verdict,
    found: Option<Match>,
) -> Result<Outcome, WorkError> {
    let mut client = database(state).await?;
    let tx = client
        .transaction()
        .await
        .transient("Failed to begin a transaction")?;
    let until = match verdict.kind {
        Kind::AutoReply { until } => until,
        _ => None,
    };
    // Recorded first: a delivery that finds the row taken does nothing at all.
    let row = tx
        .query_opt(
            queries::RECORD,
            &[
                &key,
                &found.as_ref().map(|found| found.user_id),
                &found.as_ref().map(|found| found.enrollment_id),
                &found.as_ref().and_then(|found| found.outbound_email_id),
                &found.as_ref().map(|found| found.matched_by),
                &verdict.kind.as_str(),
                &verdict.reason,
                &mail.from_address.as_deref(),
                &mail.from_name.as_deref(),
                &Some(mail.subject.as_str()),
                &mail.message_id.as_deref(),
                &until,
            ],
        )
        .await
        .transient("Failed to record the message")?;
    let Some(row) = row else {
        return Ok(Outcome::Skipped("already recorded"));
    };
    let id: Uuid = row.get(0);
    let action = match &found {
        None => None,
        Some(found) => {
            let action = apply(&tx, mail, verdict, found).await?;
            tx.execute(queries::RECORD_ACTION, &[&id, &action])
                .await
                .transient("Failed to record what was done")?;
            Some(action)
        }
    };
    if let Some(found) = found.as_ref().filter(|_| verdict.kind.is_human()) {
        forward(state, &tx, mail, found).await?;
    }
    tx.commit()
        .await
        .transient("Failed to commit the message")?;
    tracing::info!(
        classification = verdict.kind.as_str(),
        reason = verdict.reason,
        matched = found.is_some(),
        action = action.as_deref().unwrap_or("none"),
        "reply recorded"
    );
    Ok(Outcome::Recorded {
        id,
        matched: found.is_some(),
    })
}

/// What a matched message changes; returns what was done, for the record.
async fn apply(
    tx: &tokio_postgres::Transaction<'_>,
    mail: &Inbound,
    verdict: Verdict,
    found: &Match,
) -> Result<String, WorkError> {
    let who = found.who(mail);
    match verdict.kind {
        Kind::Bounce => Ok("none: a delivery failure, reported by SES's own events".to_owned()),
        Kind::AutoReply { until } => {
            let today = Utc::now().date_naive();
            let back = until
                .or_else(|| today.checked_add_days(Days::new(DEFAULT_HOLD_DAYS)))
                .unwrap_or(today);
            let at = back.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
            let note = format!("auto-reply: held until {back}");
            tx.execute(queries::HOLD_UNTIL, &[&found.enrollment_id, &at, &note])
                .await
                .transient("Failed to hold the enrollment")?;
            Ok(note)
        }
        Kind::Unsubscribe => {
            tx.execute(
                sending::unsubscribe::SUPPRESS,
                &[&found.user_id, &found.contact_email, &"asked in a reply"],
            )
            .await
            .transient("Failed to suppress the address")?;
            for query in [
                sending::unsubscribe::STOP_ENROLLMENTS,
                sending::unsubscribe::CANCEL_QUEUED,
                sending::unsubscribe::MARK_UNSUBSCRIBED,
            ] {
                tx.execute(query, &[&found.user_id, &found.contact_email])
                    .await
                    .transient("Failed to stop the address")?;
            }
            mark_replied(tx, found).await?;
            application_event(tx, found, false, &format!("unsubscribe request from {who}")).await?;
            Ok("suppressed the address and stopped its enrollments".to_owned())
        }
        Kind::Human | Kind::Invitation => {
            tx.execute(
                queries::STOP_ENROLLMENT,
                &[&found.enrollment_id, &"replied"],
            )
            .await
            .transient("Failed to stop the enrollment")?;
            let mut stopped_company = 0;
            if let Some(company) = found
                .contact_company
                .as_deref()
                .filter(|company| !company.trim().is_empty())
            {
                stopped_company = tx
                    .execute(
                        queries::STOP_COMPANY,
                        &[
                            &found.user_id,
                            &found.enrollment_id,
                            &found.application_id,
                            &company,
                        ],
                    )
                    .await
                    .transient("Failed to stop the company's enrollments")?;
            }
            mark_replied(tx, found).await?;
            let invitation = verdict.kind == Kind::Invitation;
            let moved =
                application_event(tx, found, invitation, &format!("reply from {who}")).await?;
            Ok(format!(
                "stopped the enrollment{}; {}",
                if stopped_company > 0 {
                    format!(" and {stopped_company} more at the same company")
                } else {
                    String::new()
                },
                if moved {
                    "application moved to interviewing"
                } else {
                    "application flagged for attention"
                }
            ))
        }
    }
}

async fn mark_replied(
    tx: &tokio_postgres::Transaction<'_>,
    found: &Match,
) -> Result<(), WorkError> {
    if let Some(outbound_email_id) = found.outbound_email_id {
        tx.execute(queries::MARK_REPLIED, &[&outbound_email_id])
            .await
            .transient("Failed to mark the message replied")?;
    }
    Ok(())
}

/// Adds the application's event and moves or flags it; whether it moved to `interviewing`.
async fn application_event(
    tx: &tokio_postgres::Transaction<'_>,
    found: &Match,
    invitation: bool,
    note: &str,
) -> Result<bool, WorkError> {
    let Some(row) = tx
        .query_opt(
            queries::MOVE_APPLICATION,
            &[&found.application_id, &found.user_id, &invitation],
        )
        .await
        .transient("Failed to update the application")?
    else {
        // The application was deleted since launch; the reply is still recorded.
        return Ok(false);
    };
    let from: String = row.get("from_status");
    let to: String = row.get("to_status");
    tx.execute(
        queries::APPLICATION_EVENT,
        &[&found.application_id, &found.user_id, &from, &to, &note],
    )
    .await
    .transient("Failed to add the application event")?;
    Ok(from != to)
}

/// Forwards a person's reply to the seeker's own mailbox through the mail queue. The job goes
/// out before the transaction commits: if the commit then fails, the mail worker finds no row
/// and drops the job after a few receives, and the notification's retry forwards it again; if
/// sending the job fails, nothing was committed and the whole message is retried.
async fn forward(
    state: &State,
    tx: &tokio_postgres::Transaction<'_>,
    mail: &Inbound,
    found: &Match,
) -> Result<(), WorkError> {
    let contact_address = found.address(mail);
    let contact_name = found.who(mail);
    let subject = if mail.subject.trim().is_empty() {
        format!("Reply from {contact_name}")
    } else {
        mail.subject.clone()
    };
    let id: Uuid = tx
        .query_one(
            queries::INSERT_FORWARD,
            &[&found.user_id, &found.user_email, &subject],
        )
        .await
        .transient("Failed to record the forward")?
        .get(0);
    let job = MailJob::ReplyForward {
        outbound_email_id: id,
        to: found.user_email.clone(),
        contact_name,
        contact_address,
        subject,
        text: truncated(&mail.text, MAX_FORWARDED_TEXT_BYTES),
    };
    shared::mail::enqueue(&state.upload.sqs, &state.mail_queue_url, &job)
        .await
        .transient("Failed to queue the forward")
}

/// `text` cut to at most `limit` bytes at a character boundary, saying so when it was cut.
fn truncated(text: &str, limit: usize) -> String {
    if text.len() <= limit {
        return text.to_owned();
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}\n\n[cut: the reply was longer]", &text[..end])
}

#[cfg(test)]
mod tests {
    use super::truncated;

    #[test]
    fn truncation_keeps_whole_characters() {
        assert_eq!(truncated("short", 10), "short");
        let cut = truncated("ééé", 3);
        assert!(cut.starts_with('é') && !cut.starts_with("éé"), "{cut}");
        assert!(cut.ends_with("[cut: the reply was longer]"));
    }
}
