//! The request pipeline every HTTP function shares: a span per request, per-IP and per-caller
//! rate limits, authentication, and one mapping of errors to problem documents.

use std::cell::Cell;

use chrono::Utc;

use crate::auth::{self, Caller};
use crate::config::RateLimitConfig;
use crate::db::Pool;
use crate::error::ApiError;
use crate::idempotency::IdempotencyStore;

use crate::ratelimit::{Allowance, Limit, RateLimiter};

/// Admission control: who may call, and how often.
#[derive(Clone)]
pub struct Gate {
    limiter: RateLimiter,
    idempotency: IdempotencyStore,
    config: RateLimitConfig,
}

impl Gate {
    /// Rate limits and idempotency keys share the API table.
    pub fn new(dynamodb: aws_sdk_dynamodb::Client, config: RateLimitConfig) -> Self {
        Self {
            limiter: RateLimiter::new(dynamodb.clone(), config.table.clone()),
            idempotency: IdempotencyStore::new(dynamodb, config.table.clone()),
            config,
        }
    }

    /// Where `Idempotency-Key` claims and answers are kept.
    pub fn idempotency(&self) -> &IdempotencyStore {
        &self.idempotency
    }

    /// Counts a request against its source IP's budget.
    pub async fn admit(&self, source_ip: &str) -> Result<Allowance, ApiError> {
        let limit = Limit {
            scope: "ip",
            limit: self.config.per_ip_per_minute,
            window_seconds: 60,
        };
        let allowance = self
            .limiter
            .check(limit, source_ip, Utc::now())
            .await
            .map_err(ApiError::RateLimited)?;
        record(allowance);
        Ok(allowance)
    }

    /// Authenticates the request and counts it against the credential's budget.
    pub async fn caller(
        &self,
        pool: &Pool,
        headers: &http::HeaderMap,
    ) -> Result<(Caller, Allowance), ApiError> {
        let caller = auth::authenticate(pool, headers).await?;
        let limit = Limit {
            scope: "caller",
            limit: self.config.per_caller_per_minute,
            window_seconds: 60,
        };
        let allowance = self
            .limiter
            .check(limit, &caller.rate_limit_key(), Utc::now())
            .await
            .map_err(ApiError::RateLimited)?;
        record(allowance);
        Ok((caller, allowance))
    }

    /// Any other budget, e.g. sign-in links per address per hour.
    pub async fn check(&self, limit: Limit, key: &str) -> Result<Allowance, ApiError> {
        let allowance = self
            .limiter
            .check(limit, key, Utc::now())
            .await
            .map_err(ApiError::RateLimited)?;
        record(allowance);
        Ok(allowance)
    }

    pub fn config(&self) -> &RateLimitConfig {
        &self.config
    }
}

tokio::task_local! {
    /// The tightest budget the current request was admitted under, reported in RateLimit-*
    /// headers on whatever the request ends with, errors included.
    pub(crate) static BUDGET: Cell<Option<Allowance>>;
}

fn record(allowance: Allowance) {
    let _ = BUDGET.try_with(|budget| {
        let tighter = match budget.get() {
            Some(current) if current.remaining <= allowance.remaining => current,
            _ => allowance,
        };
        budget.set(Some(tighter));
    });
}
