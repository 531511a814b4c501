//! The outgoing-mail queue: one SQS queue carries every email we send, so one worker owns
//! SES throttling, retries and the at-most-once guarantee.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A unit of work for the mail worker. The row in `outbound_emails` is the record of truth; the
/// message only says which row to send and carries values that must not be stored (a sign-in
/// link contains a secret of which the database keeps only a hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MailJob {
    MagicLink {
        outbound_email_id: Uuid,
        to: String,
        sign_in_url: String,
    },
    /// Asks the owner of a sender's From address to confirm that the RoleFerry user who
    /// registered it may send as it. The link carries a secret the database keeps a hash of.
    SenderConfirmation {
        outbound_email_id: Uuid,
        to: String,
        /// The From name the user chose, so the owner sees who asked.
        from_name: String,
        confirm_url: String,
    },
    /// One step of a campaign to one contact. Everything it needs is on its row: the message
    /// was rendered when the scheduler made it, and the worker re-checks the campaign, the
    /// enrollment and the suppression list when it claims it.
    Campaign { outbound_email_id: Uuid },
    /// Tells a user that their sender's bounce or complaint rate crossed the line at which its
    /// campaigns pause (SPEC §4), which campaigns paused, and that resume waits for the rate.
    CampaignsPaused {
        outbound_email_id: Uuid,
        to: String,
        sender_address: String,
        reason: String,
        campaigns: Vec<String>,
    },
    /// A person's reply to a campaign message, forwarded to the seeker's own mailbox from our
    /// address as "{contact} via RoleFerry" with `Reply-To` the contact, so the seeker answers
    /// from their own inbox.
    ReplyForward {
        outbound_email_id: Uuid,
        to: String,
        /// Who answered: the contact's name, else the name or address they wrote from.
        contact_name: String,
        contact_address: String,
        subject: String,
        /// What they wrote, whole (quote included), cut at [`MAX_FORWARDED_TEXT_BYTES`].
        text: String,
    },
    /// The user's morning summary of yesterday in their timezone: campaign messages sent,
    /// replies a person wrote, permanent bounces, and the campaigns paused now with why.
    DailySummary {
        outbound_email_id: Uuid,
        to: String,
        /// The local day summarised.
        day: chrono::NaiveDate,
        sends: i64,
        replies: i64,
        bounces: i64,
        paused: Vec<PausedCampaign>,
    },
}

/// A paused campaign as the daily summary names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PausedCampaign {
    pub name: String,
    /// `manual`, or the sender health line it crossed.
    pub reason: String,
}

/// How much of a reply's text a forward carries: the job travels through SQS, whose messages
/// stop at 256 KB.
pub const MAX_FORWARDED_TEXT_BYTES: usize = 64 * 1024;

impl MailJob {
    pub fn outbound_email_id(&self) -> Uuid {
        match self {
            Self::MagicLink {
                outbound_email_id, ..
            } => *outbound_email_id,
            Self::SenderConfirmation {
                outbound_email_id, ..
            } => *outbound_email_id,
            Self::Campaign { outbound_email_id } => *outbound_email_id,
            Self::CampaignsPaused {
                outbound_email_id, ..
            } => *outbound_email_id,
            Self::ReplyForward {
                outbound_email_id, ..
            } => *outbound_email_id,
            Self::DailySummary {
                outbound_email_id, ..
            } => *outbound_email_id,
        }
    }
}

/// Puts a job on the mail queue.
pub async fn enqueue(
    client: &aws_sdk_sqs::Client,
    queue_url: &str,
    job: &MailJob,
) -> anyhow::Result<()> {
    client
        .send_message()
        .queue_url(queue_url)
        .message_body(serde_json::to_string(job)?)
        .send()
        .await?;
    Ok(())
}
