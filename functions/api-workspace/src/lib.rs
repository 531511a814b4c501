//! The job seeker's workspace: preferences, resume, jobs, applications, pain points, offers.

pub mod matching;
pub mod offer;
