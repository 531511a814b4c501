-- The daily summary: each morning in the user's own timezone, yesterday's sends, replies and
-- bounces and the campaigns paused, unless the user turned it off.

-- Where the user's mornings are (an IANA name, checked by the API); UTC until they say.
ALTER TABLE users ADD COLUMN timezone text NOT NULL DEFAULT 'UTC';
ALTER TABLE users ADD COLUMN daily_summary boolean NOT NULL DEFAULT true;

-- One row per user and local day once that day's summary is decided, sent or not (a quiet day
-- sends nothing), so the hourly run neither sends twice nor counts a quiet day again.
CREATE TABLE daily_summaries (
    user_id            uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    local_date         date NOT NULL,
    outbound_email_id  uuid REFERENCES outbound_emails (id) ON DELETE SET NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, local_date)
);
