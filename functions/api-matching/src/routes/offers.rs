//! Offers: the short pitch for one application, built from its job's top pain points.

use std::sync::Arc;

use axum::extract::State;
use chrono::{DateTime, Utc};
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use shared::auth::Caller;
use shared::db::{self, Row};
use shared::error::{ApiError, Context, Problem};
use shared::http::json_response;
use shared::web::Path;

use matching::offer::{MAX_CITED_PAIN_POINTS, OfferInput, build_offer};

use super::pain_points::{MatchingConflict, PainPointItem, stored};
use crate::{AppState, queries};

#[derive(Debug, Serialize, ToSchema)]
pub struct Offer {
    pub application_id: Uuid,
    pub subject: String,
    /// The pitch without greeting or signature, for `{{offer}}` in sequence templates.
    pub body: String,
    /// The pain points cited, best first, as they were when the offer was built.
    pub pain_point_ids: Vec<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Offer {
    fn from_row(row: &Row) -> Result<Self, db::Error> {
        Ok(Self {
            application_id: row.try_get("application_id")?,
            subject: row.try_get("subject")?,
            body: row.try_get("body")?,
            pain_point_ids: row.try_get("pain_point_ids")?,
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
        })
    }
}

/// The pain points an offer cites: the best ones, one per evidence bullet, as many as the
/// templates use. `build_offer` applies the same rule; choosing here as well is what lets us
/// record which pain points the text cites.
fn cited(points: &[PainPointItem]) -> Vec<&PainPointItem> {
    let mut chosen: Vec<&PainPointItem> = Vec::new();
    for point in points {
        if chosen.len() == MAX_CITED_PAIN_POINTS {
            break;
        }
        let evidence =
            |point: &PainPointItem| point.evidence.trim().trim_end_matches('.').to_owned();
        if chosen
            .iter()
            .all(|earlier| evidence(earlier) != evidence(point))
        {
            chosen.push(point);
        }
    }
    chosen
}

/// Builds (or rebuilds) the application's offer from templates, the job and its top pain
/// points, and stores it. 409 until pain points have been generated for the job.
#[utoipa::path(post, path = "/applications/{id}/offer", tag = "workspace", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Offer),
        (status = 409, body = Problem, content_type = "application/problem+json",
            description = "`no-pain-points`: generate the job's pain points first"),
    ))]
#[tracing::instrument(skip_all)]
pub async fn create_offer(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(application_id): Path<Uuid>,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let application = client
        .query_opt(
            queries::APPLICATION_JOB,
            &[&application_id, &caller.user_id],
        )
        .await
        .context("Failed to load application")?
        .ok_or(ApiError::NotFound)?;
    let job_id: Uuid = application
        .try_get("job_id")
        .context("Failed to read application")?;
    let points = stored(&client, caller.user_id, job_id).await?;
    let chosen = cited(&points);
    let Some(best) = chosen.first() else {
        return Err(MatchingConflict::NoPainPoints.into());
    };
    let seeker_name: Option<String> = client
        .query_opt(queries::RESUME_NAME, &[&best.resume_id, &caller.user_id])
        .await
        .context("Failed to load the seeker's name")?
        .map(|row| row.try_get::<_, Option<String>>("name"))
        .transpose()
        .context("Failed to read the seeker's name")?
        .flatten();
    let input = OfferInput {
        job_title: application
            .try_get("job_title")
            .context("Failed to read application")?,
        company: application
            .try_get("job_company")
            .context("Failed to read application")?,
        seeker_name: seeker_name.unwrap_or_default(),
    };
    let top: Vec<_> = chosen.iter().map(|point| point.to_pain_point()).collect();
    let offer = build_offer(&input, &top);
    let ids: Vec<Uuid> = chosen.iter().map(|point| point.id).collect();
    let row = client
        .query_one(
            queries::UPSERT_OFFER,
            &[
                &application_id,
                &caller.user_id,
                &offer.subject,
                &offer.body,
                &ids,
            ],
        )
        .await
        .context("Failed to store offer")?;
    let offer = Offer::from_row(&row).context("Failed to read offer")?;
    json_response(StatusCode::OK, &offer)
}

/// The application's stored offer; 404 until one is built.
#[utoipa::path(get, path = "/applications/{id}/offer", tag = "workspace", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 200, body = Offer)))]
pub async fn get_offer(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(application_id): Path<Uuid>,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let offer = client
        .query_opt(queries::GET_OFFER, &[&application_id, &caller.user_id])
        .await
        .context("Failed to load offer")?
        .ok_or(ApiError::NotFound)?;
    let offer = Offer::from_row(&offer).context("Failed to read offer")?;
    json_response(StatusCode::OK, &offer)
}
