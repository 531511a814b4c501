//! Verifies contacts queued by `POST /contacts/verify`: syntax, disposable domain, DNS mail
//! route (MX, A/AAAA fallback, null MX), role account; stores status and reason and records one
//! `verification` usage event per contact settled.
//!
//! Idempotent by construction: a contact is settled only while it is `pending` and still has the
//! address that was checked, in one statement that also records the usage event, so a repeated
//! message neither verifies twice nor counts twice.

pub mod classify;
pub mod dns;
mod queries;

use std::collections::HashMap;
use std::net::SocketAddr;

use aws_lambda_events::sqs::{SqsBatchResponse, SqsEvent};
use uuid::Uuid;

use contacts::queue::VerifyJob;
use shared::config::{self, ConfigError, DatabaseConfig};
use shared::db::{self, Pool};
use shared::email::EmailAddress;
use shared::worker::{Delivery, RetryQueue, WorkContext, WorkError, run_batch};

pub use classify::{MailDomains, MailRoute, Status, Verdict, verify};
pub use dns::Dns;

pub struct State {
    pub pool: Pool,
    pub sqs: aws_sdk_sqs::Client,
    pub queue_url: String,
    pub dns: Dns,
}

/// What this function reads from its environment, once per cold start.
#[derive(Debug, Clone)]
pub struct Config {
    pub database: DatabaseConfig,
    pub queue_url: String,
    /// `None` in AWS: the system resolver.
    pub dns_resolver: Option<SocketAddr>,
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Ok(Self {
            database: DatabaseConfig::from_env()?,
            queue_url: config::required("VERIFY_QUEUE_URL")?,
            dns_resolver: shared::dns::resolver_from_env()?,
        })
    }
}

impl State {
    /// The pool, clients and resolver, built once; `main` and the tests both build them here.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let aws = shared::aws::load();
        Ok(Self {
            pool: db::pool(&config.database)?,
            sqs: shared::aws::sqs(&aws),
            queue_url: config.queue_url,
            dns: Dns::new(config.dns_resolver)?,
        })
    }
}

pub async fn handle_batch(state: &State, event: SqsEvent) -> SqsBatchResponse {
    let retry_queue = RetryQueue {
        client: &state.sqs,
        queue_url: &state.queue_url,
    };
    run_batch(event, Some(retry_queue), |job: VerifyJob, delivery| {
        verify_job(state, job, delivery)
    })
    .await
}

/// One message: the pending contacts it names, each domain resolved once, each contact settled.
#[tracing::instrument(skip_all, fields(user_id = %job.user_id))]
pub async fn verify_job(state: &State, job: VerifyJob, _: Delivery) -> Result<(), WorkError> {
    let settled = settle(state, &job).await?;
    tracing::info!(settled, "contacts verified");
    Ok(())
}

/// Every failure here is the database's or the resolver's, so worth retrying.
async fn settle(state: &State, job: &VerifyJob) -> Result<u64, WorkError> {
    let client = state
        .pool
        .get()
        .await
        .transient("Failed to reach the database")?;
    let mut contacts: Vec<(Uuid, String)> = Vec::new();
    for row in client
        .query(queries::LOAD_NAMED, &[&job.user_id, &job.contact_ids])
        .await
        .transient("Failed to load the contacts")?
    {
        let status: String = row
            .try_get("verification_status")
            .transient("Failed to read a contact")?;
        if status == "pending" {
            contacts.push((
                row.try_get("id").transient("Failed to read a contact")?,
                row.try_get("email").transient("Failed to read a contact")?,
            ));
        }
    }

    // Resolve each domain once, all domains of the job concurrently: a timing-out domain costs
    // one timeout for the job, not one per contact.
    let mut verdicts: HashMap<&str, Verdict> = HashMap::new();
    let mut by_domain: HashMap<String, Vec<(&str, EmailAddress)>> = HashMap::new();
    for (_, email) in &contacts {
        match classify::precheck(email) {
            Err(verdict) => {
                verdicts.insert(email, verdict);
            }
            Ok(parsed) => by_domain
                .entry(parsed.domain().to_owned())
                .or_default()
                .push((email, parsed)),
        }
    }
    let routes = futures_util::future::join_all(
        by_domain
            .keys()
            .map(|domain| async move { (domain, state.dns.mail_route(domain).await) }),
    )
    .await;
    for (domain, route) in routes {
        for (email, parsed) in &by_domain[domain] {
            verdicts.insert(email, classify::conclude(parsed, &route));
        }
    }

    let mut settled = 0;
    for (id, email) in &contacts {
        let Some(verdict) = verdicts.get(email.as_str()) else {
            continue;
        };
        let status = verdict.status.as_str();
        settled += client
            .execute(
                queries::SETTLE,
                &[id, &job.user_id, &status, &verdict.reason, email],
            )
            .await
            .transient("Failed to settle a contact")?;
        tracing::info!(contact_id = %id, status, reason = %verdict.reason, "contact settled");
    }
    Ok(settled)
}
