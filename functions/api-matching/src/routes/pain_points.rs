//! Pain points: the job description's needs, each with the seeker's best resume evidence.

use std::sync::Arc;

use axum::extract::State;
use chrono::{DateTime, Utc};
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::ToSchema;
use uuid::Uuid;

use shared::auth::Caller;
use shared::db::{self, Row};
use shared::error::{ApiError, Context, Problem};
use shared::fields::{self, Fields};
use shared::http::json_response;
use shared::web::{Json, QueryParams};

use matching::{PainPoint, ResumeInput, SkillDictionary};

use crate::{AppState, queries};

/// What matching a job against the resume needs first: a pain-points or offer request can
/// come before its inputs exist.
#[derive(Debug, thiserror::Error)]
pub enum MatchingConflict {
    #[error("The job has no description to match against; add it with PATCH /jobs/{{id}} first.")]
    NoJobDescription,
    #[error(
        "There is no parsed resume yet: upload one with POST /resume/upload and wait until \
         GET /resume shows status `parsed`."
    )]
    NoParsedResume,
    #[error("The job has no pain points yet; generate them with POST /pain-points/generate first.")]
    NoPainPoints,
}

shared::conflict_kinds!(MatchingConflict {
    NoJobDescription => ("no-job-description", "Job has no description"),
    NoParsedResume => ("no-parsed-resume", "No parsed resume"),
    NoPainPoints => ("no-pain-points", "No pain points"),
});

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PainPointItem {
    pub id: Uuid,
    /// Rank, 1 = best.
    pub position: i32,
    /// The need, in the job description's words.
    pub pain_point: String,
    /// A sentence for the seeker built from the evidence.
    pub solution: String,
    /// The resume bullet, exactly as parsed.
    pub evidence: String,
    /// The quantified result in the evidence, if any.
    pub metric: Option<String>,
    /// In (0, 1]: how much the job stresses the need times how well the evidence covers it.
    pub score: f64,
    pub matched_terms: Vec<String>,
    /// The resume the evidence comes from.
    pub resume_id: Uuid,
    pub created_at: DateTime<Utc>,
}

impl PainPointItem {
    pub fn from_row(row: &Row) -> Result<Self, db::Error> {
        Ok(Self {
            id: row.try_get("id")?,
            position: row.try_get("position")?,
            pain_point: row.try_get("pain_point")?,
            solution: row.try_get("solution")?,
            evidence: row.try_get("evidence")?,
            metric: row.try_get("metric")?,
            score: row.try_get("score")?,
            matched_terms: row.try_get("matched_terms")?,
            resume_id: row.try_get("resume_id")?,
            created_at: row.try_get("created_at")?,
        })
    }

    /// Back to the matcher's type, for the offer templates.
    pub fn to_pain_point(&self) -> PainPoint {
        PainPoint {
            pain_point: self.pain_point.clone(),
            solution: self.solution.clone(),
            evidence: self.evidence.clone(),
            metric: self.metric.clone(),
            score: self.score,
            matched_terms: self.matched_terms.clone(),
        }
    }
}

/// Pain points of one job, best first. Never paged: a job description has a bounded number of
/// needs, so `next_cursor` is always `null`.
#[derive(Debug, Serialize, ToSchema)]
pub struct PainPointList {
    pub items: Vec<PainPointItem>,
    pub next_cursor: Option<String>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GenerateRequest {
    /// One of the caller's jobs, with a description.
    #[schema(value_type = Uuid, required = true)]
    #[serde(default)]
    pub job_id: Option<Value>,
}

fn job_id_of(raw: Option<&Value>) -> Result<Uuid, ApiError> {
    let mut checks = Fields::new();
    if raw.is_none() {
        checks.error("job_id", "is required");
    }
    let job_id = checks.check("job_id", raw, fields::uuid);
    checks.finish()?;
    job_id.ok_or_else(|| ApiError::validation("job_id", "is required"))
}

/// Matches the job's description against the caller's latest parsed resume and stores the
/// result, replacing the job's previous pain points. Deterministic: the same description and
/// resume give the same items in the same order. 409 when the caller has no parsed resume or
/// the job has no description.
#[utoipa::path(post, path = "/pain-points/generate", tag = "workspace", security(("bearer" = [])),
    request_body = GenerateRequest,
    responses(
        (status = 200, body = PainPointList),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`no-job-description`: the job has no description; \
                `no-parsed-resume`: no resume has been parsed yet"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn generate_pain_points(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Json(body): Json<Value>,
) -> Result<Response<Body>, ApiError> {
    let body: GenerateRequest = fields::object_body(body)?;
    let job_id = job_id_of(body.job_id.as_ref())?;
    let mut client = db::client(&state.pool).await?;
    let tx = client
        .transaction()
        .await
        .context("Failed to begin transaction")?;
    // The lock serialises two generations for one job, which would otherwise interleave
    // their deletes and inserts.
    let job = tx
        .query_opt(queries::LOCK_JOB_DESCRIPTION, &[&job_id, &caller.user_id])
        .await
        .context("Failed to load job")?
        .ok_or(ApiError::NotFound)?;
    let description: String = job.try_get("description").context("Failed to read job")?;
    if description.trim().is_empty() {
        return Err(MatchingConflict::NoJobDescription.into());
    }
    let resume = tx
        .query_opt(queries::LATEST_PARSED_RESUME, &[&caller.user_id])
        .await
        .context("Failed to load resume")?
        .ok_or(MatchingConflict::NoParsedResume)?;
    let resume_id: Uuid = resume.try_get("id").context("Failed to read resume")?;
    let parsed: Value = resume.try_get("parsed").context("Failed to read resume")?;
    let resume: ResumeInput = serde_json::from_value(without_nulls(parsed))
        .context("Failed to read the parsed resume")?;
    let generated = matching::generate(&description, &resume, SkillDictionary::bundled());

    tx.execute(queries::DELETE_PAIN_POINTS, &[&job_id, &caller.user_id])
        .await
        .context("Failed to replace pain points")?;
    let mut items = Vec::with_capacity(generated.len());
    for (index, point) in generated.iter().enumerate() {
        let position = i32::try_from(index + 1).unwrap_or(i32::MAX);
        let row = tx
            .query_one(
                queries::INSERT_PAIN_POINT,
                &[
                    &caller.user_id,
                    &job_id,
                    &resume_id,
                    &position,
                    &point.pain_point,
                    &point.solution,
                    &point.evidence,
                    &point.metric,
                    &point.score,
                    &point.matched_terms,
                ],
            )
            .await
            .context("Failed to store pain point")?;
        items.push(PainPointItem::from_row(&row).context("Failed to read pain point")?);
    }
    tx.commit().await.context("Failed to commit pain points")?;
    tracing::info!(%job_id, %resume_id, pain_points = items.len(), "pain points generated");
    json_response(
        StatusCode::OK,
        &PainPointList {
            items,
            next_cursor: None,
        },
    )
}

/// The parser writes `null` for what it did not find (no summary, a current role's end);
/// the matcher's input takes absent fields as empty but not nulls, so nulls are dropped.
fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .filter(|(_, value)| !value.is_null())
                .map(|(name, value)| (name, without_nulls(value)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

/// Loads a job's stored pain points, best first; 404 for a job that is not the caller's.
pub async fn stored(
    client: &impl shared::db::GenericClient,
    user_id: Uuid,
    job_id: Uuid,
) -> Result<Vec<PainPointItem>, ApiError> {
    client
        .query_opt(queries::JOB_EXISTS, &[&job_id, &user_id])
        .await
        .context("Failed to load job")?
        .ok_or(ApiError::NotFound)?;
    client
        .query(queries::LIST_PAIN_POINTS, &[&job_id, &user_id])
        .await
        .context("Failed to list pain points")?
        .iter()
        .map(PainPointItem::from_row)
        .collect::<Result<_, _>>()
        .context("Failed to read pain points")
}

/// The stored pain points of one job, best first (empty before the first generation).
#[utoipa::path(get, path = "/pain-points", tag = "workspace", security(("bearer" = [])),
    params(("job_id" = Uuid, Query, description = "the job")),
    responses(
        (status = 200, body = PainPointList),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_pain_points(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    query: QueryParams,
) -> Result<Response<Body>, ApiError> {
    let raw = query.get("job_id").map(|value| json!(value));
    let job_id = job_id_of(raw.as_ref())?;
    let client = db::client(&state.pool).await?;
    let items = stored(&client, caller.user_id, job_id).await?;
    json_response(
        StatusCode::OK,
        &PainPointList {
            items,
            next_cursor: None,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_output_with_nulls_reads_as_matcher_input() {
        let parsed = resume::parse_text(
            "Ana Diaz\n\nExperience\nEngineer, Acme — 2021 – Present\n- Built APIs in Rust\n",
        );
        let json = serde_json::to_value(&parsed).expect("serialisable");
        assert!(json["summary"].is_null(), "the parser writes nulls: {json}");
        assert!(serde_json::from_value::<ResumeInput>(json.clone()).is_err());
        let resume: ResumeInput = serde_json::from_value(without_nulls(json)).expect("reads");
        assert_eq!(resume.name, "Ana Diaz");
    }
}
