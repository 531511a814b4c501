//! The sending engine's domain logic: everything about a campaign message that does not need a
//! database or a network, so the API, the scheduler, the send worker and the events function
//! all decide the same way.

pub mod health;
pub mod links;
pub mod readiness;
pub mod template;
pub mod tokens;
pub mod unsubscribe;
pub mod warmup;
pub mod window;
