//! The verify queue's message: which of a user's contacts to verify. The contact rows are the
//! record of truth; a message only names them, so a stale or repeated message is harmless.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Contacts per message: enough to share DNS answers between addresses of one domain, few
/// enough that a batch of ten messages finishes well inside the worker's timeout.
pub const CONTACTS_PER_JOB: usize = 25;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerifyJob {
    pub user_id: Uuid,
    pub contact_ids: Vec<Uuid>,
}

/// Puts jobs for `contact_ids` on the verify queue, ten messages per SQS call.
pub async fn enqueue_verification(
    sqs: &aws_sdk_sqs::Client,
    queue_url: &str,
    user_id: Uuid,
    contact_ids: &[Uuid],
) -> anyhow::Result<()> {
    use aws_sdk_sqs::types::SendMessageBatchRequestEntry;
    let jobs: Vec<VerifyJob> = contact_ids
        .chunks(CONTACTS_PER_JOB)
        .map(|chunk| VerifyJob {
            user_id,
            contact_ids: chunk.to_vec(),
        })
        .collect();
    for group in jobs.chunks(10) {
        let mut entries = Vec::with_capacity(group.len());
        for (index, job) in group.iter().enumerate() {
            entries.push(
                SendMessageBatchRequestEntry::builder()
                    .id(index.to_string())
                    .message_body(serde_json::to_string(job)?)
                    .build()?,
            );
        }
        let output = sqs
            .send_message_batch()
            .queue_url(queue_url)
            .set_entries(Some(entries))
            .send()
            .await?;
        if let Some(failure) = output.failed().first() {
            anyhow::bail!(
                "the verify queue refused a message: {} {}",
                failure.code(),
                failure.message().unwrap_or_default()
            );
        }
    }
    Ok(())
}
