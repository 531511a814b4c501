-- Analytics that equal a direct count.
--
-- What is counted: campaign messages, each at most once per metric, on the UTC day the thing
-- first happened to it (sent, delivered, opened, clicked, replied, bounced for good,
-- complained, unsubscribed). Each is a timestamp on the message, so a direct count is
-- `count(*) WHERE <metric>_at IS NOT NULL`.
--
-- How it stays cheap: a trigger writes every change of those timestamps to an append-only
-- ledger of +1/-1 per (campaign, step, day, metric), in the transaction that made the change.
-- The rollup adds the ledger into per-campaign, per-step, per-day rows, from a watermark; the
-- API reads the rollup plus the ledger above the watermark, in one snapshot, so what it shows
-- is always exact, however late the rollup runs.

ALTER TABLE outbound_emails ADD COLUMN delivered_at timestamptz;
ALTER TABLE outbound_emails ADD COLUMN complained_at timestamptz;
ALTER TABLE outbound_emails ADD COLUMN unsubscribed_at timestamptz;

-- Messages sent before this migration: their first delivery and complaint from the stored
-- events, their unsubscribe from the suppression it caused (the latest message sent to the
-- address before it).
UPDATE outbound_emails o SET delivered_at = first.at
FROM (SELECT outbound_email_id, min(occurred_at) AS at FROM ses_events
      WHERE event_type = 'delivery' AND outbound_email_id IS NOT NULL GROUP BY 1) first
WHERE o.id = first.outbound_email_id AND o.campaign_id IS NOT NULL;
UPDATE outbound_emails o SET complained_at = first.at
FROM (SELECT outbound_email_id, min(occurred_at) AS at FROM ses_events
      WHERE event_type = 'complaint' AND outbound_email_id IS NOT NULL GROUP BY 1) first
WHERE o.id = first.outbound_email_id AND o.campaign_id IS NOT NULL;
UPDATE outbound_emails o SET unsubscribed_at = s.created_at
FROM suppressions s
WHERE s.reason = 'unsubscribe' AND o.id = (
    SELECT latest.id FROM outbound_emails latest
    WHERE latest.user_id = s.user_id AND latest.recipient = s.email
      AND latest.campaign_id IS NOT NULL AND latest.sent_at <= s.created_at
    ORDER BY latest.sent_at DESC LIMIT 1);

CREATE TABLE campaign_metric_changes (
    -- The writing transaction: the rollup takes only transactions that have ended (below the
    -- oldest one still running), so a change committed late is never skipped, as it could be
    -- with a sequence number taken before commit.
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    user_id      uuid NOT NULL,
    campaign_id  uuid NOT NULL,
    step         integer NOT NULL,
    day          date NOT NULL,
    metric       text NOT NULL CHECK (metric IN ('sent', 'delivered', 'opened', 'clicked',
                                                 'replied', 'bounced', 'complained',
                                                 'unsubscribed')),
    delta        integer NOT NULL CHECK (delta IN (-1, 1)),
    FOREIGN KEY (campaign_id, user_id) REFERENCES campaigns (id, user_id) ON DELETE CASCADE
);
-- The rollup's range scan, and the API's tail for one user.
CREATE INDEX campaign_metric_changes_xid ON campaign_metric_changes (xid);
CREATE INDEX campaign_metric_changes_user_tail ON campaign_metric_changes (user_id, xid);

CREATE TABLE campaign_daily_metrics (
    campaign_id   uuid NOT NULL,
    step          integer NOT NULL,
    day           date NOT NULL,
    user_id       uuid NOT NULL,
    sent          bigint NOT NULL DEFAULT 0,
    delivered     bigint NOT NULL DEFAULT 0,
    opened        bigint NOT NULL DEFAULT 0,
    clicked       bigint NOT NULL DEFAULT 0,
    replied       bigint NOT NULL DEFAULT 0,
    bounced       bigint NOT NULL DEFAULT 0,
    complained    bigint NOT NULL DEFAULT 0,
    unsubscribed  bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, step, day),
    FOREIGN KEY (campaign_id, user_id) REFERENCES campaigns (id, user_id) ON DELETE CASCADE
);
CREATE INDEX campaign_daily_metrics_user ON campaign_daily_metrics (user_id);

-- One row: every ledger change whose transaction id is below `rolled_below` is in
-- campaign_daily_metrics, and none above it is.
CREATE TABLE analytics_rollup_state (
    singleton     boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    rolled_below  xid8 NOT NULL,
    rolled_at     timestamptz
);
INSERT INTO analytics_rollup_state (rolled_below) VALUES ('0');

-- +1 on the day a timestamp appears, -1 on the day it leaves (an earlier open arriving late
-- moves the first open to its own day); nothing when the day stays the same.
CREATE FUNCTION record_campaign_metric_changes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO campaign_metric_changes (user_id, campaign_id, step, day, metric, delta)
    SELECT NEW.user_id, NEW.campaign_id, NEW.step, moved.day, m.metric, moved.delta
    FROM (VALUES
            ('sent',         CASE WHEN TG_OP = 'UPDATE' THEN OLD.sent_at END,         NEW.sent_at),
            ('delivered',    CASE WHEN TG_OP = 'UPDATE' THEN OLD.delivered_at END,    NEW.delivered_at),
            ('opened',       CASE WHEN TG_OP = 'UPDATE' THEN OLD.opened_at END,       NEW.opened_at),
            ('clicked',      CASE WHEN TG_OP = 'UPDATE' THEN OLD.clicked_at END,      NEW.clicked_at),
            ('replied',      CASE WHEN TG_OP = 'UPDATE' THEN OLD.replied_at END,      NEW.replied_at),
            ('bounced',      CASE WHEN TG_OP = 'UPDATE' THEN OLD.bounced_at END,      NEW.bounced_at),
            ('complained',   CASE WHEN TG_OP = 'UPDATE' THEN OLD.complained_at END,   NEW.complained_at),
            ('unsubscribed', CASE WHEN TG_OP = 'UPDATE' THEN OLD.unsubscribed_at END, NEW.unsubscribed_at)
         ) AS m(metric, old_at, new_at)
    CROSS JOIN LATERAL (VALUES
            ((m.old_at AT TIME ZONE 'UTC')::date, -1),
            ((m.new_at AT TIME ZONE 'UTC')::date, 1)
         ) AS moved(day, delta)
    WHERE moved.day IS NOT NULL
      AND (m.old_at AT TIME ZONE 'UTC')::date IS DISTINCT FROM (m.new_at AT TIME ZONE 'UTC')::date;
    RETURN NULL;
END;
$$;

-- Only statements that set one of the timestamps fire it (status moves do not).
CREATE TRIGGER outbound_emails_metric_changes
    AFTER INSERT OR UPDATE OF sent_at, delivered_at, opened_at, clicked_at, replied_at,
                              bounced_at, complained_at, unsubscribed_at
    ON outbound_emails
    FOR EACH ROW WHEN (NEW.campaign_id IS NOT NULL)
    EXECUTE FUNCTION record_campaign_metric_changes();

-- Messages from before this migration enter the ledger once, like any other change.
INSERT INTO campaign_metric_changes (user_id, campaign_id, step, day, metric, delta)
SELECT o.user_id, o.campaign_id, o.step, (m.at AT TIME ZONE 'UTC')::date, m.metric, 1
FROM outbound_emails o
CROSS JOIN LATERAL (VALUES
        ('sent', o.sent_at), ('delivered', o.delivered_at), ('opened', o.opened_at),
        ('clicked', o.clicked_at), ('replied', o.replied_at), ('bounced', o.bounced_at),
        ('complained', o.complained_at), ('unsubscribed', o.unsubscribed_at)
     ) AS m(metric, at)
WHERE o.campaign_id IS NOT NULL AND m.at IS NOT NULL;

-- The rollup: adds the ledger's changes from the watermark up to the oldest transaction still
-- running into campaign_daily_metrics and moves the watermark there, in the caller's
-- transaction. Runs one at a time (the state row's lock), so running it twice or concurrently
-- adds each change once. Answers how many changes it added.
CREATE FUNCTION roll_up_campaign_metrics() RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    from_xid xid8;
    below_xid xid8;
    added bigint;
BEGIN
    SELECT rolled_below INTO from_xid FROM analytics_rollup_state FOR UPDATE;
    -- A new snapshot, taken after the lock: every transaction below its xmin has ended, so
    -- its changes are all visible now and none can appear later.
    below_xid := pg_snapshot_xmin(pg_current_snapshot());
    IF below_xid <= from_xid THEN
        RETURN 0;
    END IF;
    WITH changes AS (
        SELECT campaign_id, step, day, user_id, count(*) AS n,
               COALESCE(sum(delta) FILTER (WHERE metric = 'sent'), 0) AS sent,
               COALESCE(sum(delta) FILTER (WHERE metric = 'delivered'), 0) AS delivered,
               COALESCE(sum(delta) FILTER (WHERE metric = 'opened'), 0) AS opened,
               COALESCE(sum(delta) FILTER (WHERE metric = 'clicked'), 0) AS clicked,
               COALESCE(sum(delta) FILTER (WHERE metric = 'replied'), 0) AS replied,
               COALESCE(sum(delta) FILTER (WHERE metric = 'bounced'), 0) AS bounced,
               COALESCE(sum(delta) FILTER (WHERE metric = 'complained'), 0) AS complained,
               COALESCE(sum(delta) FILTER (WHERE metric = 'unsubscribed'), 0) AS unsubscribed
        FROM campaign_metric_changes
        WHERE xid >= from_xid AND xid < below_xid
        GROUP BY campaign_id, step, day, user_id
    ), added_rows AS (
        INSERT INTO campaign_daily_metrics AS m
            (campaign_id, step, day, user_id, sent, delivered, opened, clicked, replied,
             bounced, complained, unsubscribed)
        SELECT campaign_id, step, day, user_id, sent, delivered, opened, clicked, replied,
               bounced, complained, unsubscribed
        FROM changes
        ON CONFLICT (campaign_id, step, day) DO UPDATE SET
            sent = m.sent + EXCLUDED.sent,
            delivered = m.delivered + EXCLUDED.delivered,
            opened = m.opened + EXCLUDED.opened,
            clicked = m.clicked + EXCLUDED.clicked,
            replied = m.replied + EXCLUDED.replied,
            bounced = m.bounced + EXCLUDED.bounced,
            complained = m.complained + EXCLUDED.complained,
            unsubscribed = m.unsubscribed + EXCLUDED.unsubscribed
        RETURNING 1
    )
    SELECT COALESCE(sum(n), 0) INTO added FROM changes;
    UPDATE analytics_rollup_state SET rolled_below = below_xid, rolled_at = now();
    RETURN added;
END;
$$;

-- What analytics read: the rollup plus the changes above its watermark, per campaign, step and
-- day (a key may appear twice, once from each side: readers sum). Read in one statement, both
-- sides come from one snapshot, so a rollup committing meanwhile is seen entirely or not at all.
CREATE VIEW campaign_metrics_exact AS
SELECT campaign_id, step, day, user_id, sent, delivered, opened, clicked, replied, bounced,
       complained, unsubscribed
FROM campaign_daily_metrics
UNION ALL
SELECT campaign_id, step, day, user_id,
       COALESCE(sum(delta) FILTER (WHERE metric = 'sent'), 0),
       COALESCE(sum(delta) FILTER (WHERE metric = 'delivered'), 0),
       COALESCE(sum(delta) FILTER (WHERE metric = 'opened'), 0),
       COALESCE(sum(delta) FILTER (WHERE metric = 'clicked'), 0),
       COALESCE(sum(delta) FILTER (WHERE metric = 'replied'), 0),
       COALESCE(sum(delta) FILTER (WHERE metric = 'bounced'), 0),
       COALESCE(sum(delta) FILTER (WHERE metric = 'complained'), 0),
       COALESCE(sum(delta) FILTER (WHERE metric = 'unsubscribed'), 0)
FROM campaign_metric_changes
WHERE xid >= (SELECT rolled_below FROM analytics_rollup_state)
GROUP BY campaign_id, step, day, user_id;
