//! Contacts as the API, the bulk importer and the verify worker share them: the checked fields
//! of a contact, the CSV import (parse and upsert), and the verify queue's message. A library,
//! so that the functions that need these depend on it rather than on each other.

pub mod import;
pub mod model;
mod queries;
pub mod queue;
pub mod storage;
