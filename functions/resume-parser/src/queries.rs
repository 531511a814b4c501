//! Every statement the resume parser runs. A resume row moves `processing` → `parsed` or
//! `failed` once; each update names `processing` so a redelivered notification changes nothing.

// Whether the object still has a resume waiting for it.
pub const FIND_RESUME: &str = "SELECT status FROM resumes WHERE id = $1 AND user_id = $2";

// The status guard makes a redelivered notification a no-op and the usage row below be
// written once per resume.
pub const MARK_PARSED: &str = "\
    UPDATE resumes SET status = 'parsed', parsed = $3, error = NULL, parsed_at = now() \
    WHERE id = $1 AND user_id = $2 AND status = 'processing'";

// The parser's reason, for the seeker to read in `GET /resume`.
pub const MARK_FAILED: &str = "\
    UPDATE resumes SET status = 'failed', error = $3, parsed_at = now() \
    WHERE id = $1 AND user_id = $2 AND status = 'processing'";

// Committed before the file is parsed, so a parse that kills the worker still counts. The
// status guard leaves finished rows alone; no row back means there is nothing to parse.
pub const BEGIN_PARSE: &str = "\
    UPDATE resumes SET parse_attempts = parse_attempts + 1 \
    WHERE id = $1 AND user_id = $2 AND status = 'processing' RETURNING parse_attempts";

// One usage row per parsed resume; written in the transaction of MARK_PARSED.
pub const RECORD_USAGE: &str =
    "INSERT INTO usage_events (user_id, kind) VALUES ($1, 'resume_parse')";
