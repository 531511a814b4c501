//! Every statement this function runs, named.

/// The cheapest statement that proves a pooled connection reaches a working server.
pub const PING: &str = "SELECT 1";

// Mail whose outcome at SES is unknown waits for a person (it is never resent automatically);
// the count goes to the log and the maintenance metric, not to this public answer.
pub const COUNT_UNKNOWN_OUTCOME_EMAILS: &str =
    "SELECT count(*) AS unknown FROM outbound_emails WHERE status = 'unknown'";
