//! The handlers, one module per route family.

pub mod applications;
pub mod fields;
pub mod jobs;
pub mod jobs_csv;
pub mod offers;
pub mod pain_points;
pub mod preferences;
pub mod resume;
