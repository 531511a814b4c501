//! The resume-parser function: S3 notifications through SQS, parsed with the `resume` library
//! into the `resumes` rows.

mod queries;
pub mod worker;
