//! Document type detection from content, never from a file name or declared type.

use serde::{Deserialize, Serialize};
use std::io::Cursor;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DocumentKind {
    Pdf,
    Docx,
    Txt,
}

/// Office writes password-protected DOCX files as an OLE compound file, not a ZIP.
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Identifies a PDF (`%PDF-` near the start), a DOCX (a ZIP holding `word/document.xml`)
/// or plain UTF-8 text without control characters. Anything else is `None`.
pub fn detect_kind(bytes: &[u8]) -> Option<DocumentKind> {
    // Some producers put a few bytes of junk before the header; readers accept up to 1 KiB.
    let head = &bytes[..bytes.len().min(1024)];
    if head.windows(5).any(|window| window == b"%PDF-") {
        return Some(DocumentKind::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return is_docx(bytes).then_some(DocumentKind::Docx);
    }
    is_plain_text(bytes).then_some(DocumentKind::Txt)
}

fn is_docx(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes))
        .map(|archive| archive.index_for_name("word/document.xml").is_some())
        .unwrap_or(false)
}

fn is_plain_text(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    !text.trim().is_empty()
        && !text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
}

/// A ZIP whose directory cannot be read, such as a DOCX cut off during upload.
pub fn is_damaged_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") && zip::ZipArchive::new(Cursor::new(bytes)).is_err()
}

/// A password-protected Office document: an OLE container with an `EncryptedPackage`
/// stream (the name is stored as UTF-16).
pub fn is_encrypted_office(bytes: &[u8]) -> bool {
    let marker: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.starts_with(OLE_MAGIC) && bytes.windows(marker.len()).any(|window| window == marker)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_detected_from_bytes() {
        assert_eq!(detect_kind(b"%PDF-1.7\n..."), Some(DocumentKind::Pdf));
        assert_eq!(
            detect_kind("Jane Doe\nEngineer ✓\n".as_bytes()),
            Some(DocumentKind::Txt)
        );
        assert_eq!(detect_kind(b"\x00\x01binary"), None);
        assert_eq!(detect_kind(b"PK\x03\x04not really a zip"), None);
        assert_eq!(detect_kind(b""), None);
        assert_eq!(detect_kind(&[0xff, 0xfe, 0x41, 0x00]), None);
    }
}
