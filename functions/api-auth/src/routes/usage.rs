//! `/usage`: the caller's metered work this calendar month (UTC), what is left of the plan, and
//! what the work cost us at AWS, by service, from the price table (migration V13).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::State;
use chrono::{DateTime, Months, Utc};
use http::StatusCode;
use lambda_http::{Body, Response};
use serde::Serialize;
use utoipa::ToSchema;

use shared::auth::Caller;
use shared::db::{self, Row};
use shared::error::{ApiError, Context};
use shared::http::json_response;
use shared::plan::{self, PlanLimits};

use crate::{AppState, queries};

/// Work done this month, counted where it happened: a send is a message handed to SES, a
/// verification a contact settled by the verify worker, a resume parse a parse that ran, a
/// reply an inbound message matched to one of the caller's enrollments.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct WorkDone {
    pub sends: i64,
    pub verifications: i64,
    pub resume_parses: i64,
    pub replies_processed: i64,
}

impl WorkDone {
    fn of(&self, work: Work) -> i64 {
        match work {
            Work::Send => self.sends,
            Work::Verification => self.verifications,
            Work::ResumeParse => self.resume_parses,
            Work::Reply => self.replies_processed,
        }
    }
}

/// A kind of metered work.
// The values of `usage_prices.work` (migration V13's CHECK list; a unit test compares them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Work {
    Send,
    Verification,
    ResumeParse,
    Reply,
}

impl Work {
    const ALL: [Work; 4] = [
        Work::Send,
        Work::Verification,
        Work::ResumeParse,
        Work::Reply,
    ];

    fn as_str(self) -> &'static str {
        match self {
            Work::Send => "send",
            Work::Verification => "verification",
            Work::ResumeParse => "resume_parse",
            Work::Reply => "reply",
        }
    }
}

/// Read from the price table's text column; a kind this build does not know is an error with
/// its value, not a price silently left out of the estimate.
impl<'a> db::FromSql<'a> for Work {
    fn from_sql(
        ty: &db::Type,
        raw: &'a [u8],
    ) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        let text = <&str as db::FromSql>::from_sql(ty, raw)?;
        Work::ALL
            .into_iter()
            .find(|work| work.as_str() == text)
            .ok_or_else(|| format!("unknown kind of work {text:?}").into())
    }

    fn accepts(ty: &db::Type) -> bool {
        <&str as db::FromSql>::accepts(ty)
    }
}

/// What is left of each monthly quota (never below 0). Verifications still pending and
/// uploads still parsing count against the quota when they are asked for, so a request can be
/// refused (429) while this shows a little room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct Remaining {
    pub sends: i64,
    pub verifications: i64,
    pub resume_parses: i64,
}

/// One priced item of one kind of work: how much of it this month's work used.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct CostItem {
    pub work: Work,
    /// What is priced, in the unit of the price: `outbound email`, `request`, `GB-second`, ...
    pub item: String,
    pub quantity: f64,
    pub usd_per_unit: f64,
    pub usd: f64,
    /// The published price and what the quantity per unit of work is made of.
    pub basis: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ServiceCost {
    /// `ses`, `lambda`, `sqs`, `s3` or `dynamodb`.
    pub service: String,
    pub usd: f64,
    pub items: Vec<CostItem>,
}

/// The answer of `GET /usage` (`GET /me` shows the counts alone, as `Usage`).
#[derive(Debug, Serialize, ToSchema)]
pub struct UsageReport {
    /// The month counted: from midnight UTC on the first to the first of the next month.
    pub period_start: DateTime<Utc>,
    pub period_end: DateTime<Utc>,
    #[serde(flatten)]
    pub work: WorkDone,
    pub limits: PlanLimits,
    pub remaining: Remaining,
    /// What this month's work cost at AWS's published on-demand prices (us-east-1, free tiers
    /// ignored): an estimate, and an upper bound.
    pub estimated_cost_usd: f64,
    /// The estimate by service, most expensive first.
    pub cost_by_service: Vec<ServiceCost>,
}

/// One row of the price table: per unit of `work`, `quantity` of `item` at `usd_per_unit`.
#[derive(Debug, Clone, PartialEq)]
pub struct Price {
    pub work: Work,
    pub service: String,
    pub item: String,
    pub quantity: f64,
    pub usd_per_unit: f64,
    pub basis: String,
}

impl Price {
    fn from_row(row: &Row) -> Result<Self, db::Error> {
        Ok(Self {
            work: row.try_get("work")?,
            service: row.try_get("service")?,
            item: row.try_get("item")?,
            quantity: row.try_get("quantity")?,
            usd_per_unit: row.try_get("usd_per_unit")?,
            basis: row.try_get("basis")?,
        })
    }
}

/// This month's work priced: each service with its items, most expensive first (by name when
/// equal), and services the work did not use left out.
pub fn estimate(work: &WorkDone, prices: &[Price]) -> Vec<ServiceCost> {
    let mut by_service: BTreeMap<&str, Vec<CostItem>> = BTreeMap::new();
    for price in prices {
        let done = work.of(price.work);
        if done == 0 {
            continue;
        }
        // Monthly counts are far below 2^52: the conversion is exact.
        let quantity = price.quantity * done as f64;
        by_service
            .entry(price.service.as_str())
            .or_default()
            .push(CostItem {
                work: price.work,
                item: price.item.clone(),
                quantity,
                usd_per_unit: price.usd_per_unit,
                usd: quantity * price.usd_per_unit,
                basis: price.basis.clone(),
            });
    }
    let mut services: Vec<ServiceCost> = by_service
        .into_iter()
        .map(|(service, items)| ServiceCost {
            service: service.to_owned(),
            usd: total(items.iter().map(|item| item.usd)),
            items,
        })
        .collect();
    services.sort_by(|a, b| b.usd.total_cmp(&a.usd).then(a.service.cmp(&b.service)));
    services
}

/// A sum of dollars that is `0`, not `-0` (which `Iterator::sum` of no floats is), when empty.
fn total(amounts: impl Iterator<Item = f64>) -> f64 {
    amounts.fold(0.0, |sum, amount| sum + amount)
}

/// The caller's work this calendar month (UTC), what is left of the plan's quotas, and the
/// estimated AWS cost of the work by service.
#[utoipa::path(get, path = "/usage", tag = "auth", security(("bearer" = [])),
    responses((status = 200, body = UsageReport)))]
pub async fn get_usage(
    State(state): State<Arc<AppState>>,
    caller: Caller,
) -> Result<Response<Body>, ApiError> {
    let client = db::client(&state.pool).await?;
    let row = client
        .query_opt(queries::MONTHLY_WORK, &[&caller.user_id])
        .await
        .context("Failed to count usage")?
        .ok_or(ApiError::Unauthorized("The account no longer exists."))?;
    let plan_name: String = row.try_get("plan").context("Failed to read usage")?;
    let period_start: DateTime<Utc> = row
        .try_get("period_start")
        .context("Failed to read usage")?;
    let work = WorkDone {
        sends: row.try_get("sends").context("Failed to read usage")?,
        verifications: row
            .try_get("verifications")
            .context("Failed to read usage")?,
        resume_parses: row
            .try_get("resume_parses")
            .context("Failed to read usage")?,
        replies_processed: row.try_get("replies").context("Failed to read usage")?,
    };
    let prices = db::read_rows(
        &client
            .query(queries::USAGE_PRICES, &[])
            .await
            .context("Failed to read prices")?,
        Price::from_row,
    )
    .context("Failed to read prices")?;
    let limits = plan::limits(&plan_name);
    let cost_by_service = estimate(&work, &prices);
    let usage = UsageReport {
        period_end: period_start
            .checked_add_months(Months::new(1))
            .unwrap_or(period_start),
        period_start,
        remaining: Remaining {
            sends: (limits.monthly_sends - work.sends).max(0),
            verifications: (limits.monthly_verifications - work.verifications).max(0),
            resume_parses: (limits.monthly_resume_parses - work.resume_parses).max(0),
        },
        estimated_cost_usd: total(cost_by_service.iter().map(|service| service.usd)),
        cost_by_service,
        limits,
        work,
    };
    json_response(StatusCode::OK, &usage)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn price(work: Work, service: &str, item: &str, quantity: f64, usd: f64) -> Price {
        Price {
            work,
            service: service.into(),
            item: item.into(),
            quantity,
            usd_per_unit: usd,
            basis: String::new(),
        }
    }

    #[test]
    fn the_estimate_prices_each_kind_of_work_by_service() {
        let prices = [
            price(Work::Send, "ses", "outbound email", 1.0, 0.0001),
            price(Work::Send, "sqs", "request", 3.0, 0.0000004),
            price(Work::Reply, "ses", "inbound email", 1.0, 0.0001),
            price(Work::ResumeParse, "s3", "PUT request", 1.0, 0.000005),
        ];
        let work = WorkDone {
            sends: 1_000,
            replies_processed: 10,
            ..WorkDone::default()
        };
        let services = estimate(&work, &prices);
        // No parse was done: S3 is not listed.
        let names: Vec<&str> = services.iter().map(|s| s.service.as_str()).collect();
        assert_eq!(names, ["ses", "sqs"]);
        let ses = &services[0];
        assert!((ses.usd - (0.1 + 0.001)).abs() < 1e-12, "{}", ses.usd);
        assert_eq!(ses.items[0].quantity, 1_000.0);
        assert_eq!(services[1].items[0].quantity, 3_000.0);
        assert!((services[1].usd - 0.0012).abs() < 1e-12);
        assert!(estimate(&WorkDone::default(), &prices).is_empty());
        assert!(total(std::iter::empty()).is_sign_positive());
    }

    #[test]
    fn each_kind_of_work_is_named_as_the_price_table_names_it() {
        for work in Work::ALL {
            assert_eq!(
                serde_json::to_value(work).expect("serialises"),
                work.as_str()
            );
        }
        // Migration V13's CHECK list is these names, in this order.
        let migration = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../migrations/V13__usage_prices.sql"
        ))
        .expect("the migration");
        let names: Vec<String> = Work::ALL
            .iter()
            .map(|work| format!("'{}'", work.as_str()))
            .collect();
        assert!(
            migration.contains(&format!("work IN ({})", names.join(", "))),
            "V13's CHECK lists {names:?}"
        );
    }
}
