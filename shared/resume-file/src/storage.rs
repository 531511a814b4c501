//! Where resumes are stored in S3: the key scheme the upload routes write and the parser reads.

use uuid::Uuid;

/// Largest object parsed: the presigned upload limit. Anything bigger did not come through
/// our upload routes.
pub const MAX_OBJECT_BYTES: i64 = 20 * 1024 * 1024;

/// Where a resume is stored: one object per upload, named by the `resumes` row's id so the
/// notification leads back to the row, under the owner's prefix.
pub fn object_key(user_id: Uuid, resume_id: Uuid) -> String {
    format!("users/{user_id}/resumes/{resume_id}")
}

/// The owner and resume of a key written by [`object_key`]; `None` for any other key.
pub fn parse_object_key(key: &str) -> Option<(Uuid, Uuid)> {
    let mut parts = key.split('/');
    let (Some("users"), Some(user), Some("resumes"), Some(resume), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return None;
    };
    Some((Uuid::parse_str(user).ok()?, Uuid::parse_str(resume).ok()?))
}
