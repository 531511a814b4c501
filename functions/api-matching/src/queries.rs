//! Every statement this function runs, named. Each one filters on the caller's user_id, so a
//! handler cannot read or change another user's row by passing its id.

// ------------------------------------------------------------------ jobs and applications

// FOR UPDATE: generation reads the description and replaces the job's pain points; it must
// not read a description a PATCH is replacing (api-workspace locks the same row), and two
// generations for one job would otherwise interleave their deletes and inserts.
pub const LOCK_JOB_DESCRIPTION: &str = "\
    SELECT description FROM jobs WHERE id = $1 AND user_id = $2 FOR UPDATE";

// Scoped by user_id: another user's job id is a 404, exactly like an unknown one.
pub const JOB_EXISTS: &str = "SELECT 1 FROM jobs WHERE id = $1 AND user_id = $2";

// Joined on (job_id, user_id), the same pair the foreign key uses, so the job an offer pitches
// for is always the caller's.
pub const APPLICATION_JOB: &str = "\
    SELECT a.job_id, j.title AS job_title, j.company AS job_company \
    FROM applications a JOIN jobs j ON j.id = a.job_id AND j.user_id = a.user_id \
    WHERE a.id = $1 AND a.user_id = $2";

// ------------------------------------------------------------------ resumes

// Pain points need a parsed resume; a newer upload still processing or failed does not hide
// an older one that parsed.
pub const LATEST_PARSED_RESUME: &str = "\
    SELECT id, parsed FROM resumes WHERE user_id = $1 AND status = 'parsed' \
    ORDER BY created_at DESC, id DESC LIMIT 1";

// Only the name the parser found, not the whole parsed document; NULL when it found none.
pub const RESUME_NAME: &str = "\
    SELECT parsed ->> 'name' AS name FROM resumes WHERE id = $1 AND user_id = $2";

// ------------------------------------------------------------------ pain points

// Regeneration replaces the whole set under LOCK_JOB: deleting first frees the
// (job_id, position) keys the new ranking takes.
pub const DELETE_PAIN_POINTS: &str = "DELETE FROM pain_points WHERE job_id = $1 AND user_id = $2";

// resume_id records which resume the evidence came from; the (resume_id, user_id) key makes
// the database refuse evidence from another user's resume.
pub const INSERT_PAIN_POINT: &str = "\
    INSERT INTO pain_points (user_id, job_id, resume_id, position, pain_point, solution, \
                             evidence, metric, score, matched_terms) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
    RETURNING id, resume_id, position, pain_point, solution, evidence, metric, score, \
              matched_terms, created_at";

// ORDER BY position: position 1 is the best match, the order offers cite them in.
pub const LIST_PAIN_POINTS: &str = "\
    SELECT id, resume_id, position, pain_point, solution, evidence, metric, score, \
           matched_terms, created_at \
    FROM pain_points WHERE job_id = $1 AND user_id = $2 ORDER BY position";

// ------------------------------------------------------------------ offers

// One offer per application (its primary key): building again replaces the pitch and keeps
// created_at, so the offer's history starts at its first build.
pub const UPSERT_OFFER: &str = "\
    INSERT INTO offers (application_id, user_id, subject, body, pain_point_ids) \
    VALUES ($1, $2, $3, $4, $5) \
    ON CONFLICT (application_id) DO UPDATE SET subject = EXCLUDED.subject, body = EXCLUDED.body, \
      pain_point_ids = EXCLUDED.pain_point_ids, updated_at = now() \
    RETURNING application_id, subject, body, pain_point_ids, created_at, updated_at";

// Scoped by user_id: another user's application is a 404, exactly like one without an offer.
pub const GET_OFFER: &str = "\
    SELECT application_id, subject, body, pain_point_ids, created_at, updated_at \
    FROM offers WHERE application_id = $1 AND user_id = $2";
