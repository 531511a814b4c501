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

// A campaign message is claimed only while its campaign and enrollment are active and its
// address is not suppressed for its user: a pause, a stop or a suppression that committed
// before this statement stops the send. The thread is the SES ids of the earlier steps.
pub const CLAIM_CAMPAIGN: &str = "\
    UPDATE outbound_emails o SET status = 'sending', attempts = o.attempts + 1, \
           claimed_at = now(), updated_at = now() \
    FROM campaigns c, enrollments e, senders s \
    WHERE o.id = $1 AND o.status = 'queued' \
      AND c.id = o.campaign_id AND c.status = 'active' \
      AND e.id = o.enrollment_id AND e.status = 'active' \
      AND s.id = o.sender_id \
      AND NOT EXISTS (SELECT 1 FROM suppressions x \
                      WHERE x.user_id = o.user_id AND x.email = o.recipient) \
    RETURNING o.recipient::text AS recipient, o.subject, o.body_text, o.enrollment_id, \
              o.campaign_id, o.user_id, (c.track_opens OR c.track_clicks) AS tracked, \
              s.from_email::text AS from_email, s.from_name, \
              ARRAY(SELECT p.ses_message_id FROM outbound_emails p \
                    WHERE p.enrollment_id = o.enrollment_id AND p.step < o.step \
                      AND p.ses_message_id IS NOT NULL ORDER BY p.step) AS thread";

// Why a campaign message was not claimed.
pub const CAMPAIGN_MESSAGE_STATE: &str = "\
    SELECT o.status, c.status AS campaign_status, e.status AS enrollment_status, \
           EXISTS (SELECT 1 FROM suppressions x \
                   WHERE x.user_id = o.user_id AND x.email = o.recipient) AS suppressed \
    FROM outbound_emails o \
    LEFT JOIN campaigns c ON c.id = o.campaign_id \
    LEFT JOIN enrollments e ON e.id = o.enrollment_id \
    WHERE o.id = $1";

// Stopped before it was sent; only a queued message is cancelled.
pub const CANCEL: &str = "\
    UPDATE outbound_emails SET status = 'cancelled', failure_reason = $2, updated_at = now() \
    WHERE id = $1 AND status = 'queued'";

// Its campaign is paused: off the queue until the scheduler enqueues it again.
pub const UNENQUEUE: &str = "\
    UPDATE outbound_emails SET enqueued_at = NULL, updated_at = now() \
    WHERE id = $1 AND status = 'queued'";
