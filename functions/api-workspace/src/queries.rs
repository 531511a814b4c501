//! Every statement this function runs, named. Each one filters on the caller's user_id, so a
//! handler cannot read or change another user's row by passing its id.

// ------------------------------------------------------------------ job preferences

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
    + (SELECT count(*) FROM resumes WHERE user_id = $1 AND status = 'processing')";

// Only used to undo an insert whose object never reached S3.
pub const DELETE_UNUPLOADED_RESUME: &str = "\
    DELETE FROM resumes WHERE id = $1 AND user_id = $2 AND status = 'processing'";

pub const LATEST_RESUME: &str = "\
    SELECT id, status, error, parsed, filename, content_type, size_bytes, created_at, parsed_at, \
           s3_key \
    FROM resumes WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1";

// Pain points need a parsed resume; a newer upload still processing or failed does not hide
// an older one that parsed.
pub const LATEST_PARSED_RESUME: &str = "\
    SELECT id, parsed FROM resumes WHERE user_id = $1 AND status = 'parsed' \
    ORDER BY created_at DESC, id DESC LIMIT 1";

pub const RESUME_NAME: &str = "\
    SELECT parsed ->> 'name' AS name FROM resumes WHERE id = $1 AND user_id = $2";

// ------------------------------------------------------------------ jobs

pub const INSERT_JOB: &str = "\
    INSERT INTO jobs (user_id, title, company, url, location, description, source, tags) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
    RETURNING id, title, company, url, location, description, source, tags, created_at, updated_at";

pub const GET_JOB: &str = "\
    SELECT id, title, company, url, location, description, source, tags, created_at, updated_at \
    FROM jobs WHERE id = $1 AND user_id = $2";

// FOR UPDATE: a PATCH reads, merges and writes; two concurrent PATCHes must not interleave,
// and pain-point generation must not read a description that is being replaced.
pub const LOCK_JOB: &str = "\
    SELECT id, title, company, url, location, description, source, tags, created_at, updated_at \
    FROM jobs WHERE id = $1 AND user_id = $2 FOR UPDATE";

pub const UPDATE_JOB: &str = "\
    UPDATE jobs SET title = $3, company = $4, url = $5, location = $6, description = $7, \
                    source = $8, tags = $9, updated_at = now() \
    WHERE id = $1 AND user_id = $2 \
    RETURNING id, title, company, url, location, description, source, tags, created_at, updated_at";

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

// What an import compares rows against to skip duplicates.
pub const JOB_IDENTITIES: &str = "SELECT url, title, company FROM jobs WHERE user_id = $1";

// ------------------------------------------------------------------ applications

pub const INSERT_APPLICATION: &str = "\
    INSERT INTO applications (user_id, job_id) VALUES ($1, $2) \
    ON CONFLICT (user_id, job_id) DO NOTHING \
    RETURNING id, job_id, status, created_at, updated_at";

pub const FIND_APPLICATION_FOR_JOB: &str = "\
    SELECT id FROM applications WHERE user_id = $1 AND job_id = $2";

pub const GET_APPLICATION: &str = "\
    SELECT a.id, a.job_id, a.status, a.created_at, a.updated_at, j.title AS job_title, \
           j.company AS job_company \
    FROM applications a JOIN jobs j ON j.id = a.job_id AND j.user_id = a.user_id \
    WHERE a.id = $1 AND a.user_id = $2";

// FOR UPDATE serialises two status changes: the second sees the first's result and is judged
// against it, so the history never records a move from a status the row no longer had.
pub const LOCK_APPLICATION: &str = "\
    SELECT status FROM applications WHERE id = $1 AND user_id = $2 FOR UPDATE";

pub const SET_APPLICATION_STATUS: &str = "\
    UPDATE applications SET status = $3, updated_at = now() WHERE id = $1 AND user_id = $2";

pub const INSERT_APPLICATION_EVENT: &str = "\
    INSERT INTO application_events (application_id, user_id, from_status, to_status) \
    VALUES ($1, $2, $3, $4)";

pub const LIST_APPLICATIONS: &str = "\
    SELECT a.id, a.job_id, a.status, a.created_at, a.updated_at, j.title AS job_title, \
           j.company AS job_company \
    FROM applications a JOIN jobs j ON j.id = a.job_id AND j.user_id = a.user_id \
    WHERE a.user_id = $1 AND (a.created_at, a.id) < ($2, $3) \
      AND ($5::text IS NULL OR a.status = $5::text) \
      AND ($6::uuid IS NULL OR a.job_id = $6::uuid) \
    ORDER BY a.created_at DESC, a.id DESC LIMIT $4";

pub const LIST_APPLICATION_EVENTS: &str = "\
    SELECT id, from_status, to_status, created_at FROM application_events \
    WHERE application_id = $1 AND user_id = $2 AND (created_at, id) < ($3, $4) \
    ORDER BY created_at DESC, id DESC LIMIT $5";

pub const APPLICATION_EXISTS: &str = "\
    SELECT 1 FROM applications WHERE id = $1 AND user_id = $2";

// ------------------------------------------------------------------ pain points

pub const DELETE_PAIN_POINTS: &str = "DELETE FROM pain_points WHERE job_id = $1 AND user_id = $2";

pub const INSERT_PAIN_POINT: &str = "\
    INSERT INTO pain_points (user_id, job_id, resume_id, position, pain_point, solution, \
                             evidence, metric, score, matched_terms) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
    RETURNING id, resume_id, position, pain_point, solution, evidence, metric, score, \
              matched_terms, created_at";

pub const LIST_PAIN_POINTS: &str = "\
    SELECT id, resume_id, position, pain_point, solution, evidence, metric, score, \
           matched_terms, created_at \
    FROM pain_points WHERE job_id = $1 AND user_id = $2 ORDER BY position";

// ------------------------------------------------------------------ offers

pub const UPSERT_OFFER: &str = "\
    INSERT INTO offers (application_id, user_id, subject, body, pain_point_ids) \
    VALUES ($1, $2, $3, $4, $5) \
    ON CONFLICT (application_id) DO UPDATE SET subject = EXCLUDED.subject, body = EXCLUDED.body, \
      pain_point_ids = EXCLUDED.pain_point_ids, updated_at = now() \
    RETURNING application_id, subject, body, pain_point_ids, created_at, updated_at";

pub const GET_OFFER: &str = "\
    SELECT application_id, subject, body, pain_point_ids, created_at, updated_at \
    FROM offers WHERE application_id = $1 AND user_id = $2";
