//! The request pipeline every HTTP function shares: a span per request, per-IP and per-caller
//! rate limits, authentication, and one mapping of errors to problem documents.

use std::cell::Cell;
use std::future::Future;
use std::sync::atomic::Ordering;

use chrono::Utc;
use lambda_http::{Body, Request, Response};
use tracing::Instrument;

use crate::auth::{self, Caller};
use crate::config::RateLimitConfig;
use crate::db::Pool;
use crate::error::ApiError;
use crate::http::request_id;
use crate::instance;
use crate::ratelimit::{Allowance, Limit, RateLimiter};

/// Admission control: who may call, and how often.
#[derive(Clone)]
pub struct Gate {
    limiter: RateLimiter,
    config: RateLimitConfig,
}

impl Gate {
    pub fn new(dynamodb: aws_sdk_dynamodb::Client, config: RateLimitConfig) -> Self {
        Self {
            limiter: RateLimiter::new(dynamodb, config.table.clone()),
            config,
        }
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

/// Runs one request inside a span carrying its ids, and turns every error into a problem
/// document. Nothing a client sends reaches Lambda as a function error.
pub async fn serve<F, Fut>(req: Request, handler: F) -> Response<Body>
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Result<Response<Body>, ApiError>>,
{
    let invocation = instance::INVOCATIONS.fetch_add(1, Ordering::Relaxed) + 1;
    let span = tracing::info_span!(
        "request",
        request_id = %request_id(&req),
        method = %req.method(),
        path = %req.uri().path(),
        invocation,
        user_id = tracing::field::Empty,
    );
    let run = async move {
        let mut response = handler(req)
            .await
            .unwrap_or_else(ApiError::into_lambda_response);
        // A 429 already carries the headers of the budget it exceeded; a 503 says when to retry.
        if let Ok(Some(allowance)) = BUDGET.try_with(Cell::get)
            && !response.headers().contains_key(http::header::RETRY_AFTER)
        {
            allowance.write_headers(response.headers_mut());
        }
        tracing::info!(status = response.status().as_u16(), "request finished");
        response
    };
    BUDGET.scope(Cell::new(None), run.instrument(span)).await
}
