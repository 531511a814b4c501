//! `GET /health`: every dependency checked at once, up or down.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use axum::extract::State;
use http::{StatusCode, header};
use lambda_http::{Body, Response};
use serde::Serialize;
use utoipa::ToSchema;

use shared::db::Pool;
use shared::error::ApiError;
use shared::http::json_response;
use shared::instance;

use crate::{AppState, queries};

/// Each dependency gets this long; all are checked at once, so /health answers within about
/// this bound even when everything is down.
pub const CHECK_TIMEOUT: Duration = Duration::from_millis(1500);

/// One dependency as a client sees it: up or down, never why. Error text can name hosts,
/// buckets, queues or driver versions, so it goes to the log only.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Check {
    /// `up` or `down`.
    pub status: &'static str,
    pub latency_ms: u64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Checks {
    pub postgres: Check,
    pub s3: Check,
    pub sqs: Check,
    pub dynamodb: Check,
}

/// Facts about the Lambda instance that answered; shows clients and pools are built once.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InstanceInfo {
    pub invocations: usize,
    pub pools_built: usize,
    pub aws_configs_loaded: usize,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Health {
    /// `ok` when every dependency is up, otherwise `unavailable`.
    pub status: &'static str,
    /// Names of the dependencies that are down.
    pub down: Vec<&'static str>,
    pub checks: Checks,
    pub instance: InstanceInfo,
}

async fn timed<F, T, E>(dependency: &'static str, check: F) -> Check
where
    F: Future<Output = Result<T, E>>,
    E: std::fmt::Debug,
{
    let started = Instant::now();
    let result = tokio::time::timeout(CHECK_TIMEOUT, check).await;
    let latency_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let up = match result {
        Ok(Ok(_)) => true,
        Ok(Err(err)) => {
            tracing::warn!(dependency, latency_ms, error = ?err, "health check failed");
            false
        }
        Err(_) => {
            tracing::warn!(
                dependency,
                latency_ms,
                timeout_ms = CHECK_TIMEOUT.as_millis(),
                "health check got no answer in time"
            );
            false
        }
    };
    Check {
        status: if up { "up" } else { "down" },
        latency_ms,
    }
}

async fn unknown_outcome_emails(pool: &Pool) -> anyhow::Result<i64> {
    let client = pool.get().await?;
    Ok(client
        .query_one(queries::COUNT_UNKNOWN_OUTCOME_EMAILS, &[])
        .await?
        .try_get("unknown")?)
}

async fn ping_postgres(pool: &Pool) -> anyhow::Result<()> {
    let client = pool.get().await?;
    client.query_one(queries::PING, &[]).await?;
    Ok(())
}

/// The bucket prefix the S3 check lists; `template.yaml` scopes `s3:ListBucket` to it.
const HEALTH_PREFIX: &str = "health/";

/// Checks Postgres, S3, SQS and DynamoDB concurrently; 503 naming what is down. Each check is
/// `up` or `down` only; why one is down is in the function's log.
#[utoipa::path(get, path = "/health", tag = "operations",
    responses((status = 200, body = Health), (status = 503, body = Health)))]
pub async fn health(State(state): State<Arc<AppState>>) -> Result<Response<Body>, ApiError> {
    let (postgres, s3, sqs, dynamodb) = tokio::join!(
        timed("postgres", ping_postgres(&state.pool)),
        // A listing of an empty prefix of its own: IAM lets this function list nothing else.
        timed(
            "s3",
            state
                .s3
                .list_objects_v2()
                .bucket(&state.bucket)
                .prefix(HEALTH_PREFIX)
                .max_keys(1)
                .send()
        ),
        timed(
            "sqs",
            state
                .sqs
                .get_queue_attributes()
                .queue_url(&state.queue_url)
                .attribute_names(
                    aws_sdk_sqs::types::QueueAttributeName::ApproximateNumberOfMessages
                )
                .send()
        ),
        timed(
            "dynamodb",
            state
                .dynamodb
                .describe_table()
                .table_name(&state.table)
                .send()
        ),
    );
    let checks = Checks {
        postgres,
        s3,
        sqs,
        dynamodb,
    };
    let down: Vec<&'static str> = [
        ("postgres", &checks.postgres),
        ("s3", &checks.s3),
        ("sqs", &checks.sqs),
        ("dynamodb", &checks.dynamodb),
    ]
    .into_iter()
    .filter(|(_, check)| check.status == "down")
    .map(|(name, _)| name)
    .collect();
    let healthy = down.is_empty();
    let unknown_outcome_emails = if checks.postgres.status == "up" {
        tokio::time::timeout(CHECK_TIMEOUT, unknown_outcome_emails(&state.pool))
            .await
            .ok()
            .and_then(Result::ok)
    } else {
        None
    };
    // Absent from the line when Postgres could not answer.
    tracing::info!(?down, unknown_outcome_emails, "health checked");
    let body = Health {
        status: if healthy { "ok" } else { "unavailable" },
        down,
        checks,
        instance: InstanceInfo {
            invocations: instance::INVOCATIONS.load(Ordering::Relaxed),
            pools_built: instance::POOLS_BUILT.load(Ordering::Relaxed),
            aws_configs_loaded: instance::AWS_CONFIGS_LOADED.load(Ordering::Relaxed),
        },
    };
    let status = if healthy {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let mut response = json_response(status, &body)?;
    if !healthy {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, http::HeaderValue::from_static("5"));
    }
    Ok(response)
}
