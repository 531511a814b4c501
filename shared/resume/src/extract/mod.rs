//! Text extraction per document kind.

mod docx;
mod pdf;

use crate::ParseError;
use resume_file::{self as detect, DocumentKind};

pub(crate) fn extract_text(bytes: &[u8]) -> Result<String, ParseError> {
    match detect::detect_kind(bytes) {
        Some(DocumentKind::Pdf) => pdf::extract(bytes),
        Some(DocumentKind::Docx) => docx::extract(bytes),
        Some(DocumentKind::Txt) => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            Ok(String::from_utf8_lossy(bytes).into_owned())
        }
        None if bytes.iter().all(u8::is_ascii_whitespace) => Err(ParseError::NoText(
            "The file is empty. Upload your resume as a PDF, DOCX or TXT file.".to_owned(),
        )),
        None if detect::is_damaged_zip(bytes) => Err(ParseError::Corrupt(
            "The document is damaged and cannot be read. Save it again from your editor and \
             upload the new file."
                .to_owned(),
        )),
        None if detect::is_encrypted_office(bytes) => Err(ParseError::Encrypted(
            "The document is password-protected. Remove the password and upload it again."
                .to_owned(),
        )),
        None => Err(ParseError::Unsupported(
            "This file type is not supported. Upload your resume as a PDF, DOCX or TXT file."
                .to_owned(),
        )),
    }
}
