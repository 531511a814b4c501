//! `/me`: the caller's profile, settings, plan limits and usage; `PATCH /me` changes the
//! settings.

use std::sync::Arc;

use axum::extract::State;
use chrono::{DateTime, Utc};
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use shared::auth::Caller;
use shared::db;
use shared::error::{ApiError, Context};
use shared::http::json_response;
use shared::openapi::IanaTimezone;
use shared::plan::{self, PlanLimits};
use shared::web::Json;

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

/// What the user chose about their account.
#[derive(Debug, Serialize, ToSchema)]
pub struct Settings {
    /// Where the user's mornings are (IANA); `UTC` until they say.
    #[schema(value_type = IanaTimezone)]
    pub timezone: String,
    /// A summary of yesterday's sends, replies, bounces and paused campaigns, mailed at about
    /// 8:00 in `timezone` on mornings after something happened. On unless turned off.
    pub daily_summary: bool,
}

impl Settings {
    fn from_row(row: &shared::db::Row) -> Result<Self, shared::db::Error> {
        Ok(Self {
            timezone: row.try_get("timezone")?,
            daily_summary: row.try_get("daily_summary")?,
        })
    }
}

/// The settings to change; a field left out (or null) stays as it is.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateSettings {
    #[schema(value_type = Option<IanaTimezone>)]
    pub timezone: Option<String>,
    pub daily_summary: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub user: User,
    pub settings: Settings,
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
        settings: Settings::from_row(&user_row).context("Failed to read settings")?,
        user,
        usage: Usage::from_row(&usage_row).context("Failed to read usage")?,
    };
    json_response(StatusCode::OK, &me)
}

/// Changes the caller's settings and answers them all. A timezone must be an IANA name in its
/// canonical spelling (`Europe/Berlin`), else 422 and nothing changes.
#[utoipa::path(patch, path = "/me", tag = "auth", security(("bearer" = [])),
    request_body = UpdateSettings,
    responses((status = 200, body = Settings)))]
pub async fn update_me(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(update): Json<UpdateSettings>,
) -> Result<Response<Body>, ApiError> {
    if let Some(timezone) = &update.timezone
        && !IanaTimezone::is_known(timezone)
    {
        return Err(ApiError::validation(
            "timezone",
            format!("`{timezone}` is not an IANA timezone name, such as `Europe/Berlin`"),
        ));
    }
    let client = db::client(&state.pool).await?;
    // The summary's schedule reads the zone in the database: one the database's zone data
    // lacks would stop it for everyone, so both must know it.
    if let Some(timezone) = &update.timezone {
        let known: bool = client
            .query_one(queries::TIMEZONE_KNOWN, &[timezone])
            .await
            .context("Failed to check the timezone")?
            .try_get("known")
            .context("Failed to check the timezone")?;
        if !known {
            return Err(ApiError::validation(
                "timezone",
                format!("`{timezone}` is not a timezone this service knows"),
            ));
        }
    }
    let row = client
        .query_opt(
            queries::UPDATE_SETTINGS,
            &[&caller.user_id, &update.timezone, &update.daily_summary],
        )
        .await
        .context("Failed to update settings")?
        .ok_or(ApiError::Unauthorized("The account no longer exists."))?;
    json_response(
        StatusCode::OK,
        &Settings::from_row(&row).context("Failed to read settings")?,
    )
}
