//! What unsubscribing an address does, wherever the request came from (the link's page, the
//! one-click POST, or a reply asking for it): the same four statements, in the caller's
//! transaction, each with `$1` the user and `$2` the address.

/// Suppresses the address for the user; `$3` says how they asked. DO NOTHING keeps the first
/// reason an address was suppressed for.
pub const SUPPRESS: &str = "\
    INSERT INTO suppressions (user_id, email, reason, detail) \
    VALUES ($1, $2, 'unsubscribe', $3) \
    ON CONFLICT (user_id, email) DO NOTHING";

/// Stops every active enrollment of the address, in whichever of the user's campaigns.
pub const STOP_ENROLLMENTS: &str = "\
    UPDATE enrollments e SET status = 'stopped', stop_reason = 'unsubscribe', next_due_at = NULL, \
           schedule_note = NULL, updated_at = now() \
    FROM contacts c \
    WHERE e.user_id = $1 AND e.status = 'active' AND c.id = e.contact_id AND c.email = $2::text";

/// Cancels the address's campaign messages still waiting to be sent.
pub const CANCEL_QUEUED: &str = "\
    UPDATE outbound_emails SET status = 'cancelled', failure_reason = 'unsubscribed', \
           updated_at = now() \
    WHERE user_id = $1 AND recipient = $2::text AND status = 'queued' AND campaign_id IS NOT NULL";

/// Marks the latest campaign message sent to the address as the one it unsubscribed from, once
/// (analytics count `unsubscribed_at`); an address that was never sent to marks nothing.
pub const MARK_UNSUBSCRIBED: &str = "\
    UPDATE outbound_emails SET unsubscribed_at = now(), updated_at = now() \
    WHERE id = (SELECT latest.id FROM outbound_emails latest \
                WHERE latest.user_id = $1 AND latest.recipient = $2::text \
                  AND latest.campaign_id IS NOT NULL AND latest.sent_at IS NOT NULL \
                ORDER BY latest.sent_at DESC LIMIT 1) \
      AND unsubscribed_at IS NULL";
