//! The handlers, one module per route family.

pub mod applications;
pub mod jobs;
pub mod jobs_csv;
pub mod preferences;
pub mod resume;
