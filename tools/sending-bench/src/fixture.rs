//! What the runs send: a user on the pro plan with a verified sender that paces nothing and caps
//! nothing, a one-step template, an application, and `n` valid contacts; inserted with SQL, as
//! the product's own flows (tested elsewhere) would leave them.

use anyhow::Context;
use uuid::Uuid;

use shared::db::Pool;

pub struct Fixture {
    pub user_id: Uuid,
    pub session_token: String,
    pub sender_id: Uuid,
    pub template_id: Uuid,
    pub application_id: Uuid,
    pub contact_ids: Vec<Uuid>,
}

const INSERT_USER: &str = "INSERT INTO users (email, plan) VALUES ($1, 'pro') RETURNING id";
const INSERT_SESSION: &str = "INSERT INTO sessions (id, user_id, secret_hash, expires_at) \
     VALUES ($1, $2, $3, now() + interval '1 day')";
// Verified, confirmed, a cap no run reaches, and no pacing: the runs measure the pipeline.
const INSERT_SENDER: &str = "\
    INSERT INTO senders (user_id, from_email, from_name, daily_cap, warmup_start_cap, \
                         warmup_daily_increase, warmup_started_at, identity_status, confirmed_at, \
                         min_gap_seconds, jitter_seconds) \
    VALUES ($1, $2, 'Grace Hopper', 10000, 10000, 1, now(), 'verified', now(), 0, 0) RETURNING id";
const INSERT_TEMPLATE: &str =
    "INSERT INTO sequence_templates (user_id, name) VALUES ($1, 'bench') RETURNING id";
const INSERT_STEP: &str = "\
    INSERT INTO sequence_steps (template_id, user_id, position, delay_minutes, subject, body) \
    VALUES ($1, $2, 1, 0, '{{ job.title }}, an idea', \
            'Hi {{ contact.first_name }},\n\nAn idea for {{ contact.company }}.\n\n{{ sender.name }}\n\n{{ unsubscribe_url }}')";
const INSERT_JOB: &str = "INSERT INTO jobs (user_id, title, company) \
     VALUES ($1, 'Staff Engineer', 'Acme Pay') RETURNING id";
const INSERT_APPLICATION: &str =
    "INSERT INTO applications (user_id, job_id) VALUES ($1, $2) RETURNING id";
const INSERT_CONTACTS: &str = "\
    INSERT INTO contacts (user_id, email, first_name, company, verification_status) \
    SELECT $1, 'c' || g || '-' || $2 || '@' || $4, 'Ada', 'Acme Pay', 'valid' \
    FROM generate_series(1, $3::integer) AS g RETURNING id";

/// A fresh user with everything a campaign of `contacts` needs; recipients at `domain`.
pub async fn seed(pool: &Pool, contacts: i32, domain: &str) -> anyhow::Result<Fixture> {
    let client = pool.get().await.context("database")?;
    let label = Uuid::new_v4().simple().to_string();
    let user_id: Uuid = client
        .query_one(INSERT_USER, &[&format!("bench-{label}@example.test")])
        .await?
        .get(0);
    let session = shared::auth::issue(shared::auth::SESSION_PREFIX);
    client
        .execute(
            INSERT_SESSION,
            &[&session.id, &user_id, &session.secret_hash],
        )
        .await?;
    let sender_id: Uuid = client
        .query_one(
            INSERT_SENDER,
            &[&user_id, &format!("grace-{label}@example.test")],
        )
        .await?
        .get(0);
    let template_id: Uuid = client.query_one(INSERT_TEMPLATE, &[&user_id]).await?.get(0);
    client
        .execute(INSERT_STEP, &[&template_id, &user_id])
        .await?;
    let job_id: Uuid = client.query_one(INSERT_JOB, &[&user_id]).await?.get(0);
    let application_id: Uuid = client
        .query_one(INSERT_APPLICATION, &[&user_id, &job_id])
        .await?
        .get(0);
    let contact_ids = client
        .query(INSERT_CONTACTS, &[&user_id, &label, &contacts, &domain])
        .await?
        .iter()
        .map(|row| row.get(0))
        .collect();
    Ok(Fixture {
        user_id,
        session_token: session.token,
        sender_id,
        template_id,
        application_id,
        contact_ids,
    })
}
