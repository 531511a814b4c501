//! Every statement the maintenance function runs, named.

// ------------------------------------------------------------------ clean up

// A used token can never be used again, and an expired one never work: neither is needed.
pub const DELETE_DEAD_LOGIN_TOKENS: &str = "\
    DELETE FROM login_tokens WHERE expires_at < now() OR used_at IS NOT NULL";

// A revoked or expired session can never authenticate again (authentication checks both), so
// deleting exactly those is safe while users sign in and out.
pub const DELETE_DEAD_SESSIONS: &str = "\
    DELETE FROM sessions WHERE expires_at < now() OR revoked_at IS NOT NULL";

// The reason depends on whether a parse ever began: none means the file never reached the
// parser. The status guard keeps a parse that finishes at the same moment from being undone.
pub const FAIL_ABANDONED: &str = "\
    UPDATE resumes SET status = 'failed', parsed_at = now(), error = CASE \
      WHEN parse_attempts = 0 THEN 'The file never arrived: the upload did not complete within \
the hour. Upload it again.' \
      ELSE 'Parsing did not finish. Upload the file again, or export it as PDF and upload that.' \
    END \
    WHERE status = 'processing' AND created_at < now() - interval '1 hour'";

// Ledger changes below the rollup's watermark are in campaign_daily_metrics already, and every
// reader takes the ledger only from the watermark up: they would only grow the table (and the
// rollup's index). Ledger rows are never updated, so their ctids stay put; a bounded batch
// keeps an hourly run short after a busy day, and the next run takes the rest.
pub const TRIM_ROLLED_UP_CHANGES: &str = "\
    DELETE FROM campaign_metric_changes WHERE ctid = ANY (ARRAY( \
        SELECT ctid FROM campaign_metric_changes \
        WHERE xid < (SELECT rolled_below FROM analytics_rollup_state) \
        LIMIT 500000))";

// ------------------------------------------------------------------ mail

// SES publishes a Send event within seconds of accepting a message; none after 15 minutes means
// it most likely never took it, but "most likely" is not enough to send again. claimed_at is
// NULL only for rows claimed before it existed; their last update is their claim or later.
pub const MARK_UNKNOWN: &str = "\
    UPDATE outbound_emails SET status = 'unknown', updated_at = now(), \
    failure_reason = concat_ws('; ', failure_reason, \
        'no SES event within 15 minutes of the send attempt; not resent automatically') \
    WHERE status = 'sending' AND coalesce(claimed_at, updated_at) < now() - interval '15 minutes'";

// A row that was never claimed (attempts = 0) two minutes after it was committed probably has
// no queue message: its enqueue failed. Its job may also just be slow, so a row is taken again
// only two minutes after its last sweep; an extra job is harmless, the worker's claim is
// atomic. A released row (attempts > 0) has its message in SQS backoff or the dead-letter
// queue, and is not swept. Taking rows with UPDATE ... SKIP LOCKED lets overlapping runs split
// the work.
pub const TAKE_UNENQUEUED: &str = "\
    UPDATE outbound_emails SET swept_at = now() \
    WHERE id IN ( \
        SELECT id FROM outbound_emails \
        WHERE status = 'queued' AND attempts = 0 AND created_at < now() - interval '2 minutes' \
          AND campaign_id IS NULL \
          AND (swept_at IS NULL OR swept_at < now() - interval '2 minutes') \
        ORDER BY created_at LIMIT 100 FOR UPDATE SKIP LOCKED) \
    RETURNING id, kind, recipient::text AS recipient, login_token_id";

// The queue message was the only place the original link's secret existed, and it is lost (or
// still in flight: rotating the original hash would break a link a slow job is about to
// send). So the sweep mints a second token for the same address, but only while the request
// it answers is still open: the original is unused and unexpired.
pub const ISSUE_REPLACEMENT_TOKEN: &str = "\
    INSERT INTO login_tokens (id, email, secret_hash, expires_at) \
    SELECT $2, email, $3, now() + interval '15 minutes' FROM login_tokens \
    WHERE id = $1 AND used_at IS NULL AND expires_at > now()";

// The status guard: a row the worker claimed meanwhile (its job arrived after all) is not
// failed under it.
pub const ABANDON: &str = "\
    UPDATE outbound_emails SET status = 'failed', failure_reason = $2, updated_at = now() \
    WHERE id = $1 AND status = 'queued'";

// ------------------------------------------------------------------ analytics

// The rollup itself lives in migration V12 (one function, so the watermark's lock, the range
// and the upsert are one unit whoever calls it); its own transaction here.
pub const ROLL_UP_CAMPAIGN_METRICS: &str = "SELECT roll_up_campaign_metrics() AS changes_added";

// ------------------------------------------------------------------ daily summary

// Users whose local time ($1 in their timezone) is in the morning (8:00 to 11:59, so a missed
// hourly run still sends that morning, never in the afternoon), who want the summary, and whose
// day is not decided yet.
pub const DUE_SUMMARIES: &str = "\
    SELECT u.id, u.email::text AS email, u.timezone, \
           ($1::timestamptz AT TIME ZONE u.timezone)::date AS local_date \
    FROM users u \
    WHERE u.daily_summary \
      AND extract(hour FROM $1::timestamptz AT TIME ZONE u.timezone) BETWEEN 8 AND 11 \
      AND NOT EXISTS (SELECT 1 FROM daily_summaries d WHERE d.user_id = u.id \
                      AND d.local_date = ($1::timestamptz AT TIME ZONE u.timezone)::date)";

// The day's row: whoever inserts it decides the day; a second run finds it and does nothing.
pub const CLAIM_SUMMARY: &str = "\
    INSERT INTO daily_summaries (user_id, local_date) VALUES ($1, $2) \
    ON CONFLICT DO NOTHING RETURNING user_id";

// Yesterday from local midnight to local midnight in the user's timezone ($2), $3 being today.
// Messages are found through the user's campaigns (outbound_emails_campaign); replies count
// what a person wrote (not auto-replies, bounces or unsubscribe requests).
pub const YESTERDAY: &str = "\
    WITH day AS (SELECT ($3::date - 1)::timestamp AT TIME ZONE $2 AS start, \
                        $3::date::timestamp AT TIME ZONE $2 AS stop), \
         mine AS (SELECT o.sent_at, o.bounced_at FROM outbound_emails o \
                  WHERE o.campaign_id IN (SELECT c.id FROM campaigns c WHERE c.user_id = $1)) \
    SELECT \
      (SELECT count(*) FROM mine WHERE mine.sent_at >= day.start AND mine.sent_at < day.stop) \
        AS sends, \
      (SELECT count(*) FROM inbound_messages i WHERE i.user_id = $1 \
         AND i.classification IN ('human', 'invitation') \
         AND i.received_at >= day.start AND i.received_at < day.stop) AS replies, \
      (SELECT count(*) FROM mine WHERE mine.bounced_at >= day.start AND mine.bounced_at < day.stop) \
        AS bounces \
    FROM day";

pub const PAUSED_CAMPAIGNS: &str = "\
    SELECT name, COALESCE(paused_reason, 'manual') AS reason FROM campaigns \
    WHERE user_id = $1 AND status = 'paused' ORDER BY updated_at DESC, id";

// A summary mail the sweep found `queued`: its day and user, whether that day is still today
// in the user's timezone now, and whether they still want summaries.
pub const STRANDED_SUMMARY: &str = "\
    SELECT d.user_id, d.local_date, u.timezone, \
           d.local_date = (now() AT TIME ZONE u.timezone)::date AS still_today, \
           u.daily_summary AS wanted \
    FROM daily_summaries d JOIN users u ON u.id = d.user_id \
    WHERE d.outbound_email_id = $1";

pub const INSERT_SUMMARY_MAIL: &str = "\
    INSERT INTO outbound_emails (user_id, kind, recipient) VALUES ($1, 'daily_summary', $2) \
    RETURNING id";

pub const LINK_SUMMARY_MAIL: &str = "\
    UPDATE daily_summaries SET outbound_email_id = $3 WHERE user_id = $1 AND local_date = $2";
