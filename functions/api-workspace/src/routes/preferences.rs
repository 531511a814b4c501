//! `GET/PUT /job-preferences`: what roles the seeker is after.

use std::sync::Arc;

use axum::extract::State;
use chrono::{DateTime, Utc};
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use shared::text::Line;

use shared::auth::Caller;
use shared::db::{self, Row};
use shared::error::{ApiError, Context};
use shared::http::json_response;
use shared::web::Json;

use crate::{AppState, queries};
use shared::fields::{self, Fields};

pub const REMOTE_CHOICES: &[&str] = &["remote", "hybrid", "onsite", "any"];
shared::schema_marker!(RemoteChoice = shared::openapi::string_enum(REMOTE_CHOICES));
const MAX_LIST_ITEMS: usize = 50;
const MAX_ITEM_CHARS: usize = 100;
/// A yearly salary above this is a typo (or cents), not a preference.
const MAX_SALARY: i64 = 100_000_000;

#[derive(Debug, Serialize, ToSchema)]
pub struct JobPreferences {
    pub titles: Vec<String>,
    pub locations: Vec<String>,
    /// `remote`, `hybrid`, `onsite` or `any`.
    pub remote: String,
    /// Minimum yearly salary, whole currency units; `null` for no minimum.
    pub salary_min: Option<i32>,
    pub industries: Vec<String>,
    pub seniority: Option<String>,
    pub company_sizes: Vec<String>,
    pub keywords: Vec<String>,
    /// `null` until the preferences are first saved.
    pub updated_at: Option<DateTime<Utc>>,
}

impl JobPreferences {
    fn from_row(row: &Row) -> Result<Self, db::Error> {
        Ok(Self {
            titles: row.try_get("titles")?,
            locations: row.try_get("locations")?,
            remote: row.try_get("remote")?,
            salary_min: row.try_get("salary_min")?,
            industries: row.try_get("industries")?,
            seniority: row.try_get("seniority")?,
            company_sizes: row.try_get("company_sizes")?,
            keywords: row.try_get("keywords")?,
            updated_at: row.try_get("updated_at")?,
        })
    }

    /// What a user who never saved preferences has: no constraints.
    fn unset() -> Self {
        Self {
            titles: Vec::new(),
            locations: Vec::new(),
            remote: "any".to_owned(),
            salary_min: None,
            industries: Vec::new(),
            seniority: None,
            company_sizes: Vec::new(),
            keywords: Vec::new(),
            updated_at: None,
        }
    }
}

/// The whole document; an absent or `null` field is reset to its default (empty list, `any`,
/// no minimum). Blank list items and repeats (ignoring case) are dropped.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PreferencesRequest {
    #[schema(value_type = Option<Vec<Line<{ MAX_ITEM_CHARS }>>>, inline, max_items = 50)]
    #[serde(default)]
    pub titles: Option<Value>,
    #[schema(value_type = Option<Vec<Line<{ MAX_ITEM_CHARS }>>>, inline, max_items = 50)]
    #[serde(default)]
    pub locations: Option<Value>,
    /// `any` when absent or null.
    #[schema(value_type = Option<RemoteChoice>, inline)]
    #[serde(default)]
    pub remote: Option<Value>,
    /// Whole currency units.
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 100_000_000)]
    #[serde(default)]
    pub salary_min: Option<Value>,
    #[schema(value_type = Option<Vec<Line<{ MAX_ITEM_CHARS }>>>, inline, max_items = 50)]
    #[serde(default)]
    pub industries: Option<Value>,
    /// Free text, e.g. `senior`.
    #[schema(value_type = Option<Line<{ MAX_ITEM_CHARS }>>, inline)]
    #[serde(default)]
    pub seniority: Option<Value>,
    /// Free text buckets, e.g. `11-50`.
    #[schema(value_type = Option<Vec<Line<{ MAX_ITEM_CHARS }>>>, inline, max_items = 50)]
    #[serde(default)]
    pub company_sizes: Option<Value>,
    #[schema(value_type = Option<Vec<Line<{ MAX_ITEM_CHARS }>>>, inline, max_items = 50)]
    #[serde(default)]
    pub keywords: Option<Value>,
}

/// The caller's job preferences; defaults when never saved.
#[utoipa::path(get, path = "/job-preferences", tag = "workspace", security(("bearer" = [])),
    responses((status = 200, body = JobPreferences)))]
pub async fn get_job_preferences(
    State(state): State<Arc<AppState>>,
    caller: Caller,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let preferences = client
        .query_opt(queries::GET_PREFERENCES, &[&caller.user_id])
        .await
        .context("Failed to load job preferences")?
        .map(|row| JobPreferences::from_row(&row))
        .transpose()
        .context("Failed to read job preferences")?
        .unwrap_or_else(JobPreferences::unset);
    json_response(StatusCode::OK, &preferences)
}

/// Replaces the caller's job preferences. Every invalid field is named in one 422.
#[utoipa::path(put, path = "/job-preferences", tag = "workspace", security(("bearer" = [])),
    request_body = PreferencesRequest,
    responses((status = 200, body = JobPreferences)))]
#[tracing::instrument(skip_all)]
pub async fn put_job_preferences(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<Value>,
) -> Result<Response<Body>, ApiError> {
    let body: PreferencesRequest = fields::object_body(body)?;
    let mut checks = Fields::new();
    let list = || fields::string_list(MAX_LIST_ITEMS, MAX_ITEM_CHARS, false);
    let titles = checks.check("titles", body.titles.as_ref(), list());
    let locations = checks.check("locations", body.locations.as_ref(), list());
    let remote = checks.check("remote", body.remote.as_ref(), |value| match value {
        Value::Null => Ok("any".to_owned()),
        value => fields::one_of(REMOTE_CHOICES)(value),
    });
    let salary_min = checks.check("salary_min", body.salary_min.as_ref(), salary);
    let industries = checks.check("industries", body.industries.as_ref(), list());
    let seniority = checks.check(
        "seniority",
        body.seniority.as_ref(),
        fields::line(MAX_ITEM_CHARS),
    );
    let company_sizes = checks.check("company_sizes", body.company_sizes.as_ref(), list());
    let keywords = checks.check("keywords", body.keywords.as_ref(), list());
    checks.finish()?;

    let client = db::client(&state.pool).await?;
    let row = client
        .query_one(
            queries::PUT_PREFERENCES,
            &[
                &caller.user_id,
                &titles.unwrap_or_default(),
                &locations.unwrap_or_default(),
                &remote.unwrap_or_else(|| "any".to_owned()),
                &salary_min.flatten(),
                &industries.unwrap_or_default(),
                &seniority.flatten(),
                &company_sizes.unwrap_or_default(),
                &keywords.unwrap_or_default(),
            ],
        )
        .await
        .context("Failed to save job preferences")?;
    let preferences = JobPreferences::from_row(&row).context("Failed to read job preferences")?;
    json_response(StatusCode::OK, &preferences)
}

fn salary(value: &Value) -> Result<Option<i32>, String> {
    if value.is_null() {
        return Ok(None);
    }
    shared::number::whole_value(value)
        .filter(|amount| (0..=MAX_SALARY).contains(amount))
        .and_then(|amount| i32::try_from(amount).ok())
        .map(Some)
        .ok_or_else(|| format!("must be a whole number from 0 to {MAX_SALARY}"))
}
