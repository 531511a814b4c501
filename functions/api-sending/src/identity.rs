//! A sender's SES v2 email identity: created once the sender's owner confirmed the mailbox (see
//! `confirmation`), and its verification status; and the identity of the sender's domain, which
//! starts Easy DKIM (see `readiness`).
//!
//! SES emails the address a verification link; until it is clicked the identity is pending and
//! cannot be sent from. The local emulator verifies identities at once.

use aws_sdk_sesv2::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use aws_sdk_sesv2::operation::create_email_identity::CreateEmailIdentityError;
use aws_sdk_sesv2::operation::get_email_identity::GetEmailIdentityError;
use aws_sdk_sesv2::types::{DkimSigningAttributes, DkimSigningKeyLength, VerificationStatus};
use serde::Serialize;
use utoipa::ToSchema;

use shared::error::ApiError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IdentityStatus {
    /// The owner of the address has not yet followed the confirmation link we emailed it; SES
    /// has not been asked about the address for this sender.
    Unconfirmed,
    /// SES sent a verification email; the link in it has not been clicked yet.
    Pending,
    /// The address may be sent from.
    Verified,
    /// Verification failed: the link in the verification email expired unused.
    Failed,
    /// SES could not check the identity for a while; it retries on its own.
    TemporaryFailure,
    /// Verification has not started.
    NotStarted,
}

impl IdentityStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unconfirmed => "unconfirmed",
            Self::Pending => "pending",
            Self::Verified => "verified",
            Self::Failed => "failed",
            Self::TemporaryFailure => "temporary_failure",
            Self::NotStarted => "not_started",
        }
    }

    /// Reads a stored status; anything unrecognised is treated as not yet verified.
    pub fn from_stored(raw: &str) -> Self {
        match raw {
            "verified" => Self::Verified,
            "failed" => Self::Failed,
            "temporary_failure" => Self::TemporaryFailure,
            "not_started" => Self::NotStarted,
            "unconfirmed" => Self::Unconfirmed,
            _ => Self::Pending,
        }
    }
}

/// Maps what `GetEmailIdentity` reports. `VerifiedForSendingStatus` is authoritative when true;
/// otherwise the verification status says why not. (The emulator reports SUCCESS with
/// `VerifiedForSendingStatus` false, so SUCCESS alone also counts as verified.)
pub fn status_of(
    verified_for_sending: bool,
    status: Option<&VerificationStatus>,
) -> IdentityStatus {
    if verified_for_sending {
        return IdentityStatus::Verified;
    }
    match status {
        Some(VerificationStatus::Success) => IdentityStatus::Verified,
        Some(VerificationStatus::Failed) => IdentityStatus::Failed,
        Some(VerificationStatus::TemporaryFailure) => IdentityStatus::TemporaryFailure,
        Some(VerificationStatus::NotStarted) => IdentityStatus::NotStarted,
        _ => IdentityStatus::Pending,
    }
}

fn ses_down(source: impl Into<anyhow::Error>) -> ApiError {
    ApiError::DependencyDown {
        dependency: "Amazon SES",
        source: source.into(),
    }
}

/// Creates the identity (an existing one is fine: creating is idempotent for us) and reads
/// back its verification status.
#[tracing::instrument(skip(ses))]
pub async fn ensure(
    ses: &aws_sdk_sesv2::Client,
    address: &str,
) -> Result<IdentityStatus, ApiError> {
    match ses
        .create_email_identity()
        .email_identity(address)
        .send()
        .await
    {
        Ok(_) => {}
        Err(SdkError::ServiceError(err))
            if matches!(
                err.err(),
                CreateEmailIdentityError::AlreadyExistsException(_)
            ) => {}
        Err(SdkError::ServiceError(err))
            if matches!(err.err(), CreateEmailIdentityError::BadRequestException(_)) =>
        {
            let reason = err.err().message().unwrap_or("rejected").to_owned();
            return Err(ApiError::validation(
                "from_email",
                format!("Amazon SES does not accept this address: {reason}"),
            ));
        }
        Err(err) => return Err(ses_down(err)),
    }
    status(ses, address).await
}

/// Creates the domain's identity with Easy DKIM, which gives SES's three CNAME records for the
/// domain's owner to publish; an existing identity is left as it is. Best effort: a failure is
/// logged and the domain's readiness shows DKIM `not_started` (launch tries again). 2048-bit
/// keys, the longer of the two SES offers; the emulator reports such a domain's DKIM verified
/// at once (README, Known emulator limits).
#[tracing::instrument(skip(ses))]
pub async fn start_domain(ses: &aws_sdk_sesv2::Client, domain: &str) {
    let easy_dkim = DkimSigningAttributes::builder()
        .next_signing_key_length(DkimSigningKeyLength::Rsa2048Bit)
        .build();
    match ses
        .create_email_identity()
        .email_identity(domain)
        .dkim_signing_attributes(easy_dkim)
        .send()
        .await
    {
        Ok(_) => tracing::info!("domain identity created, Easy DKIM started"),
        Err(SdkError::ServiceError(err))
            if matches!(
                err.err(),
                CreateEmailIdentityError::AlreadyExistsException(_)
            ) => {}
        Err(err) => tracing::warn!(
            error = %DisplayErrorContext(&err),
            "domain identity not created; its DKIM shows not_started"
        ),
    }
}

/// The identity's current verification status; a missing identity (deleted behind our back)
/// is re-created by `ensure`, so here it reads as not started.
#[tracing::instrument(skip(ses))]
pub async fn status(
    ses: &aws_sdk_sesv2::Client,
    address: &str,
) -> Result<IdentityStatus, ApiError> {
    match ses
        .get_email_identity()
        .email_identity(address)
        .send()
        .await
    {
        Ok(output) => Ok(status_of(
            output.verified_for_sending_status(),
            output.verification_status(),
        )),
        Err(SdkError::ServiceError(err))
            if matches!(err.err(), GetEmailIdentityError::NotFoundException(_)) =>
        {
            Ok(IdentityStatus::NotStarted)
        }
        Err(err) => Err(ses_down(err)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_every_verification_status() {
        let cases = [
            (true, None, IdentityStatus::Verified),
            (
                true,
                Some(VerificationStatus::Pending),
                IdentityStatus::Verified,
            ),
            (
                false,
                Some(VerificationStatus::Success),
                IdentityStatus::Verified,
            ),
            (
                false,
                Some(VerificationStatus::Pending),
                IdentityStatus::Pending,
            ),
            (
                false,
                Some(VerificationStatus::Failed),
                IdentityStatus::Failed,
            ),
            (
                false,
                Some(VerificationStatus::TemporaryFailure),
                IdentityStatus::TemporaryFailure,
            ),
            (
                false,
                Some(VerificationStatus::NotStarted),
                IdentityStatus::NotStarted,
            ),
            (false, None, IdentityStatus::Pending),
            (
                false,
                Some(VerificationStatus::from("SOMETHING_NEW")),
                IdentityStatus::Pending,
            ),
        ];
        for (verified, status, expected) in cases {
            assert_eq!(status_of(verified, status.as_ref()), expected, "{status:?}");
        }
    }

    #[test]
    fn stored_statuses_round_trip() {
        for status in [
            IdentityStatus::Unconfirmed,
            IdentityStatus::Pending,
            IdentityStatus::Verified,
            IdentityStatus::Failed,
            IdentityStatus::TemporaryFailure,
            IdentityStatus::NotStarted,
        ] {
            assert_eq!(IdentityStatus::from_stored(status.as_str()), status);
        }
    }
}
