-- Per-campaign totals beside the per-day rollup. The overview sums every (step, day) row of
-- each campaign's history on every read, which grows with the campaign's age (1,830 rows for
-- the benchmark's user, most of the overview's time); one row per campaign keeps its read
-- constant. The rollup adds the same changes to both tables in one statement, so they always
-- agree (campaign_daily_metrics summed per campaign equals this).
CREATE TABLE campaign_metric_totals (
    campaign_id   uuid PRIMARY KEY,
    user_id       uuid NOT NULL,
    sent          bigint NOT NULL DEFAULT 0,
    delivered     bigint NOT NULL DEFAULT 0,
    opened        bigint NOT NULL DEFAULT 0,
    clicked       bigint NOT NULL DEFAULT 0,
    replied       bigint NOT NULL DEFAULT 0,
    bounced       bigint NOT NULL DEFAULT 0,
    complained    bigint NOT NULL DEFAULT 0,
    unsubscribed  bigint NOT NULL DEFAULT 0,
    FOREIGN KEY (campaign_id, user_id) REFERENCES campaigns (id, user_id) ON DELETE CASCADE
);
CREATE INDEX campaign_metric_totals_user ON campaign_metric_totals (user_id);

-- The rollup takes the state row's lock before anything else, so no rollup runs between this
-- copy and the new function.
LOCK TABLE analytics_rollup_state IN EXCLUSIVE MODE;

INSERT INTO campaign_metric_totals
    (campaign_id, user_id, sent, delivered, opened, clicked, replied, bounced, complained,
     unsubscribed)
SELECT campaign_id, user_id, sum(sent), sum(delivered), sum(opened), sum(clicked),
       sum(replied), sum(bounced), sum(complained), sum(unsubscribed)
FROM campaign_daily_metrics
GROUP BY campaign_id, user_id;

-- As in V12, and then each campaign the changes touched gets its totals summed again from its
-- daily rows (a few hundred per campaign). Summed, not added to: a total can never drift from
-- the daily rows, even if a rollup still running V12's function at deploy time added changes
-- to the daily rows only.
CREATE OR REPLACE FUNCTION roll_up_campaign_metrics() RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    from_xid xid8;
    below_xid xid8;
    added bigint;
    touched uuid[];
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
    SELECT COALESCE(sum(n), 0), array_agg(DISTINCT campaign_id) INTO added, touched
    FROM changes;
    -- A later statement: it sees the daily rows the one above wrote.
    INSERT INTO campaign_metric_totals AS t
        (campaign_id, user_id, sent, delivered, opened, clicked, replied, bounced, complained,
         unsubscribed)
    SELECT campaign_id, user_id, sum(sent), sum(delivered), sum(opened), sum(clicked),
           sum(replied), sum(bounced), sum(complained), sum(unsubscribed)
    FROM campaign_daily_metrics
    WHERE campaign_id = ANY (touched)
    GROUP BY campaign_id, user_id
    ON CONFLICT (campaign_id) DO UPDATE SET
        sent = EXCLUDED.sent,
        delivered = EXCLUDED.delivered,
        opened = EXCLUDED.opened,
        clicked = EXCLUDED.clicked,
        replied = EXCLUDED.replied,
        bounced = EXCLUDED.bounced,
        complained = EXCLUDED.complained,
        unsubscribed = EXCLUDED.unsubscribed;
    UPDATE analytics_rollup_state SET rolled_below = below_xid, rolled_at = now();
    RETURN added;
END;
$$;
