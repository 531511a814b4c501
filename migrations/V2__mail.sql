-- Every email we hand to SES, transactional now and campaign messages later, and every SES
-- notification about them.

CREATE TABLE outbound_emails (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid REFERENCES users (id) ON DELETE SET NULL,
    kind             text NOT NULL,
    recipient        citext NOT NULL,
    -- queued -> sending -> sent | failed. The send worker claims a row by moving it from queued
    -- to sending in one statement, which is what makes a redelivered queue message harmless.
    status           text NOT NULL DEFAULT 'queued'
                     CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts         integer NOT NULL DEFAULT 0,
    failure_reason   text,
    ses_message_id   text UNIQUE,
    -- Furthest delivery outcome reported by SES; only ever moves forward (see delivery_rank).
    delivery_status  text,
    delivery_rank    integer NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbound_emails_status ON outbound_emails (status, created_at);

CREATE TABLE ses_events (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- SNS delivers at least once; its MessageId makes a redelivery a no-op.
    sns_message_id     text NOT NULL UNIQUE,
    ses_message_id     text NOT NULL,
    outbound_email_id  uuid REFERENCES outbound_emails (id) ON DELETE SET NULL,
    event_type         text NOT NULL,
    recipients         citext[] NOT NULL DEFAULT '{}',
    bounce_type        text,
    bounce_subtype     text,
    occurred_at        timestamptz NOT NULL,
    payload            jsonb NOT NULL,
    received_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ses_events_ses_message_id ON ses_events (ses_message_id);
