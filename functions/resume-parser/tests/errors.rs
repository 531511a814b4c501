//! Documents that cannot be parsed fail with the right, deterministic reason.

use resume_parser::{DocumentKind, ParseError, detect_kind, parse_document};
use std::path::Path;

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(path).expect("fixture exists")
}

#[test]
fn encrypted_pdf_is_reported_as_encrypted() {
    let result = parse_document(&fixture("encrypted.pdf"));
    assert!(
        matches!(result, Err(ParseError::Encrypted(_))),
        "{result:?}"
    );
}

#[test]
fn image_only_pdf_has_no_text() {
    let result = parse_document(&fixture("image_only.pdf"));
    assert!(matches!(result, Err(ParseError::NoText(_))), "{result:?}");
}

#[test]
fn corrupt_and_truncated_files_are_corrupt() {
    for name in ["corrupt.pdf", "truncated.pdf", "truncated.docx"] {
        let result = parse_document(&fixture(name));
        assert!(
            matches!(result, Err(ParseError::Corrupt(_))),
            "{name}: {result:?}"
        );
    }
}

#[test]
fn random_binary_is_unsupported() {
    let bytes = fixture("random.bin");
    assert_eq!(detect_kind(&bytes), None);
    assert!(matches!(
        parse_document(&bytes),
        Err(ParseError::Unsupported(_))
    ));
}

#[test]
fn empty_input_has_no_text() {
    assert!(matches!(parse_document(b""), Err(ParseError::NoText(_))));
    assert!(matches!(
        parse_document(b"  \n "),
        Err(ParseError::NoText(_))
    ));
}

#[test]
fn errors_are_deterministic_and_readable() {
    let bytes = fixture("corrupt.pdf");
    let first = parse_document(&bytes);
    assert_eq!(first, parse_document(&bytes));
    let message = first.expect_err("corrupt").to_string();
    assert!(message.contains("damaged"), "{message}");
}

/// Every prefix of a real PDF and DOCX, and each with bytes flipped, gives an answer or an
/// error, never a panic.
#[test]
fn truncated_and_mangled_documents_never_panic() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    for name in [
        "01_software_onecol_caps.pdf",
        "03_product_docx_title_at.docx",
    ] {
        let whole = std::fs::read(corpus.join(name)).expect("corpus file exists");
        for cut in (0..whole.len()).step_by(whole.len() / 40 + 1) {
            let _ = parse_document(&whole[..cut]);
        }
        let mut state = 0x2545_f491_u32;
        for _ in 0..20 {
            let mut mangled = whole.clone();
            for _ in 0..30 {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                let index = state as usize % mangled.len();
                mangled[index] = mangled[index].wrapping_add(state as u8 | 1);
            }
            let _ = parse_document(&mangled);
        }
    }
}

#[test]
fn kinds_of_corpus_files() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let read = |name: &str| std::fs::read(corpus.join(name)).expect("corpus file exists");
    assert_eq!(
        detect_kind(&read("01_software_onecol_caps.pdf")),
        Some(DocumentKind::Pdf)
    );
    assert_eq!(
        detect_kind(&read("03_product_docx_title_at.docx")),
        Some(DocumentKind::Docx)
    );
    assert_eq!(
        detect_kind(&read("04_marketing_txt_underline.txt")),
        Some(DocumentKind::Txt)
    );
}
