//! Every statement the verify worker runs.

// The API enqueues just before committing the transaction that marks these contacts pending.
// FOR SHARE waits for that commit and then returns the rows as it left them; the status is
// checked after the lock, not in the WHERE clause, because Postgres tests the WHERE clause
// against the version it can already see (not yet pending) and would skip the row unlocked.
pub const LOAD_NAMED: &str = "\
    SELECT id, email::text AS email, verification_status FROM contacts \
    WHERE user_id = $1 AND id = ANY($2) FOR SHARE";

// Settles a contact and counts the verification in one statement: both or neither.
pub const SETTLE: &str = "\
    WITH settled AS ( \
      UPDATE contacts SET verification_status = $3, verification_reason = $4, \
        verification_checked_at = now(), updated_at = now() \
      WHERE id = $1 AND user_id = $2 AND verification_status = 'pending' AND email = $5 \
      RETURNING user_id) \
    INSERT INTO usage_events (user_id, kind) SELECT user_id, 'verification' FROM settled";
