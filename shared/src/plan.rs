//! Plans and their monthly limits.

use serde::Serialize;

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
