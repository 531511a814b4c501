//! Every statement the contact import worker runs.

// A row left `processing` by a crashed run is reclaimable after 15 minutes, the longest a Lambda
// can run, so two runs of one import never overlap.
pub const CLAIM: &str = "\
    UPDATE contact_imports SET status = 'processing', started_at = now() \
    WHERE id = $1 AND user_id = $2 AND s3_key = $3 \
      AND (status = 'awaiting_upload' \
           OR (status = 'processing' AND started_at < now() - interval '15 minutes')) \
    RETURNING id";

// A transient failure gives the claim back, so the redelivered notification can claim it.
pub const RELEASE: &str = "\
    UPDATE contact_imports SET status = 'awaiting_upload' WHERE id = $1 AND status = 'processing'";

// The contacts and this status commit together: an import is done completely or not at all.
pub const FINISH: &str = "\
    UPDATE contact_imports SET status = 'done', report = $2, finished_at = now() WHERE id = $1";

// A problem with the file itself: recorded for the seeker, never retried.
pub const FAIL: &str = "\
    UPDATE contact_imports SET status = 'failed', error = $2, finished_at = now() WHERE id = $1";
