//! Pain-point generation for a realistic job description (about 40 lines) against a
//! two-page resume (5 roles, 27 bullets), with the bundled skill dictionary.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use matching::offer::{OfferInput, build_offer};
use matching::{ResumeInput, SkillDictionary, extract_requirements, generate};

const JD: &str = include_str!("fixtures/jd.txt");
const RESUME_JSON: &str = include_str!("fixtures/resume.json");

fn pain_points(criterion: &mut Criterion) {
    let resume: ResumeInput = match serde_json::from_str(RESUME_JSON) {
        Ok(resume) => resume,
        Err(error) => {
            eprintln!("benches/fixtures/resume.json does not parse: {error}");
            return;
        }
    };
    let skills = SkillDictionary::bundled();

    criterion.bench_function("extract_requirements/realistic_jd", |bencher| {
        bencher.iter(|| extract_requirements(black_box(JD)))
    });
    criterion.bench_function("generate/realistic_jd_two_page_resume", |bencher| {
        bencher.iter(|| generate(black_box(JD), black_box(&resume), skills))
    });
    let top = generate(JD, &resume, skills);
    let input = OfferInput {
        job_title: "Staff Software Engineer, Platform".into(),
        company: "Harbor Freight Cloud".into(),
        seeker_name: resume.name.clone(),
    };
    criterion.bench_function("build_offer/top_three", |bencher| {
        bencher.iter(|| build_offer(black_box(&input), black_box(&top)))
    });
}

criterion_group!(benches, pain_points);
criterion_main!(benches);
