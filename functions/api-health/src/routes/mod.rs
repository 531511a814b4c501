//! The handlers, one module per route family, and the fallback for requests no route took.

pub mod document;
pub mod health;
pub mod unrouted;
