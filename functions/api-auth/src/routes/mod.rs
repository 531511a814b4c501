//! The handlers, one module per route family.

pub mod api_keys;
pub mod magic_link;
pub mod profile;
pub mod sessions;
pub mod usage;
