//! Fixed-window request counters in DynamoDB.
//!
//! One item per (scope, key, window) counts requests with a conditional `ADD`, so concurrent
//! Lambda instances share the budget without a read-modify-write race. Items carry a TTL a
//! window past their end, letting DynamoDB delete them.

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::{AttributeValue, ReturnValue};
use chrono::{DateTime, Utc};
use http::{HeaderMap, HeaderValue, header};

/// A budget: at most `limit` requests per `window_seconds` for one key in one scope.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    /// What is being limited, e.g. `ip` or `caller`; part of the item key and of the message.
    pub scope: &'static str,
    pub limit: u32,
    pub window_seconds: u32,
}

/// What is left of a budget after a request was counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allowance {
    pub limit: u32,
    pub remaining: u32,
    pub reset_seconds: u32,
}

/// A request over budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exceeded {
    pub scope: &'static str,
    pub limit: u32,
    pub window_seconds: u32,
    pub retry_after_seconds: u32,
}

impl Allowance {
    pub fn write_headers(&self, headers: &mut HeaderMap) {
        headers.insert("ratelimit-limit", HeaderValue::from(self.limit));
        headers.insert("ratelimit-remaining", HeaderValue::from(self.remaining));
        headers.insert("ratelimit-reset", HeaderValue::from(self.reset_seconds));
    }
}

impl Exceeded {
    pub fn write_headers(&self, headers: &mut HeaderMap) {
        headers.insert(
            header::RETRY_AFTER,
            HeaderValue::from(self.retry_after_seconds),
        );
        Allowance {
            limit: self.limit,
            remaining: 0,
            reset_seconds: self.retry_after_seconds,
        }
        .write_headers(headers);
    }
}

/// Start of the window containing `now` and the seconds until it ends (at least 1).
pub fn window(now: DateTime<Utc>, window_seconds: u32) -> (i64, u32) {
    let window = i64::from(window_seconds.max(1));
    let start = now.timestamp().div_euclid(window) * window;
    let left = u32::try_from(start + window - now.timestamp())
        .unwrap_or(1)
        .max(1);
    (start, left)
}

#[derive(Clone)]
pub struct RateLimiter {
    client: Client,
    table: String,
}

impl RateLimiter {
    pub fn new(client: Client, table: String) -> Self {
        Self { client, table }
    }

    /// Counts one request against `limit` for `key`.
    ///
    /// When DynamoDB itself fails the request is let through (and logged): refusing every
    /// request because the limiter is down would turn a degraded dependency into an outage.
    #[tracing::instrument(skip(self), fields(scope = limit.scope))]
    pub async fn check(
        &self,
        limit: Limit,
        key: &str,
        now: DateTime<Utc>,
    ) -> Result<Allowance, Exceeded> {
        let (window_start, seconds_left) = window(now, limit.window_seconds);
        let item_key = format!("ratelimit#{}#{key}#{window_start}", limit.scope);
        let expires_at = window_start + 2 * i64::from(limit.window_seconds);
        let outcome = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", AttributeValue::S(item_key))
            .update_expression("ADD hits :one SET expires_at = if_not_exists(expires_at, :expires)")
            .condition_expression("attribute_not_exists(hits) OR hits < :limit")
            .expression_attribute_values(":one", AttributeValue::N("1".into()))
            .expression_attribute_values(":limit", AttributeValue::N(limit.limit.to_string()))
            .expression_attribute_values(":expires", AttributeValue::N(expires_at.to_string()))
            .return_values(ReturnValue::UpdatedNew)
            .send()
            .await;
        match outcome {
            Ok(output) => {
                let hits = output
                    .attributes()
                    .and_then(|attributes| attributes.get("hits"))
                    .and_then(|value| value.as_n().ok())
                    .and_then(|n| n.parse::<u32>().ok())
                    .unwrap_or(1);
                Ok(Allowance {
                    limit: limit.limit,
                    remaining: limit.limit.saturating_sub(hits),
                    reset_seconds: seconds_left,
                })
            }
            Err(err) => {
                let conditional_failed = err
                    .as_service_error()
                    .is_some_and(|service| service.is_conditional_check_failed_exception());
                if conditional_failed {
                    Err(Exceeded {
                        scope: limit.scope,
                        limit: limit.limit,
                        window_seconds: limit.window_seconds,
                        retry_after_seconds: seconds_left,
                    })
                } else {
                    tracing::warn!(error = ?err, "rate limiter unavailable; allowing request");
                    Ok(Allowance {
                        limit: limit.limit,
                        remaining: limit.limit,
                        reset_seconds: seconds_left,
                    })
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_aligns_to_multiples_and_counts_down() {
        let now = DateTime::from_timestamp(125, 0).unwrap_or_default();
        assert_eq!(window(now, 60), (120, 55));
        let edge = DateTime::from_timestamp(180, 0).unwrap_or_default();
        assert_eq!(window(edge, 60), (180, 60));
    }
}
