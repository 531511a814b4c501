//! Scheduled work, three tasks on their own schedules (template.yaml gives each its input):
//!
//! - `clean_up`, hourly: deletes only what is already dead and fails resumes that never finished
//!   parsing, so running it twice, or concurrently, changes nothing the second time.
//! - `mail`, every minute: sends mail whose enqueue failed, and settles mail whose outcome at
//!   SES is unknown (see [`reconcile_mail`]).
//! - `rollup`, every 5 minutes: adds new campaign metric changes into the daily rollup (see
//!   [`roll_up`]); twice or concurrently, each change is added once.
//! - `daily_summary`, hourly: mails each user their morning summary of yesterday (see
//!   [`summaries`]), once per local day.

mod queries;
pub mod resumes;
pub mod summaries;

use anyhow::Context;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use uuid::Uuid;

use shared::auth;
use shared::config::{self, ConfigError, DatabaseConfig};
use shared::db::{self, Pool};
use shared::mail::{self, MailJob};

/// What a scheduled invocation asks for: the schedule's `Input`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(tag = "task", rename_all = "snake_case")]
pub enum Task {
    CleanUp,
    Mail,
    Rollup,
    DailySummary,
}

pub struct State {
    pub pool: Pool,
}

/// What this function reads from its environment, once per cold start.
#[derive(Debug, Clone)]
pub struct Config {
    pub database: DatabaseConfig,
    pub mail_queue_url: String,
    /// Where sign-in links in requeued mail point.
    pub app_base_url: String,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            database: DatabaseConfig::from_env()?,
            mail_queue_url: config::required("MAIL_QUEUE_URL")?,
            app_base_url: config::required("APP_BASE_URL")?,
        })
    }
}

impl State {
    /// The pool, built once; `main` and the tests both build the state here.
    pub fn build(config: &Config) -> anyhow::Result<Self> {
        Ok(Self {
            pool: db::pool(&config.database)?,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Report {
    pub login_tokens_deleted: u64,
    pub sessions_deleted: u64,
    pub resumes_failed: u64,
    /// Analytics ledger changes already rolled up.
    pub metric_changes_trimmed: u64,
}

#[tracing::instrument(skip_all)]
pub async fn run(state: &State) -> anyhow::Result<Report> {
    let client = state.pool.get().await?;
    let report = Report {
        login_tokens_deleted: client
            .execute(queries::DELETE_DEAD_LOGIN_TOKENS, &[])
            .await?,
        sessions_deleted: client.execute(queries::DELETE_DEAD_SESSIONS, &[]).await?,
        resumes_failed: resumes::fail_abandoned(&client).await?,
        metric_changes_trimmed: client.execute(queries::TRIM_ROLLED_UP_CHANGES, &[]).await?,
    };
    tracing::info!(?report, "maintenance finished");
    Ok(report)
}

/// What the mail task needs besides the database: where jobs go and how sign-in links look.
pub struct Mail {
    pub sqs: aws_sdk_sqs::Client,
    pub queue_url: String,
    pub app_base_url: String,
}

impl Mail {
    /// The queue client, built once.
    pub async fn build(config: &Config) -> Self {
        let aws = shared::aws::load();
        Self {
            sqs: shared::aws::sqs(&aws),
            queue_url: config.mail_queue_url.clone(),
            app_base_url: config.app_base_url.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct MailReport {
    /// `queued` rows whose job was put on the queue again.
    pub requeued: u64,
    /// `queued` rows marked failed: a sign-in whose request was used or expired before the
    /// sweep, a daily summary whose day had passed or that the user turned off.
    pub abandoned: u64,
    /// `sending` rows with no SES event 15 minutes after their claim, now `unknown`.
    pub marked_unknown: u64,
}

/// The mail task: re-enqueues what a failed enqueue left `queued`, and marks `unknown` what a
/// send of unknown outcome left `sending`. Never sends anything twice: a row is only ever
/// re-enqueued before its first claim.
#[tracing::instrument(skip_all)]
pub async fn reconcile_mail(state: &State, mail: &Mail) -> anyhow::Result<MailReport> {
    let client = state.pool.get().await?;
    let mut report = MailReport {
        marked_unknown: client.execute(queries::MARK_UNKNOWN, &[]).await?,
        ..MailReport::default()
    };
    if report.marked_unknown > 0 {
        tracing::error!(
            count = report.marked_unknown,
            "mail of unknown outcome at SES; not resent, check the SES account before resending"
        );
    }
    for row in client.query(queries::TAKE_UNENQUEUED, &[]).await? {
        let id: Uuid = row.try_get("id").context("Failed to read queued mail")?;
        let kind: String = row.try_get("kind").context("Failed to read queued mail")?;
        let recipient: String = row
            .try_get("recipient")
            .context("Failed to read queued mail")?;
        let login_token_id: Option<Uuid> = row
            .try_get("login_token_id")
            .context("Failed to read queued mail")?;
        let rebuilt = match (kind.as_str(), login_token_id) {
            ("magic_link", Some(token_id)) => {
                magic_link_job(&client, mail, id, recipient, token_id).await?
            }
            ("daily_summary", _) => summaries::stranded_job(&client, id, recipient).await?,
            // Any other kind is left `queued` and logged: its job may merely be late (a
            // backlog), and failing the row would lose it.
            _ => {
                tracing::error!(outbound_email_id = %id, %kind, "queued mail never claimed; the sweep cannot rebuild its job");
                continue;
            }
        };
        let job = match rebuilt {
            Rebuilt::Job(job) => job,
            Rebuilt::Abandon(reason) => {
                client.execute(queries::ABANDON, &[&id, &reason]).await?;
                tracing::warn!(outbound_email_id = %id, reason, "queued mail abandoned");
                report.abandoned += 1;
                continue;
            }
        };
        // The row is committed (autocommit) before its job is sent, as every producer does.
        match mail::enqueue(&mail.sqs, &mail.queue_url, &job).await {
            Ok(()) => {
                tracing::info!(outbound_email_id = %id, %kind, "queued mail enqueued again");
                report.requeued += 1;
            }
            Err(err) => tracing::warn!(
                outbound_email_id = %id,
                error = format!("{err:#}"),
                "enqueue failed again; the next sweep retries"
            ),
        }
    }
    tracing::info!(?report, "mail reconciled");
    Ok(report)
}

/// What the sweep makes of a `queued` row whose job never reached the queue.
enum Rebuilt {
    /// The job again, to enqueue.
    Job(MailJob),
    /// The mail can no longer be what it was for: the row is failed with this reason.
    Abandon(&'static str),
}

/// A sign-in link again. The queue message was the only place the original link's secret
/// existed, so the job carries a second token for the same request, while that is still open.
async fn magic_link_job(
    client: &db::Client,
    mail: &Mail,
    outbound_email_id: Uuid,
    recipient: String,
    token_id: Uuid,
) -> anyhow::Result<Rebuilt> {
    let issued = auth::issue(auth::LOGIN_TOKEN_PREFIX);
    let inserted = client
        .execute(
            queries::ISSUE_REPLACEMENT_TOKEN,
            &[&token_id, &issued.id, &issued.secret_hash],
        )
        .await?;
    if inserted == 0 {
        // Its link could not work any more: the user signed in another way, or gave up.
        return Ok(Rebuilt::Abandon(
            "sign-in link not sent: its job never reached the queue, and the request was used \
             or expired before the sweep",
        ));
    }
    Ok(Rebuilt::Job(MailJob::MagicLink {
        outbound_email_id,
        to: recipient,
        sign_in_url: auth::sign_in_url(&mail.app_base_url, &issued.token),
    }))
}

/// The CloudWatch Embedded Metric Format document of one mail run: printed as one line to
/// stdout, CloudWatch Logs turns it into the `RoleFerry` metrics the template's alarm watches.
pub fn metrics_document(report: &MailReport, function_name: &str, timestamp_ms: i64) -> Value {
    json!({
        "_aws": {
            "Timestamp": timestamp_ms,
            "CloudWatchMetrics": [{
                "Namespace": "RoleFerry",
                "Dimensions": [["FunctionName"]],
                "Metrics": [
                    {"Name": "UnknownOutcomeEmails", "Unit": "Count"},
                    {"Name": "RequeuedEmails", "Unit": "Count"},
                    {"Name": "AbandonedEmails", "Unit": "Count"}
                ]
            }]
        },
        "FunctionName": function_name,
        "UnknownOutcomeEmails": report.marked_unknown,
        "RequeuedEmails": report.requeued,
        "AbandonedEmails": report.abandoned,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RollupReport {
    /// Ledger changes (+1/-1 of one metric of one message) added into the daily rollup.
    pub changes_added: i64,
}

/// The rollup task: the work is the migration's `roll_up_campaign_metrics()`, which locks the
/// watermark, so two runs at once add each change once.
#[tracing::instrument(skip_all)]
pub async fn roll_up(state: &State) -> anyhow::Result<RollupReport> {
    let client = state.pool.get().await?;
    let row = client
        .query_one(queries::ROLL_UP_CAMPAIGN_METRICS, &[])
        .await
        .context("Failed to roll up campaign metrics")?;
    let report = RollupReport {
        changes_added: row
            .try_get("changes_added")
            .context("Failed to read the rollup's count")?,
    };
    tracing::info!(?report, "campaign metrics rolled up");
    Ok(report)
}

/// Runs one scheduled task and answers its report.
pub async fn run_task(
    state: &State,
    mail: &Mail,
    task: Task,
    function_name: &str,
) -> anyhow::Result<Value> {
    match task {
        Task::CleanUp => Ok(serde_json::to_value(run(state).await?)?),
        Task::Mail => {
            let report = reconcile_mail(state, mail).await?;
            let now = chrono::Utc::now().timestamp_millis();
            println!("{}", metrics_document(&report, function_name, now));
            serde_json::to_value(report).context("Failed to serialise the mail report")
        }
        Task::Rollup => Ok(serde_json::to_value(roll_up(state).await?)?),
        Task::DailySummary => Ok(serde_json::to_value(
            summaries::send_daily_summaries(state, mail, chrono::Utc::now()).await?,
        )?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tasks_are_read_from_the_schedule_input() {
        let task: Task = serde_json::from_str(r#"{"task": "mail"}"#).expect("mail");
        assert_eq!(task, Task::Mail);
        let task: Task = serde_json::from_str(r#"{"task": "clean_up"}"#).expect("clean up");
        assert_eq!(task, Task::CleanUp);
        let task: Task = serde_json::from_str(r#"{"task": "rollup"}"#).expect("rollup");
        assert_eq!(task, Task::Rollup);
        let task: Task =
            serde_json::from_str(r#"{"task": "daily_summary"}"#).expect("daily summary");
        assert_eq!(task, Task::DailySummary);
        assert!(serde_json::from_str::<Task>(r#"{"task": "other"}"#).is_err());
    }

    #[test]
    fn the_metrics_line_is_embedded_metric_format() {
        let report = MailReport {
            requeued: 2,
            abandoned: 0,
            marked_unknown: 1,
        };
        let document = metrics_document(&report, "roleferry-prod-Maintenance", 1_795_000_000_000);
        let directive = &document["_aws"]["CloudWatchMetrics"][0];
        assert_eq!(directive["Namespace"], "RoleFerry");
        assert_eq!(document["_aws"]["Timestamp"], 1_795_000_000_000_i64);
        // Every metric and dimension named in the directive is a member of the document.
        for metric in directive["Metrics"].as_array().expect("metrics") {
            let name = metric["Name"].as_str().expect("name");
            assert!(document[name].is_u64(), "{name}");
        }
        for dimension in directive["Dimensions"][0]
            .as_array()
            .expect("dimension set")
        {
            assert!(document[dimension.as_str().expect("name")].is_string());
        }
        assert_eq!(document["UnknownOutcomeEmails"], 1);
    }
}
