//! The short, specific pitch a seeker sends: rendered from templates shipped in the crate
//! with the job, the seeker, and the top pain points.
//!
//! The body is the pitch itself, without greeting or signature, so sequence templates can
//! place it with `{{offer}}` between their own "Hi {{contact.first_name}}" and sign-off.

use std::sync::LazyLock;

use minijinja::syntax::SyntaxConfig;
use minijinja::value::Serde;
use minijinja::{Environment, UndefinedBehavior, Value, context};
use serde::{Deserialize, Serialize};

use crate::PainPoint;

/// At most this many pain points are cited: enough to be specific, few enough to be read.
pub const MAX_CITED_PAIN_POINTS: usize = 3;

const SUBJECT_TEMPLATE: &str = "subject.txt";
const BODY_TEMPLATE: &str = "body.txt";
/// Pain-point counts as words, indexed by count.
const COUNT_WORDS: [&str; MAX_CITED_PAIN_POINTS + 1] = ["no", "one", "two", "three"];

static TEMPLATES: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut environment = Environment::new();
    // A misspelt variable must fail loudly in tests, not render as an empty string to a
    // hiring manager.
    environment.set_undefined_behavior(UndefinedBehavior::Strict);
    // Block tags on their own lines must not leave blank lines or indentation behind.
    match SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
    {
        Ok(syntax) => environment.set_syntax(syntax),
        Err(error) => tracing::error!(error = %error, "offer template syntax is invalid"),
    }
    for (name, source) in [
        (SUBJECT_TEMPLATE, include_str!("templates/subject.txt.j2")),
        (BODY_TEMPLATE, include_str!("templates/body.txt.j2")),
    ] {
        if let Err(error) = environment.add_template(name, source) {
            tracing::error!(template = name, error = %error, "offer template does not compile");
        }
    }
    environment
});

/// What the offer is about, besides the pain points.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OfferInput {
    pub job_title: String,
    pub company: String,
    pub seeker_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    pub subject: String,
    pub body: String,
}

#[derive(Serialize)]
struct CitedPoint<'a> {
    need: &'a str,
    evidence: &'a str,
}

/// Renders the subject and body from the first [`MAX_CITED_PAIN_POINTS`] pain points of
/// `top` (expected best first, as [`crate::generate`] returns them), skipping any
/// that cite the same evidence bullet as a better one so the pitch never repeats itself.
/// Deterministic: same input, same bytes.
pub fn build_offer(input: &OfferInput, top: &[PainPoint]) -> Offer {
    let mut cited: Vec<CitedPoint<'_>> = Vec::new();
    for point in top {
        if cited.len() == MAX_CITED_PAIN_POINTS {
            break;
        }
        let evidence = point.evidence.trim().trim_end_matches('.');
        if cited.iter().any(|earlier| earlier.evidence == evidence) {
            continue;
        }
        cited.push(CitedPoint {
            need: point.pain_point.trim(),
            evidence,
        });
    }
    // The subject carries the strongest cited result, when there is one: a number is what
    // makes a busy reader open the message.
    let highlight = top
        .iter()
        .filter(|point| {
            cited
                .iter()
                .any(|cited| cited.evidence == point.evidence.trim().trim_end_matches('.'))
        })
        .find_map(|point| point.metric.as_deref())
        .map(single_line)
        .unwrap_or_default();
    let job_title = single_line(&input.job_title);
    let company = single_line(&input.company);
    let seeker_name = single_line(&input.seeker_name);
    let values = context! {
        job_title => job_title.as_str(),
        company => company.as_str(),
        seeker_name => seeker_name.as_str(),
        points => Value::from(Serde(&cited)),
        count_words => COUNT_WORDS,
        highlight => highlight.as_str(),
    };
    let render = |name: &str| {
        TEMPLATES
            .get_template(name)
            .and_then(|template| template.render(&values))
            .map_err(|error| tracing::error!(template = name, error = %error, "offer template failed to render"))
    };
    match (render(SUBJECT_TEMPLATE), render(BODY_TEMPLATE)) {
        (Ok(subject), Ok(body)) => Offer {
            subject: single_line(&subject),
            body: body.trim().to_owned(),
        },
        // Only a broken template gets here, and the tests render every shape of input; the
        // seeker still gets a usable, if plainer, pitch.
        _ => plain_offer(&job_title, &company, &cited),
    }
}

fn plain_offer(job_title: &str, company: &str, cited: &[CitedPoint<'_>]) -> Offer {
    let role = if company.is_empty() {
        job_title.to_owned()
    } else {
        format!("{job_title} at {company}")
    };
    let evidence: Vec<String> = cited
        .iter()
        .map(|point| format!("- {}: {}", point.need, point.evidence))
        .collect();
    Offer {
        subject: role.clone(),
        body: format!(
            "I'm interested in the {role} role.\n\n{}\n\nWould you be open to a 15-minute call?",
            evidence.join("\n")
        )
        .trim()
        .to_owned(),
    }
}

/// Collapses whitespace (including newlines, which would break an email subject).
fn single_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(need: &str, evidence: &str, terms: &[&str]) -> PainPoint {
        PainPoint {
            pain_point: need.into(),
            solution: String::new(),
            evidence: evidence.into(),
            metric: None,
            score: 0.5,
            matched_terms: terms.iter().map(|term| (*term).to_owned()).collect(),
        }
    }

    fn input() -> OfferInput {
        OfferInput {
            job_title: "Senior Backend Engineer".into(),
            company: "Ledgerly".into(),
            seeker_name: "Maya Okafor".into(),
        }
    }

    #[test]
    fn cites_the_top_three_distinct_pain_points() {
        let points = [
            point(
                "Build payment APIs in Rust",
                "Rebuilt the payment service in Rust.",
                &["payment", "APIs", "Rust", "extra"],
            ),
            point(
                "Own the ledger schema",
                "Rebuilt the payment service in Rust.",
                &["ledger"],
            ),
            point(
                "Tune PostgreSQL",
                "Tuned PostgreSQL indexes, cutting reports by 70%",
                &["PostgreSQL"],
            ),
            point("Mentor engineers", "Mentored 3 engineers", &["Mentor"]),
            point("Run on-call", "Ran on-call", &["on-call"]),
        ];
        let mut points = points.to_vec();
        points[2].metric = Some("cutting reports by 70%".into());
        points[4].metric = Some("not cited, so not in the subject".into());
        let offer = build_offer(&input(), &points);
        assert_eq!(
            offer.subject,
            "Senior Backend Engineer at Ledgerly: cutting reports by 70%"
        );
        assert_eq!(
            offer.body,
            "I'm Maya Okafor, and I'm interested in the Senior Backend Engineer role at Ledgerly.\n\n\
             Reading the description, three needs stood out, and I have done each before:\n\n\
             - Build payment APIs in Rust: Rebuilt the payment service in Rust\n\
             - Tune PostgreSQL: Tuned PostgreSQL indexes, cutting reports by 70%\n\
             - Mentor engineers: Mentored 3 engineers\n\n\
             Would you be open to a 15-minute call to see whether this fits what your team needs? Thank you for reading."
        );
    }

    #[test]
    fn one_pain_point_reads_in_the_singular() {
        let offer = build_offer(
            &input(),
            &[point(
                "Tune PostgreSQL",
                "Tuned PostgreSQL",
                &["PostgreSQL"],
            )],
        );
        assert!(offer.body.contains("one need stood out, and I have done it before:\n\n- Tune PostgreSQL: Tuned PostgreSQL\n"));
    }

    #[test]
    fn missing_fields_and_no_pain_points_still_read_well() {
        let offer = build_offer(&OfferInput::default(), &[]);
        assert_eq!(offer.subject, "Your open role");
        assert_eq!(
            offer.body,
            "I'm interested in the open role.\n\n\
             Would you be open to a 15-minute call to see whether this fits what your team needs? Thank you for reading."
        );
    }

    #[test]
    fn newlines_in_fields_cannot_break_the_subject() {
        let offer = build_offer(
            &OfferInput {
                job_title: "Engineer\r\nBcc: x@example.com".into(),
                company: "{{ evil }}".into(),
                seeker_name: "A".into(),
            },
            &[],
        );
        assert_eq!(offer.subject, "Engineer Bcc: x@example.com at {{ evil }}");
        assert!(!offer.subject.contains('\n'));
    }

    #[test]
    fn templates_compile_and_render_deterministically() {
        assert!(TEMPLATES.get_template(SUBJECT_TEMPLATE).is_ok());
        assert!(TEMPLATES.get_template(BODY_TEMPLATE).is_ok());
        let points = [point(
            "Tune PostgreSQL",
            "Tuned PostgreSQL",
            &["PostgreSQL"],
        )];
        assert_eq!(
            build_offer(&input(), &points),
            build_offer(&input(), &points)
        );
    }
}
