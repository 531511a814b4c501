//! The reply worker's SQL, named.

// What a reply is matched to: the enrollment, its campaign's application, the contact, and
// the message answered (by address: the enrollment's latest sent one).

pub const MATCH_BY_ENROLLMENT: &str = "\
    SELECT e.id AS enrollment_id, e.user_id, c.application_id, ct.email::text AS contact_email, \
           ct.company AS contact_company, \
           NULLIF(concat_ws(' ', ct.first_name, ct.last_name), '') AS contact_name, \
           u.email::text AS user_email, \
           (SELECT o.id FROM outbound_emails o WHERE o.enrollment_id = e.id \
              AND o.sent_at IS NOT NULL ORDER BY o.sent_at DESC LIMIT 1) AS outbound_email_id \
    FROM enrollments e JOIN campaigns c ON c.id = e.campaign_id \
    JOIN contacts ct ON ct.id = e.contact_id JOIN users u ON u.id = e.user_id \
    WHERE e.id = $1";

pub const MATCH_BY_SES_ID: &str = "\
    SELECT e.id AS enrollment_id, e.user_id, c.application_id, ct.email::text AS contact_email, \
           ct.company AS contact_company, \
           NULLIF(concat_ws(' ', ct.first_name, ct.last_name), '') AS contact_name, \
           u.email::text AS user_email, o.id AS outbound_email_id \
    FROM outbound_emails o JOIN enrollments e ON e.id = o.enrollment_id \
    JOIN campaigns c ON c.id = e.campaign_id JOIN contacts ct ON ct.id = e.contact_id \
    JOIN users u ON u.id = e.user_id \
    WHERE o.ses_message_id = $1";

pub const ALREADY_RECORDED: &str = "SELECT 1 FROM inbound_messages WHERE s3_key = $1";

// DO NOTHING: a notification delivered twice, or two workers at once, record one row.
pub const RECORD: &str = "\
    INSERT INTO inbound_messages (s3_key, user_id, enrollment_id, outbound_email_id, matched_by, \
        classification, reason, from_address, from_name, subject, message_id, auto_reply_until) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
    ON CONFLICT (s3_key) DO NOTHING RETURNING id";

// What was done about a recorded message, once it is done (same transaction).
pub const RECORD_ACTION: &str = "UPDATE inbound_messages SET action = $2 WHERE id = $1";

// An object that is not mail we could read: only its key and why.
pub const RECORD_UNREAD: &str = "\
    INSERT INTO inbound_messages (s3_key, reason) VALUES ($1, $2) \
    ON CONFLICT (s3_key) DO NOTHING RETURNING id";

// The first reply's time is kept.
pub const MARK_REPLIED: &str = "\
    UPDATE outbound_emails SET replied_at = COALESCE(replied_at, now()) WHERE id = $1";

pub const STOP_ENROLLMENT: &str = "\
    UPDATE enrollments SET status = 'stopped', stop_reason = $2, next_due_at = NULL, \
           schedule_note = NULL, updated_at = now() \
    WHERE id = $1 AND status = 'active'";

// The hiring team has answered: the application's other active enrollments with a contact at
// the same company (as the user wrote it, any case) stop too.
pub const STOP_COMPANY: &str = "\
    UPDATE enrollments e SET status = 'stopped', stop_reason = 'company_replied', \
           next_due_at = NULL, schedule_note = NULL, updated_at = now() \
    FROM campaigns c, contacts ct \
    WHERE e.user_id = $1 AND e.status = 'active' AND e.id <> $2 \
      AND c.id = e.campaign_id AND c.application_id = $3 \
      AND ct.id = e.contact_id AND lower(btrim(ct.company)) = lower(btrim($4))";

// An auto-reply holds the enrollment until the writer is back. A step in flight
// (next_due_at NULL) keeps the hold in held_until, which the scheduler applies when it
// schedules the next step.
pub const HOLD_UNTIL: &str = "\
    UPDATE enrollments SET held_until = GREATEST(held_until, $2), \
           next_due_at = GREATEST(next_due_at, $2), \
           schedule_note = CASE WHEN next_due_at IS NULL THEN schedule_note ELSE $3 END, \
           updated_at = now() \
    WHERE id = $1 AND status = 'active'";

/// An invitation moves an application that was `applied` to `interviewing`; any other answer
/// flags it for the seeker's attention. Returns the status before and after.
pub const MOVE_APPLICATION: &str = "\
    WITH before AS (SELECT status FROM applications WHERE id = $1 AND user_id = $2 FOR UPDATE) \
    UPDATE applications a SET \
        status = CASE WHEN $3 AND a.status = 'applied' THEN 'interviewing' ELSE a.status END, \
        needs_attention = NOT ($3 AND a.status = 'applied'), updated_at = now() \
    FROM before WHERE a.id = $1 AND a.user_id = $2 \
    RETURNING before.status AS from_status, a.status AS to_status";

pub const APPLICATION_EVENT: &str = "\
    INSERT INTO application_events (application_id, user_id, from_status, to_status, note) \
    VALUES ($1, $2, $3, $4, $5)";

pub const INSERT_FORWARD: &str = "\
    INSERT INTO outbound_emails (user_id, kind, recipient, subject) \
    VALUES ($1, 'reply_forward', $2, $3) RETURNING id";
