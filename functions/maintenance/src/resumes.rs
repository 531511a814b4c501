//! Resumes that will never be parsed: a presigned upload that never arrived, or a notification
//! that was lost or dead-lettered. After an hour (the upload URL lives 15 minutes, a parse takes
//! seconds) such a row is failed with a reason the user can act on, so it stops reading
//! `processing` forever and stops counting against the monthly parse quota as pending.

use tokio_postgres::Client;

// The reason depends on whether a parse ever began: none means the file never reached the
// parser. The status guard keeps a parse that finishes at the same moment from being undone.
const FAIL_ABANDONED: &str = "\
    UPDATE resumes SET status = 'failed', parsed_at = now(), error = CASE \
      WHEN parse_attempts = 0 THEN 'The file never arrived: the upload did not complete within \
the hour. Upload it again.' \
      ELSE 'Parsing did not finish. Upload the file again, or export it as PDF and upload that.' \
    END \
    WHERE status = 'processing' AND created_at < now() - interval '1 hour'";

/// Fails every resume still `processing` an hour after it was created; returns how many.
pub async fn fail_abandoned(client: &Client) -> Result<u64, tokio_postgres::Error> {
    client.execute(FAIL_ABANDONED, &[]).await
}
