//! Every statement this function runs, named.

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

pub const INSERT_SESSION: &str = "\
    INSERT INTO sessions (id, user_id, secret_hash, expires_at) \
    VALUES ($1, $2, $3, now() + interval '30 days') RETURNING expires_at";

pub const REVOKE_SESSION: &str = "\
    UPDATE sessions SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL";

pub const FIND_USER: &str = "\
    SELECT id, email::text AS email, plan, created_at FROM users WHERE id = $1";

// Counted from the first of the current UTC month.
pub const MONTHLY_USAGE: &str = "\
    SELECT \
      count(*) FILTER (WHERE kind = 'send') AS sends, \
      count(*) FILTER (WHERE kind = 'verification') AS verifications, \
      count(*) FILTER (WHERE kind = 'resume_parse') AS resume_parses, \
      date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS period_start \
    FROM usage_events \
    WHERE user_id = $1 AND occurred_at >= date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'";

pub const COUNT_ACTIVE_API_KEYS: &str = "\
    SELECT count(*) FROM api_keys WHERE user_id = $1 AND revoked_at IS NULL";

pub const INSERT_API_KEY: &str = "\
    INSERT INTO api_keys (id, user_id, name, secret_hash) VALUES ($1, $2, $3, $4) \
    RETURNING id, name, created_at, last_used_at";

pub const LIST_API_KEYS: &str = "\
    SELECT id, name, created_at, last_used_at FROM api_keys \
    WHERE user_id = $1 AND revoked_at IS NULL AND (created_at, id) < ($2, $3) \
    ORDER BY created_at DESC, id DESC LIMIT $4";

pub const REVOKE_API_KEY: &str = "\
    UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL";
