//! Documents that cannot be parsed fail with the right, deterministic reason.

use resume::{DocumentKind, ParseError, detect_kind, parse_document};
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::ThreadId;

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

/// Threads whose panics are being counted, and how many panics they have had. The PDF
/// extractor catches panics of its libraries (so a bad upload becomes a clean `failed`), which
/// would hide them from the test; a panic hook sees every panic before it is caught.
static WATCHED: Mutex<Vec<ThreadId>> = Mutex::new(Vec::new());
static PANICS: AtomicUsize = AtomicUsize::new(0);

fn count_panics_on_this_thread() {
    WATCHED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .push(std::thread::current().id());
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let watched = WATCHED
            .lock()
            .map(|threads| threads.contains(&std::thread::current().id()))
            .unwrap_or(false);
        if watched {
            PANICS.fetch_add(1, Ordering::SeqCst);
        }
        previous(info);
    }));
}

/// Every prefix of a real PDF and DOCX, and each with bytes flipped, gives an answer or an
/// error, never a panic, caught or not.
#[test]
fn truncated_and_mangled_documents_never_panic() {
    count_panics_on_this_thread();
    let mut documents = 0;
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    for name in [
        "01_software_onecol_caps.pdf",
        "03_product_docx_title_at.docx",
    ] {
        let whole = std::fs::read(corpus.join(name)).expect("corpus file exists");
        for cut in (0..whole.len()).step_by(whole.len() / 40 + 1) {
            let _ = parse_document(&whole[..cut]);
            documents += 1;
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
            documents += 1;
        }
    }
    assert!(documents > 100, "{documents} documents tried");
    assert_eq!(
        PANICS.load(Ordering::SeqCst),
        0,
        "an extractor panicked (see the panic messages above)"
    );
}

/// A DOCX with the parts Word writes and the given `word/document.xml`, plus `extra_parts`
/// empty entries.
fn docx(document_xml: &mut dyn FnMut(&mut dyn Write), extra_parts: usize) -> Vec<u8> {
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    writer
        .start_file("[Content_Types].xml", options)
        .expect("part");
    writer
        .write_all(br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
        .expect("write");
    for index in 0..extra_parts {
        writer
            .start_file(format!("customXml/item{index}.xml"), options)
            .expect("part");
    }
    writer
        .start_file("word/document.xml", options)
        .expect("part");
    document_xml(&mut writer);
    writer.finish().expect("zip").into_inner()
}

const PARAGRAPH: &[u8] = b"<w:p><w:r><w:t>Jane Doe, Software Engineer</w:t></w:r></w:p>";

fn paragraphs(out: &mut dyn Write, bytes: usize) {
    let mut body = Vec::with_capacity(1 << 20);
    while body.len() < 1 << 20 {
        body.extend_from_slice(PARAGRAPH);
    }
    out.write_all(br#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#)
        .expect("write");
    for _ in 0..bytes.div_ceil(body.len()) {
        out.write_all(&body).expect("write");
    }
    out.write_all(b"</w:body></w:document>").expect("write");
}

#[test]
fn a_docx_that_inflates_past_the_budget_is_refused_as_too_large() {
    let bomb = docx(&mut |out| paragraphs(out, 32 << 20), 0);
    assert!(
        bomb.len() < 1 << 20,
        "the bomb is small: {} bytes",
        bomb.len()
    );
    assert_eq!(detect_kind(&bomb), Some(DocumentKind::Docx));
    let result = parse_document(&bomb);
    assert!(
        matches!(&result, Err(ParseError::TooLarge(reason)) if reason.contains("8 MB")),
        "{result:?}"
    );

    let fits = docx(&mut |out| paragraphs(out, 1 << 20), 0);
    let parsed = parse_document(&fits);
    assert!(parsed.is_ok(), "a large but honest DOCX parses: {parsed:?}");
}

#[test]
fn a_docx_with_too_many_parts_is_refused_as_too_large() {
    let many = docx(&mut |out| paragraphs(out, 1), 5000);
    let result = parse_document(&many);
    assert!(
        matches!(&result, Err(ParseError::TooLarge(reason)) if reason.contains("5002 parts")),
        "{result:?}"
    );
    let few = docx(&mut |out| paragraphs(out, 1), 50);
    assert!(parse_document(&few).is_ok());
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
