//! Scheduled clean-up. Every statement deletes only what is already dead, so running it twice,
//! or concurrently, changes nothing the second time.

pub mod resumes;

use serde::Serialize;

use shared::config;
use shared::db::{self, Pool};

pub struct State {
    pub pool: Pool,
}

impl State {
    pub fn from_env() -> anyhow::Result<Self> {
        Ok(Self {
            pool: db::pool(&config::DatabaseConfig::from_env()?)?,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Report {
    pub login_tokens_deleted: u64,
    pub sessions_deleted: u64,
    pub resumes_failed: u64,
}

// A used token can never be used again, and an expired one never work: neither is needed.
const DELETE_DEAD_LOGIN_TOKENS: &str = "\
    DELETE FROM login_tokens WHERE expires_at < now() OR used_at IS NOT NULL";

const DELETE_DEAD_SESSIONS: &str = "\
    DELETE FROM sessions WHERE expires_at < now() OR revoked_at IS NOT NULL";

#[tracing::instrument(skip_all)]
pub async fn run(state: &State) -> anyhow::Result<Report> {
    let client = state.pool.get().await?;
    let report = Report {
        login_tokens_deleted: client.execute(DELETE_DEAD_LOGIN_TOKENS, &[]).await?,
        sessions_deleted: client.execute(DELETE_DEAD_SESSIONS, &[]).await?,
        resumes_failed: resumes::fail_abandoned(&client).await?,
    };
    tracing::info!(?report, "maintenance finished");
    Ok(report)
}
