//! Every statement the scheduler runs. Each tick is a series of short transactions; rows are
//! taken with `FOR UPDATE SKIP LOCKED`, so overlapping ticks split the work instead of doing
//! it twice.

// A step that left moves its enrollment to the next step, due `delay_minutes` after the send
// (SPEC §3), or later when an auto-reply asked to wait (held_until), or completes it after
// the last step.
pub const ADVANCE_SENT: &str = "\
    WITH sent AS ( \
        SELECT e.id, e.next_step, e.held_until, \
               COALESCE(o.sent_at, o.updated_at) + make_interval(mins => s.delay_minutes) AS due, \
               s.delay_minutes AS next_delay \
        FROM enrollments e \
        JOIN outbound_emails o ON o.id = e.awaiting_email_id AND o.status = 'sent' \
        LEFT JOIN campaign_steps s \
               ON s.campaign_id = e.campaign_id AND s.position = e.next_step + 1 \
        WHERE e.status = 'active' AND e.awaiting_email_id IS NOT NULL \
        LIMIT $1 FOR UPDATE OF e SKIP LOCKED) \
    UPDATE enrollments e SET \
        next_step = sent.next_step + 1, awaiting_email_id = NULL, \
        next_due_at = CASE WHEN sent.next_delay IS NOT NULL \
            THEN GREATEST(sent.due, sent.held_until) END, \
        schedule_note = CASE WHEN sent.held_until > sent.due \
            THEN 'held by an auto-reply until ' || to_char(sent.held_until, 'YYYY-MM-DD') END, \
        status = CASE WHEN sent.next_delay IS NULL THEN 'completed' ELSE 'active' END, \
        updated_at = now() \
    FROM sent WHERE e.id = sent.id";

// A step that will never leave stops its enrollment: SES refused it, or it may have been sent
// and is never sent again (unknown outcome).
pub const STOP_UNSENT: &str = "\
    WITH unsent AS ( \
        SELECT e.id, o.status, o.failure_reason \
        FROM enrollments e \
        JOIN outbound_emails o ON o.id = e.awaiting_email_id \
             AND o.status IN ('failed', 'unknown', 'cancelled') \
        WHERE e.status = 'active' \
        LIMIT $1 FOR UPDATE OF e SKIP LOCKED) \
    UPDATE enrollments e SET status = 'stopped', awaiting_email_id = NULL, next_due_at = NULL, \
        stop_reason = CASE unsent.status WHEN 'unknown' THEN 'send_outcome_unknown' \
                                         WHEN 'cancelled' THEN 'cancelled' \
                                         ELSE 'send_failed' END, \
        schedule_note = unsent.failure_reason, updated_at = now() \
    FROM unsent WHERE e.id = unsent.id";

// Due enrollments of active campaigns, oldest due first, with everything the checks and the
// render need. The thread subject is what step 1 was sent with: follow-ups keep it.
pub const TAKE_DUE: &str = "\
    SELECT e.id, e.user_id, e.campaign_id, e.contact_id, e.next_step, \
           c.timezone, c.days, c.start_hour, c.end_hour, c.include_risky, c.sender_id, \
           c.application_id, \
           ct.email::text AS email, ct.first_name, ct.last_name, ct.company, ct.title, \
           ct.timezone AS contact_timezone, ct.verification_status, \
           EXISTS (SELECT 1 FROM suppressions s WHERE s.user_id = e.user_id AND s.email = ct.email) \
               AS suppressed, \
           st.subject, st.body, \
           (SELECT o.subject FROM outbound_emails o \
            WHERE o.enrollment_id = e.id AND o.step = 1) AS thread_subject \
    FROM enrollments e \
    JOIN campaigns c ON c.id = e.campaign_id AND c.status = 'active' \
    JOIN contacts ct ON ct.id = e.contact_id \
    JOIN campaign_steps st ON st.campaign_id = e.campaign_id AND st.position = e.next_step \
    WHERE e.status = 'active' AND e.awaiting_email_id IS NULL AND e.next_due_at <= $1 \
    ORDER BY e.next_due_at LIMIT $2 \
    FOR UPDATE OF e SKIP LOCKED";

// Senders of the batch, locked: the daily count and the pacing slot are read and advanced by
// one tick at a time per sender.
pub const LOCK_SENDERS: &str = "\
    SELECT id, from_name, identity_status, daily_cap, warmup_start_cap, warmup_daily_increase, \
           warmup_started_at, last_slot_at, min_gap_seconds, jitter_seconds, \
           (SELECT count(*) FROM outbound_emails o \
            WHERE o.sender_id = senders.id AND o.campaign_id IS NOT NULL \
              AND o.status <> 'cancelled' \
              AND o.created_at >= date_trunc('day', $2::timestamptz AT TIME ZONE 'UTC') \
                                  AT TIME ZONE 'UTC') AS sent_today \
    FROM senders WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE";

// Sends counted against the monthly quota, per user of the batch (a send is counted when
// its message is made).
pub const MONTHLY_SENDS: &str = "\
    SELECT u.id AS user_id, u.plan, \
           (SELECT count(*) FROM usage_events e WHERE e.user_id = u.id AND e.kind = 'send' \
              AND e.occurred_at >= date_trunc('month', $2::timestamptz AT TIME ZONE 'UTC') \
                                   AT TIME ZONE 'UTC') AS used \
    FROM users u WHERE u.id = ANY($1::uuid[])";

// What an application fills in: the job, its best pain point and the offer.
pub const APPLICATION_VARS: &str = "\
    SELECT a.id, j.title, j.company, \
           (SELECT p.pain_point FROM pain_points p \
            WHERE p.job_id = a.job_id AND p.user_id = a.user_id \
            ORDER BY p.position LIMIT 1) AS pain_point, \
           (SELECT o.body FROM offers o \
            WHERE o.application_id = a.id AND o.user_id = a.user_id) AS offer \
    FROM applications a JOIN jobs j ON j.id = a.job_id AND j.user_id = a.user_id \
    WHERE a.id = ANY($1::uuid[])";

pub const STOP: &str = "\
    UPDATE enrollments SET status = 'stopped', stop_reason = $2, schedule_note = $3, \
           next_due_at = NULL, updated_at = now() WHERE id = $1";

pub const RESCHEDULE: &str = "\
    UPDATE enrollments SET next_due_at = $2, schedule_note = $3, updated_at = now() WHERE id = $1";

// One message per (enrollment, step): a conflict means an earlier tick made it, whose id is
// then taken as the step's message.
pub const INSERT_MESSAGE: &str = "\
    INSERT INTO outbound_emails (id, user_id, kind, recipient, sender_id, campaign_id, \
                                 enrollment_id, contact_id, step, subject, body_text, scheduled_at) \
    VALUES ($1, $2, 'campaign', $3, $4, $5, $6, $7, $8, $9, $10, $11) \
    ON CONFLICT (enrollment_id, step) WHERE enrollment_id IS NOT NULL DO NOTHING \
    RETURNING id";

pub const EXISTING_MESSAGE: &str =
    "SELECT id FROM outbound_emails WHERE enrollment_id = $1 AND step = $2";

pub const RECORD_SEND_USAGE: &str =
    "INSERT INTO usage_events (user_id, kind, occurred_at) VALUES ($1, 'send', $2)";

pub const AWAIT_MESSAGE: &str = "\
    UPDATE enrollments SET awaiting_email_id = $2, next_due_at = NULL, schedule_note = NULL, \
           updated_at = now() WHERE id = $1";

pub const SET_LAST_SLOT: &str = "UPDATE senders SET last_slot_at = $2 WHERE id = $1";

// Messages whose slot is within the queue's longest delay, not on the queue yet, of campaigns
// still active. Locked while they are enqueued; `enqueued_at` is set for those SQS took.
pub const TAKE_TO_ENQUEUE: &str = "\
    SELECT o.id, o.scheduled_at FROM outbound_emails o \
    JOIN campaigns c ON c.id = o.campaign_id AND c.status = 'active' \
    WHERE o.campaign_id IS NOT NULL AND o.status = 'queued' AND o.enqueued_at IS NULL \
      AND o.scheduled_at <= $1 \
    ORDER BY o.scheduled_at LIMIT $2 FOR UPDATE OF o SKIP LOCKED";

pub const MARK_ENQUEUED: &str =
    "UPDATE outbound_emails SET enqueued_at = now() WHERE id = ANY($1::uuid[])";

// A campaign with no active enrollment left has nothing more to send.
pub const COMPLETE_CAMPAIGNS: &str = "\
    UPDATE campaigns c SET status = 'completed', completed_at = now(), updated_at = now() \
    WHERE c.status = 'active' \
      AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.campaign_id = c.id AND e.status = 'active')";
