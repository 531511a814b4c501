//! The handlers, one module per route family.

pub mod offers;
pub mod pain_points;
