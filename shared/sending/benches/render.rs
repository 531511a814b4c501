//! Rendering one sequence step for one contact: what the scheduler does per message, and what
//! a save-time check costs.

use criterion::{BenchmarkId, Criterion, Throughput, black_box, criterion_group, criterion_main};

use sending::template::{self, Context, Part};

const SUBJECT: &str = "{{ job.title }} at {{ job.company }}: an idea for {{ contact.company }}";

fn body(paragraphs: usize) -> String {
    let mut body = String::from("Hi {{ contact.first_name }},\n\n");
    for _ in 0..paragraphs {
        body.push_str(
            "I saw the {{ job.title }} role at {{ job.company }} and noticed {{ pain_point }}. \
             {{ offer }} Would a short call next week be useful, {{ contact.first_name }}?\n\n",
        );
    }
    body.push_str("{{ sender.name }}\n\nNot interested? {{ unsubscribe_url }}\n");
    body
}

fn render_step(c: &mut Criterion) {
    let context = Context::sample("https://app.roleferry.com/unsubscribe/abc");
    let mut group = c.benchmark_group("render_step");
    for paragraphs in [1, 10, 50] {
        let source = body(paragraphs);
        group.throughput(Throughput::Bytes(source.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("subject_and_body", paragraphs),
            &source,
            |b, source| {
                b.iter(|| {
                    let subject = template::render_subject(black_box(SUBJECT), &context);
                    let body = template::render(black_box(source), &context);
                    (subject, body)
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("save_check_body", paragraphs),
            &source,
            |b, source| b.iter(|| template::check(black_box(source), Part::Body)),
        );
    }
    group.finish();
}

criterion_group!(benches, render_step);
criterion_main!(benches);
