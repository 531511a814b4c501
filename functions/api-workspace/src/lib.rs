//! The job seeker's workspace: preferences, resume, jobs, applications, pain points, offers.

pub mod matching;
pub mod offer;

mod queries;
pub mod routes;

pub use routes::{ApiDoc, Handler, ROUTES, State, handle};
