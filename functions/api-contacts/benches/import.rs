//! Import of 50,000 rows: CSV parsing, header mapping, validation (email, IANA time zone, URL)
//! and merging by address, without the database. The database half is measured by
//! `tests/tests/contacts.rs::import_load` (see its doc comment).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use api_contacts::import;

const ROWS: usize = 50_000;

/// A realistic file: common header names, every field filled, 2% duplicates differing in case,
/// 1% bad addresses.
fn csv(rows: usize) -> String {
    let zones = [
        "Europe/Paris",
        "America/New_York",
        "Asia/Tokyo",
        "America/Los_Angeles",
    ];
    let mut text = String::from(
        "First Name,Last Name,Email Address,Company Name,Job Title,Time Zone,LinkedIn URL,Tags\n",
    );
    for n in 0..rows {
        let email = match n % 100 {
            0 => "not-an-address".to_owned(),
            1 => format!("PERSON{}@COMPANY{}.EXAMPLE", n - 1, (n - 1) % 500),
            _ => format!("person{n}@company{}.example", n % 500),
        };
        text.push_str(&format!(
            "First{n},Last{n},{email},Company {} Inc,Head of Engineering,{},https://www.linkedin.com/in/person{n},prospect;batch{}\n",
            n % 500,
            zones[n % zones.len()],
            n % 7
        ));
    }
    text
}

fn bench_import(c: &mut Criterion) {
    let file = csv(ROWS);
    let mut group = c.benchmark_group("import");
    group.throughput(Throughput::Elements(ROWS as u64));
    group.sample_size(20);
    group.bench_function("parse_50k_rows", |b| {
        b.iter(|| import::parse(black_box(file.as_bytes())).expect("parses"))
    });
    group.finish();
}

criterion_group!(benches, bench_import);
criterion_main!(benches);
