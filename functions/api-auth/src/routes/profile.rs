//! `/me`: the caller's profile, plan limits and usage.

use std::sync::Arc;

use axum::extract::State;
use chrono::{DateTime, Utc};
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::Serialize;
use utoipa::ToSchema;

use shared::auth::Caller;
use shared::db;
use shared::error::{ApiError, Context};
use shared::http::json_response;
use shared::plan::{self, PlanLimits};

use super::sessions::User;
use crate::{AppState, queries};

#[derive(Debug, Serialize, ToSchema)]
pub struct Usage {
    pub period_start: DateTime<Utc>,
    pub sends: i64,
    pub verifications: i64,
    pub resume_parses: i64,
}

impl Usage {
    fn from_row(row: &shared::db::Row) -> Result<Self, shared::db::Error> {
        Ok(Self {
            period_start: row.try_get("period_start")?,
            sends: row.try_get("sends")?,
            verifications: row.try_get("verifications")?,
            resume_parses: row.try_get("resume_parses")?,
        })
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub user: User,
    pub limits: PlanLimits,
    pub usage: Usage,
}

/// The caller, their plan limits and their usage this calendar month (UTC).
#[utoipa::path(get, path = "/me", tag = "auth", security(("bearer" = [])),
    responses((status = 200, body = Me)))]
pub async fn get_me(
    State(state): State<Arc<AppState>>,
    caller: Caller,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let user_row = client
        .query_opt(queries::FIND_USER, &[&caller.user_id])
        .await
        .context("Failed to load user")?
        .ok_or(ApiError::Unauthorized("The account no longer exists."))?;
    let user = User::from_row(&user_row).context("Failed to read user")?;
    let usage_row = client
        .query_one(queries::MONTHLY_USAGE, &[&caller.user_id])
        .await
        .context("Failed to count usage")?;
    let me = Me {
        limits: plan::limits(&user.plan),
        user,
        usage: Usage::from_row(&usage_row).context("Failed to read usage")?,
    };
    json_response(StatusCode::OK, &me)
}
