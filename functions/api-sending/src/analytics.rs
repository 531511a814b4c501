//! Campaign analytics: what happened to the caller's campaign messages, per campaign, step and
//! day. Each number counts messages, once per metric, and equals a direct count over the
//! messages (migration V12 explains how: a ledger the database writes, a rollup, and reads of
//! the rollup plus the tail not yet rolled up, in one snapshot).

use std::collections::BTreeMap;
use std::ops::AddAssign;
use std::sync::Arc;

use axum::extract::State;
use chrono::NaiveDate;
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use shared::auth::Caller;
use shared::db::{self, Row};
use shared::error::{ApiError, Context as _};
use shared::http::json_response;
use shared::web::Path;

use crate::campaigns::{self, CampaignStatus};
use crate::{AppState, queries};

/// Counts of campaign messages, and rates over the messages sent. A message counts once per
/// metric, on the UTC day the thing first happened to it: `total_sent` messages left SES's
/// hands, `delivered` reached the recipient's server, `opened` and `clicked` were tracked (only
/// when the campaign turned tracking on), `replied` got a reply a person wrote (auto-replies do
/// not count), `bounced` bounced permanently, `complained` were reported as spam, and
/// `unsubscribed` is the message an unsubscribe came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, ToSchema)]
pub struct Metrics {
    pub total_sent: i64,
    pub delivered: i64,
    pub opened: i64,
    pub clicked: i64,
    pub replied: i64,
    pub bounced: i64,
    pub complained: i64,
    pub unsubscribed: i64,
    /// `opened / total_sent`, a fraction (0.25 = 25%); 0 before anything is sent.
    pub open_rate: f64,
    /// `clicked / total_sent`.
    pub click_rate: f64,
    /// `replied / total_sent`.
    pub reply_rate: f64,
    /// `bounced / total_sent`.
    pub bounce_rate: f64,
}

impl Metrics {
    fn from_row(row: &Row) -> Result<Self, db::Error> {
        Ok(Self::with_rates(Self {
            total_sent: row.try_get("sent")?,
            delivered: row.try_get("delivered")?,
            opened: row.try_get("opened")?,
            clicked: row.try_get("clicked")?,
            replied: row.try_get("replied")?,
            bounced: row.try_get("bounced")?,
            complained: row.try_get("complained")?,
            unsubscribed: row.try_get("unsubscribed")?,
            ..Self::default()
        }))
    }

    /// The counts with their rates worked out.
    fn with_rates(self) -> Self {
        let rate = |count: i64| {
            if self.total_sent <= 0 {
                0.0
            } else {
                // One user's message counts are far below 2^52: the conversion is exact.
                count as f64 / self.total_sent as f64
            }
        };
        Self {
            open_rate: rate(self.opened),
            click_rate: rate(self.clicked),
            reply_rate: rate(self.replied),
            bounce_rate: rate(self.bounced),
            ..self
        }
    }
}

impl AddAssign for Metrics {
    fn add_assign(&mut self, other: Self) {
        *self = Self {
            total_sent: self.total_sent + other.total_sent,
            delivered: self.delivered + other.delivered,
            opened: self.opened + other.opened,
            clicked: self.clicked + other.clicked,
            replied: self.replied + other.replied,
            bounced: self.bounced + other.bounced,
            complained: self.complained + other.complained,
            unsubscribed: self.unsubscribed + other.unsubscribed,
            ..Self::default()
        }
        .with_rates();
    }
}

/// One campaign's numbers in the overview.
#[derive(Debug, Serialize, ToSchema)]
pub struct CampaignSummary {
    pub campaign_id: Uuid,
    pub name: String,
    pub status: CampaignStatus,
    #[serde(flatten)]
    pub metrics: Metrics,
}

/// Every campaign of the caller, newest first, and their sum.
#[derive(Debug, Serialize, ToSchema)]
pub struct Overview {
    #[serde(flatten)]
    pub metrics: Metrics,
    /// Applications that have reached `applied` (or a later state: interviewing, offer,
    /// accepted), whether or not they are still open.
    pub roles_applied: i64,
    pub by_campaign: Vec<CampaignSummary>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StepMetrics {
    /// The step's position, 1 = the first mail.
    pub step: i32,
    #[serde(flatten)]
    pub metrics: Metrics,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DayMetrics {
    /// A UTC day on which something happened to one of the campaign's messages.
    pub day: NaiveDate,
    #[serde(flatten)]
    pub metrics: Metrics,
}

/// One campaign: its sum, every step of its sequence (zeros included), and each UTC day with
/// activity, oldest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct CampaignAnalytics {
    pub campaign_id: Uuid,
    pub name: String,
    pub status: CampaignStatus,
    #[serde(flatten)]
    pub metrics: Metrics,
    pub by_step: Vec<StepMetrics>,
    pub by_day: Vec<DayMetrics>,
}

/// A read-only transaction whose one snapshot serves every statement of the request, and the
/// rollup's watermark in it: the rollup and the tail above the watermark are then read as of
/// the same moment, so a rollup committing meanwhile is seen entirely or not at all. Two round
/// trips: the overview is read often and is otherwise a few milliseconds of work.
async fn snapshot(client: &mut db::Client) -> Result<(db::Transaction<'_>, String), ApiError> {
    let tx = client
        .build_transaction()
        .isolation_level(db::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .await
        .context("Failed to begin a read")?;
    let watermark = tx
        .simple_query(queries::WITHOUT_JIT_THE_WATERMARK)
        .await
        .context("Failed to read the rollup's watermark")?
        .iter()
        .find_map(|message| match message {
            db::SimpleQueryMessage::Row(row) => row.get("watermark").map(str::to_owned),
            _ => None,
        })
        .ok_or_else(|| ApiError::Unexpected(anyhow::anyhow!("the rollup has no watermark row")))?;
    Ok((tx, watermark))
}

/// The caller's campaign numbers: totals, rates, roles applied and each campaign's share.
#[utoipa::path(get, path = "/analytics/overview", tag = "analytics", security(("bearer" = [])),
    responses((status = 200, body = Overview)))]
pub async fn analytics_overview(
    State(state): State<Arc<AppState>>,
    caller: Caller,
) -> Result<Response<Body>, ApiError> {
    let mut client = db::client(&state.pool).await?;
    let (tx, watermark) = snapshot(&mut client).await?;
    // Both statements in one round trip (tokio-postgres pipelines concurrent queries on one
    // connection), each typed so that it needs no separate prepare.
    let (rows, roles_applied) = tokio::try_join!(
        async {
            tx.query_typed(
                queries::ANALYTICS_BY_CAMPAIGN,
                &[
                    (&caller.user_id, db::Type::UUID),
                    (&watermark, db::Type::TEXT),
                ],
            )
            .await
            .context("Failed to read campaign metrics")
        },
        async {
            tx.query_typed(queries::ROLES_APPLIED, &[(&caller.user_id, db::Type::UUID)])
                .await
                .context("Failed to count applications")
        },
    )?;
    let by_campaign = db::read_rows(&rows, |row| {
        Ok(CampaignSummary {
            campaign_id: row.try_get("id")?,
            name: row.try_get("name")?,
            status: CampaignStatus::from_stored(&row.try_get::<_, String>("status")?),
            metrics: Metrics::from_row(row)?,
        })
    })
    .context("Failed to read campaign metrics")?;
    let mut metrics = Metrics::default();
    for campaign in &by_campaign {
        metrics += campaign.metrics;
    }
    let roles_applied: i64 = match roles_applied.first() {
        Some(row) => row
            .try_get("roles_applied")
            .context("Failed to count applications")?,
        None => {
            return Err(ApiError::Unexpected(anyhow::anyhow!(
                "count(*) gave no row"
            )));
        }
    };
    json_response(
        StatusCode::OK,
        &Overview {
            metrics,
            roles_applied,
            by_campaign,
        },
    )
}

/// One campaign's numbers, per step and per UTC day; 404 for a campaign that is not the
/// caller's.
#[utoipa::path(get, path = "/analytics/campaigns/{id}", tag = "analytics", security(("bearer" = [])),
    params(("id" = Uuid, Path)),
    responses((status = 200, body = CampaignAnalytics),
              (status = 404, body = shared::error::Problem, content_type = "application/problem+json")))]
pub async fn campaign_analytics(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(campaign_id): Path<Uuid>,
) -> Result<Response<Body>, ApiError> {
    let mut client = db::client(&state.pool).await?;
    let (tx, watermark) = snapshot(&mut client).await?;
    let campaign = campaigns::find(&tx, campaign_id, caller.user_id).await?;
    // Steps with nothing sent yet show as zeros: the launched sequence's steps, fixed at launch.
    let mut by_step: BTreeMap<i32, Metrics> = tx
        .query(queries::CAMPAIGN_STEP_POSITIONS, &[&campaign_id])
        .await
        .context("Failed to read the campaign's steps")?
        .iter()
        .map(|row| {
            row.try_get("position")
                .map(|step| (step, Metrics::default()))
        })
        .collect::<Result<_, _>>()
        .context("Failed to read the campaign's steps")?;
    let mut by_day = Vec::new();
    let mut metrics = Metrics::default();
    // One statement, so the per-step and per-day numbers add up to the same totals.
    for row in tx
        .query(
            queries::CAMPAIGN_METRICS_BY_STEP_AND_DAY,
            &[&caller.user_id, &watermark, &campaign_id],
        )
        .await
        .context("Failed to read campaign metrics")?
    {
        let counts = Metrics::from_row(&row).context("Failed to read campaign metrics")?;
        let step: Option<i32> = row.try_get("step").context("Failed to read a step")?;
        let day: Option<NaiveDate> = row.try_get("day").context("Failed to read a day")?;
        match (step, day) {
            (Some(step), _) => {
                metrics += counts;
                *by_step.entry(step).or_default() += counts;
            }
            // A day whose only change moved away (an earlier open arrived late) nets to zero.
            (None, Some(day)) if counts != Metrics::default() => by_day.push(DayMetrics {
                day,
                metrics: counts,
            }),
            (None, Some(_)) => {}
            (None, None) => {}
        }
    }
    json_response(
        StatusCode::OK,
        &CampaignAnalytics {
            campaign_id,
            name: campaign.name,
            status: campaign.status,
            metrics,
            by_step: by_step
                .into_iter()
                .map(|(step, metrics)| StepMetrics { step, metrics })
                .collect(),
            by_day,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_fractions_of_sent_and_zero_before_any_send() {
        let mut metrics = Metrics::default();
        assert_eq!(metrics.reply_rate, 0.0);
        metrics += Metrics {
            total_sent: 8,
            opened: 2,
            clicked: 1,
            replied: 4,
            bounced: 2,
            ..Metrics::default()
        };
        assert_eq!(
            (
                metrics.open_rate,
                metrics.click_rate,
                metrics.reply_rate,
                metrics.bounce_rate
            ),
            (0.25, 0.125, 0.5, 0.25)
        );
        metrics += Metrics {
            total_sent: 8,
            ..Metrics::default()
        };
        assert_eq!(metrics.reply_rate, 0.25);
    }
}
