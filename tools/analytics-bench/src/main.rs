//! The campaign analytics of migration V12 under volume, against the running local stack's
//! Postgres (`scripts/bench-analytics.sh` runs this in release; each run makes a fresh
//! database there and drops it at the end unless `--keep`).
//!
//! 1. The incremental rollup: messages whose timestamps make the V12 trigger write about
//!    `--changes` ledger rows not rolled up yet, then `maintenance::roll_up` (the function the
//!    schedule runs) timed beside reading the same rows (`count(*), sum(delta)`), and a second
//!    rollup right after, which must add nothing.
//! 2. `GET /analytics/overview` with `--events` rows in `ses_events`, through api-sending's own
//!    router in process, `--calls` times after `--warmup` calls, interleaved with as many calls
//!    of `GET /sequence-templates` (the same pipeline and session lookup, and two statements of
//!    trivial work) as the reference: right after a rollup, with a tail of `--tail` changes
//!    not rolled up for the user, and with as long a tail for every other user as well. The
//!    handler's statements alone (watermark, campaigns, roles) are timed beside three
//!    `SELECT 1` through a pool of their own, and (right after the rollup) the router once more with admission through the
//!    emulator's DynamoDB. `EXPLAIN (ANALYZE, BUFFERS)` of the slow statements is printed.
//!
//! Each number sits beside a reference run in the same process on the same machine, so the
//! ratios hold on a machine whose speed drifts.

mod disk;
mod dynamodb;
mod fixture;

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
// The overview's statements are the handler's own: $1 the user, $2 the rollup's watermark as
// text.
use api_sending::{ANALYTICS_BY_CAMPAIGN, ROLES_APPLIED};
use clap::Parser;
use serde_json::{Value, json};
use uuid::Uuid;

use fixture::thousands;
use shared::config::{self, DatabaseConfig, RateLimitConfig};
use shared::db::{self, Pool};

#[derive(Parser)]
struct Cli {
    /// Rows in `ses_events`.
    #[arg(long, default_value_t = 10_000_000)]
    events: i64,
    /// Ledger changes (about) the timed rollup adds.
    #[arg(long, default_value_t = 1_000_000)]
    changes: i64,
    /// Timed calls of each kind.
    #[arg(long, default_value_t = 1000)]
    calls: usize,
    /// Untimed calls before them.
    #[arg(long, default_value_t = 50)]
    warmup: usize,
    /// Changes not rolled up for the overview's user in the second overview run.
    #[arg(long, default_value_t = 20_000)]
    tail: i64,
    #[arg(long, default_value_t = 5)]
    users: i64,
    /// Campaigns per user.
    #[arg(long, default_value_t = 10)]
    campaigns: i64,
    /// Keep the database (its URL is printed) instead of dropping it.
    #[arg(long)]
    keep: bool,
    /// Time the overview again on the database a `--keep` run left (its name, printed then):
    /// the ledger is rolled up first, then only the overview with an empty tail is timed. A
    /// quiet moment's numbers without setting up 10 M events again.
    #[arg(long)]
    reuse: Option<String>,
    /// Print `EXPLAIN (ANALYZE, BUFFERS)` of the overview's campaign statement in both runs
    /// (printed anyway when its p99 is over the 5 ms target).
    #[arg(long)]
    explain: bool,
}

/// The issue's targets.
const ROLLUP_TARGET: Duration = Duration::from_millis(500);
const OVERVIEW_TARGET: Duration = Duration::from_millis(5);

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    anyhow::ensure!(
        cli.events >= 0 && cli.changes > 0 && cli.calls > 0 && cli.users > 0 && cli.campaigns > 0,
        "--changes, --calls, --users and --campaigns must be positive"
    );
    let admin_url = config::required("DATABASE_URL")?;
    let admin = db::pool(&DatabaseConfig {
        url: admin_url.clone(),
        max_connections: 1,
    })?;
    let (base, _) = admin_url
        .rsplit_once('/')
        .context("DATABASE_URL has no database name")?;
    let at = |name: &str| DatabaseConfig {
        url: format!("{base}/{name}"),
        max_connections: 2,
    };
    let started = Instant::now();
    let (name, outcome) = if let Some(name) = &cli.reuse {
        // It names a database in a URL and in DROP DATABASE: only a name this bench makes.
        anyhow::ensure!(
            name.strip_prefix("analytics_bench_")
                .is_some_and(|id| { id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()) }),
            "--reuse takes the name of a database a `--keep` run left"
        );
        (name.clone(), remeasure(&cli, &at(name)).await)
    } else {
        let plan = Plan::new(&cli);
        let guard = check_disk(&admin, &plan).await?;
        // Identifiers cannot be bound as parameters; the name is generated here, not input.
        let name = format!("analytics_bench_{}", Uuid::new_v4().simple());
        admin
            .get()
            .await?
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await?;
        eprintln!("database {name}");
        let outcome = run(&cli, &plan, &at(&name), &guard).await;
        (name, outcome)
    };
    let database = at(&name);
    eprintln!("run took {:.0} s", started.elapsed().as_secs_f64());
    if cli.keep {
        eprintln!("kept: {} (again: --reuse {name})", database.url);
    } else {
        // FORCE: the pools' idle connections are still open.
        admin
            .get()
            .await?
            .batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
            .await?;
        eprintln!("dropped database {name}");
    }
    outcome
}

/// How many messages make the changes and events asked for.
struct Plan {
    /// Messages whose changes are rolled up before anything is timed (the history).
    history: i64,
    /// Messages whose changes the timed rollup adds.
    new: i64,
    events: i64,
}

impl Plan {
    fn new(cli: &Cli) -> Self {
        let new = (cli.changes as f64 / fixture::CHANGES_PER_MESSAGE).round() as i64;
        let all = ((cli.events as f64 / fixture::EVENTS_PER_MESSAGE).ceil() as i64).max(new);
        Self {
            history: all - new,
            new,
            events: cli.events,
        }
    }

    fn messages(&self) -> i64 {
        self.history + self.new
    }
}

/// Fails early when the Postgres data directory's file system has clearly too little room:
/// about 0.9 kB a SES event, 1.1 kB a message and 0.11 kB a ledger change (rows and indexes,
/// as measured on a quick run), plus 1.5 GB for WAL. The inserts stop when less than 1.5 GB
/// is left ([`disk::Guard`]).
async fn check_disk(admin: &Pool, plan: &Plan) -> anyhow::Result<disk::Guard> {
    let directory: String = admin
        .get()
        .await?
        .query_one("SHOW data_directory", &[])
        .await?
        .get(0);
    let needed = plan.events * 900
        + plan.messages() * 1100
        + (plan.messages() as f64 * fixture::CHANGES_PER_MESSAGE) as i64 * 110
        + 1_500_000_000;
    let guard = disk::Guard::new(directory.clone());
    let Some(free) = guard.free() else {
        eprintln!(
            "cannot see how much room {directory} has; about {} GB needed",
            gb(needed)
        );
        return Ok(guard);
    };
    eprintln!(
        "disk: {} GB free where Postgres keeps its data ({directory}), about {} GB needed",
        gb(free),
        gb(needed)
    );
    anyhow::ensure!(
        free > needed,
        "not enough room: {} GB free, about {} GB needed (fewer --events?)",
        gb(free),
        gb(needed)
    );
    Ok(guard)
}

fn gb(bytes: i64) -> String {
    format!("{:.1}", bytes as f64 / 1e9)
}

/// Bytes in GB, or MB under one GB.
fn size(bytes: i64) -> String {
    if bytes >= 1_000_000_000 {
        format!("{} GB", gb(bytes))
    } else {
        format!("{:.0} MB", bytes as f64 / 1e6)
    }
}

async fn run(
    cli: &Cli,
    plan: &Plan,
    database: &DatabaseConfig,
    guard: &disk::Guard,
) -> anyhow::Result<()> {
    let pool = db::pool(&DatabaseConfig {
        url: database.url.clone(),
        max_connections: 2,
    })?;
    db::migrate(&pool).await?;
    let client = pool.get().await?;
    let seeded = fixture::seed(&pool, cli.users, cli.campaigns).await?;
    let maintenance = maintenance::State::build(&maintenance::Config {
        database: database.clone(),
        mail_queue_url: config::required("MAIL_QUEUE_URL")?,
        app_base_url: config::required("APP_BASE_URL")?,
    })?;

    eprintln!(
        "setting up: {} users × {} campaigns; {} messages already rolled up (days 1–60 ago), \
         {} new ones (days 0–29 ago), {} SES events",
        cli.users,
        cli.campaigns,
        thousands(plan.history),
        thousands(plan.new),
        thousands(plan.events)
    );
    let setup = Instant::now();
    fixture::insert_messages(
        &pool,
        guard,
        "history",
        (0, plan.history),
        seeded.campaigns,
        (1, 60),
    )
    .await?;
    let (history, history_time) = timed(maintenance::roll_up(&maintenance)).await?;
    eprintln!(
        "  history rolled up: {} changes in {:.1} s",
        thousands(history.changes_added),
        history_time.as_secs_f64()
    );
    fixture::insert_messages(
        &pool,
        guard,
        "new",
        (plan.history, plan.messages()),
        seeded.campaigns,
        (0, 30),
    )
    .await?;
    let events = fixture::insert_events(&pool, guard, plan.events, plan.messages()).await?;
    anyhow::ensure!(
        events == plan.events,
        "{events} SES events made of {}",
        plan.events
    );
    eprintln!(
        "  data in {:.0} s; VACUUM ANALYZE …",
        setup.elapsed().as_secs_f64()
    );
    let ((), vacuum_time) = timed(async {
        client.batch_execute("VACUUM ANALYZE").await?;
        Ok(())
    })
    .await?;
    eprintln!("  VACUUM ANALYZE: {:.0} s", vacuum_time.as_secs_f64());
    let sizes = format!("After VACUUM ANALYZE: {}", sizes(&client).await?);
    eprintln!("{sizes}");

    // ---------------------------------------------------------------- 1. the rollup
    let watermark = watermark_of(&client).await?;
    let reference_sql = format!(
        "SELECT count(*), COALESCE(sum(delta), 0) FROM campaign_metric_changes \
         WHERE xid >= '{watermark}'::xid8"
    );
    // Once untimed, so both runs start from the same cache.
    let pending: i64 = client.query_one(&reference_sql, &[]).await?.get(0);
    let (_, reference_time) =
        timed(async { Ok(client.query_one(&reference_sql, &[]).await?) }).await?;
    // The pool's connection is made before the clock starts, as in a warm Lambda.
    drop(maintenance.pool.get().await?);
    let (first, rollup_time) = timed(maintenance::roll_up(&maintenance)).await?;
    anyhow::ensure!(
        first.changes_added == pending,
        "the rollup added {} changes, but {} ledger rows were not rolled up: a transaction \
         older than the bench's inserts still running on the cluster holds the watermark back",
        first.changes_added,
        pending
    );
    let (second, second_time) = timed(maintenance::roll_up(&maintenance)).await?;
    anyhow::ensure!(
        second.changes_added == 0,
        "the second rollup added {} changes",
        second.changes_added
    );
    let rolled_below = watermark_of(&client).await?;
    let empty_sql = format!(
        "SELECT count(*), COALESCE(sum(delta), 0) FROM campaign_metric_changes \
         WHERE xid >= '{rolled_below}'::xid8"
    );
    let (_, empty_time) = timed(async { Ok(client.query_one(&empty_sql, &[]).await?) }).await?;
    // The rollup's read and grouping of the same range again (the ledger keeps its rows),
    // without the upsert: where its time goes.
    let grouping_plan: Vec<String> = client
        .query(
            &format!(
                "EXPLAIN (ANALYZE, BUFFERS) {ROLLUP_GROUPING} \
                 WHERE xid >= '{watermark}'::xid8 AND xid < '{rolled_below}'::xid8 \
                 GROUP BY campaign_id, step, day, user_id"
            ),
            &[],
        )
        .await?
        .iter()
        .map(|row| row.get::<_, String>(0))
        .collect();

    // ---------------------------------------------------------------- 2. the overview
    let routers = Routers::build(database).await?;
    let token = seeded.session_token.as_str();
    let sql_pool = db::pool(database)?;
    eprintln!("overview, tail empty …");
    let right_after = Phase::measure(cli, &routers, &sql_pool, &seeded, token, true).await?;
    right_after.check_exact(&client, &seeded).await?;

    let tailed = i64::try_from(
        client
            .execute(MAKE_TAIL, &[&seeded.campaign_ids, &cli.tail])
            .await?,
    )?;
    let tail: i64 = client
        .query_one(USER_TAIL, &[&seeded.user_id])
        .await?
        .get(0);
    anyhow::ensure!(
        tail == tailed,
        "opened {tailed} messages, but the user's tail holds {tail} changes"
    );
    if tail < cli.tail {
        eprintln!(
            "  the user has only {} unopened messages: a tail of {} changes, not {}",
            thousands(tail),
            thousands(tail),
            thousands(cli.tail)
        );
    }
    eprintln!("overview, tail of {} changes …", thousands(tail));
    let with_tail = Phase::measure(cli, &routers, &sql_pool, &seeded, token, false).await?;
    with_tail.check_exact(&client, &seeded).await?;

    // The same, while every other user has as long a tail: what the overview reads of the
    // ledger should not grow with other users' activity.
    let others: Vec<Uuid> = client
        .query(OTHER_CAMPAIGNS, &[&seeded.user_id])
        .await?
        .iter()
        .map(|row| row.get(0))
        .collect();
    let others_tailed = i64::try_from(
        client
            .execute(MAKE_TAIL, &[&others, &(tail * (cli.users - 1))])
            .await?,
    )?;
    let all_tail: i64 = client.query_one(ALL_TAIL, &[]).await?.get(0);
    anyhow::ensure!(
        all_tail == tail + others_tailed,
        "the ledger's tail holds {all_tail} changes, not {tail} + {others_tailed}"
    );
    eprintln!(
        "overview, tail of {} changes, {} of them the other users' …",
        thousands(all_tail),
        thousands(others_tailed)
    );
    let busy = Phase::measure(cli, &routers, &sql_pool, &seeded, token, false).await?;
    busy.check_exact(&client, &seeded).await?;

    // ---------------------------------------------------------------- report
    println!(
        "## Analytics: {} SES events, {} messages, {} ledger changes\n",
        thousands(events),
        thousands(plan.messages()),
        thousands(history.changes_added + first.changes_added + tail),
    );
    println!("{sizes}\n");
    println!("| what | time | reference | ratio |");
    println!("|---|---:|---:|---:|");
    row(
        &format!(
            "incremental rollup of {} changes (`maintenance::roll_up`, target ≤ {}); reference: \
             `count(*), sum(delta)` of the same ledger rows",
            thousands(first.changes_added),
            show(ROLLUP_TARGET)
        ),
        rollup_time,
        reference_time,
    );
    row(
        "second rollup right after (added 0); reference: the same count over the empty range",
        second_time,
        empty_time,
    );
    right_after.rows("tail empty", cli);
    with_tail.rows(&format!("tail of {} changes", thousands(tail)), cli);
    busy.rows(
        &format!(
            "the same tail while the other {} users have {} more",
            cli.users - 1,
            thousands(others_tailed)
        ),
        cli,
    );
    println!();
    if cli.explain || rollup_time > ROLLUP_TARGET {
        println!(
            "`EXPLAIN (ANALYZE, BUFFERS)` of the rollup's read and grouping of the same \
             changes, without the upsert (run after it):\n"
        );
        println!("```\n{}\n```\n", grouping_plan.join("\n"));
    }
    for (label, phase) in [
        ("tail empty", &right_after),
        ("with the user's tail", &with_tail),
        ("with every user's tail", &busy),
    ] {
        if cli.explain || phase.sql.measured.p99 > OVERVIEW_TARGET {
            println!("`EXPLAIN (ANALYZE, BUFFERS)` of the campaign statement, {label}:\n");
            println!("```\n{}\n```\n", phase.plan.join("\n"));
        }
    }
    Ok(())
}

/// The overview with an empty tail, on a database a `--keep` run left.
async fn remeasure(cli: &Cli, database: &DatabaseConfig) -> anyhow::Result<()> {
    let pool = db::pool(database)?;
    // Migrations added since the run that kept it.
    db::migrate(&pool).await?;
    let client = pool.get().await?;
    let seeded = fixture::reopen(&pool).await?;
    let maintenance = maintenance::State::build(&maintenance::Config {
        database: database.clone(),
        mail_queue_url: config::required("MAIL_QUEUE_URL")?,
        app_base_url: config::required("APP_BASE_URL")?,
    })?;
    let mut rolled = 0;
    loop {
        let added = maintenance::roll_up(&maintenance).await?.changes_added;
        if added == 0 {
            break;
        }
        rolled += added;
    }
    eprintln!("rolled up the {} changes a run left", thousands(rolled));
    let rollups = rollup_again(&pool, cli.changes).await?;
    let sizes = sizes(&client).await?;
    let routers = Routers::build(database).await?;
    let sql_pool = db::pool(database)?;
    eprintln!("overview, tail empty …");
    let phase = Phase::measure(
        cli,
        &routers,
        &sql_pool,
        &seeded,
        &seeded.session_token,
        true,
    )
    .await?;
    phase.check_exact(&client, &seeded).await?;
    println!("## Analytics, measured again on a kept database\n\n{sizes}\n");
    println!("| what | time | reference | ratio |");
    println!("|---|---:|---:|---:|");
    for (i, (added, time, reference)) in rollups.iter().enumerate() {
        row(
            &format!(
                "rollup {} of {}: the newest {} changes again, in a transaction rolled back \
                 (`roll_up_campaign_metrics()`, target ≤ {}); reference: `count(*), \
                 sum(delta)` of the same ledger rows",
                i + 1,
                rollups.len(),
                thousands(*added),
                show(ROLLUP_TARGET)
            ),
            *time,
            *reference,
        );
    }
    phase.rows("tail empty", cli);
    if cli.explain || phase.sql.measured.p99 > OVERVIEW_TARGET {
        println!("\n`EXPLAIN (ANALYZE, BUFFERS)` of the campaign statement, tail empty:\n");
        println!("```\n{}\n```", phase.plan.join("\n"));
    }
    Ok(())
}

// The rollup function the maintenance task calls, and where a range of the ledger starts.
const ROLL_UP: &str = "SELECT roll_up_campaign_metrics()";
const NEWEST_CHANGES_FROM: &str =
    "SELECT xid::text FROM campaign_metric_changes ORDER BY xid DESC OFFSET $1 LIMIT 1";
const MOVE_WATERMARK: &str = "UPDATE analytics_rollup_state SET rolled_below = $1::text::xid8";

/// The rollup of the newest `changes` ledger rows (whole transactions, so about that many),
/// timed three times, each in a transaction that moves the watermark back and is rolled back,
/// beside reading the same rows: added, rollup time, reference time.
async fn rollup_again(pool: &Pool, changes: i64) -> anyhow::Result<Vec<(i64, Duration, Duration)>> {
    let mut client = pool.get().await?;
    let watermark = watermark_of(&client).await?;
    let from: String = client
        .query_one(NEWEST_CHANGES_FROM, &[&changes])
        .await?
        .try_get(0)?;
    let reference_sql = format!(
        "SELECT count(*), COALESCE(sum(delta), 0) FROM campaign_metric_changes \
         WHERE xid >= '{from}'::xid8 AND xid < '{watermark}'::xid8"
    );
    // Once untimed, so every run starts from the same cache.
    client.query_one(&reference_sql, &[]).await?;
    let mut runs = Vec::new();
    for _ in 0..3 {
        let (_, reference) =
            timed(async { Ok(client.query_one(&reference_sql, &[]).await?) }).await?;
        let tx = client.transaction().await?;
        tx.execute(MOVE_WATERMARK, &[&from]).await?;
        let (added, time) =
            timed(async { Ok(tx.query_one(ROLL_UP, &[]).await?.try_get::<_, i64>(0)?) }).await?;
        tx.rollback().await?;
        runs.push((added, time, reference));
    }
    Ok(runs)
}

async fn timed<T>(
    work: impl std::future::Future<Output = anyhow::Result<T>>,
) -> anyhow::Result<(T, Duration)> {
    let started = Instant::now();
    let value = work.await?;
    Ok((value, started.elapsed()))
}

async fn watermark_of(client: &db::Client) -> anyhow::Result<String> {
    let watermark: String = client
        .query_one("SELECT rolled_below::text FROM analytics_rollup_state", &[])
        .await?
        .get(0);
    anyhow::ensure!(
        !watermark.is_empty() && watermark.bytes().all(|b| b.is_ascii_digit()),
        "watermark {watermark:?}"
    );
    Ok(watermark)
}

const SIZES: &str = "\
    SELECT relname, n_live_tup, pg_total_relation_size(relid) AS bytes \
    FROM pg_stat_user_tables \
    WHERE relname IN ('outbound_emails', 'ses_events', 'campaign_metric_changes', \
                      'campaign_daily_metrics') \
    ORDER BY bytes DESC";

/// The database's size and its big tables (rows, and bytes with indexes and TOAST).
async fn sizes(client: &db::Client) -> anyhow::Result<String> {
    let total: i64 = client
        .query_one("SELECT pg_database_size(current_database())", &[])
        .await?
        .get(0);
    let tables: Vec<String> = client
        .query(SIZES, &[])
        .await?
        .iter()
        .map(|row| {
            let name: String = row.get("relname");
            let rows: i64 = row.get("n_live_tup");
            let bytes: i64 = row.get("bytes");
            format!("`{name}` {} rows, {}", thousands(rows), size(bytes))
        })
        .collect();
    Ok(format!("Database {}: {}.", size(total), tables.join("; ")))
}

// The overview's user opens `$2` messages not opened before: one +1 change each, today, not
// rolled up (what five minutes of heavy activity leave).
const MAKE_TAIL: &str = "\
    WITH picked AS ( \
        SELECT id FROM outbound_emails \
        WHERE campaign_id = ANY($1) AND opened_at IS NULL AND delivered_at IS NOT NULL \
        LIMIT $2) \
    UPDATE outbound_emails o SET opened_at = now(), updated_at = now(), \
        delivery_status = CASE WHEN delivery_rank < 4 THEN 'open' ELSE delivery_status END, \
        delivery_rank = greatest(delivery_rank, 4) \
    FROM picked WHERE o.id = picked.id";
const OTHER_CAMPAIGNS: &str = "SELECT campaign_id FROM bench.campaign_map WHERE user_id <> $1";
const ALL_TAIL: &str = "SELECT count(*) FROM campaign_metric_changes \
     WHERE xid >= (SELECT rolled_below FROM analytics_rollup_state)";
const USER_TAIL: &str = "\
    SELECT count(*) FROM campaign_metric_changes \
    WHERE user_id = $1 AND xid >= (SELECT rolled_below FROM analytics_rollup_state)";

// The read and grouping of roll_up_campaign_metrics() (migration V12), copied: its range and
// GROUP BY are added where it is run.
const ROLLUP_GROUPING: &str = "\
    SELECT campaign_id, step, day, user_id, count(*) AS n, \
           COALESCE(sum(delta) FILTER (WHERE metric = 'sent'), 0) AS sent, \
           COALESCE(sum(delta) FILTER (WHERE metric = 'delivered'), 0) AS delivered, \
           COALESCE(sum(delta) FILTER (WHERE metric = 'opened'), 0) AS opened, \
           COALESCE(sum(delta) FILTER (WHERE metric = 'clicked'), 0) AS clicked, \
           COALESCE(sum(delta) FILTER (WHERE metric = 'replied'), 0) AS replied, \
           COALESCE(sum(delta) FILTER (WHERE metric = 'bounced'), 0) AS bounced, \
           COALESCE(sum(delta) FILTER (WHERE metric = 'complained'), 0) AS complained, \
           COALESCE(sum(delta) FILTER (WHERE metric = 'unsubscribed'), 0) AS unsubscribed \
    FROM campaign_metric_changes";

// What the overview must equal: a direct count over the user's messages.
const DIRECT_COUNTS: &str = "\
    SELECT count(sent_at) AS total_sent, count(delivered_at) AS delivered, \
           count(opened_at) AS opened, count(clicked_at) AS clicked, \
           count(replied_at) AS replied, count(bounced_at) AS bounced, \
           count(complained_at) AS complained, count(unsubscribed_at) AS unsubscribed \
    FROM outbound_emails WHERE campaign_id = ANY($1)";
const METRICS: [&str; 8] = [
    "total_sent",
    "delivered",
    "opened",
    "clicked",
    "replied",
    "bounced",
    "complained",
    "unsubscribed",
];

/// api-sending's router as its `main` builds it, twice: with admission answered by the
/// DynamoDB stand-in, and through the emulator's DynamoDB (the stack's `API_TABLE`). Limits are
/// raised so a thousand calls a minute are let in.
struct Routers {
    standin: axum::Router,
    emulator: axum::Router,
}

impl Routers {
    async fn build(database: &DatabaseConfig) -> anyhow::Result<Self> {
        let limits = RateLimitConfig {
            table: config::required("API_TABLE")?,
            per_caller_per_minute: 1_000_000_000,
            per_ip_per_minute: 1_000_000_000,
            magic_links_per_email_per_hour: 5,
            magic_links_per_ip_per_hour: 60,
        };
        let mut config = api_sending::Config::from_env()?;
        config.api = shared::web::ApiConfig {
            database: database.clone(),
            rate_limits: limits.clone(),
        };
        let mut standin = api_sending::AppState::build(config.clone()).await?;
        let address = dynamodb::serve().await?;
        let dynamodb = aws_sdk_dynamodb::Client::from_conf(
            aws_sdk_dynamodb::config::Builder::from(&shared::aws::load())
                .endpoint_url(format!("http://{address}"))
                .build(),
        );
        standin.gate = shared::api::Gate::new(dynamodb, limits);
        let emulator = api_sending::AppState::build(config).await?;
        Ok(Self {
            standin: api_sending::app(Arc::new(standin)).0,
            emulator: api_sending::app(Arc::new(emulator)).0,
        })
    }
}

/// An API Gateway v2 event of `GET path` with a bearer token, as the function receives it.
fn request(path: &str, token: &str) -> anyhow::Result<lambda_http::Request> {
    let event = json!({
        "version": "2.0", "routeKey": "$default", "rawPath": path, "rawQueryString": "",
        "headers": {"authorization": format!("Bearer {token}")},
        "requestContext": {
            "accountId": "123456789012", "apiId": "bench", "domainName": "127.0.0.1",
            "domainPrefix": "bench", "requestId": Uuid::new_v4().to_string(),
            "routeKey": "$default", "stage": "$default", "time": "26/Nov/2026:00:00:00 +0000",
            "timeEpoch": 1_795_000_000_000_i64,
            "http": {"method": "GET", "path": path, "protocol": "HTTP/1.1",
                     "sourceIp": "203.0.113.7", "userAgent": "analytics-bench"}
        },
        "isBase64Encoded": false
    });
    Ok(lambda_http::request::from_str(&event.to_string())?)
}

/// One call through the router, timed from the request to the response Lambda would return.
async fn call(router: &axum::Router, path: &str, token: &str) -> anyhow::Result<(Duration, Value)> {
    let request = request(path, token)?;
    let started = Instant::now();
    let response = shared::web::invoke(router, request).await;
    let elapsed = started.elapsed();
    let status = response.status();
    let body = match response.body() {
        lambda_http::Body::Text(text) => serde_json::from_str(text).unwrap_or(Value::Null),
        _ => Value::Null,
    };
    anyhow::ensure!(status == 200, "GET {path}: {status} {body}");
    Ok((elapsed, body))
}

struct Stats {
    p50: Duration,
    p99: Duration,
    max: Duration,
}

impl Stats {
    fn of(mut samples: Vec<Duration>) -> Self {
        samples.sort();
        let at = |q: f64| {
            samples[((samples.len() as f64 * q).ceil() as usize).clamp(1, samples.len()) - 1]
        };
        Self {
            p50: at(0.5),
            p99: at(0.99),
            max: samples[samples.len() - 1],
        }
    }
}

/// Latencies of a measured kind of call and of its reference, interleaved call by call.
struct Pair {
    measured: Stats,
    reference: Stats,
}

/// `calls` pairs after `warmup` untimed ones: `measured` then `reference`, alternately.
async fn interleaved<M, R>(
    calls: usize,
    warmup: usize,
    mut measured: impl FnMut() -> M,
    mut reference: impl FnMut() -> R,
) -> anyhow::Result<Pair>
where
    M: std::future::Future<Output = anyhow::Result<Duration>>,
    R: std::future::Future<Output = anyhow::Result<Duration>>,
{
    let (mut measured_times, mut reference_times) = (Vec::new(), Vec::new());
    for index in 0..warmup + calls {
        let time = measured().await?;
        let reference_time = reference().await?;
        if index >= warmup {
            measured_times.push(time);
            reference_times.push(reference_time);
        }
    }
    Ok(Pair {
        measured: Stats::of(measured_times),
        reference: Stats::of(reference_times),
    })
}

/// One state of the ledger (tail empty, or a tail not rolled up), measured three ways.
struct Phase {
    /// Through the router, admission answered by the stand-in.
    router: Pair,
    /// The handler's statements alone, beside three `SELECT 1`.
    sql: Pair,
    /// Through the router, admission through the emulator's DynamoDB (tail empty only).
    emulator: Option<Pair>,
    /// The last overview the router answered.
    overview: Value,
    plan: Vec<String>,
}

impl Phase {
    async fn measure(
        cli: &Cli,
        routers: &Routers,
        sql_pool: &Pool,
        seeded: &fixture::Fixture,
        token: &str,
        with_emulator: bool,
    ) -> anyhow::Result<Self> {
        let last = std::cell::RefCell::new(Value::Null);
        // Every closure takes copies of these references, so each call's future owns them.
        let (last_ref, standin, emulator_router) = (&last, &routers.standin, &routers.emulator);
        let router = interleaved(
            cli.calls,
            cli.warmup,
            move || async move {
                let (time, body) = call(standin, "/analytics/overview", token).await?;
                *last_ref.borrow_mut() = body;
                Ok(time)
            },
            move || async move { Ok(call(standin, "/sequence-templates", token).await?.0) },
        )
        .await?;
        let user_id = seeded.user_id;
        let sql = interleaved(
            cli.calls,
            cli.warmup,
            move || async move {
                let started = Instant::now();
                let client = sql_pool.get().await?;
                let watermark = watermark_of(&client).await?;
                client
                    .query(ANALYTICS_BY_CAMPAIGN, &[&user_id, &watermark])
                    .await?;
                client.query_one(ROLES_APPLIED, &[&user_id]).await?;
                Ok(started.elapsed())
            },
            move || async move {
                let started = Instant::now();
                let client = sql_pool.get().await?;
                client.query_one("SELECT 1", &[]).await?;
                client.query_one("SELECT 1", &[]).await?;
                client.query_one("SELECT 1", &[]).await?;
                Ok(started.elapsed())
            },
        )
        .await?;
        let emulator = if with_emulator {
            Some(
                interleaved(
                    cli.calls,
                    cli.warmup,
                    move || async move {
                        Ok(call(emulator_router, "/analytics/overview", token).await?.0)
                    },
                    move || async move {
                        Ok(call(emulator_router, "/sequence-templates", token).await?.0)
                    },
                )
                .await?,
            )
        } else {
            None
        };
        let client = sql_pool.get().await?;
        let current = watermark_of(&client).await?;
        let plan = client
            .query(
                &format!("EXPLAIN (ANALYZE, BUFFERS) {ANALYTICS_BY_CAMPAIGN}"),
                &[&user_id, &current],
            )
            .await?
            .iter()
            .map(|row| row.get::<_, String>(0))
            .collect();
        // The statement alone answers what the handler answered.
        let copied: i64 = client
            .query(ANALYTICS_BY_CAMPAIGN, &[&user_id, &current])
            .await?
            .iter()
            .map(|row| row.get::<_, i64>("sent"))
            .sum();
        let overview = last.into_inner();
        anyhow::ensure!(
            overview["total_sent"].as_i64() == Some(copied),
            "ANALYTICS_BY_CAMPAIGN alone counts {copied} sent, the handler {}",
            overview["total_sent"]
        );
        Ok(Self {
            router,
            sql,
            emulator,
            overview,
            plan,
        })
    }

    /// The overview's totals equal a direct count over the user's messages.
    async fn check_exact(
        &self,
        client: &db::Client,
        seeded: &fixture::Fixture,
    ) -> anyhow::Result<()> {
        let direct = client
            .query_one(DIRECT_COUNTS, &[&seeded.campaign_ids])
            .await?;
        for metric in METRICS {
            let counted: i64 = direct.get(metric);
            anyhow::ensure!(
                self.overview[metric].as_i64() == Some(counted),
                "overview {metric} = {}, a direct count says {counted}",
                self.overview[metric]
            );
        }
        let campaigns = self.overview["by_campaign"].as_array().map(Vec::len);
        anyhow::ensure!(
            campaigns == Some(seeded.campaign_ids.len()),
            "overview lists {campaigns:?} campaigns"
        );
        eprintln!(
            "  the overview equals a direct count ({} sent, {} opened)",
            thousands(self.overview["total_sent"].as_i64().unwrap_or(0)),
            thousands(self.overview["opened"].as_i64().unwrap_or(0))
        );
        Ok(())
    }

    fn rows(&self, label: &str, cli: &Cli) {
        let latency = |what: String, pair: &Pair| {
            println!(
                "| {what} | p99 {} (p50 {}, max {}) | p99 {} (p50 {}) | {:.2}× |",
                show(pair.measured.p99),
                show(pair.measured.p50),
                show(pair.measured.max),
                show(pair.reference.p99),
                show(pair.reference.p50),
                ratio(pair.measured.p99, pair.reference.p99)
            );
        };
        latency(
            format!(
                "`GET /analytics/overview`, {label}, {} calls (target p99 ≤ {}); reference: \
                 `GET /sequence-templates`",
                cli.calls,
                show(OVERVIEW_TARGET)
            ),
            &self.router,
        );
        latency(
            format!("the overview's statements alone, {label}; reference: three `SELECT 1`"),
            &self.sql,
        );
        if let Some(emulator) = &self.emulator {
            latency(
                format!(
                    "`GET /analytics/overview`, {label}, admission through the emulator's \
                     DynamoDB; reference: `GET /sequence-templates` the same way"
                ),
                emulator,
            );
        }
    }
}

fn row(what: &str, time: Duration, reference: Duration) {
    println!(
        "| {what} | {} | {} | {:.2}× |",
        show(time),
        show(reference),
        ratio(time, reference)
    );
}

fn ratio(time: Duration, reference: Duration) -> f64 {
    time.as_secs_f64() / reference.as_secs_f64().max(1e-9)
}

/// A duration in the unit that reads best.
fn show(duration: Duration) -> String {
    let seconds = duration.as_secs_f64();
    if seconds >= 1.0 {
        format!("{seconds:.2} s")
    } else if seconds >= 0.1 {
        format!("{:.0} ms", seconds * 1e3)
    } else if seconds >= 0.001 {
        format!("{:.2} ms", seconds * 1e3)
    } else {
        format!("{:.0} µs", seconds * 1e6)
    }
}
