//! api-contacts
