//! What the runs measure: a few users on the pro plan, each with a verified sender, a three-step
//! template, applications (some applied for) and several launched campaigns; campaign messages
//! sent over the last UTC days with what happened to them (delivered, opened, clicked, replied,
//! bounced, complained, unsubscribed), and the SES events about them. Inserted in bulk with
//! SQL, as the product's own flows (tested elsewhere) would leave them; the V12 trigger writes
//! the ledger from the messages' timestamps, as it does for every insert and update.
//!
//! Each message is a number `n`: its campaign is `n % campaigns`, and everything random about
//! it (day, step, outcomes) is a hash of `n`, so the messages come out the same on every run.
//! Enrollments and contacts are left out (`enrollment_id`, `contact_id` NULL): analytics read
//! neither, and the indexes on them are partial.

use std::time::Instant;

use anyhow::Context;
use uuid::Uuid;

use shared::db::Pool;

/// Changes one message writes to the ledger on average, from the rates in [`INSERT_MESSAGES`]:
/// sent 1, delivered 0.97, bounced 0.03, opened 0.97 × 0.45, clicked a fifth of those,
/// replied 0.97 × 0.06, complained 0.97 × 0.001, unsubscribed 0.97 × 0.01.
pub const CHANGES_PER_MESSAGE: f64 =
    1.0 + 0.97 + 0.03 + 0.97 * 0.45 + 0.97 * 0.45 * 0.2 + 0.97 * 0.06 + 0.97 * 0.001 + 0.97 * 0.01;

/// SES events per message, a little under what [`INSERT_EVENTS`] makes (Send; Delivery or
/// Bounce; 1–8 opens of an opened message, as image proxies open mail again and again; 1–2
/// clicks; the complaint): about 4.1 each, so the events are trimmed to the count asked for,
/// evenly over the messages.
pub const EVENTS_PER_MESSAGE: f64 = 4.0;

/// Messages inserted per statement (each its own transaction, with its own ledger changes).
const MESSAGE_CHUNK: i64 = 100_000;

pub struct Fixture {
    /// The user whose overview is measured: the first, with `campaigns` campaigns.
    pub user_id: Uuid,
    pub session_token: String,
    pub campaign_ids: Vec<Uuid>,
    /// Campaigns of all users.
    pub campaigns: i64,
}

const SCHEMA: &str = "\
    CREATE SCHEMA bench; \
    CREATE TABLE bench.campaign_map (ord bigint PRIMARY KEY, campaign_id uuid NOT NULL, \
                                     user_id uuid NOT NULL, sender_id uuid NOT NULL)";
const INSERT_USER: &str = "INSERT INTO users (email, plan) VALUES ($1, 'pro') RETURNING id";
const INSERT_SESSION: &str = "INSERT INTO sessions (id, user_id, secret_hash, expires_at) \
     VALUES ($1, $2, $3, now() + interval '1 day')";
const INSERT_SENDER: &str = "\
    INSERT INTO senders (user_id, from_email, from_name, daily_cap, warmup_start_cap, \
                         warmup_daily_increase, warmup_started_at, identity_status, confirmed_at) \
    VALUES ($1, $2, 'Grace Hopper', 200, 20, 10, now() - interval '90 days', 'verified', \
            now() - interval '90 days') RETURNING id";
const INSERT_TEMPLATE: &str = "INSERT INTO sequence_templates (user_id, name) \
     VALUES ($1, 'Hiring managers, three touches') RETURNING id";
const INSERT_STEPS: &str = "\
    INSERT INTO sequence_steps (template_id, user_id, position, delay_minutes, subject, body) \
    SELECT $1, $2, p, CASE WHEN p = 1 THEN 0 ELSE 4320 END, \
           CASE WHEN p = 1 THEN '{{ job.title }}, an idea' ELSE 'Re: {{ job.title }}' END, \
           'Hi {{ contact.first_name }},\n\nAn idea for {{ contact.company }}.\n\n{{ sender.name }}\n\n{{ unsubscribe_url }}' \
    FROM generate_series(1, 3) AS p";
// Jobs a seeker tracks, each with its application in one of every state.
const INSERT_APPLICATIONS: &str = "\
    WITH j AS ( \
        INSERT INTO jobs (user_id, title, company, created_at) \
        SELECT $1, 'Staff Engineer ' || g, 'Company ' || g, now() - make_interval(days => 90 - g) \
        FROM generate_series(1, $2::integer) AS g RETURNING id, created_at) \
    INSERT INTO applications (user_id, job_id, status, created_at) \
    SELECT $1, id, (ARRAY['applied', 'interviewing', 'saved', 'offer', 'rejected', 'withdrawn', \
                          'accepted', 'applied'])[1 + (row_number() OVER (ORDER BY created_at) % 8)], \
           created_at \
    FROM j";
// Every application's history: created saved, then applied and onward (a withdrawal without
// applying, and a rejection after applying, count as the handler says).
const INSERT_APPLICATION_EVENTS: &str = "\
    INSERT INTO application_events (application_id, user_id, from_status, to_status, created_at) \
    SELECT id, user_id, NULL, 'saved', created_at FROM applications WHERE user_id = $1 \
    UNION ALL \
    SELECT id, user_id, 'saved', 'applied', created_at + interval '1 day' FROM applications \
    WHERE user_id = $1 AND status IN ('applied', 'interviewing', 'offer', 'accepted', 'rejected') \
    UNION ALL \
    SELECT id, user_id, CASE WHEN status = 'withdrawn' THEN 'saved' ELSE 'applied' END, status, \
           created_at + interval '8 days' FROM applications \
    WHERE user_id = $1 AND status IN ('interviewing', 'offer', 'accepted', 'rejected', 'withdrawn')";
// Launched campaigns, one per application, tracking opens and clicks; active, paused or done.
const INSERT_CAMPAIGNS: &str = "\
    INSERT INTO campaigns (user_id, name, sequence_template_id, sender_id, application_id, \
                           timezone, days, start_hour, end_hour, track_opens, track_clicks, status, \
                           paused_reason, launched_at, completed_at, created_at) \
    SELECT $1, 'Campaign ' || n, $2, $3, id, 'UTC', '{mon,tue,wed,thu,fri,sat,sun}', 8, 18, \
           true, true, \
           CASE n % 4 WHEN 0 THEN 'completed' WHEN 1 THEN 'paused' ELSE 'active' END, \
           CASE WHEN n % 4 = 1 THEN 'manual' END, \
           now() - interval '62 days' + n * interval '1 hour', \
           CASE WHEN n % 4 = 0 THEN now() - interval '1 hour' END, \
           now() - interval '62 days' + n * interval '1 hour' \
    FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n \
          FROM applications WHERE user_id = $1) a \
    WHERE n <= $4 \
    RETURNING id";
const INSERT_CAMPAIGN_STEPS: &str = "\
    INSERT INTO campaign_steps (campaign_id, position, delay_minutes, subject, body) \
    SELECT c, st.position, st.delay_minutes, st.subject, st.body \
    FROM unnest($1::uuid[]) AS c, sequence_steps st WHERE st.template_id = $2";
const INSERT_CAMPAIGN_MAP: &str = "\
    INSERT INTO bench.campaign_map (ord, campaign_id, user_id, sender_id) \
    SELECT $1 + i - 1, c, $3, $4 FROM unnest($2::uuid[]) WITH ORDINALITY AS u(c, i)";

/// Sent messages `$1 ≤ n < $2` of `$3` campaigns, sent on the UTC days `$4` to `$4 + $5 - 1`
/// before today, between 08:00 and 18:00 (never later than ten minutes ago), with what
/// happened to them; nothing is later than now.
pub const INSERT_MESSAGES: &str = "\
    INSERT INTO outbound_emails (user_id, kind, recipient, status, attempts, ses_message_id, \
        delivery_status, delivery_rank, created_at, updated_at, sender_id, campaign_id, step, \
        subject, body_text, scheduled_at, enqueued_at, claimed_at, sent_at, delivered_at, \
        opened_at, clicked_at, replied_at, bounced_at, complained_at, unsubscribed_at) \
    SELECT c.user_id, 'campaign', format('contact-%s@company-%s.test', m.n / $3, m.n % 997), \
           'sent', 1, format('0100%s-%s-000000', lpad(to_hex(m.n), 12, '0'), gen_random_uuid()), \
           CASE WHEN m.complained_at IS NOT NULL THEN 'complaint' \
                WHEN m.bounced_at IS NOT NULL THEN 'bounce' \
                WHEN m.clicked_at IS NOT NULL THEN 'click' \
                WHEN m.opened_at IS NOT NULL THEN 'open' ELSE 'delivery' END, \
           CASE WHEN m.complained_at IS NOT NULL THEN 8 WHEN m.bounced_at IS NOT NULL THEN 7 \
                WHEN m.clicked_at IS NOT NULL THEN 5 WHEN m.opened_at IS NOT NULL THEN 4 \
                ELSE 3 END, \
           m.sent_at - interval '90 seconds', \
           greatest(m.sent_at, m.delivered_at, m.opened_at, m.clicked_at, m.replied_at, \
                    m.bounced_at, m.complained_at, m.unsubscribed_at), \
           c.sender_id, c.campaign_id, m.step, \
           CASE WHEN m.step = 1 THEN 'Staff Engineer, an idea' ELSE 'Re: Staff Engineer' END, \
           E'Hi Ada,\\n\\nI read that your team is moving the payment ledger to event sourcing. \
I led the same move at my last company: we cut reconciliation time from days to minutes. \
Would a short call next week be useful?\\n\\nGrace Hopper\\n\\n\
https://app.roleferry.test/unsubscribe/rfu_0123456789abcdef', \
           m.sent_at - interval '60 seconds', m.sent_at - interval '60 seconds', \
           m.sent_at - interval '1 second', m.sent_at, m.delivered_at, m.opened_at, \
           m.clicked_at, m.replied_at, m.bounced_at, m.complained_at, m.unsubscribed_at \
    FROM ( \
        SELECT n, step, sent_at, \
               CASE WHEN NOT bounced THEN sent_at + interval '2 seconds' END AS delivered_at, \
               CASE WHEN bounced THEN sent_at + interval '3 seconds' END AS bounced_at, \
               CASE WHEN opened THEN least(sent_at + r10 * interval '48 hours', now()) END \
                   AS opened_at, \
               CASE WHEN opened AND r5 < 0.2 \
                    THEN least(sent_at + r10 * interval '48 hours' + interval '40 seconds', now()) \
               END AS clicked_at, \
               CASE WHEN NOT bounced AND r6 < 0.06 \
                    THEN least(sent_at + r11 * interval '72 hours', now()) END AS replied_at, \
               CASE WHEN NOT bounced AND r7 < 0.001 \
                    THEN least(sent_at + interval '1 hour', now()) END AS complained_at, \
               CASE WHEN NOT bounced AND r8 < 0.01 \
                    THEN least(sent_at + r12 * interval '24 hours', now()) END AS unsubscribed_at \
        FROM ( \
            SELECT n, r.*, r3 < 0.03 AS bounced, r3 >= 0.03 AND r4 < 0.45 AS opened, \
                   CASE WHEN r9 < 0.5 THEN 1 WHEN r9 < 0.8 THEN 2 ELSE 3 END AS step, \
                   least((((now() AT TIME ZONE 'UTC')::date \
                           - ($4::integer + floor(r1 * $5::integer)::integer)) \
                          + make_interval(secs => 28800 + r2 * 36000)) AT TIME ZONE 'UTC', \
                         now() - interval '10 minutes') AS sent_at \
            FROM generate_series($1::bigint, $2::bigint - 1) AS n \
            CROSS JOIN LATERAL ( \
                SELECT (hashint8extended(n, 1) & 1048575)::float8 / 1048576 AS r1, \
                       (hashint8extended(n, 2) & 1048575)::float8 / 1048576 AS r2, \
                       (hashint8extended(n, 3) & 1048575)::float8 / 1048576 AS r3, \
                       (hashint8extended(n, 4) & 1048575)::float8 / 1048576 AS r4, \
                       (hashint8extended(n, 5) & 1048575)::float8 / 1048576 AS r5, \
                       (hashint8extended(n, 6) & 1048575)::float8 / 1048576 AS r6, \
                       (hashint8extended(n, 7) & 1048575)::float8 / 1048576 AS r7, \
                       (hashint8extended(n, 8) & 1048575)::float8 / 1048576 AS r8, \
                       (hashint8extended(n, 9) & 1048575)::float8 / 1048576 AS r9, \
                       (hashint8extended(n, 10) & 1048575)::float8 / 1048576 AS r10, \
                       (hashint8extended(n, 11) & 1048575)::float8 / 1048576 AS r11, \
                       (hashint8extended(n, 12) & 1048575)::float8 / 1048576 AS r12) AS r \
        ) AS raw \
    ) AS m \
    JOIN bench.campaign_map c ON c.ord = m.n % $3";

/// The SES events of campaign `$1`'s messages, at most `$2`: what the ses-events function
/// stores (small payloads, about 250 bytes: the mail's id and time, and the event's time;
/// SES's own are a few kB, with headers).
pub const INSERT_EVENTS: &str = "\
    INSERT INTO ses_events (sns_message_id, ses_message_id, outbound_email_id, event_type, \
                            recipients, bounce_type, bounce_subtype, occurred_at, payload, \
                            received_at) \
    SELECT gen_random_uuid()::text, o.ses_message_id, o.id, e.kind, ARRAY[o.recipient], \
           CASE WHEN e.kind = 'bounce' THEN 'Permanent' END, \
           CASE WHEN e.kind = 'bounce' THEN 'General' END, \
           e.at, \
           jsonb_build_object('eventType', e.ses_type, \
               'mail', jsonb_build_object('timestamp', o.sent_at, 'messageId', o.ses_message_id), \
               e.kind, jsonb_build_object('timestamp', e.at)), \
           e.at + interval '1 second' \
    FROM outbound_emails o \
    CROSS JOIN LATERAL ( \
        SELECT 'send', 'Send', o.sent_at \
        UNION ALL SELECT 'delivery', 'Delivery', o.delivered_at WHERE o.delivered_at IS NOT NULL \
        UNION ALL SELECT 'bounce', 'Bounce', o.bounced_at WHERE o.bounced_at IS NOT NULL \
        UNION ALL SELECT 'open', 'Open', o.opened_at + (k - 1) * interval '37 minutes' \
                  FROM generate_series(1, 1 + (hashtext(o.ses_message_id) & 7)) AS k \
                  WHERE o.opened_at IS NOT NULL \
        UNION ALL SELECT 'click', 'Click', o.clicked_at + (k - 1) * interval '5 minutes' \
                  FROM generate_series(1, 1 + ((hashtext(o.ses_message_id) >> 3) & 1)) AS k \
                  WHERE o.clicked_at IS NOT NULL \
        UNION ALL SELECT 'complaint', 'Complaint', o.complained_at \
                  WHERE o.complained_at IS NOT NULL \
    ) AS e(kind, ses_type, at) \
    WHERE o.ses_message_id >= $1 AND o.ses_message_id < $2 \
    ORDER BY o.ses_message_id, e.at \
    LIMIT $3";

/// `users` users with `campaigns` campaigns each; the first is the one whose overview is read.
pub async fn seed(pool: &Pool, users: i64, campaigns: i64) -> anyhow::Result<Fixture> {
    let client = pool.get().await.context("database")?;
    client.batch_execute(SCHEMA).await?;
    let label = Uuid::new_v4().simple().to_string();
    let mut fixture = None;
    for u in 0..users {
        let user_id: Uuid = client
            .query_one(
                INSERT_USER,
                &[&format!("analytics-bench-{u}-{label}@example.test")],
            )
            .await?
            .get(0);
        let sender_id: Uuid = client
            .query_one(
                INSERT_SENDER,
                &[&user_id, &format!("grace-{u}-{label}@example.test")],
            )
            .await?
            .get(0);
        let template_id: Uuid = client.query_one(INSERT_TEMPLATE, &[&user_id]).await?.get(0);
        client
            .execute(INSERT_STEPS, &[&template_id, &user_id])
            .await?;
        // Three applications per campaign: most of what a seeker tracks has no campaign.
        let applications = i32::try_from(campaigns * 3)?;
        client
            .execute(INSERT_APPLICATIONS, &[&user_id, &applications])
            .await?;
        client
            .execute(INSERT_APPLICATION_EVENTS, &[&user_id])
            .await?;
        let campaign_ids: Vec<Uuid> = client
            .query(
                INSERT_CAMPAIGNS,
                &[&user_id, &template_id, &sender_id, &campaigns],
            )
            .await?
            .iter()
            .map(|row| row.get(0))
            .collect();
        anyhow::ensure!(
            i64::try_from(campaign_ids.len())? == campaigns,
            "made {} campaigns of {campaigns}",
            campaign_ids.len()
        );
        client
            .execute(INSERT_CAMPAIGN_STEPS, &[&campaign_ids, &template_id])
            .await?;
        client
            .execute(
                INSERT_CAMPAIGN_MAP,
                &[&(u * campaigns), &campaign_ids, &user_id, &sender_id],
            )
            .await?;
        if u == 0 {
            fixture = Some(Fixture {
                user_id,
                session_token: session_for(&client, user_id).await?,
                campaign_ids,
                campaigns: users * campaigns,
            });
        }
    }
    fixture.context("no users")
}

/// A new day-long session of the user: its bearer token.
async fn session_for(client: &shared::db::Client, user_id: Uuid) -> anyhow::Result<String> {
    let session = shared::auth::issue(shared::auth::SESSION_PREFIX);
    client
        .execute(
            INSERT_SESSION,
            &[&session.id, &user_id, &session.secret_hash],
        )
        .await?;
    Ok(session.token)
}

// The measured user (the first, `ord` 0) and its campaigns, from the map `seed` wrote.
const MEASURED_USER: &str = "\
    SELECT user_id, array_agg(campaign_id) AS campaign_ids, \
           (SELECT count(*) FROM bench.campaign_map) AS campaigns \
    FROM bench.campaign_map \
    WHERE user_id = (SELECT user_id FROM bench.campaign_map WHERE ord = 0) \
    GROUP BY user_id";

/// The fixture of a database `seed` made earlier, with a new session for its measured user.
pub async fn reopen(pool: &Pool) -> anyhow::Result<Fixture> {
    let client = pool.get().await?;
    let row = client.query_one(MEASURED_USER, &[]).await?;
    let user_id: Uuid = row.try_get("user_id")?;
    Ok(Fixture {
        user_id,
        session_token: session_for(&client, user_id).await?,
        campaign_ids: row.try_get("campaign_ids")?,
        campaigns: row.try_get("campaigns")?,
    })
}

/// Messages `from ≤ n < to`, sent on the `span` UTC days from `first_day` days ago, inserted
/// `MESSAGE_CHUNK` at a time with progress on stderr.
pub async fn insert_messages(
    pool: &Pool,
    guard: &crate::disk::Guard,
    what: &str,
    (from, to): (i64, i64),
    campaigns: i64,
    (first_day, span): (i32, i32),
) -> anyhow::Result<()> {
    let client = pool.get().await?;
    let started = Instant::now();
    let mut next = from;
    while next < to {
        guard.check()?;
        let end = (next + MESSAGE_CHUNK).min(to);
        client
            .execute(
                INSERT_MESSAGES,
                &[&next, &end, &campaigns, &first_day, &span],
            )
            .await
            .context("inserting messages")?;
        next = end;
        let done = next - from;
        eprintln!(
            "  {what}: {} of {} messages ({:.0} s, {:.0}/s)",
            thousands(done),
            thousands(to - from),
            started.elapsed().as_secs_f64(),
            done as f64 / started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

/// `events` SES events over the `messages` messages, about as many for each, inserted in the
/// order SES publishes them (by message, whose SES id starts with its send time), a chunk of
/// messages at a time with progress on stderr.
pub async fn insert_events(
    pool: &Pool,
    guard: &crate::disk::Guard,
    events: i64,
    messages: i64,
) -> anyhow::Result<i64> {
    if events == 0 {
        return Ok(0);
    }
    let client = pool.get().await?;
    let started = Instant::now();
    let mut inserted = 0_i64;
    let mut next = 0_i64;
    while next < messages {
        guard.check()?;
        let end = (next + MESSAGE_CHUNK).min(messages);
        // Trimmed evenly: this chunk's share of what is left.
        let quota = ((events - inserted) as f64 * (end - next) as f64 / (messages - next) as f64)
            .ceil() as i64;
        let count = client
            .execute(
                INSERT_EVENTS,
                &[&ses_id_prefix(next), &ses_id_prefix(end), &quota],
            )
            .await
            .context("inserting SES events")?;
        inserted += i64::try_from(count)?;
        next = end;
        eprintln!(
            "  SES events: {} of {} ({:.0} s, {:.0}/s)",
            thousands(inserted),
            thousands(events),
            started.elapsed().as_secs_f64(),
            inserted as f64 / started.elapsed().as_secs_f64()
        );
    }
    Ok(inserted)
}

/// Where the SES ids of message `n` and later begin (see [`INSERT_MESSAGES`]).
fn ses_id_prefix(n: i64) -> String {
    format!("0100{n:012x}")
}

/// `1234567` as `1,234,567`.
pub fn thousands(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    if value < 0 { format!("-{out}") } else { out }
}
