-- Contacts, their verification, per-user suppressions and asynchronous CSV imports.
-- Other functions read these tables by name (the sender reads contacts and suppressions).

CREATE TABLE contacts (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                  uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    first_name               text,
    last_name                text,
    -- citext: one contact per address per user, whatever the case the user typed it in.
    email                    citext NOT NULL,
    title                    text,
    company                  text,
    linkedin_url             text,
    -- An IANA name (Europe/Paris), validated by the API; the sender computes local send windows.
    timezone                 text,
    tags                     text[] NOT NULL DEFAULT '{}',
    -- unverified -> pending (queued for the verify worker) -> valid | risky | invalid | unknown.
    verification_status      text NOT NULL DEFAULT 'unverified'
                             CHECK (verification_status IN
                                    ('unverified', 'pending', 'valid', 'risky', 'invalid', 'unknown')),
    verification_reason      text,
    verification_checked_at  timestamptz,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, email)
);
-- Keyset pagination of a user's contacts, newest first.
CREATE INDEX contacts_user_listing ON contacts (user_id, created_at DESC, id DESC);
-- `?tag=` filters with `tags @> ARRAY[...]`.
CREATE INDEX contacts_tags ON contacts USING gin (tags);

-- Addresses never to send to, per user. The primary key makes re-suppressing an address a no-op
-- (the first reason is kept) and the sender's check a single index probe.
CREATE TABLE suppressions (
    -- Only a stable key for keyset pagination; the address is the identity.
    id          uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email       citext NOT NULL,
    reason      text NOT NULL
                CHECK (reason IN ('permanent_bounce', 'complaint', 'unsubscribe', 'manual')),
    detail      text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, email)
);
CREATE INDEX suppressions_user_listing ON suppressions (user_id, created_at DESC, id DESC);

-- Large CSV imports: the browser uploads to S3 with a presigned PUT at imports/<user>/<id>.csv,
-- the ObjectCreated notification reaches the contact-import worker through SQS, which claims the
-- row (awaiting_upload -> processing) and stores the same report the synchronous import returns.
CREATE TABLE contact_imports (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status       text NOT NULL DEFAULT 'awaiting_upload'
                 CHECK (status IN ('awaiting_upload', 'processing', 'done', 'failed')),
    s3_key       text NOT NULL UNIQUE,
    filename     text NOT NULL,
    size_bytes   bigint NOT NULL,
    report       jsonb,
    error        text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    started_at   timestamptz,
    finished_at  timestamptz
);
CREATE INDEX contact_imports_user ON contact_imports (user_id, created_at DESC);

-- Per-domain DNS verdicts are cached in memory by each verify-worker instance (with a TTL), not
-- here: the resolver caches too, and a shared table would add a write per domain for little gain.
