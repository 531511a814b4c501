//! Every statement the SES events function runs, named. An event is stored once and moves an
//! outbound email's delivery status only forward, so SNS redeliveries change nothing.

// DO NOTHING without a named conflict target covers both unique keys: the SNS message id (SNS
// redelivers) and the event's content (ses_events_content: SES itself may publish one event
// twice). No row back means a duplicate, which is acknowledged without touching anything else.
pub const INSERT_EVENT: &str = "\
    INSERT INTO ses_events (sns_message_id, ses_message_id, event_type, recipients, bounce_type, \
                            bounce_subtype, occurred_at, payload) \
    VALUES ($1, $2, $3, $4::text[]::citext[], $5, $6, $7, $8) \
    ON CONFLICT DO NOTHING RETURNING id";

// Matches by our tag first (the Send event can arrive before the worker records the SES id),
// then by SES message id. The rank guard is what keeps status from moving backward.
pub const ADVANCE_STATUS: &str = "\
    UPDATE outbound_emails SET delivery_status = $3, delivery_rank = $4, updated_at = now() \
    WHERE (id = $1 OR ses_message_id = $2) AND delivery_rank < $4 RETURNING id";

// Links the event to its message by our tag or by SES's id, for the same reason as
// ADVANCE_STATUS; sender health then finds a message's events through the link.
pub const LINK_EVENT: &str = "\
    UPDATE ses_events SET outbound_email_id = o.id FROM outbound_emails o \
    WHERE ses_events.id = $1 AND (o.id = $2 OR o.ses_message_id = $3)";

// Only our tag identifies a row whose SES id was never recorded. Rows already `sent` keep their
// first send time; `failed` and `queued` rows are left alone (SES cannot have them).
pub const RECONCILE_SENT: &str = "\
    UPDATE outbound_emails SET status = 'sent', ses_message_id = $2, sent_at = $3, \
    failure_reason = NULL, updated_at = now() \
    WHERE id = $1 AND status IN ('sending', 'unknown') RETURNING id";

// A permanent bounce or a complaint means the address must never be mailed again by the user
// who sent the message. Transactional mail (no user) is covered by SES's account-level list.
// DO NOTHING keeps the first reason an address was suppressed for.
pub const SUPPRESS_RECIPIENTS: &str = "\
    INSERT INTO suppressions (user_id, email, reason, detail) \
    SELECT o.user_id, bounced.address, $3, $4 \
    FROM outbound_emails o, unnest($2::text[]) AS bounced(address) \
    WHERE (o.id = $1 OR o.ses_message_id = $5) AND o.user_id IS NOT NULL \
    ON CONFLICT (user_id, email) DO NOTHING";

// A permanent bounce or complaint stops, at once, every active enrollment of the address for
// the user who sent the message (SPEC §3), in whichever campaign it is.
pub const STOP_ENROLLMENTS_OF_RECIPIENTS: &str = "\
    UPDATE enrollments e SET status = 'stopped', stop_reason = $3, next_due_at = NULL, \
           schedule_note = NULL, updated_at = now() \
    FROM outbound_emails o, contacts c \
    WHERE (o.id = $1 OR o.ses_message_id = $4) AND o.user_id IS NOT NULL \
      AND e.user_id = o.user_id AND e.status = 'active' \
      AND c.id = e.contact_id AND c.email = ANY($2::text[]::citext[])";

// When a campaign message was first delivered, opened, clicked, bounced (permanently) or
// complained about; a later event of the same kind keeps the first time, and an earlier one
// arriving late takes its place. Analytics count these timestamps (migration V12).
pub const MARK_ENGAGEMENT: &str = "\
    UPDATE outbound_emails SET \
        delivered_at = CASE WHEN $3 = 'delivery' THEN LEAST(COALESCE(delivered_at, $4), $4) ELSE delivered_at END, \
        opened_at = CASE WHEN $3 = 'open' THEN LEAST(COALESCE(opened_at, $4), $4) ELSE opened_at END, \
        clicked_at = CASE WHEN $3 = 'click' THEN LEAST(COALESCE(clicked_at, $4), $4) ELSE clicked_at END, \
        bounced_at = CASE WHEN $3 = 'bounce' THEN LEAST(COALESCE(bounced_at, $4), $4) ELSE bounced_at END, \
        complained_at = CASE WHEN $3 = 'complaint' THEN LEAST(COALESCE(complained_at, $4), $4) ELSE complained_at END \
    WHERE (id = $1 OR ses_message_id = $2) AND campaign_id IS NOT NULL";

// A transient (soft) bounce does not suppress; three in a row for one enrollment stop it.
pub const SOFT_BOUNCE: &str = "\
    UPDATE enrollments e SET soft_bounces = e.soft_bounces + 1, updated_at = now(), \
        status = CASE WHEN e.soft_bounces + 1 >= 3 THEN 'stopped' ELSE e.status END, \
        stop_reason = CASE WHEN e.soft_bounces + 1 >= 3 THEN 'soft_bounced' ELSE e.stop_reason END, \
        next_due_at = CASE WHEN e.soft_bounces + 1 >= 3 THEN NULL ELSE e.next_due_at END \
    FROM outbound_emails o \
    WHERE (o.id = $1 OR o.ses_message_id = $2) AND e.id = o.enrollment_id AND e.status = 'active' \
    RETURNING e.status";

// A delivery ends a run of soft bounces.
pub const DELIVERED: &str = "\
    UPDATE enrollments e SET soft_bounces = 0, updated_at = now() \
    FROM outbound_emails o \
    WHERE (o.id = $1 OR o.ses_message_id = $2) AND e.id = o.enrollment_id AND e.soft_bounces > 0";

// The sender and user of a campaign message, for the health check after a bounce/complaint.
pub const MESSAGE_SENDER: &str = "\
    SELECT o.sender_id, o.user_id, s.from_email::text AS from_email, u.email::text AS user_email \
    FROM outbound_emails o JOIN senders s ON s.id = o.sender_id JOIN users u ON u.id = o.user_id \
    WHERE (o.id = $1 OR o.ses_message_id = $2) AND o.campaign_id IS NOT NULL LIMIT 1";

// Every active campaign of the sender pauses, with the rate as the reason (SPEC §4).
pub const PAUSE_SENDER_CAMPAIGNS: &str = "\
    UPDATE campaigns SET status = 'paused', paused_reason = $3, updated_at = now() \
    WHERE sender_id = $1 AND user_id = $2 AND status = 'active' RETURNING name";

pub const INSERT_PAUSE_NOTICE: &str = "\
    INSERT INTO outbound_emails (user_id, kind, recipient) \
    VALUES ($1, 'campaigns_paused', $2) RETURNING id";
