//! Every statement this function runs, named. Each one filters on the caller's user_id, so a
//! handler cannot read or change another user's row by passing its id.

// ------------------------------------------------------------------ job preferences

// No row means the preferences were never saved; the handler answers the unconstrained
// defaults rather than a 404, so a client never has to special-case a new account.
pub const GET_PREFERENCES: &str = "\
    SELECT titles, locations, remote, salary_min, industries, seniority, company_sizes, keywords, \
           updated_at \
    FROM job_preferences WHERE user_id = $1";

// PUT replaces the whole document, so every column is written.
pub const PUT_PREFERENCES: &str = "\
    INSERT INTO job_preferences (user_id, titles, locations, remote, salary_min, industries, \
                                 seniority, company_sizes, keywords) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
    ON CONFLICT (user_id) DO UPDATE SET \
      titles = EXCLUDED.titles, locations = EXCLUDED.locations, remote = EXCLUDED.remote, \
      salary_min = EXCLUDED.salary_min, industries = EXCLUDED.industries, \
      seniority = EXCLUDED.seniority, company_sizes = EXCLUDED.company_sizes, \
      keywords = EXCLUDED.keywords, updated_at = now() \
    RETURNING titles, locations, remote, salary_min, industries, seniority, company_sizes, \
              keywords, updated_at";

// ------------------------------------------------------------------ resumes

// Inserted before the object exists (see the resumes table), inside the quota transaction, so
// the parser always finds the row and the upload counts against the quota while it is
// `processing`.
pub const INSERT_RESUME: &str = "\
    INSERT INTO resumes (id, user_id, s3_key, content_type, size_bytes, filename) \
    VALUES ($1, $2, $3, $4, $5, $6) \
    RETURNING id, status, error, parsed, filename, content_type, size_bytes, created_at, \
              parsed_at, s3_key";

// What the monthly parse quota counts: parses that succeeded this month (the parser records
// each in usage_events) plus uploads still `processing`, each of which may become one. A file
// we could not read is not charged; a presigned upload that never arrives stops counting when
// the hourly sweep fails it.
pub const MONTHLY_RESUME_PARSES: &str = "\
    SELECT (SELECT count(*) FROM usage_events WHERE user_id = $1 AND kind = 'resume_parse' \
      AND occurred_at >= date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') \
    + (SELECT count(*) FROM resumes WHERE user_id = $1 AND status = 'processing') AS used";

// Only used to undo an insert whose object never reached S3.
pub const DELETE_UNUPLOADED_RESUME: &str = "\
    DELETE FROM resumes WHERE id = $1 AND user_id = $2 AND status = 'processing'";

// Newest by (created_at DESC, id DESC), the order of resumes_user_latest; id breaks a tie
// between two uploads in the same instant, so "latest" is always one row.
pub const LATEST_RESUME: &str = "\
    SELECT id, status, error, parsed, filename, content_type, size_bytes, created_at, parsed_at, \
           s3_key \
    FROM resumes WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1";

// ------------------------------------------------------------------ jobs

// RETURNING the columns `Job::from_row` reads, so neither a single add nor a CSV import (in
// one transaction) needs a second read to answer.
pub const INSERT_JOB: &str = "\
    INSERT INTO jobs (user_id, title, company, url, location, description, source, tags) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
    RETURNING id, title, company, url, location, description, source, tags, created_at, updated_at";

// Scoped by user_id: another user's job id is a 404, exactly like an unknown one.
pub const GET_JOB: &str = "\
    SELECT id, title, company, url, location, description, source, tags, created_at, updated_at \
    FROM jobs WHERE id = $1 AND user_id = $2";

// FOR UPDATE: a PATCH reads, merges and writes; two concurrent PATCHes must not interleave,
// and pain-point generation (api-matching, which locks the same row) must not read a
// description that is being replaced.
pub const LOCK_JOB: &str = "\
    SELECT id, title, company, url, location, description, source, tags, created_at, updated_at \
    FROM jobs WHERE id = $1 AND user_id = $2 FOR UPDATE";

// Runs under LOCK_JOB; every field is written because the merge of the PATCH happened on the
// locked row.
pub const UPDATE_JOB: &str = "\
    UPDATE jobs SET title = $3, company = $4, url = $5, location = $6, description = $7, \
                    source = $8, tags = $9, updated_at = now() \
    WHERE id = $1 AND user_id = $2 \
    RETURNING id, title, company, url, location, description, source, tags, created_at, updated_at";

// Its application, events, pain points and offer go with it (ON DELETE CASCADE through the
// (job_id, user_id) keys); no row deleted is the 404.
pub const DELETE_JOB: &str = "DELETE FROM jobs WHERE id = $1 AND user_id = $2";

// Filters are optional: NULL disables one. Tags use the GIN index through @>; company matches
// case-insensitively; q is a case-insensitive substring of title, company or description
// (strpos, not LIKE, so `%` and `_` in a search mean themselves).
pub const LIST_JOBS: &str = "\
    SELECT id, title, company, url, location, description, source, tags, created_at, updated_at \
    FROM jobs \
    WHERE user_id = $1 AND (created_at, id) < ($2, $3) \
      AND ($5::text IS NULL OR tags @> ARRAY[$5::text]) \
      AND ($6::text IS NULL OR lower(company) = lower($6::text)) \
      AND ($7::text IS NULL OR strpos(lower(title || ' ' || company || ' ' || description), lower($7::text)) > 0) \
    ORDER BY created_at DESC, id DESC LIMIT $4";

// Every identity of the user's jobs in one read, inside the import's transaction, so each CSV
// row is checked for a duplicate in memory instead of with a query of its own.
pub const JOB_IDENTITIES: &str = "SELECT url, title, company FROM jobs WHERE user_id = $1";

// ------------------------------------------------------------------ applications

// DO NOTHING on the (user_id, job_id) key: a second application for a job returns no row and
// becomes a 409, decided by the unique index rather than a racy read first.
pub const INSERT_APPLICATION: &str = "\
    INSERT INTO applications (user_id, job_id) VALUES ($1, $2) \
    ON CONFLICT (user_id, job_id) DO NOTHING \
    RETURNING id, job_id, status, created_at, updated_at";

// Only after INSERT_APPLICATION found one: the 409 names the existing application, so the
// client can go to it.
pub const FIND_APPLICATION_FOR_JOB: &str = "\
    SELECT id FROM applications WHERE user_id = $1 AND job_id = $2";

// Joined on (job_id, user_id), the same pair the foreign key uses, so the job shown is
// always the caller's.
pub const GET_APPLICATION: &str = "\
    SELECT a.id, a.job_id, a.status, a.needs_attention, a.created_at, a.updated_at, \
           j.title AS job_title, j.company AS job_company \
    FROM applications a JOIN jobs j ON j.id = a.job_id AND j.user_id = a.user_id \
    WHERE a.id = $1 AND a.user_id = $2";

// FOR UPDATE serialises two status changes: the second sees the first's result and is judged
// against it, so the history never records a move from a status the row no longer had.
pub const LOCK_APPLICATION: &str = "\
    SELECT status FROM applications WHERE id = $1 AND user_id = $2 FOR UPDATE";

// Runs under LOCK_APPLICATION, in the transaction that writes its INSERT_APPLICATION_EVENT,
// so the status and its history never disagree. A move is the seeker acting on the
// application, so a reply that flagged it for attention has been seen.
// The seeker has seen (or wants to be reminded of) what flagged the application.
pub const SET_NEEDS_ATTENTION: &str = "\
    UPDATE applications SET needs_attention = $3, updated_at = now() \
    WHERE id = $1 AND user_id = $2";

pub const SET_APPLICATION_STATUS: &str = "\
    UPDATE applications SET status = $3, needs_attention = false, updated_at = now() \
    WHERE id = $1 AND user_id = $2";

// Written in the transaction of the change it records (creation included, from_status NULL).
pub const INSERT_APPLICATION_EVENT: &str = "\
    INSERT INTO application_events (application_id, user_id, from_status, to_status) \
    VALUES ($1, $2, $3, $4)";

// Keyset pagination on (created_at, id), the order of applications_user_listing; a NULL
// filter parameter disables it, so one statement (one plan) serves every combination.
pub const LIST_APPLICATIONS: &str = "\
    SELECT a.id, a.job_id, a.status, a.needs_attention, a.created_at, a.updated_at, \
           j.title AS job_title, j.company AS job_company \
    FROM applications a JOIN jobs j ON j.id = a.job_id AND j.user_id = a.user_id \
    WHERE a.user_id = $1 AND (a.created_at, a.id) < ($2, $3) \
      AND ($5::text IS NULL OR a.status = $5::text) \
      AND ($6::uuid IS NULL OR a.job_id = $6::uuid) \
      AND ($7::boolean IS NULL OR a.needs_attention = $7::boolean) \
    ORDER BY a.created_at DESC, a.id DESC LIMIT $4";

// Keyset pagination on (created_at, id), the order of application_events_listing.
pub const LIST_APPLICATION_EVENTS: &str = "\
    SELECT id, from_status, to_status, note, created_at FROM application_events \
    WHERE application_id = $1 AND user_id = $2 AND (created_at, id) < ($3, $4) \
    ORDER BY created_at DESC, id DESC LIMIT $5";

// Checked before listing events, so another user's or an unknown application is a 404 rather
// than an empty page.
pub const APPLICATION_EXISTS: &str = "\
    SELECT 1 FROM applications WHERE id = $1 AND user_id = $2";
