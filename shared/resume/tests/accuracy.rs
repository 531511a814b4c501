//! Field-level precision and recall of the parser over the generated corpus.
//!
//! Each `tests/corpus/<stem>.{pdf,docx,txt}` has a `<stem>.expected.json` written by
//! `tests/corpus/generate.py` from its source data. Scalars count as one item each when
//! present; lists count item by item after normalisation (case, punctuation, spacing).
//! An experience entry matches when company, title, start and end all match.

mod scoring;

use resume::{EducationEntry, ExperienceEntry, ParsedResume, parse_document};
use scoring::{Score, list, normalise, scalar};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn experience_keys(entries: &[ExperienceEntry]) -> Vec<String> {
    entries
        .iter()
        .map(|e| {
            [&e.company, &e.title, &e.start, &e.end]
                .iter()
                .map(|field| normalise(field.as_deref().unwrap_or("-")))
                .collect::<Vec<_>>()
                .join(" / ")
        })
        .collect()
}

fn bullets(entries: &[ExperienceEntry]) -> Vec<String> {
    entries.iter().flat_map(|e| list(&e.bullets)).collect()
}

fn education_keys(entries: &[EducationEntry]) -> Vec<String> {
    entries
        .iter()
        .map(|e| {
            [&e.institution, &e.degree, &e.end]
                .iter()
                .map(|field| normalise(field.as_deref().unwrap_or("-")))
                .collect::<Vec<_>>()
                .join(" / ")
        })
        .collect()
}

fn corpus() -> Vec<(PathBuf, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut documents: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(&dir)
        .expect("corpus directory exists")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "pdf" || ext == "docx" || ext == "txt")
        })
        .map(|path| {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            let expected = dir.join(format!("{stem}.expected.json"));
            (path, expected)
        })
        .collect();
    documents.sort();
    documents
}

#[test]
fn corpus_field_accuracy() {
    let documents = corpus();
    assert!(documents.len() >= 20, "the corpus has at least 20 resumes");
    let mut scores: BTreeMap<&str, Score> = BTreeMap::new();
    for (document, expected_path) in &documents {
        let bytes = std::fs::read(document).expect("corpus file is readable");
        let expected: ParsedResume = serde_json::from_str(
            &std::fs::read_to_string(expected_path).expect("ground truth exists"),
        )
        .expect("ground truth matches ParsedResume");
        let parsed = parse_document(&bytes)
            .unwrap_or_else(|error| panic!("{} failed: {error}", document.display()));

        let fields: [(&str, Vec<String>, Vec<String>); 11] = [
            ("name", scalar(&parsed.name), scalar(&expected.name)),
            ("email", scalar(&parsed.email), scalar(&expected.email)),
            ("phone", scalar(&parsed.phone), scalar(&expected.phone)),
            ("links", list(&parsed.links), list(&expected.links)),
            (
                "summary",
                scalar(&parsed.summary),
                scalar(&expected.summary),
            ),
            ("skills", list(&parsed.skills), list(&expected.skills)),
            ("titles", list(&parsed.titles), list(&expected.titles)),
            (
                "experience",
                experience_keys(&parsed.experience),
                experience_keys(&expected.experience),
            ),
            (
                "bullets",
                bullets(&parsed.experience),
                bullets(&expected.experience),
            ),
            (
                "education",
                education_keys(&parsed.education),
                education_keys(&expected.education),
            ),
            ("metrics", list(&parsed.metrics), list(&expected.metrics)),
        ];
        let name = document
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        for (field, predicted, wanted) in fields {
            let mut single = Score::default();
            single.add(&predicted, &wanted);
            if single.true_positives != single.predicted || single.true_positives != single.expected
            {
                let missing: Vec<_> = wanted.iter().filter(|w| !predicted.contains(w)).collect();
                let extra: Vec<_> = predicted.iter().filter(|p| !wanted.contains(p)).collect();
                println!("{name} {field}: missing {missing:?} extra {extra:?}");
            }
            scores.entry(field).or_default().add(&predicted, &wanted);
        }
    }

    println!(
        "\n{:<12} {:>9} {:>9} {:>9} {:>9}",
        "field", "precision", "recall", "predicted", "expected"
    );
    for (field, score) in &scores {
        println!(
            "{field:<12} {:>9.3} {:>9.3} {:>9} {:>9}",
            score.precision(),
            score.recall(),
            score.predicted,
            score.expected
        );
    }
    // Every field scored is asserted, at the value measured when these thresholds were set
    // (all 1.000 on this corpus): any regression in any field fails the test.
    let thresholds: [(&str, f64); 11] = [
        ("name", 1.0),
        ("email", 1.0),
        ("phone", 1.0),
        ("links", 1.0),
        ("summary", 1.0),
        ("skills", 1.0),
        ("titles", 1.0),
        ("experience", 1.0),
        ("bullets", 1.0),
        ("education", 1.0),
        ("metrics", 1.0),
    ];
    assert_eq!(
        thresholds.len(),
        scores.len(),
        "a threshold for every scored field"
    );
    for (field, threshold) in thresholds {
        let score = scores[field];
        assert!(score.expected > 0, "{field}: the corpus labels none");
        assert!(
            score.precision() >= threshold && score.recall() >= threshold,
            "{field}: precision {:.3}, recall {:.3} (both must be at least {threshold:.3})",
            score.precision(),
            score.recall()
        );
    }
}
