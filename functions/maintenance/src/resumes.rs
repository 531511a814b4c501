//! Resumes that will never be parsed: a presigned upload that never arrived, or a notification
//! that was lost or dead-lettered. After an hour (the upload URL lives 15 minutes, a parse takes
//! seconds) such a row is failed with a reason the user can act on, so it stops reading
//! `processing` forever and stops counting against the monthly parse quota as pending.

use tokio_postgres::Client;

use crate::queries;

/// Fails every resume still `processing` an hour after it was created; returns how many.
pub async fn fail_abandoned(client: &Client) -> Result<u64, tokio_postgres::Error> {
    client.execute(queries::FAIL_ABANDONED, &[]).await
}
