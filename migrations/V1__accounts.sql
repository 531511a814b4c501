-- Accounts, sign-in and API keys. Secrets are never stored: every token and key is kept as the
-- SHA-256 of its secret part, and looked up by a public id so comparison can be constant-time.

CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE users (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- citext: addresses are matched case-insensitively everywhere.
    email       citext NOT NULL UNIQUE,
    plan        text NOT NULL DEFAULT 'beta',
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- One-time sign-in tokens sent by email. A token is usable once (used_at) and for 15 minutes.
CREATE TABLE login_tokens (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email        citext NOT NULL,
    secret_hash  bytea NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz
);
CREATE INDEX login_tokens_expires_at ON login_tokens (expires_at);

CREATE TABLE sessions (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    secret_hash  bytea NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz
);
CREATE INDEX sessions_user_id ON sessions (user_id);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

CREATE TABLE api_keys (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          text NOT NULL,
    secret_hash   bytea NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
CREATE INDEX api_keys_user_listing ON api_keys (user_id, created_at DESC, id DESC) WHERE revoked_at IS NULL;

-- Security and data events a user can read about their own account.
CREATE TABLE audit_log (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    action      text NOT NULL,
    detail      jsonb NOT NULL DEFAULT '{}'::jsonb,
    source_ip   text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_user_listing ON audit_log (user_id, created_at DESC, id DESC);

-- Metered work per user, counted per calendar month for plan limits and cost estimates.
CREATE TABLE usage_events (
    id           bigserial PRIMARY KEY,
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind         text NOT NULL CHECK (kind IN ('send', 'verification', 'resume_parse')),
    occurred_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX usage_events_user_month ON usage_events (user_id, occurred_at);
