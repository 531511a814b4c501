//! Every statement the shared library runs, named.

// ------------------------------------------------------------------ authentication

// Looked up by the token's public id alone (the primary key); the secret's hash is compared by
// the caller in constant time, so neither the index nor the comparison leaks how much of a
// guessed secret was right. Expiry uses the database clock, the one that set it.
pub const FIND_SESSION: &str = "\
    SELECT user_id, secret_hash FROM sessions \
    WHERE id = $1 AND revoked_at IS NULL AND expires_at > now()";

// By the key's public id alone, for the same reason as FIND_SESSION; a revoked key finds no
// row, which is the same 401 as a wrong secret.
pub const FIND_API_KEY: &str = "\
    SELECT user_id, secret_hash FROM api_keys WHERE id = $1 AND revoked_at IS NULL";

// Recording every use would turn each authenticated read into a write; a minute's precision is
// what the key listing needs.
pub const TOUCH_API_KEY: &str = "\
    UPDATE api_keys SET last_used_at = now() \
    WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')";

// ------------------------------------------------------------------ plans

// Locks the user's row until the transaction ends, so that two requests counting the same
// monthly quota cannot both take its last unit.
pub const LOCK_PLAN: &str = "SELECT plan FROM users WHERE id = $1 FOR UPDATE";

// ------------------------------------------------------------------ audit

// Run on the caller's client or transaction, so the entry commits (or rolls back) with the
// change it describes.
pub const INSERT_AUDIT: &str = "\
    INSERT INTO audit_log (user_id, action, detail, source_ip) VALUES ($1, $2, $3, $4)";
