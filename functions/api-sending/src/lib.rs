//! api-sending
