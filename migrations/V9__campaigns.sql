-- Campaigns: one sequence template sent from one sender, for one application, to a set of
-- contacts, inside a weekly window. Launch snapshots the template's steps and enrolls the
-- contacts; the scheduler turns each due step of an active enrollment into one outbound email.

CREATE TABLE campaigns (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id               uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name                  text NOT NULL,
    sequence_template_id  uuid NOT NULL,
    sender_id             uuid NOT NULL,
    application_id        uuid NOT NULL,
    -- The contacts the campaign is for, as the user chose them; launch enrolls each (or skips
    -- it with a reason). Kept as chosen so a draft can be edited and shown back.
    contact_ids           uuid[] NOT NULL DEFAULT '{}',
    timezone              text NOT NULL,
    days                  text[] NOT NULL,
    start_hour            integer NOT NULL CHECK (start_hour BETWEEN 0 AND 23),
    end_hour              integer NOT NULL CHECK (end_hour BETWEEN 1 AND 24 AND end_hour > start_hour),
    include_risky         boolean NOT NULL DEFAULT false,
    track_opens           boolean NOT NULL DEFAULT false,
    track_clicks          boolean NOT NULL DEFAULT false,
    status                text NOT NULL DEFAULT 'draft'
                          CHECK (status IN ('draft', 'active', 'paused', 'completed')),
    -- Why the campaign is paused: `manual`, or what the system saw (a sender's bounce rate).
    paused_reason         text,
    launched_at           timestamptz,
    completed_at          timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, user_id),
    -- Composite keys: the database itself refuses a campaign naming another user's objects.
    -- RESTRICT: a template, sender or application a campaign uses cannot disappear under it.
    FOREIGN KEY (sequence_template_id, user_id) REFERENCES sequence_templates (id, user_id)
        ON DELETE RESTRICT,
    FOREIGN KEY (sender_id, user_id) REFERENCES senders (id, user_id) ON DELETE RESTRICT,
    FOREIGN KEY (application_id, user_id) REFERENCES applications (id, user_id) ON DELETE RESTRICT
);
CREATE INDEX campaigns_user_listing ON campaigns (user_id, created_at DESC, id DESC);
CREATE INDEX campaigns_sender_active ON campaigns (sender_id) WHERE status = 'active';
CREATE INDEX campaigns_template ON campaigns (sequence_template_id);
CREATE INDEX campaigns_application ON campaigns (application_id);

-- The steps as they were at launch: editing the template afterwards changes no running
-- campaign, so what the user previewed is what is sent.
CREATE TABLE campaign_steps (
    campaign_id    uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    position       integer NOT NULL CHECK (position >= 1),
    delay_minutes  integer NOT NULL CHECK (delay_minutes >= 0),
    subject        text NOT NULL,
    body           text NOT NULL,
    PRIMARY KEY (campaign_id, position)
);

CREATE TABLE enrollments (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id            uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    campaign_id        uuid NOT NULL,
    contact_id         uuid NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    -- active -> completed (every step sent) | stopped (stop_reason says why).
    status             text NOT NULL DEFAULT 'active'
                       CHECK (status IN ('active', 'completed', 'stopped')),
    stop_reason        text,
    -- Position of the next step to send.
    next_step          integer NOT NULL DEFAULT 1,
    -- When the next step is due; NULL while a step is in flight (awaiting_email_id).
    next_due_at        timestamptz,
    -- The outbound email of the step in flight: the scheduler moves to the next step once it
    -- is sent, so a step's delay counts from when it actually left.
    awaiting_email_id  uuid,
    -- The scheduler's last decision about this enrollment when it did not send (outside the
    -- window until ..., sender's cap reached, waiting for verification), so nothing waits
    -- without a visible reason.
    schedule_note      text,
    -- Transient bounces in a row; three stop the enrollment (`soft_bounced`).
    soft_bounces       integer NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (campaign_id, contact_id),
    FOREIGN KEY (campaign_id, user_id) REFERENCES campaigns (id, user_id) ON DELETE CASCADE
);
-- One person never gets two sequences at once: at most one active enrollment per contact.
CREATE UNIQUE INDEX enrollments_one_active_per_contact ON enrollments (user_id, contact_id)
    WHERE status = 'active';
-- The scheduler's scan: active enrollments by due time.
CREATE INDEX enrollments_due ON enrollments (next_due_at) WHERE status = 'active';
CREATE INDEX enrollments_awaiting ON enrollments (awaiting_email_id)
    WHERE awaiting_email_id IS NOT NULL;

-- Campaign messages are outbound emails with their enrollment, step and rendered content.
ALTER TABLE outbound_emails DROP CONSTRAINT outbound_emails_status_check;
ALTER TABLE outbound_emails ADD CONSTRAINT outbound_emails_status_check
    CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'unknown', 'cancelled'));
ALTER TABLE outbound_emails ADD COLUMN campaign_id uuid REFERENCES campaigns (id) ON DELETE CASCADE;
ALTER TABLE outbound_emails ADD COLUMN enrollment_id uuid REFERENCES enrollments (id) ON DELETE SET NULL;
ALTER TABLE outbound_emails ADD COLUMN contact_id uuid REFERENCES contacts (id) ON DELETE SET NULL;
ALTER TABLE outbound_emails ADD COLUMN step integer;
ALTER TABLE outbound_emails ADD COLUMN subject text;
ALTER TABLE outbound_emails ADD COLUMN body_text text;
-- When the pacing lets it leave; the send queue's delay covers at most 15 minutes of it.
ALTER TABLE outbound_emails ADD COLUMN scheduled_at timestamptz;
-- When the message was last put on the send queue; NULL: the scheduler enqueues it.
ALTER TABLE outbound_emails ADD COLUMN enqueued_at timestamptz;
ALTER TABLE outbound_emails ADD COLUMN opened_at timestamptz;
ALTER TABLE outbound_emails ADD COLUMN clicked_at timestamptz;
ALTER TABLE outbound_emails ADD COLUMN replied_at timestamptz;
ALTER TABLE outbound_emails ADD COLUMN bounced_at timestamptz;
-- One message per (enrollment, step): whatever runs twice, a step is never sent twice.
CREATE UNIQUE INDEX outbound_emails_enrollment_step ON outbound_emails (enrollment_id, step)
    WHERE enrollment_id IS NOT NULL;
CREATE INDEX outbound_emails_campaign ON outbound_emails (campaign_id, created_at)
    WHERE campaign_id IS NOT NULL;
CREATE INDEX outbound_emails_to_enqueue ON outbound_emails (scheduled_at)
    WHERE campaign_id IS NOT NULL AND status = 'queued' AND enqueued_at IS NULL;
-- Today's count against a sender's cap.
CREATE INDEX outbound_emails_sender_created ON outbound_emails (sender_id, created_at)
    WHERE sender_id IS NOT NULL;

-- Pacing: when this sender's latest message is scheduled to leave; the next one goes a gap
-- plus jitter after it.
ALTER TABLE senders ADD COLUMN last_slot_at timestamptz;
ALTER TABLE senders ADD COLUMN min_gap_seconds integer NOT NULL DEFAULT 90
    CHECK (min_gap_seconds BETWEEN 0 AND 3600);
ALTER TABLE senders ADD COLUMN jitter_seconds integer NOT NULL DEFAULT 60
    CHECK (jitter_seconds BETWEEN 0 AND 3600);
