-- At most once, and nothing lost.
--
-- 'unknown': the worker handed the message to SES and never learned whether SES accepted it (a
-- timeout, a 5xx, a crash before recording), and no SES event about it arrived within 15
-- minutes. Such a row is never resent automatically: resending could deliver it twice.
ALTER TABLE outbound_emails DROP CONSTRAINT outbound_emails_status_check;
ALTER TABLE outbound_emails ADD CONSTRAINT outbound_emails_status_check
    CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'unknown'));

-- When the worker last claimed the row; the 15 minutes before 'unknown' count from here.
ALTER TABLE outbound_emails ADD COLUMN claimed_at timestamptz;
-- When the maintenance sweep last re-enqueued the row, so a row whose message is merely slow
-- gets one extra message per sweep interval, not one per run.
ALTER TABLE outbound_emails ADD COLUMN swept_at timestamptz;
-- The sign-in token a magic-link mail carries; the sweep needs it to mint a fresh link, since
-- only the token's hash is stored.
ALTER TABLE outbound_emails ADD COLUMN login_token_id uuid
    REFERENCES login_tokens (id) ON DELETE SET NULL;

CREATE INDEX outbound_emails_sending_claimed ON outbound_emails (claimed_at)
    WHERE status = 'sending';

-- SES may publish one event twice, under two SNS message ids: the event's content identifies
-- it too. Earlier copies are kept, later ones removed, before the index can be built.
DELETE FROM ses_events later
USING ses_events earlier
WHERE later.ses_message_id = earlier.ses_message_id
  AND later.event_type = earlier.event_type
  AND later.recipients = earlier.recipients
  AND later.occurred_at = earlier.occurred_at
  AND (later.received_at, later.id) > (earlier.received_at, earlier.id);

CREATE UNIQUE INDEX ses_events_content
    ON ses_events (ses_message_id, event_type, recipients, occurred_at);
