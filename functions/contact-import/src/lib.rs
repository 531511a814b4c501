//! contact-import
