//! What the upload routes and the parser share about a resume file, without the parser: the
//! kinds we accept and how each is told from its bytes ([`detect_kind`]), and the S3 key
//! scheme ([`storage`]). Linking this crate links no PDF or DOCX reader (only a ZIP directory
//! reader, to tell a DOCX from other ZIP files).

mod detect;
pub mod storage;

pub use detect::{DocumentKind, detect_kind, is_damaged_zip, is_encrypted_office};
