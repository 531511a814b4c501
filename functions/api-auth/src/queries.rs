//! Every statement this function runs, named.

// Only the hash of the secret is stored, and the expiry uses the database clock, the one the
// redemption (LOCK_LOGIN_TOKEN) compares against.
pub const INSERT_LOGIN_TOKEN: &str = "\
    INSERT INTO login_tokens (id, email, secret_hash, expires_at) \
    VALUES ($1, $2, $3, now() + interval '15 minutes')";

// The login token is linked so the maintenance sweep can mint a fresh link if the enqueue fails.
pub const INSERT_OUTBOUND_EMAIL: &str = "\
    INSERT INTO outbound_emails (kind, recipient, login_token_id) VALUES ($1, $2, $3) RETURNING id";

// FOR UPDATE serialises two redemptions of the same token: the second sees used_at set.
pub const LOCK_LOGIN_TOKEN: &str = "\
    SELECT email::text AS email, secret_hash, used_at IS NULL AND expires_at > now() AS usable \
    FROM login_tokens WHERE id = $1 FOR UPDATE";

// Guarded on its own, not only by the lock above: whatever reads the token, exactly one
// redemption can move used_at from NULL, and the caller requires that one row changed.
pub const MARK_LOGIN_TOKEN_USED: &str = "\
    UPDATE login_tokens SET used_at = now() \
    WHERE id = $1 AND used_at IS NULL AND expires_at > now()";

// The no-op update makes RETURNING yield the existing row on conflict.
pub const UPSERT_USER: &str = "\
    INSERT INTO users (email) VALUES ($1) \
    ON CONFLICT (email) DO UPDATE SET email = users.email \
    RETURNING id, email::text AS email, plan, created_at";

// Only the hash of the secret is stored; the expiry uses the database clock, the one
// authentication compares against.
pub const INSERT_SESSION: &str = "\
    INSERT INTO sessions (id, user_id, secret_hash, expires_at) \
    VALUES ($1, $2, $3, now() + interval '30 days') RETURNING expires_at";

// Scoped by user_id so a session id alone cannot sign someone else out; `revoked_at IS NULL`
// keeps the first revocation time when signing out twice.
pub const REVOKE_SESSION: &str = "\
    UPDATE sessions SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL";

// Read with query_opt by `/me`: the account can be deleted between authentication and this
// read, and that answers 401, not a 500.
pub const FIND_USER: &str = "\
    SELECT id, email::text AS email, plan, created_at, timezone, daily_summary \
    FROM users WHERE id = $1";

pub const TIMEZONE_KNOWN: &str =
    "SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = $1) AS known";

// A NULL parameter leaves its setting as it is.
pub const UPDATE_SETTINGS: &str = "\
    UPDATE users SET timezone = COALESCE($2, timezone), \
                     daily_summary = COALESCE($3, daily_summary) \
    WHERE id = $1 RETURNING timezone, daily_summary";

// The month starts at midnight UTC on the first, the boundary the quota checks use, so the
// usage shown is the usage the limits are judged on; the range is what usage_events_user_month
// indexes.
pub const MONTHLY_USAGE: &str = "\
    SELECT \
      count(*) FILTER (WHERE kind = 'send') AS sends, \
      count(*) FILTER (WHERE kind = 'verification') AS verifications, \
      count(*) FILTER (WHERE kind = 'resume_parse') AS resume_parses, \
      date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS period_start \
    FROM usage_events \
    WHERE user_id = $1 AND occurred_at >= date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'";

// /usage: the work counted this month, where it happened (usage_events for sends,
// verifications and parses; inbound_messages for replies matched to the user), and the plan.
// No row when the account is gone.
pub const MONTHLY_WORK: &str = "\
    WITH month AS (SELECT date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS start) \
    SELECT u.plan, month.start AS period_start, \
      (SELECT count(*) FROM usage_events e WHERE e.user_id = u.id AND e.kind = 'send' \
         AND e.occurred_at >= month.start) AS sends, \
      (SELECT count(*) FROM usage_events e WHERE e.user_id = u.id AND e.kind = 'verification' \
         AND e.occurred_at >= month.start) AS verifications, \
      (SELECT count(*) FROM usage_events e WHERE e.user_id = u.id AND e.kind = 'resume_parse' \
         AND e.occurred_at >= month.start) AS resume_parses, \
      (SELECT count(*) FROM inbound_messages i WHERE i.user_id = u.id \
         AND i.received_at >= month.start) AS replies \
    FROM users u, month WHERE u.id = $1";

// The price table (migration V13), as floats: estimates, not accounting.
pub const USAGE_PRICES: &str = "\
    SELECT work, service, item, quantity::float8 AS quantity, usd_per_unit::float8 AS usd_per_unit, \
           basis \
    FROM usage_prices ORDER BY work, service, item";

// Revoked keys do not count against the plan's limit, so revoking one frees a place.
pub const COUNT_ACTIVE_API_KEYS: &str = "\
    SELECT count(*) AS active FROM api_keys WHERE user_id = $1 AND revoked_at IS NULL";

// Only the hash of the secret is stored: the key is shown once, in the creation response.
pub const INSERT_API_KEY: &str = "\
    INSERT INTO api_keys (id, user_id, name, secret_hash) VALUES ($1, $2, $3, $4) \
    RETURNING id, name, created_at, last_used_at";

// Keyset pagination on (created_at, id), the order of the partial index api_keys_user_listing,
// so a page never skips or repeats a key created meanwhile.
pub const LIST_API_KEYS: &str = "\
    SELECT id, name, created_at, last_used_at FROM api_keys \
    WHERE user_id = $1 AND revoked_at IS NULL AND (created_at, id) < ($2, $3) \
    ORDER BY created_at DESC, id DESC LIMIT $4";

// Scoped by user_id, so another user's key id answers 404; `revoked_at IS NULL` makes a
// second revocation change no row, which is also a 404.
pub const REVOKE_API_KEY: &str = "\
    UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL";
