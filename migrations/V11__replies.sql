-- Inbound replies: SES stores each message for our inbound domain in S3 (inbound/ prefix); the
-- reply worker records one row per stored object, matched to the enrollment and message it
-- answers (or unmatched, never guessed), with its classification and why.

CREATE TABLE inbound_messages (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- One row per stored object: a redelivered notification finds it and does nothing.
    s3_key             text NOT NULL UNIQUE,
    -- NULL while unmatched: the message names no enrollment or message of ours.
    user_id            uuid REFERENCES users (id) ON DELETE CASCADE,
    enrollment_id      uuid REFERENCES enrollments (id) ON DELETE SET NULL,
    outbound_email_id  uuid REFERENCES outbound_emails (id) ON DELETE SET NULL,
    matched_by         text CHECK (matched_by IN ('reply_address', 'in_reply_to', 'references')),
    -- human | invitation | auto_reply | unsubscribe | bounce; NULL when not a message at all.
    classification     text CHECK (classification IN ('human', 'invitation', 'auto_reply',
                                                      'unsubscribe', 'bounce')),
    -- Which rule classified it, and what was done (`stopped enrollment`, `paused until ...`).
    reason             text NOT NULL,
    action             text,
    from_address       text,
    from_name          text,
    subject            text,
    message_id         text,
    -- The return date an auto-reply named.
    auto_reply_until   date,
    received_at        timestamptz NOT NULL DEFAULT now(),
    CHECK ((user_id IS NULL) = (matched_by IS NULL))
);
CREATE INDEX inbound_messages_user ON inbound_messages (user_id, received_at DESC)
    WHERE user_id IS NOT NULL;
CREATE INDEX inbound_messages_enrollment ON inbound_messages (enrollment_id)
    WHERE enrollment_id IS NOT NULL;

-- A reply is an event of the application ("reply from Ada Lovelace"), with or without a move.
ALTER TABLE application_events ADD COLUMN note text;
-- Someone answered and the seeker has not looked yet (an answer that is not an invitation).
ALTER TABLE applications ADD COLUMN needs_attention boolean NOT NULL DEFAULT false;

-- An auto-reply holds the enrollment until the writer is back: the next step is due no
-- earlier, including a step the scheduler schedules later (after one in flight was sent).
ALTER TABLE enrollments ADD COLUMN held_until timestamptz;

-- Replies find the enrollment's latest sent message this way.
CREATE INDEX outbound_emails_enrollment_sent ON outbound_emails (enrollment_id, sent_at DESC)
    WHERE enrollment_id IS NOT NULL;
