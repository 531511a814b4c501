//! Parse time of whole documents: a two-page PDF (target: at most 50 ms) and a DOCX.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

fn corpus_file(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name);
    std::fs::read(path).expect("corpus file exists")
}

fn parse(c: &mut Criterion) {
    let two_page_pdf = corpus_file("19_devops_pdf_two_page.pdf");
    let two_column_pdf = corpus_file("02_data_twocol_left.pdf");
    let docx = corpus_file("03_product_docx_title_at.docx");
    let txt = corpus_file("04_marketing_txt_underline.txt");

    c.bench_function("parse_document/pdf_two_page", |b| {
        b.iter(|| resume::parse_document(black_box(&two_page_pdf)))
    });
    c.bench_function("parse_document/pdf_two_column", |b| {
        b.iter(|| resume::parse_document(black_box(&two_column_pdf)))
    });
    c.bench_function("parse_document/docx", |b| {
        b.iter(|| resume::parse_document(black_box(&docx)))
    });
    c.bench_function("parse_document/txt", |b| {
        b.iter(|| resume::parse_document(black_box(&txt)))
    });
}

criterion_group!(benches, parse);
criterion_main!(benches);
