//! The request pipeline every HTTP function shares: a span per request, per-IP and per-caller
//! rate limits, authentication, and one mapping of errors to problem documents.

use std::future::Future;
use std::sync::atomic::Ordering;

use chrono::Utc;
use lambda_http::{Body, Request, Response};
use tracing::Instrument;

use crate::auth::{self, Caller};
use crate::config::RateLimitConfig;
use crate::db::Pool;
use crate::error::ApiError;
use crate::http::{request_id, source_ip};
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

    /// Counts the request against its source IP's budget.
    pub async fn admit(&self, req: &Request) -> Result<Allowance, ApiError> {
        let limit = Limit {
            scope: "ip",
            limit: self.config.per_ip_per_minute,
            window_seconds: 60,
        };
        self.limiter
            .check(limit, &source_ip(req), Utc::now())
            .await
            .map_err(ApiError::RateLimited)
    }

    /// Authenticates the request and counts it against the credential's budget.
    pub async fn caller(
        &self,
        pool: &Pool,
        req: &Request,
    ) -> Result<(Caller, Allowance), ApiError> {
        let caller = auth::authenticate(pool, req).await?;
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
        Ok((caller, allowance))
    }

    /// Any other budget, e.g. sign-in links per address per hour.
    pub async fn check(&self, limit: Limit, key: &str) -> Result<Allowance, ApiError> {
        self.limiter
            .check(limit, key, Utc::now())
            .await
            .map_err(ApiError::RateLimited)
    }

    pub fn config(&self) -> &RateLimitConfig {
        &self.config
    }
}

/// A handler's successful answer plus the tightest budget it was admitted under.
pub struct Answer {
    pub response: Response<Body>,
    pub allowance: Option<Allowance>,
}

impl From<Response<Body>> for Answer {
    fn from(response: Response<Body>) -> Self {
        Self {
            response,
            allowance: None,
        }
    }
}

impl Answer {
    pub fn with_allowance(mut self, allowance: Allowance) -> Self {
        let tighter = match self.allowance {
            Some(current) if current.remaining <= allowance.remaining => current,
            _ => allowance,
        };
        self.allowance = Some(tighter);
        self
    }
}

/// Runs one request inside a span carrying its ids, and turns every error into a problem
/// document. Nothing a client sends reaches Lambda as a function error.
pub async fn serve<F, Fut>(req: Request, handler: F) -> Response<Body>
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Result<Answer, ApiError>>,
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
    async move {
        let response = match handler(req).await {
            Ok(Answer {
                mut response,
                allowance,
            }) => {
                if let Some(allowance) = allowance {
                    allowance.write_headers(response.headers_mut());
                }
                response
            }
            Err(err) => err.into_response(),
        };
        tracing::info!(status = response.status().as_u16(), "request finished");
        response
    }
    .instrument(span)
    .await
}
