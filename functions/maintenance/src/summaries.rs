//! The daily summary: every hour, each user whose local time is between 8:00 and 11:59 and whose
//! summary for today is not decided yet gets yesterday's numbers (in their timezone) by mail, through
//! the transactional path, unless they turned it off. A quiet day (nothing sent, no reply, no
//! bounce, nothing paused) is decided without a mail.
//!
//! Once per user and local day, whatever runs twice or at once: the day's row in
//! `daily_summaries` is claimed in the transaction that makes the mail.

use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use uuid::Uuid;

use shared::db::GenericClient;
use shared::mail::{self, MailJob, PausedCampaign};

use crate::{Mail, Rebuilt, State, queries};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SummaryReport {
    /// Users whose morning it was and whose summary was not decided yet.
    pub due: u64,
    /// Summaries put on the mail queue.
    pub sent: u64,
    /// Days with nothing to tell: decided, no mail.
    pub quiet: u64,
}

/// Yesterday in one user's timezone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Yesterday {
    pub sends: i64,
    pub replies: i64,
    pub bounces: i64,
    pub paused: Vec<PausedCampaign>,
}

impl Yesterday {
    pub fn is_quiet(&self) -> bool {
        self.sends == 0 && self.replies == 0 && self.bounces == 0
    }
}

/// Yesterday's numbers for one user, counted in their timezone; `today` is their local date.
async fn count_yesterday(
    client: &impl GenericClient,
    user_id: Uuid,
    timezone: &str,
    today: NaiveDate,
) -> anyhow::Result<Yesterday> {
    let counts = client
        .query_one(queries::YESTERDAY, &[&user_id, &timezone, &today])
        .await
        .context("Failed to count yesterday")?;
    let paused = client
        .query(queries::PAUSED_CAMPAIGNS, &[&user_id])
        .await
        .context("Failed to list paused campaigns")?
        .iter()
        .map(|row| {
            Ok(PausedCampaign {
                name: row.try_get("name")?,
                reason: row.try_get("reason")?,
            })
        })
        .collect::<Result<Vec<_>, shared::db::Error>>()
        .context("Failed to read paused campaigns")?;
    Ok(Yesterday {
        sends: counts.try_get("sends")?,
        replies: counts.try_get("replies")?,
        bounces: counts.try_get("bounces")?,
        paused,
    })
}

/// The job of a summary mail left `queued` because its enqueue failed, for the mail sweep. The
/// numbers are counted again (the job was the only copy); late bounces of yesterday's mail
/// make them more exact, not different in kind. Sent only while it is still the summary's day
/// where the user is and they still want summaries: a morning summary arriving the next day,
/// or after opting out, would be worse than none.
pub(crate) async fn stranded_job(
    client: &impl GenericClient,
    outbound_email_id: Uuid,
    recipient: String,
) -> anyhow::Result<Rebuilt> {
    let Some(day) = client
        .query_opt(queries::STRANDED_SUMMARY, &[&outbound_email_id])
        .await
        .context("Failed to load the summary's day")?
    else {
        return Ok(Rebuilt::Abandon(
            "daily summary not sent: its job never reached the queue, and its day is gone",
        ));
    };
    let user_id: Uuid = day.try_get("user_id")?;
    let timezone: String = day.try_get("timezone")?;
    let today: NaiveDate = day.try_get("local_date")?;
    if !day.try_get::<_, bool>("still_today")? {
        return Ok(Rebuilt::Abandon(
            "daily summary not sent: its job never reached the queue, and its day had passed \
             where the user is before the sweep",
        ));
    }
    if !day.try_get::<_, bool>("wanted")? {
        return Ok(Rebuilt::Abandon(
            "daily summary not sent: its job never reached the queue, and the user turned \
             summaries off before the sweep",
        ));
    }
    let yesterday = count_yesterday(client, user_id, &timezone, today).await?;
    Ok(Rebuilt::Job(MailJob::DailySummary {
        outbound_email_id,
        to: recipient,
        day: today.pred_opt().unwrap_or(today),
        sends: yesterday.sends,
        replies: yesterday.replies,
        bounces: yesterday.bounces,
        paused: yesterday.paused,
    }))
}

/// Decides the summaries due at `now` (the hourly run passes the clock; tests pass a morning).
#[tracing::instrument(skip_all)]
pub async fn send_daily_summaries(
    state: &State,
    mail: &Mail,
    now: DateTime<Utc>,
) -> anyhow::Result<SummaryReport> {
    let mut client = state.pool.get().await?;
    let due = client
        .query(queries::DUE_SUMMARIES, &[&now])
        .await
        .context("Failed to find due summaries")?;
    let mut report = SummaryReport {
        due: due.len() as u64,
        ..SummaryReport::default()
    };
    for row in due {
        let user_id: Uuid = row.try_get("id").context("Failed to read a due user")?;
        let email: String = row.try_get("email").context("Failed to read a due user")?;
        let timezone: String = row
            .try_get("timezone")
            .context("Failed to read a due user")?;
        let today: NaiveDate = row
            .try_get("local_date")
            .context("Failed to read a due user")?;
        let tx = client.transaction().await?;
        // Another run decided it meanwhile: nothing to do.
        if tx
            .query_opt(queries::CLAIM_SUMMARY, &[&user_id, &today])
            .await?
            .is_none()
        {
            continue;
        }
        let yesterday = count_yesterday(&tx, user_id, &timezone, today).await?;
        if yesterday.is_quiet() {
            tx.commit().await?;
            report.quiet += 1;
            continue;
        }
        let outbound_email_id: Uuid = tx
            .query_one(queries::INSERT_SUMMARY_MAIL, &[&user_id, &email])
            .await
            .context("Failed to record the summary mail")?
            .try_get("id")?;
        tx.execute(
            queries::LINK_SUMMARY_MAIL,
            &[&user_id, &today, &outbound_email_id],
        )
        .await?;
        tx.commit().await?;
        let job = MailJob::DailySummary {
            outbound_email_id,
            to: email,
            day: today.pred_opt().unwrap_or(today),
            sends: yesterday.sends,
            replies: yesterday.replies,
            bounces: yesterday.bounces,
            paused: yesterday.paused,
        };
        // After the commit, as every producer does. A refused enqueue leaves the row `queued`
        // and is logged; the day stays decided, so tomorrow's summary is not doubled, and the
        // mail sweep rebuilds the job (`stranded_job`).
        match mail::enqueue(&mail.sqs, &mail.queue_url, &job).await {
            Ok(()) => report.sent += 1,
            Err(err) => tracing::error!(
                %outbound_email_id,
                error = format!("{err:#}"),
                "could not queue the daily summary"
            ),
        }
    }
    tracing::info!(?report, "daily summaries decided");
    Ok(report)
}
