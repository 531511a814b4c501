//! Verifies contacts queued by `POST /contacts/verify`: syntax, disposable domain, DNS mail
//! route (MX, A/AAAA fallback, null MX), role account; stores status and reason and records one
//! `verification` usage event per contact settled.
//!
//! Idempotent by construction: a contact is settled only while it is `pending` and still has the
//! address that was checked, in one statement that also records the usage event, so a repeated
//! message neither verifies twice nor counts twice.

pub mod classify;
pub mod dns;

use std::collections::HashMap;
use std::net::SocketAddr;

use aws_lambda_events::sqs::{SqsBatchResponse, SqsEvent, SqsMessage};
use uuid::Uuid;

use contacts::queue::VerifyJob;
use shared::config::{self, ConfigError};
use shared::db::{self, Pool};
use shared::email::EmailAddress;
use shared::worker::{Outcome, RetryQueue, backoff, process_batch, receive_count};

pub use classify::{MailDomains, MailRoute, Status, Verdict, verify};
pub use dns::Dns;

pub struct State {
    pub pool: Pool,
    pub sqs: aws_sdk_sqs::Client,
    pub queue_url: String,
    pub dns: Dns,
}

impl State {
    pub async fn from_env() -> anyhow::Result<Self> {
        let database = config::DatabaseConfig::from_env()?;
        let queue_url = config::required("VERIFY_QUEUE_URL")?;
        let aws = shared::aws::load().await;
        Ok(Self {
            pool: db::pool(&database)?,
            sqs: shared::aws::sqs(&aws),
            queue_url,
            dns: Dns::new(resolver_from_env()?)?,
        })
    }
}

/// `DNS_RESOLVER` (`host:port`) when set, as locally; unset in AWS, where the system resolver is
/// right.
pub fn resolver_from_env() -> Result<Option<SocketAddr>, ConfigError> {
    config::optional("DNS_RESOLVER")
        .map(|raw| {
            raw.trim()
                .parse()
                .map_err(|err: std::net::AddrParseError| ConfigError::Invalid {
                    name: "DNS_RESOLVER",
                    reason: err.to_string(),
                })
        })
        .transpose()
}

pub async fn handle_batch(state: &State, event: SqsEvent) -> SqsBatchResponse {
    let retry_queue = RetryQueue {
        client: &state.sqs,
        queue_url: &state.queue_url,
    };
    process_batch(event, Some(retry_queue), |message| {
        verify_job(state, message)
    })
    .await
}

// The API enqueues just before committing the transaction that marks these contacts pending.
// FOR SHARE waits for that commit and then returns the rows as it left them; the status is
// checked after the lock, not in the WHERE clause, because Postgres tests the WHERE clause
// against the version it can already see (not yet pending) and would skip the row unlocked.
const LOAD_NAMED: &str = "\
    SELECT id, email::text AS email, verification_status FROM contacts \
    WHERE user_id = $1 AND id = ANY($2) FOR SHARE";

// Settles a contact and counts the verification in one statement: both or neither.
const SETTLE: &str = "\
    WITH settled AS ( \
      UPDATE contacts SET verification_status = $3, verification_reason = $4, \
        verification_checked_at = now(), updated_at = now() \
      WHERE id = $1 AND user_id = $2 AND verification_status = 'pending' AND email = $5 \
      RETURNING user_id) \
    INSERT INTO usage_events (user_id, kind) SELECT user_id, 'verification' FROM settled";

/// One message: the pending contacts it names, each domain resolved once, each contact settled.
#[tracing::instrument(skip_all)]
pub async fn verify_job(state: &State, message: SqsMessage) -> Outcome {
    let attempt = receive_count(&message);
    let job: VerifyJob = match message.body.as_deref().map(serde_json::from_str) {
        Some(Ok(job)) => job,
        Some(Err(err)) => {
            return Outcome::Poison {
                reason: format!("not a verify job: {err}"),
            };
        }
        None => {
            return Outcome::Poison {
                reason: "message has no body".into(),
            };
        }
    };
    match settle(state, &job).await {
        Ok(settled) => {
            tracing::info!(user_id = %job.user_id, settled, "contacts verified");
            Outcome::Done
        }
        Err(err) => Outcome::Retry {
            reason: format!("{err:#}"),
            after: backoff(attempt),
        },
    }
}

async fn settle(state: &State, job: &VerifyJob) -> anyhow::Result<u64> {
    let client = state.pool.get().await?;
    let mut contacts: Vec<(Uuid, String)> = Vec::new();
    for row in client
        .query(LOAD_NAMED, &[&job.user_id, &job.contact_ids])
        .await?
    {
        let status: String = row.try_get("verification_status")?;
        if status == "pending" {
            contacts.push((row.try_get("id")?, row.try_get("email")?));
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
            .execute(SETTLE, &[id, &job.user_id, &status, &verdict.reason, email])
            .await?;
        tracing::info!(contact_id = %id, status, reason = %verdict.reason, "contact settled");
    }
    Ok(settled)
}
