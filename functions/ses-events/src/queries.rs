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
