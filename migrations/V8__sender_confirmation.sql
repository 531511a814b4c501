-- Senders prove their mailbox before SES is asked for their identity, and the sending tables
-- reference their parents by (id, user_id) as the workspace tables do (see V3), so the
-- database itself refuses a step in another user's template or a message naming another
-- user's sender, whatever a handler gets wrong.

-- When the owner followed the confirmation link mailed to from_email. Until then SES is not
-- asked for the identity: an address someone else verified must not show `verified` to a
-- user who merely typed it.
ALTER TABLE senders ADD COLUMN confirmed_at timestamptz;
-- Senders created before confirmation existed have not proved their mailbox either; they
-- ask for a link again (POST /senders/{id}/confirmation).
UPDATE senders SET identity_status = 'unconfirmed';
ALTER TABLE senders ALTER COLUMN identity_status SET DEFAULT 'unconfirmed';
ALTER TABLE senders ADD CONSTRAINT senders_id_user UNIQUE (id, user_id);

-- One row per confirmation link. Only the SHA-256 of the link's secret is stored; a link
-- works once, until expires_at. Asking for a new link deletes the unused ones.
CREATE TABLE sender_confirmations (
    id           uuid PRIMARY KEY,
    sender_id    uuid NOT NULL,
    user_id      uuid NOT NULL,
    secret_hash  bytea NOT NULL,
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (sender_id, user_id) REFERENCES senders (id, user_id) ON DELETE CASCADE
);
CREATE INDEX sender_confirmations_sender ON sender_confirmations (sender_id);

-- Steps were already denormalised with user_id; make the database hold it to the template's.
UPDATE sequence_steps s SET user_id = t.user_id
FROM sequence_templates t
WHERE t.id = s.template_id AND s.user_id <> t.user_id;
ALTER TABLE sequence_templates ADD CONSTRAINT sequence_templates_id_user UNIQUE (id, user_id);
ALTER TABLE sequence_steps DROP CONSTRAINT sequence_steps_template_id_fkey;
ALTER TABLE sequence_steps ADD CONSTRAINT sequence_steps_template_user
    FOREIGN KEY (template_id, user_id) REFERENCES sequence_templates (id, user_id)
    ON DELETE CASCADE;

-- A message's sender belongs to the message's user. Messages of a deleted sender keep their
-- user (SET NULL of sender_id only). The simple sender_id foreign key of V5 stays: once a
-- user is deleted their messages' user_id is NULL, which a composite key no longer checks,
-- and the simple key still clears sender_id when that user's senders go.
UPDATE outbound_emails o SET sender_id = NULL
FROM senders s
WHERE s.id = o.sender_id AND o.user_id <> s.user_id;
ALTER TABLE outbound_emails ADD CONSTRAINT outbound_emails_sender_user
    FOREIGN KEY (sender_id, user_id) REFERENCES senders (id, user_id)
    ON DELETE SET NULL (sender_id);
