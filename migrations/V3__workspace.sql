-- The job seeker's workspace: preferences, resumes, jobs, applications, pain points, offers.
--
-- Every row carries user_id and every query filters on it. Child rows also reference their
-- parent by (id, user_id), so the database itself refuses an application on another user's
-- job or a pain point citing another user's resume, whatever a handler gets wrong.

CREATE TABLE job_preferences (
    user_id        uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    titles         text[] NOT NULL DEFAULT '{}',
    locations      text[] NOT NULL DEFAULT '{}',
    remote         text NOT NULL DEFAULT 'any'
                   CHECK (remote IN ('remote', 'hybrid', 'onsite', 'any')),
    salary_min     integer CHECK (salary_min >= 0),
    industries     text[] NOT NULL DEFAULT '{}',
    seniority      text,
    company_sizes  text[] NOT NULL DEFAULT '{}',
    keywords       text[] NOT NULL DEFAULT '{}',
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- One row per uploaded file. The row exists before the object does (direct upload inserts it
-- first, the presigned flow when it signs the URL), so the parser always finds it.
-- processing -> parsed | failed; the parser moves a row out of processing once.
CREATE TABLE resumes (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- users/<user_id>/resumes/<id>: the parser finds the row again from the S3 notification.
    s3_key        text NOT NULL UNIQUE,
    content_type  text NOT NULL,
    size_bytes    bigint NOT NULL CHECK (size_bytes > 0),
    filename      text,
    status        text NOT NULL DEFAULT 'processing'
                  CHECK (status IN ('processing', 'parsed', 'failed')),
    -- Why parsing failed, written for the user.
    error         text,
    parsed        jsonb,
    created_at    timestamptz NOT NULL DEFAULT now(),
    parsed_at     timestamptz,
    UNIQUE (id, user_id)
);
CREATE INDEX resumes_user_latest ON resumes (user_id, created_at DESC, id DESC);

CREATE TABLE jobs (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title        text NOT NULL,
    company      text NOT NULL DEFAULT '',
    url          text,
    location     text,
    description  text NOT NULL DEFAULT '',
    source       text,
    tags         text[] NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, user_id)
);
-- The listing pages by (created_at, id) within one user; tag filters use the GIN index.
CREATE INDEX jobs_user_listing ON jobs (user_id, created_at DESC, id DESC);
CREATE INDEX jobs_tags ON jobs USING gin (tags);

-- One application per job: applying twice to the same posting is a mistake, not a second row.
CREATE TABLE applications (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    job_id      uuid NOT NULL,
    status      text NOT NULL DEFAULT 'saved'
                CHECK (status IN ('saved', 'applied', 'interviewing', 'offer', 'accepted',
                                  'rejected', 'withdrawn')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, user_id),
    UNIQUE (user_id, job_id),
    -- Deleting a job deletes what was tracked about it.
    FOREIGN KEY (job_id, user_id) REFERENCES jobs (id, user_id) ON DELETE CASCADE
);
CREATE INDEX applications_user_listing ON applications (user_id, created_at DESC, id DESC);

-- Every status change, the creation included (from_status NULL). Written in the same
-- transaction as the change, so the history cannot disagree with the status.
CREATE TABLE application_events (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    application_id  uuid NOT NULL,
    user_id         uuid NOT NULL,
    from_status     text,
    to_status       text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (application_id, user_id) REFERENCES applications (id, user_id) ON DELETE CASCADE
);
CREATE INDEX application_events_listing ON application_events (application_id, created_at DESC, id DESC);

-- The latest generation for a job; regenerating replaces every row of the job at once.
-- position is the rank, 1 = best, which is the order GET returns.
CREATE TABLE pain_points (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        uuid NOT NULL,
    job_id         uuid NOT NULL,
    resume_id      uuid NOT NULL,
    position       integer NOT NULL CHECK (position > 0),
    pain_point     text NOT NULL,
    solution       text NOT NULL,
    evidence       text NOT NULL,
    metric         text,
    score          double precision NOT NULL,
    matched_terms  text[] NOT NULL DEFAULT '{}',
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (job_id, position),
    FOREIGN KEY (job_id, user_id) REFERENCES jobs (id, user_id) ON DELETE CASCADE,
    FOREIGN KEY (resume_id, user_id) REFERENCES resumes (id, user_id) ON DELETE CASCADE
);

-- The pitch for one application, rebuilt on request. pain_point_ids records what it cited when
-- it was built; regenerating pain points later does not rewrite a pitch already made.
CREATE TABLE offers (
    application_id  uuid PRIMARY KEY,
    user_id         uuid NOT NULL,
    subject         text NOT NULL,
    body            text NOT NULL,
    pain_point_ids  uuid[] NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (application_id, user_id) REFERENCES applications (id, user_id) ON DELETE CASCADE
);
