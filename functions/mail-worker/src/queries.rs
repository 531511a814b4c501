//! Every statement the mail worker runs. A row moves `queued` → `sending` → `sent` / `failed`
//! (or stays `sending` when SES may have taken it); each statement moves it only from the
//! states named in its `WHERE`, so a redelivered job cannot send twice.

// One statement claims the row: a second delivery of the job finds it no longer `queued`.
pub const CLAIM: &str = "\
    UPDATE outbound_emails SET status = 'sending', attempts = attempts + 1, claimed_at = now(), \
    updated_at = now() WHERE id = $1 AND status = 'queued' RETURNING recipient::text";

// What happened to a row this delivery could not claim.
pub const CURRENT_STATUS: &str = "SELECT status FROM outbound_emails WHERE id = $1";

// Gives a transiently failed send back to the queue, so the redelivered message can claim it.
pub const RELEASE: &str = "\
    UPDATE outbound_emails SET status = 'queued', failure_reason = $2, updated_at = now() \
    WHERE id = $1 AND status = 'sending'";

// The Send event may have recorded the send already (it can outrun this statement); then
// nothing changes. 'unknown' is included because SES's answer is better than our guess.
pub const MARK_SENT: &str = "\
    UPDATE outbound_emails SET status = 'sent', ses_message_id = $2, sent_at = now(), \
    failure_reason = NULL, updated_at = now() WHERE id = $1 AND status IN ('sending', 'unknown')";

// SES may have accepted the message: the row stays `sending` (never reclaimed, never resent)
// with the reason, for the Send event or the 15-minute sweep to settle.
pub const MARK_OUTCOME_UNKNOWN: &str = "\
    UPDATE outbound_emails SET failure_reason = $2, updated_at = now() \
    WHERE id = $1 AND status = 'sending'";

// SES refused the message, or it could not be built: it will never be sent.
pub const MARK_FAILED: &str = "\
    UPDATE outbound_emails SET status = 'failed', failure_reason = $2, updated_at = now() WHERE id = $1";
