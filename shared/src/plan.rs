//! Plans and their monthly limits.

use chrono::{DateTime, Datelike, TimeZone, Utc};
use serde::Serialize;
use uuid::Uuid;

use crate::db::Transaction;
use crate::error::{ApiError, Context};
use crate::queries;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct PlanLimits {
    pub monthly_sends: i64,
    pub monthly_verifications: i64,
    pub monthly_resume_parses: i64,
    pub api_keys: i64,
}

/// Limits of a plan by its stored name. Unknown names get the beta limits, the only plan sold
/// today, so a typo in an admin update cannot lift every limit.
pub fn limits(plan: &str) -> PlanLimits {
    match plan {
        "pro" => PlanLimits {
            monthly_sends: 10_000,
            monthly_verifications: 20_000,
            monthly_resume_parses: 200,
            api_keys: 25,
        },
        _ => PlanLimits {
            monthly_sends: 1_500,
            monthly_verifications: 3_000,
            monthly_resume_parses: 30,
            api_keys: 10,
        },
    }
}

/// Most senders (From addresses) a user of the plan may register. Each one costs the owner of
/// the address a confirmation email, so the cap also bounds how many strangers one account
/// can mail.
pub fn max_senders(plan: &str) -> i64 {
    match plan {
        "pro" => 10,
        _ => 3,
    }
}

/// The user's plan by its stored name, with the user's row locked for the rest of the
/// transaction: count what a limit has used after this, and the count cannot go stale before
/// the commit.
pub async fn lock_plan(tx: &Transaction<'_>, user_id: Uuid) -> Result<String, ApiError> {
    tx.query_one(queries::LOCK_PLAN, &[&user_id])
        .await
        .context("Failed to load plan")?
        .try_get("plan")
        .context("Failed to read plan")
}

/// The limits of the user's plan, locked as [`lock_plan`] locks it.
pub async fn lock_limits(tx: &Transaction<'_>, user_id: Uuid) -> Result<PlanLimits, ApiError> {
    Ok(limits(&lock_plan(tx, user_id).await?))
}

/// A monthly quota (sends, verifications, resume parses) as a rate limit whose window is the
/// calendar month (UTC): `Retry-After` points at the first of the next month.
pub fn monthly_quota_exceeded(
    scope: &'static str,
    limit: i64,
    now: DateTime<Utc>,
) -> crate::ratelimit::Exceeded {
    let (year, month) = if now.month() == 12 {
        (now.year() + 1, 1)
    } else {
        (now.year(), now.month() + 1)
    };
    let next_month = Utc
        .with_ymd_and_hms(year, month, 1, 0, 0, 0)
        .single()
        .unwrap_or(now);
    let this_month = Utc
        .with_ymd_and_hms(now.year(), now.month(), 1, 0, 0, 0)
        .single()
        .unwrap_or(now);
    crate::ratelimit::Exceeded {
        scope,
        limit: u32::try_from(limit).unwrap_or(u32::MAX),
        window_seconds: u32::try_from((next_month - this_month).num_seconds()).unwrap_or(0),
        retry_after_seconds: u32::try_from((next_month - now).num_seconds().max(1)).unwrap_or(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_monthly_quota_resets_on_the_first() {
        let now = Utc
            .with_ymd_and_hms(2026, 12, 31, 23, 0, 0)
            .single()
            .expect("time");
        let exceeded = monthly_quota_exceeded("monthly verification quota", 100, now);
        assert_eq!(exceeded.retry_after_seconds, 3600);
        assert_eq!(exceeded.window_seconds, 31 * 24 * 3600);
        assert_eq!(exceeded.limit, 100);
    }
}
