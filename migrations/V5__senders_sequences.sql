-- Senders (the seeker's own From address, an SES email identity) with their daily cap and
-- warm-up ramp, and sequence templates whose steps are minijinja templates checked at save.

CREATE TABLE senders (
    id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    from_email             citext NOT NULL,
    from_name              text NOT NULL,
    daily_cap              integer NOT NULL CHECK (daily_cap BETWEEN 1 AND 10000),
    -- Warm-up: on the UTC day warm-up starts the cap is warmup_start_cap, and it grows by
    -- warmup_daily_increase each day until it reaches daily_cap (see api-sending's warmup.rs).
    warmup_start_cap       integer NOT NULL CHECK (warmup_start_cap >= 1),
    warmup_daily_increase  integer NOT NULL CHECK (warmup_daily_increase >= 1),
    warmup_started_at      timestamptz NOT NULL,
    -- The SES identity's verification status as last seen: pending, verified, failed,
    -- temporary_failure, not_started.
    identity_status        text NOT NULL DEFAULT 'pending',
    identity_checked_at    timestamptz,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, from_email)
);
CREATE INDEX senders_user_listing ON senders (user_id, created_at DESC, id DESC);

-- Campaign messages name their sender; health is computed over a sender's recent sends.
ALTER TABLE outbound_emails ADD COLUMN sender_id uuid REFERENCES senders (id) ON DELETE SET NULL;
CREATE INDEX outbound_emails_sender_sent ON outbound_emails (sender_id, sent_at)
    WHERE sender_id IS NOT NULL AND status = 'sent';
-- Health looks events up by the message they belong to.
CREATE INDEX ses_events_outbound_email_id ON ses_events (outbound_email_id)
    WHERE outbound_email_id IS NOT NULL;

CREATE TABLE sequence_templates (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sequence_templates_user_listing ON sequence_templates (user_id, created_at DESC, id DESC);

CREATE TABLE sequence_steps (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    template_id    uuid NOT NULL REFERENCES sequence_templates (id) ON DELETE CASCADE,
    -- Denormalised from the template so every step query is scoped to the caller directly.
    user_id        uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- 1-based and contiguous within a template.
    position       integer NOT NULL CHECK (position >= 1),
    delay_minutes  integer NOT NULL CHECK (delay_minutes >= 0),
    subject        text NOT NULL,
    body           text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    -- Deferrable so that moving a step shifts its neighbours in one statement and the order is
    -- checked at commit, not row by row.
    CONSTRAINT sequence_steps_position UNIQUE (template_id, position) DEFERRABLE INITIALLY IMMEDIATE
);
CREATE INDEX sequence_steps_user ON sequence_steps (user_id);
