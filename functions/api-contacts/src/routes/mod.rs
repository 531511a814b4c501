//! The handlers, one module per route family.

pub mod contacts;
pub mod import;
pub mod suppressions;
pub mod verify;
