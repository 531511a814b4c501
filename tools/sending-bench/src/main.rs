//! The sending engine under load and under faults, against the running local stack (its
//! Postgres and AWS emulator; `scripts/bench-sending.sh` starts it and runs this in release).
//!
//! - `bench`: launch of N contacts, the scheduler tick that makes their N messages, and the send
//!   worker sending them to an SES stand-in that answers in 5 ms; each beside a reference run in
//!   the same process (a campaign create naming the same N contacts; a bulk insert of N rows;
//!   bare SDK `SendEmail` calls to the same stand-in at the same concurrency), so the numbers
//!   read as ratios on a drifting machine.
//! - `chaos`: N enrollments through the scheduler, a queue with a short visibility timeout
//!   (duplicate deliveries), worker processes killed mid-batch, and an SES that throttles and
//!   drops answers; then every message is counted at the emulator's SES.

mod fixture;
mod ses;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use anyhow::Context;
use aws_lambda_events::sqs::SqsEvent;
use aws_sdk_sesv2::primitives::Blob;
use aws_sdk_sesv2::types::{Destination, EmailContent, RawMessage};
use clap::{Parser, Subcommand};
use serde_json::{Value, json};
use uuid::Uuid;

use shared::config::{self, DatabaseConfig};
use shared::db::{self, Pool};

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Launch, tick and send benchmarks.
    Bench {
        #[arg(long, default_value_t = 10_000)]
        contacts: i32,
        /// The SES stand-in's answer time.
        #[arg(long, default_value_t = 5)]
        ses_latency_ms: u64,
    },
    /// The chaos run.
    Chaos {
        #[arg(long, default_value_t = 10_000)]
        contacts: i32,
        #[arg(long, default_value_t = 2)]
        workers: usize,
        /// How many times a worker is killed mid-batch.
        #[arg(long, default_value_t = 8)]
        kills: usize,
        #[arg(long, default_value_t = 30)]
        throttle_per_mille: u32,
        #[arg(long, default_value_t = 5)]
        drop_per_mille: u32,
        /// How many enrollments come due each second (0: all at once). The emulator serves
        /// SQS and SES from one Python thread whose every queue operation slows with the queue's
        /// length, so a run of 10,000 feeds it at about the rate it sends.
        #[arg(long, default_value_t = 8.0)]
        due_per_second: f64,
    },
    /// One send-worker process of the chaos run: polls the queue as Lambda's event source does.
    ChaosWorker {
        #[arg(long)]
        queue_url: String,
        #[arg(long)]
        ses_endpoint: String,
        #[arg(long)]
        database_url: String,
    },
    /// The benchmark's SES stand-in: prints its address, then answers until killed.
    SesStandIn {
        #[arg(long)]
        latency_ms: u64,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Bench {
            contacts,
            ses_latency_ms,
        } => bench(contacts, Duration::from_millis(ses_latency_ms)).await,
        Command::Chaos {
            contacts,
            workers,
            kills,
            throttle_per_mille,
            drop_per_mille,
            due_per_second,
        } => {
            let faults = Faults {
                workers,
                kills,
                throttle_per_mille,
                drop_per_mille,
            };
            chaos(contacts, due_per_second, faults).await
        }
        Command::ChaosWorker {
            queue_url,
            ses_endpoint,
            database_url,
        } => chaos_worker(queue_url, ses_endpoint, database_url).await,
        Command::SesStandIn { latency_ms } => ses_stand_in(Duration::from_millis(latency_ms)).await,
    }
}

/// A fresh, migrated database on the stack's Postgres, so the stack's own scheduler (which
/// ticks every active campaign of its database) never touches what a run measures.
async fn fresh_database() -> anyhow::Result<DatabaseConfig> {
    let admin_url = config::required("DATABASE_URL")?;
    let admin = db::pool(&DatabaseConfig {
        url: admin_url.clone(),
        max_connections: 1,
    })?;
    let name = format!("bench_{}", Uuid::new_v4().simple());
    // Identifiers cannot be bound as parameters; the name is generated here, not input.
    admin
        .get()
        .await?
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await?;
    let (base, _) = admin_url
        .rsplit_once('/')
        .context("DATABASE_URL has no database name")?;
    let database = DatabaseConfig {
        url: format!("{base}/{name}"),
        max_connections: 10,
    };
    db::migrate(&db::pool(&database)?).await?;
    Ok(database)
}

fn token_key() -> anyhow::Result<sending::tokens::TokenKey> {
    Ok(sending::links::token_key_from_env()?)
}

/// A fresh queue on the emulator, with a dead-letter queue after `max_receives`.
async fn fresh_queue(
    sqs: &aws_sdk_sqs::Client,
    visibility_seconds: u32,
    max_receives: u32,
) -> anyhow::Result<String> {
    use aws_sdk_sqs::types::QueueAttributeName;
    let label = Uuid::new_v4().simple().to_string();
    let dlq = sqs
        .create_queue()
        .queue_name(format!("bench-dlq-{label}"))
        .send()
        .await?;
    let dlq_arn = sqs
        .get_queue_attributes()
        .queue_url(dlq.queue_url().unwrap_or_default())
        .attribute_names(QueueAttributeName::QueueArn)
        .send()
        .await?
        .attributes()
        .and_then(|attributes| attributes.get(&QueueAttributeName::QueueArn).cloned())
        .context("no DLQ ARN")?;
    let queue = sqs
        .create_queue()
        .queue_name(format!("bench-{label}"))
        .attributes(
            QueueAttributeName::VisibilityTimeout,
            visibility_seconds.to_string(),
        )
        .attributes(
            QueueAttributeName::RedrivePolicy,
            json!({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": max_receives}).to_string(),
        )
        .send()
        .await?;
    Ok(queue.queue_url().unwrap_or_default().to_owned())
}

/// CPU this process has used (user + system).
fn cpu_time() -> Duration {
    // SAFETY: getrusage only writes the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: RUSAGE_SELF with a valid pointer; on failure the zeroed struct reads 0.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    let time = |t: libc::timeval| {
        Duration::from_secs(u64::try_from(t.tv_sec).unwrap_or(0))
            + Duration::from_micros(u64::try_from(t.tv_usec).unwrap_or(0))
    };
    time(usage.ru_utime) + time(usage.ru_stime)
}

/// An API Gateway v2 event, as the function receives it behind the HTTP API.
fn gateway_event(method: &str, path: &str, token: &str, body: Option<String>) -> Value {
    json!({
        "version": "2.0", "routeKey": "$default", "rawPath": path, "rawQueryString": "",
        "headers": {"content-type": "application/json", "authorization": format!("Bearer {token}")},
        "requestContext": {
            "accountId": "123456789012", "apiId": "bench", "domainName": "127.0.0.1",
            "domainPrefix": "bench", "requestId": Uuid::new_v4().to_string(),
            "routeKey": "$default", "stage": "$default", "time": "26/Nov/2026:00:00:00 +0000",
            "timeEpoch": 1_795_000_000_000_i64,
            "http": {"method": method, "path": path, "protocol": "HTTP/1.1",
                     "sourceIp": "203.0.113.7", "userAgent": "sending-bench"}
        },
        "body": body, "isBase64Encoded": false
    })
}

async fn call(router: &axum::Router, event: Value) -> anyhow::Result<(u16, Value)> {
    let request = lambda_http::request::from_str(&event.to_string())?;
    let response = shared::web::invoke(router, request).await;
    let status = response.status().as_u16();
    let body = match response.body() {
        lambda_http::Body::Text(text) => serde_json::from_str(text).unwrap_or(Value::Null),
        _ => Value::Null,
    };
    Ok((status, body))
}

struct Timed {
    wall: Duration,
    cpu: Duration,
}

async fn timed<T>(
    work: impl std::future::Future<Output = anyhow::Result<T>>,
) -> anyhow::Result<(T, Timed)> {
    let (started, cpu) = (Instant::now(), cpu_time());
    let value = work.await?;
    Ok((
        value,
        Timed {
            wall: started.elapsed(),
            cpu: cpu_time().saturating_sub(cpu),
        },
    ))
}

fn row(name: &str, count: i32, measured: &Timed, reference: &Timed, unit: &str) {
    let count = f64::from(count);
    println!(
        "| {name} | {:.3} s | {:.0} {unit}/s | {:.1} µs | {:.3} s | {:.2}× |",
        measured.wall.as_secs_f64(),
        count / measured.wall.as_secs_f64(),
        measured.cpu.as_secs_f64() * 1e6 / count,
        reference.wall.as_secs_f64(),
        measured.wall.as_secs_f64() / reference.wall.as_secs_f64(),
    );
}

// A floor for making N message rows: the same number of rows written in one statement.
const REFERENCE_INSERT: &str = "\
    CREATE TEMP TABLE IF NOT EXISTS bench_rows (id uuid, subject text, body text); \
    INSERT INTO bench_rows SELECT gen_random_uuid(), 'Staff Engineer, an idea', \
        repeat('x', 200) FROM generate_series(1, 10000)";

async fn bench(contacts: i32, ses_latency: Duration) -> anyhow::Result<()> {
    let aws = shared::aws::load();
    let sqs = shared::aws::sqs(&aws);
    let database = fresh_database().await?;
    let pool = db::pool(&database)?;
    let seeded = fixture::seed(&pool, contacts, "example.test").await?;
    let queue_url = fresh_queue(&sqs, 30, 5).await?;
    let mut api_config = shared::web::ApiConfig::from_env()?;
    api_config.database = database.clone();
    let api = api_sending::AppState::build(api_sending::Config {
        api: api_config,
        app_base_url: config::required("APP_BASE_URL")?,
        mail_queue_url: queue_url.clone(),
        verify_queue_url: queue_url.clone(),
        mail_domain: "mail.roleferry.test".into(),
        token_key: token_key()?,
        dns_resolver: shared::dns::resolver_from_env()?,
    })
    .await?;
    let (router, _) = api_sending::app(Arc::new(api));
    let campaign = json!({
        "name": "bench", "sequence_template_id": seeded.template_id,
        "sender_id": seeded.sender_id, "application_id": seeded.application_id,
        "contact_ids": seeded.contact_ids,
        "schedule": {"timezone": "UTC", "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                     "start_hour": 0, "end_hour": 24},
    })
    .to_string();
    let token = seeded.session_token.as_str();
    println!("## Sending engine, {contacts} contacts\n");
    println!("| what | time | rate | own CPU per item | reference | ratio |");
    println!("|---|---:|---:|---:|---:|---:|");

    // Launch, beside creating the campaign that names the same contacts (the same body, the
    // same ownership check of every id).
    let ((status, created), create_time) = timed(call(
        &router,
        gateway_event("POST", "/campaigns", token, Some(campaign)),
    ))
    .await?;
    anyhow::ensure!(status == 201, "create: {status} {created}");
    let campaign_id = created["id"].as_str().context("campaign id")?.to_owned();
    let launch_path = format!("/campaigns/{campaign_id}/launch");
    let ((status, launched), launch_time) = timed(call(
        &router,
        gateway_event("POST", &launch_path, token, None),
    ))
    .await?;
    anyhow::ensure!(status == 202, "launch: {status} {launched}");
    anyhow::ensure!(
        launched["enrolled"] == contacts,
        "launch enrolled {launched}"
    );
    row(
        "launch (reference: create naming them)",
        contacts,
        &launch_time,
        &create_time,
        "contacts",
    );

    // The tick that makes every message. Its sender leaves a second between two sends, so the
    // 10,000 slots spread over hours and only the first 15 minutes' worth go on the queue, as
    // in a real campaign (the emulator's SQS takes ~100 ms a batch and would be most of the
    // time otherwise). Reference: one bulk insert of as many rows, plus bare SendMessageBatch
    // calls for as many messages as the tick enqueued, to the same emulator.
    let client = pool.get().await?;
    client
        .execute(
            "UPDATE senders SET min_gap_seconds = 1 WHERE id = $1",
            &[&seeded.sender_id],
        )
        .await?;
    let scheduler = scheduler::State {
        pool: pool.clone(),
        sqs: sqs.clone(),
        mail_queue_url: queue_url.clone(),
        app_base_url: config::required("APP_BASE_URL")?,
        token_key: token_key()?,
        pacing_speedup: 1.0,
    };
    let (report, tick_time) = timed(scheduler::tick(&scheduler, chrono::Utc::now())).await?;
    anyhow::ensure!(
        report.messages_made == u64::try_from(contacts)?,
        "tick made {report:?}"
    );
    let reference_queue = fresh_queue(&sqs, 30, 5).await?;
    let ((), reference_time) = timed(async {
        client.batch_execute(REFERENCE_INSERT).await?;
        bare_enqueue(&sqs, &reference_queue, report.enqueued).await
    })
    .await?;
    row(
        &format!(
            "scheduler tick, {} enqueued (reference: bulk insert + bare enqueue)",
            report.enqueued
        ),
        contacts,
        &tick_time,
        &reference_time,
        "messages",
    );

    // The send worker against the stand-in, beside bare SDK calls to it at the same
    // concurrency. The stand-in runs in its own process, so CPU here is the worker's.
    let standin = std::process::Command::new(std::env::current_exe()?)
        .args([
            "ses-stand-in",
            "--latency-ms",
            &ses_latency.as_millis().to_string(),
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()?;
    let (mut standin, endpoint) = standin_endpoint(standin)?;
    let ses_config = aws_sdk_sesv2::config::Builder::from(&aws)
        .endpoint_url(&endpoint)
        .retry_config(aws_sdk_sesv2::config::retry::RetryConfig::disabled())
        .build();
    let ses = aws_sdk_sesv2::Client::from_conf(ses_config);
    let in_flight = 10;
    let bare = timed(async {
        let calls = futures_calls(&ses, contacts, in_flight);
        calls.await
    })
    .await?
    .1;
    let worker = mail_worker::State {
        pool: pool.clone(),
        ses,
        sqs: sqs.clone(),
        queue_url: queue_url.clone(),
        mail_from: "no-reply@mail.roleferry.test".into(),
        configuration_set: "bench".into(),
        tracking_configuration_set: "bench".into(),
        token_key: token_key()?,
        app_base_url: config::required("APP_BASE_URL")?,
        inbound_mail_domain: "in.roleferry.test".into(),
        region: "us-east-1".into(),
    };
    let ids: Vec<Uuid> = client
        .query(
            "SELECT id FROM outbound_emails WHERE campaign_id = $1::uuid",
            &[&Uuid::parse_str(&campaign_id)?],
        )
        .await?
        .iter()
        .map(|row| row.get(0))
        .collect();
    let (sent, send_time) = timed(async {
        let mut failures = 0;
        for chunk in ids.chunks(WORKER_BATCH) {
            let response = mail_worker::handle_batch(&worker, sqs_event(chunk)?).await;
            failures += response.batch_item_failures.len();
        }
        anyhow::ensure!(failures == 0, "{failures} sends failed");
        Ok(ids.len())
    })
    .await?;
    row(
        "send worker, one instance (reference: bare SendEmail calls)",
        i32::try_from(sent)?,
        &send_time,
        &bare,
        "sends",
    );
    standin.kill()?;
    Ok(())
}

/// Messages per batch the worker gets, as template.yaml's `BatchSize` for the mail queue.
const WORKER_BATCH: usize = 100;

/// `count` messages put on `queue_url` ten per `SendMessageBatch`, as the scheduler does.
async fn bare_enqueue(
    sqs: &aws_sdk_sqs::Client,
    queue_url: &str,
    count: u64,
) -> anyhow::Result<()> {
    use aws_sdk_sqs::types::SendMessageBatchRequestEntry;
    let mut left = count;
    while left > 0 {
        let size = left.min(10);
        let entries = (0..size)
            .map(|index| {
                let body = json!({"kind": "campaign", "outbound_email_id": Uuid::new_v4()});
                SendMessageBatchRequestEntry::builder()
                    .id(index.to_string())
                    .message_body(body.to_string())
                    .build()
            })
            .collect::<Result<Vec<_>, _>>()?;
        sqs.send_message_batch()
            .queue_url(queue_url)
            .set_entries(Some(entries))
            .send()
            .await?;
        left -= size;
    }
    Ok(())
}

/// `count` bare `SendEmail` calls, `in_flight` at a time.
async fn futures_calls(
    ses: &aws_sdk_sesv2::Client,
    count: i32,
    in_flight: usize,
) -> anyhow::Result<()> {
    let semaphore = Arc::new(tokio::sync::Semaphore::new(in_flight));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..count {
        let permit = semaphore.clone().acquire_owned().await?;
        let ses = ses.clone();
        tasks.spawn(async move {
            let raw = RawMessage::builder()
                .data(Blob::new(b"Subject: x\r\n\r\nbody".to_vec()))
                .build()?;
            ses.send_email()
                .from_email_address("grace@example.test")
                .destination(
                    Destination::builder()
                        .to_addresses("ada@example.test")
                        .build(),
                )
                .content(EmailContent::builder().raw(raw).build())
                .send()
                .await?;
            drop(permit);
            anyhow::Ok(())
        });
    }
    while let Some(result) = tasks.join_next().await {
        result??;
    }
    Ok(())
}

/// The SQS event Lambda would deliver for these campaign messages.
fn sqs_event(ids: &[Uuid]) -> anyhow::Result<SqsEvent> {
    let records: Vec<Value> = ids
        .iter()
        .map(|id| {
            json!({
                "messageId": Uuid::new_v4().to_string(),
                "receiptHandle": "bench",
                "body": json!({"kind": "campaign", "outbound_email_id": id}).to_string(),
                "attributes": {"ApproximateReceiveCount": "1"},
                "messageAttributes": {},
                "eventSource": "aws:sqs",
            })
        })
        .collect();
    Ok(serde_json::from_value(json!({"Records": records}))?)
}

/// The stand-in child prints its address on its first line.
fn standin_endpoint(
    mut child: std::process::Child,
) -> anyhow::Result<(std::process::Child, String)> {
    use std::io::BufRead;
    let stdout = child.stdout.take().context("stand-in stdout")?;
    let mut line = String::new();
    std::io::BufReader::new(stdout).read_line(&mut line)?;
    Ok((child, line.trim().to_owned()))
}

/// The benchmark's SES stand-in, in a process of its own so its CPU is not the worker's.
async fn ses_stand_in(latency: Duration) -> anyhow::Result<()> {
    let address = ses::serve(
        ses::Mode::Answer { latency },
        Arc::new(ses::Counters::default()),
    )
    .await?;
    println!("http://{address}");
    std::future::pending::<()>().await;
    Ok(())
}

async fn chaos_worker(
    queue_url: String,
    ses_endpoint: String,
    database_url: String,
) -> anyhow::Result<()> {
    let aws = shared::aws::load();
    let sqs = shared::aws::sqs(&aws);
    let ses_config = aws_sdk_sesv2::config::Builder::from(&aws)
        .endpoint_url(&ses_endpoint)
        .retry_config(aws_sdk_sesv2::config::retry::RetryConfig::disabled())
        .build();
    let worker = mail_worker::State {
        pool: db::pool(&DatabaseConfig {
            url: database_url,
            max_connections: 10,
        })?,
        ses: aws_sdk_sesv2::Client::from_conf(ses_config),
        sqs: sqs.clone(),
        queue_url: queue_url.clone(),
        mail_from: "no-reply@mail.roleferry.test".into(),
        configuration_set: config::required("SES_TRANSACTIONAL_CONFIGURATION_SET")?,
        tracking_configuration_set: config::required("SES_CONFIGURATION_SET")?,
        token_key: token_key()?,
        app_base_url: config::required("APP_BASE_URL")?,
        inbound_mail_domain: "in.roleferry.test".into(),
        region: "us-east-1".into(),
    };
    loop {
        let received = sqs
            .receive_message()
            .queue_url(&queue_url)
            .max_number_of_messages(10)
            .wait_time_seconds(1)
            .message_system_attribute_names(aws_sdk_sqs::types::MessageSystemAttributeName::All)
            .send()
            .await?;
        if received.messages().is_empty() {
            continue;
        }
        let records: Vec<Value> = received
            .messages()
            .iter()
            .map(|message| {
                let attributes: HashMap<String, String> = message
                    .attributes()
                    .map(|map| {
                        map.iter()
                            .map(|(k, v)| (k.as_str().to_owned(), v.clone()))
                            .collect()
                    })
                    .unwrap_or_default();
                json!({"messageId": message.message_id(), "receiptHandle": message.receipt_handle(),
                       "body": message.body(), "attributes": attributes, "messageAttributes": {},
                       "eventSource": "aws:sqs"})
            })
            .collect();
        let event: SqsEvent = serde_json::from_value(json!({"Records": records}))?;
        let response = mail_worker::handle_batch(&worker, event).await;
        // As the event source mapping does: delete what did not fail.
        for message in received.messages() {
            let failed = response
                .batch_item_failures
                .iter()
                .any(|failure| Some(failure.item_identifier.as_str()) == message.message_id());
            if !failed && let Some(handle) = message.receipt_handle() {
                let _ = sqs
                    .delete_message()
                    .queue_url(&queue_url)
                    .receipt_handle(handle)
                    .send()
                    .await;
            }
        }
    }
}

// Rows of one campaign by how they ended.
const OUTCOMES: &str = "\
    SELECT status, (failure_reason IS NOT NULL) AS has_reason, count(*) AS n \
    FROM outbound_emails WHERE campaign_id = $1 GROUP BY 1, 2 ORDER BY 1, 2";
const ENROLLMENT_OUTCOMES: &str = "\
    SELECT e.status, count(*) AS n, count(*) FILTER (WHERE NOT EXISTS ( \
        SELECT 1 FROM outbound_emails o WHERE o.enrollment_id = e.id)) AS without_message \
    FROM enrollments e WHERE e.campaign_id = $1 GROUP BY 1 ORDER BY 1";
const PENDING: &str = "\
    SELECT count(*) FILTER (WHERE o.status = 'queued') AS queued, \
           (SELECT count(*) FROM enrollments e WHERE e.campaign_id = $1 AND e.status = 'active' \
              AND e.awaiting_email_id IS NULL) AS unscheduled \
    FROM outbound_emails o WHERE o.campaign_id = $1";
const CAMPAIGN_ROWS: &str = "SELECT id, status FROM outbound_emails WHERE campaign_id = $1";
const ACTIVATE: &str = "\
    WITH c AS (INSERT INTO campaigns (user_id, name, sequence_template_id, sender_id, \
                   application_id, contact_ids, timezone, days, start_hour, end_hour, status, \
                   launched_at) \
               VALUES ($1, 'chaos', $2, $3, $4, $5, 'UTC', \
                       '{mon,tue,wed,thu,fri,sat,sun}', 0, 24, 'active', now()) RETURNING id), \
         s AS (INSERT INTO campaign_steps (campaign_id, position, delay_minutes, subject, body) \
               SELECT c.id, st.position, st.delay_minutes, st.subject, st.body \
               FROM c, sequence_steps st WHERE st.template_id = $2), \
         e AS (INSERT INTO enrollments (user_id, campaign_id, contact_id, next_due_at) \
               SELECT $1, c.id, contact_id, now() + make_interval(secs => (n - 1) / $6::float8) \
               FROM c, unnest($5::uuid[]) WITH ORDINALITY AS u(contact_id, n)) \
    SELECT id FROM c";

/// What goes wrong during a chaos run.
struct Faults {
    workers: usize,
    /// How many times a worker process is SIGKILLed, spread over the run.
    kills: usize,
    throttle_per_mille: u32,
    drop_per_mille: u32,
}

async fn chaos(contacts: i32, due_per_second: f64, faults: Faults) -> anyhow::Result<()> {
    let Faults {
        workers,
        kills,
        throttle_per_mille,
        drop_per_mille,
    } = faults;
    // Postgres divides by infinity to zero: everything due at once.
    let due_per_second = if due_per_second > 0.0 {
        due_per_second
    } else {
        f64::INFINITY
    };
    // The last enrollment comes due this long after launch; kills are spread over it.
    let feeding = Duration::from_secs_f64((f64::from(contacts) / due_per_second).min(86_400.0));
    let kill_every = (feeding / u32::try_from(kills.max(1))?).max(Duration::from_secs(3));
    let settle_limit = feeding + Duration::from_secs(1800);
    let aws = shared::aws::load();
    let sqs = shared::aws::sqs(&aws);
    let database = fresh_database().await?;
    let pool: Pool = db::pool(&database)?;
    let seeded = fixture::seed(&pool, contacts, "example.test").await?;
    // Five seconds of visibility: a batch that takes longer is delivered again meanwhile.
    let queue_url = fresh_queue(&sqs, 5, 20).await?;
    let client = pool.get().await?;
    let campaign_id: Uuid = client
        .query_one(
            ACTIVATE,
            &[
                &seeded.user_id,
                &seeded.template_id,
                &seeded.sender_id,
                &seeded.application_id,
                &seeded.contact_ids,
                &due_per_second,
            ],
        )
        .await?
        .get(0);
    let endpoint = config::required("AWS_ENDPOINT_URL")?;
    let counters = Arc::new(ses::Counters::default());
    let faulty = ses::serve(
        ses::Mode::Faulty {
            upstream: endpoint.clone(),
            throttle_per_mille,
            drop_per_mille,
        },
        counters.clone(),
    )
    .await?;
    let spawn = || -> anyhow::Result<std::process::Child> {
        Ok(std::process::Command::new(std::env::current_exe()?)
            .args([
                "chaos-worker",
                "--queue-url",
                &queue_url,
                "--ses-endpoint",
                &format!("http://{faulty}"),
                "--database-url",
                &database.url,
            ])
            .env("RUST_LOG", "error")
            .spawn()?)
    };
    let mut running: Vec<std::process::Child> =
        (0..workers).map(|_| spawn()).collect::<Result<_, _>>()?;
    let scheduler = scheduler::State {
        pool: pool.clone(),
        sqs: sqs.clone(),
        mail_queue_url: queue_url.clone(),
        app_base_url: config::required("APP_BASE_URL")?,
        token_key: token_key()?,
        pacing_speedup: 1.0,
    };
    let started = Instant::now();
    let mut killed = 0;
    let mut quiet_since: Option<Instant> = None;
    loop {
        scheduler::tick(&scheduler, chrono::Utc::now()).await?;
        if killed < kills
            && started.elapsed() > Duration::from_secs(2) + kill_every * u32::try_from(killed)?
        {
            // SIGKILL, mid-batch whenever it is busy: nothing of it gets to clean up.
            let victim = killed % running.len();
            running[victim].kill()?;
            running[victim].wait()?;
            running[victim] = spawn()?;
            killed += 1;
        }
        let pending = client.query_one(PENDING, &[&campaign_id]).await?;
        let (queued, unscheduled): (i64, i64) = (pending.get("queued"), pending.get("unscheduled"));
        if queued == 0 && unscheduled == 0 && killed >= kills {
            let since = *quiet_since.get_or_insert_with(Instant::now);
            if since.elapsed() > Duration::from_secs(10) {
                break;
            }
        } else {
            quiet_since = None;
        }
        anyhow::ensure!(
            started.elapsed() < settle_limit,
            "not settled after {} s: {queued} queued, {unscheduled} unscheduled",
            settle_limit.as_secs()
        );
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    for mut worker in running {
        worker.kill()?;
        let _ = worker.wait();
    }
    let elapsed = started.elapsed();

    // Every copy the emulator's SES accepted, by the message row its tags name.
    let data: Value = reqwest_get(&format!("{endpoint}/moto-api/data.json")).await?;
    let mut copies: HashMap<Uuid, usize> = HashMap::new();
    let mut ses_ids: HashMap<Uuid, String> = HashMap::new();
    for message in data["ses"]["RawMessage"].as_array().into_iter().flatten() {
        let raw = message["raw_data"].as_str().unwrap_or_default();
        if let Some(id) = tagged_id(raw) {
            *copies.entry(id).or_default() += 1;
            if let Some(ses_id) = message["id"].as_str() {
                ses_ids.insert(id, ses_id.to_owned());
            }
        }
    }
    let reconciled = settle_unknown_outcomes(&pool, &database, &ses_ids).await?;
    // The next tick moves the enrollments of rows settled just now on (here: completes them).
    scheduler::tick(&scheduler, chrono::Utc::now()).await?;
    let rows = client.query(CAMPAIGN_ROWS, &[&campaign_id]).await?;
    let mut duplicates = 0;
    let mut sent_without_copy = 0;
    for row in &rows {
        let id: Uuid = row.get("id");
        let status: String = row.get("status");
        let count = copies.get(&id).copied().unwrap_or(0);
        if count > 1 {
            duplicates += 1;
        }
        if status == "sent" && count == 0 {
            sent_without_copy += 1;
        }
    }
    println!("## Chaos run: {contacts} enrollments\n");
    println!(
        "{workers} worker processes, killed {killed} times; enrollments due at {due_per_second} \
         a second; visibility timeout 5 s; SES throttled {} and dropped {} answers of {} \
         requests; settled in {:.0} s.\n",
        counters.throttled.load(Ordering::Relaxed),
        counters.dropped.load(Ordering::Relaxed),
        counters.requests.load(Ordering::Relaxed),
        elapsed.as_secs_f64()
    );
    println!(
        "Rows left `sending` (a worker killed between claim and record, or an answer dropped): \
         {} had a copy at SES and were settled `sent` by SES's Send event, {} had none and were \
         marked `unknown` by the maintenance sweep once 15 minutes had passed.\n",
        reconciled.by_send_event, reconciled.marked_unknown
    );
    println!("| message status | with a reason | rows |\n|---|---|---:|");
    for row in client.query(OUTCOMES, &[&campaign_id]).await? {
        let status: String = row.get("status");
        let reason: bool = row.get("has_reason");
        let n: i64 = row.get("n");
        println!("| {status} | {reason} | {n} |");
    }
    println!("\n| enrollment status | rows | without a message |\n|---|---:|---:|");
    for row in client.query(ENROLLMENT_OUTCOMES, &[&campaign_id]).await? {
        let status: String = row.get("status");
        let n: i64 = row.get("n");
        let without: i64 = row.get("without_message");
        println!("| {status} | {n} | {without} |");
    }
    let accepted: usize = copies
        .iter()
        .filter(|(id, _)| rows.iter().any(|row| row.get::<_, Uuid>("id") == **id))
        .map(|(_, n)| *n)
        .sum();
    println!(
        "\nSES accepted {accepted} copies for {} rows: {duplicates} rows sent twice or more, \
         {sent_without_copy} rows `sent` with no copy at SES.",
        rows.len()
    );
    anyhow::ensure!(duplicates == 0, "{duplicates} messages were sent twice");
    anyhow::ensure!(
        sent_without_copy == 0,
        "{sent_without_copy} sent rows have no copy"
    );
    anyhow::ensure!(
        rows.len() == usize::try_from(contacts)?,
        "{} rows for {contacts} enrollments",
        rows.len()
    );
    Ok(())
}

struct Settled {
    by_send_event: usize,
    marked_unknown: u64,
}

const LEFT_SENDING: &str = "SELECT id FROM outbound_emails WHERE status = 'sending'";
// The 15 minutes the sweep waits, passed: claims are moved back in time, nothing else.
const AGE_CLAIMS: &str = "\
    UPDATE outbound_emails SET claimed_at = claimed_at - interval '16 minutes' \
    WHERE status = 'sending'";

/// What AWS does after the run for rows a worker could not settle: SES publishes a `Send`
/// event for every message it accepted (ses-events records it as sent), and after 15 minutes
/// without one the maintenance sweep marks the row `unknown`, never resending it.
async fn settle_unknown_outcomes(
    pool: &Pool,
    database: &DatabaseConfig,
    ses_ids: &HashMap<Uuid, String>,
) -> anyhow::Result<Settled> {
    let topic = "arn:aws:sns:us-east-1:123456789012:chaos";
    let events = ses_events::State {
        pool: pool.clone(),
        topic_arn: topic.to_owned(),
        sqs: shared::aws::sqs(&shared::aws::load()),
        mail_queue_url: String::new(),
    };
    let client = pool.get().await?;
    let mut by_send_event = 0;
    for row in client.query(LEFT_SENDING, &[]).await? {
        let id: Uuid = row.get(0);
        let Some(ses_id) = ses_ids.get(&id) else {
            continue;
        };
        let now = chrono::Utc::now().to_rfc3339();
        let message = json!({
            "eventType": "Send",
            "mail": {"timestamp": now, "messageId": ses_id, "source": "grace@example.test",
                     "destination": [], "tags": {"outbound_email_id": [id.to_string()]}},
            "send": {},
        });
        let record = json!({"Records": [{"EventSource": "aws:sns", "EventVersion": "1.0",
            "EventSubscriptionArn": format!("{topic}:chaos"),
            "Sns": {"Type": "Notification", "MessageId": Uuid::new_v4().to_string(),
                    "TopicArn": topic, "Subject": null, "Message": message.to_string(),
                    "Timestamp": now, "SignatureVersion": "1", "Signature": "",
                    "SigningCertUrl": "", "UnsubscribeUrl": "", "MessageAttributes": {}}}]});
        ses_events::handle(&events, record)
            .await
            .map_err(|err| anyhow::anyhow!("{err}"))?;
        by_send_event += 1;
    }
    client.execute(AGE_CLAIMS, &[]).await?;
    let maintenance = maintenance::State {
        pool: db::pool(database)?,
    };
    let mail = maintenance::Mail::build(&maintenance::Config {
        database: database.clone(),
        mail_queue_url: String::new(),
        app_base_url: String::new(),
    })
    .await;
    let report = maintenance::reconcile_mail(&maintenance, &mail).await?;
    Ok(Settled {
        by_send_event,
        marked_unknown: report.marked_unknown,
    })
}

/// The `outbound_email_id` of our `X-SES-MESSAGE-TAGS` header in a raw message.
fn tagged_id(raw: &str) -> Option<Uuid> {
    let start = raw.find("outbound_email_id=")? + "outbound_email_id=".len();
    Uuid::parse_str(raw.get(start..start + 36)?).ok()
}

async fn reqwest_get(url: &str) -> anyhow::Result<Value> {
    use http_body_util::BodyExt;
    let client: hyper_util::client::legacy::Client<_, http_body_util::Empty<bytes::Bytes>> =
        hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .build_http();
    let response = client.get(url.parse()?).await?;
    let body = response.into_body().collect().await?.to_bytes();
    Ok(serde_json::from_slice(&body)?)
}
