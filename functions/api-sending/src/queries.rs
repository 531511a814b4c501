//! Every statement this function runs, named. Each is scoped to the caller's user_id.

// ------------------------------------------------------------------ senders

// Exactly the columns the senders module's `Stored::from_row` reads by name, in one place, so
// every statement that answers with a sender answers with all of it.
macro_rules! sender_columns {
    () => {
        "id, from_email::text AS from_email, from_name, daily_cap, warmup_start_cap, \
         warmup_daily_increase, warmup_started_at, identity_status, confirmed_at, created_at, \
         updated_at, min_gap_seconds, jitter_seconds"
    };
}

// DO NOTHING on the (user_id, from_email) key: a duplicate returns no row and becomes a 409.
pub const INSERT_SENDER: &str = concat!(
    "INSERT INTO senders (user_id, from_email, from_name, daily_cap, warmup_start_cap, \
                          warmup_daily_increase, warmup_started_at, min_gap_seconds, \
                          jitter_seconds) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
     ON CONFLICT (user_id, from_email) DO NOTHING RETURNING ",
    sender_columns!()
);

// The plan decides how many senders a user may register. Counted after `shared::plan::lock_plan`
// locked the user's row in the same transaction, so two concurrent creations cannot both take
// the last place.
pub const COUNT_SENDERS: &str = "SELECT count(*) AS senders FROM senders WHERE user_id = $1";

// Written only when SES reports a status different from the stored one, so a read does not
// turn into a write; identity_checked_at records when SES last told us.
pub const SET_IDENTITY_STATUS: &str = concat!(
    "UPDATE senders SET identity_status = $3, identity_checked_at = now() \
     WHERE id = $1 AND user_id = $2 RETURNING ",
    sender_columns!()
);

// Scoped by user_id: another user's sender id is a 404, exactly like an unknown one.
pub const FIND_SENDER: &str = concat!(
    "SELECT ",
    sender_columns!(),
    " FROM senders WHERE id = $1 AND user_id = $2"
);

// FOR UPDATE: two concurrent PATCHes merge one after the other, not over each other.
pub const LOCK_SENDER: &str = concat!(
    "SELECT ",
    sender_columns!(),
    " FROM senders WHERE id = $1 AND user_id = $2 FOR UPDATE"
);

// Keyset pagination on (created_at, id), the order of senders_user_listing, so a page never
// skips or repeats a sender created while the caller pages.
pub const LIST_SENDERS: &str = concat!(
    "SELECT ",
    sender_columns!(),
    " FROM senders WHERE user_id = $1 AND (created_at, id) < ($2, $3) \
     ORDER BY created_at DESC, id DESC LIMIT $4"
);

// from_email is never written: the confirmation and the SES identity belong to the address, so
// another address is another sender. Runs under LOCK_SENDER.
pub const UPDATE_SENDER: &str = concat!(
    "UPDATE senders SET from_name = $3, daily_cap = $4, warmup_start_cap = $5, \
                        warmup_daily_increase = $6, warmup_started_at = $7, min_gap_seconds = $8, \
                        jitter_seconds = $9, updated_at = now() \
     WHERE id = $1 AND user_id = $2 RETURNING ",
    sender_columns!()
);

// ------------------------------------------------------------------ sender confirmation

// A new link replaces the unused ones, so only the latest link mailed works.
pub const DELETE_UNUSED_CONFIRMATIONS: &str = "\
    DELETE FROM sender_confirmations WHERE sender_id = $1 AND user_id = $2 AND used_at IS NULL";

// Expiry by the database clock, the one the redemption compares against.
pub const INSERT_CONFIRMATION: &str = "\
    INSERT INTO sender_confirmations (id, sender_id, user_id, secret_hash, expires_at) \
    VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5)) RETURNING expires_at";

// The confirmation mail belongs to the user who asked for it: a bounce or complaint about it
// counts against them.
pub const INSERT_CONFIRMATION_EMAIL: &str = "\
    INSERT INTO outbound_emails (user_id, kind, recipient) \
    VALUES ($1, 'sender_confirmation', $2) RETURNING id";

// Public: looked up by the link's id alone (the hash is compared by the caller, in constant
// time). `usable` uses the database clock, as the expiry was set with it.
pub const FIND_CONFIRMATION: &str = "\
    SELECT c.secret_hash, c.sender_id, c.user_id, \
           c.used_at IS NULL AND c.expires_at > now() AS usable, \
           s.from_email::text AS from_email, s.from_name \
    FROM sender_confirmations c \
    JOIN senders s ON s.id = c.sender_id AND s.user_id = c.user_id \
    WHERE c.id = $1";

// FOR UPDATE serialises two redemptions of one link: the second sees used_at set.
pub const LOCK_CONFIRMATION: &str = "\
    SELECT c.secret_hash, c.sender_id, c.user_id, \
           c.used_at IS NULL AND c.expires_at > now() AS usable, \
           s.from_email::text AS from_email, s.from_name \
    FROM sender_confirmations c \
    JOIN senders s ON s.id = c.sender_id AND s.user_id = c.user_id \
    WHERE c.id = $1 FOR UPDATE OF c";

// Only an unused link is spent; the caller requires exactly one row.
pub const USE_CONFIRMATION: &str =
    "UPDATE sender_confirmations SET used_at = now() WHERE id = $1 AND used_at IS NULL";

// Runs in the transaction that spends the link (USE_CONFIRMATION), so a sender is confirmed
// exactly when its link is used; the identity status SES just gave is stored with it.
pub const CONFIRM_SENDER: &str = concat!(
    "UPDATE senders SET confirmed_at = now(), identity_status = $3, identity_checked_at = now(), \
                        updated_at = now() \
     WHERE id = $1 AND user_id = $2 RETURNING ",
    sender_columns!()
);

// ------------------------------------------------------------------ sequence templates

// Exactly the columns `template_from_row` reads by name, in one place.
macro_rules! template_columns {
    () => {
        "id, name, created_at, updated_at"
    };
}

// Exactly the columns `Step::from_row` reads by name, in one place.
macro_rules! step_columns {
    () => {
        "id, template_id, position, delay_minutes, subject, body, created_at, updated_at"
    };
}

// The template and its first steps are inserted in one transaction, so no one sees a template
// half created.
pub const INSERT_TEMPLATE: &str = concat!(
    "INSERT INTO sequence_templates (user_id, name) VALUES ($1, $2) RETURNING ",
    template_columns!()
);

// Scoped by user_id: another user's template id is a 404, exactly like an unknown one.
pub const FIND_TEMPLATE: &str = concat!(
    "SELECT ",
    template_columns!(),
    " FROM sequence_templates WHERE id = $1 AND user_id = $2"
);

// Every change to a template's steps first locks the template row, so concurrent edits of one
// template's step order run one after the other.
pub const LOCK_TEMPLATE: &str = concat!(
    "SELECT ",
    template_columns!(),
    " FROM sequence_templates WHERE id = $1 AND user_id = $2 FOR UPDATE"
);

// Keyset pagination on (created_at, id), the order of sequence_templates_user_listing; the
// page's steps then come in one STEPS_OF_TEMPLATES, not one query per template.
pub const LIST_TEMPLATES: &str = concat!(
    "SELECT ",
    template_columns!(),
    " FROM sequence_templates WHERE user_id = $1 AND (created_at, id) < ($2, $3) \
     ORDER BY created_at DESC, id DESC LIMIT $4"
);

// Runs under LOCK_TEMPLATE, with the step changes of the same request.
pub const RENAME_TEMPLATE: &str =
    "UPDATE sequence_templates SET name = $3, updated_at = now() WHERE id = $1 AND user_id = $2";

// A step change is a change of its template: the template's updated_at, which the API shows,
// moves with it.
pub const TOUCH_TEMPLATE: &str =
    "UPDATE sequence_templates SET updated_at = now() WHERE id = $1 AND user_id = $2";

// Its steps go with it (ON DELETE CASCADE); no row deleted is the 404, so no read is needed
// first.
pub const DELETE_TEMPLATE: &str = "DELETE FROM sequence_templates WHERE id = $1 AND user_id = $2";

// One statement for the steps of a whole page of templates; ordered by template and position
// so each template's steps come grouped and in order.
pub const STEPS_OF_TEMPLATES: &str = concat!(
    "SELECT ",
    step_columns!(),
    " FROM sequence_steps WHERE user_id = $1 AND template_id = ANY($2) \
     ORDER BY template_id, position"
);

// The position was made free first (OPEN_POSITION), or the position constraint is deferred
// (DEFER_STEP_POSITIONS): the unique (template_id, position) key is the last word on order.
pub const INSERT_STEP: &str = concat!(
    "INSERT INTO sequence_steps (template_id, user_id, position, delay_minutes, subject, body) \
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ",
    step_columns!()
);

// Replacing a template's steps moves existing ones to new positions; the position constraint
// is deferred to commit for that transaction (SET CONSTRAINTS) so the order may pass through
// duplicates on the way.
pub const DEFER_STEP_POSITIONS: &str = "SET CONSTRAINTS sequence_steps_position DEFERRED";

// template_id in the WHERE: a step id of another of the caller's templates changes nothing,
// even if the handler's stale-step check were bypassed.
pub const REPLACE_STEP: &str = concat!(
    "UPDATE sequence_steps SET position = $4, delay_minutes = $5, subject = $6, body = $7, \
                              updated_at = now() \
     WHERE id = $1 AND template_id = $2 AND user_id = $3 RETURNING ",
    step_columns!()
);

// Runs before the kept steps are renumbered, so their new positions are free. NOT (id = ANY)
// with an empty list deletes every step, which is what an empty step list asks for.
pub const DELETE_STEPS_EXCEPT: &str = "\
    DELETE FROM sequence_steps WHERE template_id = $1 AND user_id = $2 AND NOT (id = ANY($3))";

// Counted under LOCK_TEMPLATE, so the position range checked against it is the one the
// insert or move sees.
pub const COUNT_STEPS: &str =
    "SELECT count(*) AS steps FROM sequence_steps WHERE template_id = $1 AND user_id = $2";

// Makes room at position $3 by moving that step and every later one down by one. One
// statement: the deferrable constraint is checked once it has finished.
pub const OPEN_POSITION: &str = "\
    UPDATE sequence_steps SET position = position + 1 \
    WHERE template_id = $1 AND user_id = $2 AND position >= $3";

// Closes the gap a deleted step at position $3 left, in one statement for the same reason as
// OPEN_POSITION, so positions stay contiguous.
pub const CLOSE_POSITION: &str = "\
    UPDATE sequence_steps SET position = position - 1 \
    WHERE template_id = $1 AND user_id = $2 AND position > $3";

// Only the template id: a step change locks its template first (LOCK_TEMPLATE), then reads
// the step, the lock order every step change follows.
pub const FIND_STEP_TEMPLATE: &str =
    "SELECT template_id FROM sequence_steps WHERE id = $1 AND user_id = $2";

// Read again under the template's lock: a concurrent edit may have moved or deleted the step
// since FIND_STEP_TEMPLATE.
pub const FIND_STEP: &str = concat!(
    "SELECT ",
    step_columns!(),
    " FROM sequence_steps WHERE id = $1 AND user_id = $2"
);

// Moves step $3 from position $4 to $5, shifting the steps in between by one towards the gap
// it leaves, in one statement.
pub const MOVE_STEP: &str = "\
    UPDATE sequence_steps SET position = CASE \
        WHEN id = $3 THEN $5::integer \
        WHEN $5::integer < $4::integer THEN position + 1 \
        ELSE position - 1 END \
    WHERE template_id = $1 AND user_id = $2 \
      AND (id = $3 OR position BETWEEN least($4::integer, $5::integer) \
                                   AND greatest($4::integer, $5::integer))";

// Position is not written here: MOVE_STEP moved it, together with the steps in between.
pub const UPDATE_STEP: &str = concat!(
    "UPDATE sequence_steps SET delay_minutes = $3, subject = $4, body = $5, updated_at = now() \
     WHERE id = $1 AND user_id = $2 RETURNING ",
    step_columns!()
);

// Followed by CLOSE_POSITION under the same template lock, so positions stay contiguous.
pub const DELETE_STEP: &str = "DELETE FROM sequence_steps WHERE id = $1 AND user_id = $2";

// ------------------------------------------------------------------ preview

// Only the columns a template can name (`contact.*`); scoped by user_id, so another user's
// contact is a 404.
pub const PREVIEW_CONTACT: &str = "\
    SELECT first_name, last_name, company, title FROM contacts WHERE id = $1 AND user_id = $2";

// The job behind the application, its best pain point (position 1 is the top-ranked) and the
// application's offer; both may be missing, which the preview reports by name.
pub const PREVIEW_APPLICATION: &str = "\
    SELECT j.title, j.company, \
           (SELECT p.pain_point FROM pain_points p \
            WHERE p.job_id = a.job_id AND p.user_id = a.user_id \
            ORDER BY p.position LIMIT 1) AS pain_point, \
           (SELECT o.body FROM offers o \
            WHERE o.application_id = a.id AND o.user_id = a.user_id) AS offer \
    FROM applications a JOIN jobs j ON j.id = a.job_id AND j.user_id = a.user_id \
    WHERE a.id = $1 AND a.user_id = $2";

// Scoped by user_id: another user's sender is a 404, exactly like an unknown one.
pub const SENDER_NAME: &str = "SELECT from_name FROM senders WHERE id = $1 AND user_id = $2";

// Without an explicit sender the preview uses the caller's first one.
pub const FIRST_SENDER_NAME: &str = "\
    SELECT from_name FROM senders WHERE user_id = $1 ORDER BY created_at, id LIMIT 1";

// ------------------------------------------------------------------ campaigns

// Exactly the columns `Campaign::from_row` reads by name, in one place.
macro_rules! campaign_columns {
    () => {
        "c.id, c.name, c.sequence_template_id, c.sender_id, c.application_id, c.contact_ids, \
         c.timezone, c.days, c.start_hour, c.end_hour, c.include_risky, c.track_opens, \
         c.track_clicks, c.status, c.paused_reason, c.launched_at, c.completed_at, c.created_at, \
         c.updated_at, \
         (SELECT count(*) FROM enrollments e WHERE e.campaign_id = c.id AND e.status = 'active') \
             AS enrollments_active, \
         (SELECT count(*) FROM enrollments e WHERE e.campaign_id = c.id AND e.status = 'completed') \
             AS enrollments_completed, \
         (SELECT count(*) FROM enrollments e WHERE e.campaign_id = c.id AND e.status = 'stopped') \
             AS enrollments_stopped"
    };
}

// The referenced template, sender and application must be the caller's: the composite foreign
// keys refuse anything else, and the handler checks first to name the field.
pub const OWNED_REFERENCES: &str = "\
    SELECT EXISTS (SELECT 1 FROM sequence_templates WHERE id = $2 AND user_id = $1) AS template, \
           EXISTS (SELECT 1 FROM senders WHERE id = $3 AND user_id = $1) AS sender, \
           EXISTS (SELECT 1 FROM applications WHERE id = $4 AND user_id = $1) AS application";

// How many of the given (distinct) ids are the caller's contacts.
pub const COUNT_OWNED_CONTACTS: &str =
    "SELECT count(*) AS owned FROM contacts WHERE user_id = $1 AND id = ANY($2::uuid[])";

pub const INSERT_CAMPAIGN: &str = concat!(
    "WITH c AS ( \
       INSERT INTO campaigns (id, user_id, name, sequence_template_id, sender_id, \
                              application_id, contact_ids, timezone, days, start_hour, end_hour, \
                              include_risky, track_opens, track_clicks) \
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING *) \
     SELECT ",
    campaign_columns!(),
    " FROM c"
);

pub const FIND_CAMPAIGN: &str = concat!(
    "SELECT ",
    campaign_columns!(),
    " FROM campaigns c WHERE c.id = $1 AND c.user_id = $2"
);

// FOR UPDATE: launch, pause, resume and edits of one campaign run one after the other.
pub const LOCK_CAMPAIGN: &str = concat!(
    "SELECT ",
    campaign_columns!(),
    " FROM campaigns c WHERE c.id = $1 AND c.user_id = $2 FOR UPDATE OF c"
);

pub const LIST_CAMPAIGNS: &str = concat!(
    "SELECT ",
    campaign_columns!(),
    " FROM campaigns c WHERE c.user_id = $1 AND (c.created_at, c.id) < ($2, $3) \
     ORDER BY c.created_at DESC, c.id DESC LIMIT $4"
);

// Runs under LOCK_CAMPAIGN; the handler decides which fields the campaign's status allows.
// Its parameters are INSERT_CAMPAIGN's, in the same order.
pub const UPDATE_CAMPAIGN: &str = concat!(
    "WITH c AS ( \
       UPDATE campaigns SET name = $3, sequence_template_id = $4, sender_id = $5, \
              application_id = $6, contact_ids = $7, timezone = $8, days = $9, start_hour = $10, \
              end_hour = $11, include_risky = $12, track_opens = $13, track_clicks = $14, \
              updated_at = now() \
       WHERE id = $1 AND user_id = $2 RETURNING *) \
     SELECT ",
    campaign_columns!(),
    " FROM c"
);

// Only drafts are deleted: a launched campaign's messages are the sender's health history.
pub const DELETE_DRAFT_CAMPAIGN: &str =
    "DELETE FROM campaigns WHERE id = $1 AND user_id = $2 AND status = 'draft'";

pub const SET_CAMPAIGN_STATUS: &str = concat!(
    "WITH c AS ( \
       UPDATE campaigns SET status = $3, paused_reason = $4, updated_at = now(), \
              launched_at = CASE WHEN $3 = 'active' THEN COALESCE(launched_at, now()) \
                                 ELSE launched_at END \
       WHERE id = $1 AND user_id = $2 RETURNING *) \
     SELECT ",
    campaign_columns!(),
    " FROM c"
);

// ------------------------------------------------------------------ launch

// The sender as launch needs it: is it ready to send.
pub const LAUNCH_SENDER: &str = "\
    SELECT from_email::text AS from_email, from_name, identity_status, confirmed_at \
    FROM senders WHERE id = $1 AND user_id = $2";

// The steps as they are now become the campaign's own copy.
pub const SNAPSHOT_STEPS: &str = "\
    INSERT INTO campaign_steps (campaign_id, position, delay_minutes, subject, body) \
    SELECT $1, position, delay_minutes, subject, body FROM sequence_steps \
    WHERE template_id = $2 AND user_id = $3 ORDER BY position \
    RETURNING position, delay_minutes, subject, body";

// Every contact the campaign names, with what decides whether it is enrolled: suppression of
// its address, its verification, and an active enrollment in another campaign.
pub const LAUNCH_CONTACTS: &str = "\
    SELECT c.id, c.email::text AS email, c.first_name, c.last_name, c.company, c.title, \
           c.verification_status, \
           EXISTS (SELECT 1 FROM suppressions s WHERE s.user_id = c.user_id AND s.email = c.email) \
               AS suppressed, \
           EXISTS (SELECT 1 FROM enrollments e WHERE e.user_id = c.user_id \
                   AND e.contact_id = c.id AND e.status = 'active') AS in_sequence \
    FROM contacts c WHERE c.user_id = $1 AND c.id = ANY($2::uuid[])";

// ON CONFLICT on the one-active-enrollment-per-contact index: a contact enrolled by another
// launch since LAUNCH_CONTACTS read it returns no row and is reported `already_in_sequence`.
pub const ENROLL: &str = "\
    INSERT INTO enrollments (user_id, campaign_id, contact_id, next_due_at) \
    SELECT $1, $2, contact_id, $4 FROM unnest($3::uuid[]) AS contact_id \
    ON CONFLICT (user_id, contact_id) WHERE status = 'active' DO NOTHING \
    RETURNING contact_id";

// Unverified contacts become pending; the verify worker settles them before their first send.
pub const MARK_PENDING: &str = "\
    UPDATE contacts SET verification_status = 'pending', verification_reason = NULL, \
                        updated_at = now() \
    WHERE user_id = $1 AND id = ANY($2::uuid[]) AND verification_status = 'unverified' \
    RETURNING id";

// Verifications this month, counted as api-contacts counts them: settled ones plus pending.
pub const MONTHLY_VERIFICATIONS: &str = "\
    SELECT (SELECT count(*) FROM usage_events WHERE user_id = $1 AND kind = 'verification' \
            AND occurred_at >= date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') \
    + (SELECT count(*) FROM contacts WHERE user_id = $1 AND verification_status = 'pending') \
    AS used";

// Sends this month, against the plan's quota: launch refuses (429) a user with none left, before
// it asks SES anything. The scheduler counts the same way before each message it makes.
pub const MONTHLY_SENDS: &str = "\
    SELECT u.plan, \
      (SELECT count(*) FROM usage_events e WHERE e.user_id = u.id AND e.kind = 'send' \
         AND e.occurred_at >= date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') \
      AS used \
    FROM users u WHERE u.id = $1";

pub const FINISH_LAUNCH: &str = "\
    UPDATE campaigns SET status = $3, launched_at = now(), updated_at = now(), \
           completed_at = CASE WHEN $3 = 'completed' THEN now() END \
    WHERE id = $1 AND user_id = $2";

// ------------------------------------------------------------------ campaign messages

pub const LIST_CAMPAIGN_MESSAGES: &str = "\
    SELECT o.id, o.contact_id, o.recipient::text AS recipient, o.step, o.status, o.failure_reason, \
           o.delivery_status, o.scheduled_at, o.sent_at, o.ses_message_id, o.delivered_at, \
           o.opened_at, o.clicked_at, o.replied_at, o.bounced_at, o.complained_at, \
           o.unsubscribed_at, o.created_at \
    FROM outbound_emails o \
    WHERE o.campaign_id = $1 AND o.user_id = $2 AND (o.created_at, o.id) < ($3, $4) \
    ORDER BY o.created_at DESC, o.id DESC LIMIT $5";

pub const LIST_ENROLLMENTS: &str = "\
    SELECT e.id, e.contact_id, e.status, e.stop_reason, e.next_step, e.next_due_at, \
           e.schedule_note, e.created_at, e.updated_at \
    FROM enrollments e \
    WHERE e.campaign_id = $1 AND e.user_id = $2 AND (e.created_at, e.id) < ($3, $4) \
    ORDER BY e.created_at DESC, e.id DESC LIMIT $5";

// ------------------------------------------------------------------ unsubscribe

// Public, by the id a verified token names: only campaign messages with a user unsubscribe.
pub const UNSUBSCRIBE_MESSAGE: &str = "\
    SELECT o.user_id, o.recipient::text AS recipient, s.from_name \
    FROM outbound_emails o LEFT JOIN senders s ON s.id = o.sender_id \
    WHERE o.id = $1 AND o.user_id IS NOT NULL AND o.campaign_id IS NOT NULL";

// Suppressing, stopping and cancelling an unsubscribed address: sending::unsubscribe.

// ------------------------------------------------------------------ analytics
//
// Analytics read the rollup plus the ledger's changes above the watermark (migration V12), in
// one read-only repeatable-read transaction: the watermark is read first and passed as a
// value ($2, as text), so the planner sees how small the tail is and takes the (user_id, xid)
// index; a sub-selected watermark hid it and cost a parallel plan and its JIT (see the
// README's analytics benchmark). sum() of bigint is numeric in Postgres, hence the casts.

// Sent as one simple query, one round trip: JIT off for the transaction (it compiles plans
// estimated as expensive; for these small reads its compile time is the whole cost), and the
// watermark, as text.
pub const WITHOUT_JIT_THE_WATERMARK: &str = "SET LOCAL jit = off; \
    SELECT rolled_below::text AS watermark FROM analytics_rollup_state";

/// The user's ($1) metric rows keyed by `$keys`: the rollup table's and the ledger's tail above
/// the watermark ($2) grouped alike; a key may appear on both sides: readers sum. The rollup is
/// `campaign_daily_metrics` per (campaign, step, day), or `campaign_metric_totals` (migration
/// V16: one row a campaign, so the overview's read does not grow with each campaign's age).
macro_rules! user_metric_rows {
    ($rollup:literal, $keys:literal) => {
        concat!(
            "(SELECT ",
            $keys,
            ", sent, delivered, opened, clicked, replied, bounced, complained, unsubscribed \
              FROM ",
            $rollup,
            " WHERE user_id = $1 \
              UNION ALL \
              SELECT ",
            $keys,
            ", COALESCE(sum(delta) FILTER (WHERE metric = 'sent'), 0), \
                 COALESCE(sum(delta) FILTER (WHERE metric = 'delivered'), 0), \
                 COALESCE(sum(delta) FILTER (WHERE metric = 'opened'), 0), \
                 COALESCE(sum(delta) FILTER (WHERE metric = 'clicked'), 0), \
                 COALESCE(sum(delta) FILTER (WHERE metric = 'replied'), 0), \
                 COALESCE(sum(delta) FILTER (WHERE metric = 'bounced'), 0), \
                 COALESCE(sum(delta) FILTER (WHERE metric = 'complained'), 0), \
                 COALESCE(sum(delta) FILTER (WHERE metric = 'unsubscribed'), 0) \
              FROM campaign_metric_changes \
              WHERE user_id = $1 AND xid >= $2::text::xid8 \
              GROUP BY ",
            $keys,
            ")"
        )
    };
}

// Every campaign of the user, with or without messages, newest first.
pub const ANALYTICS_BY_CAMPAIGN: &str = concat!(
    "SELECT c.id, c.name, c.status, \
            COALESCE(sum(m.sent), 0)::bigint AS sent, \
            COALESCE(sum(m.delivered), 0)::bigint AS delivered, \
            COALESCE(sum(m.opened), 0)::bigint AS opened, \
            COALESCE(sum(m.clicked), 0)::bigint AS clicked, \
            COALESCE(sum(m.replied), 0)::bigint AS replied, \
            COALESCE(sum(m.bounced), 0)::bigint AS bounced, \
            COALESCE(sum(m.complained), 0)::bigint AS complained, \
            COALESCE(sum(m.unsubscribed), 0)::bigint AS unsubscribed \
     FROM campaigns c LEFT JOIN ",
    user_metric_rows!("campaign_metric_totals", "campaign_id"),
    " m ON m.campaign_id = c.id \
     WHERE c.user_id = $1 \
     GROUP BY c.id \
     ORDER BY c.created_at DESC, c.id DESC"
);

// An application counts once it has been applied for, wherever it went after.
pub const ROLES_APPLIED: &str = "\
    SELECT count(*) AS roles_applied FROM applications a \
    WHERE a.user_id = $1 \
      AND (a.status IN ('applied', 'interviewing', 'offer', 'accepted') \
           OR EXISTS (SELECT 1 FROM application_events e \
                      WHERE e.application_id = a.id \
                        AND e.to_status IN ('applied', 'interviewing', 'offer', 'accepted')))";

pub const CAMPAIGN_STEP_POSITIONS: &str =
    "SELECT position FROM campaign_steps WHERE campaign_id = $1 ORDER BY position";

// One campaign ($3) per step (day NULL) and per day (step NULL).
pub const CAMPAIGN_METRICS_BY_STEP_AND_DAY: &str = concat!(
    "SELECT step, day, \
            sum(sent)::bigint AS sent, sum(delivered)::bigint AS delivered, \
            sum(opened)::bigint AS opened, sum(clicked)::bigint AS clicked, \
            sum(replied)::bigint AS replied, sum(bounced)::bigint AS bounced, \
            sum(complained)::bigint AS complained, sum(unsubscribed)::bigint AS unsubscribed \
     FROM ",
    user_metric_rows!("campaign_daily_metrics", "campaign_id, step, day"),
    " m WHERE m.campaign_id = $3 \
     GROUP BY GROUPING SETS ((step), (day)) \
     ORDER BY day NULLS FIRST, step"
);
