//! Deterministic pain-point matching: the hiring team's needs from a job description, each
//! paired with the seeker's best evidence, an exact bullet from their resume. When the job
//! description says what hurts ("our fall rate is above the national benchmark"), that main
//! problem leads, answered by the bullet that solved it best (see [`problem`]).
//!
//! Everything is lexical and local: tokens, stop words, Snowball stems, skill aliases folded
//! to canonical names, a small lexicon of related words ("spend" and "cost", "hurt" and
//! "injuries", in `concepts.rs`) that count at reduced weight, and BM25 with the resume's
//! bullets as the corpus. The same input always gives the same output, byte for byte: maps
//! are used for lookups only, ties break on document order, and scores are rounded before
//! they are compared.

mod bm25;
mod concepts;
mod evidence;
mod problem;
mod requirements;
mod resume;
mod skills;
mod text;

pub mod offer;

use serde::{Deserialize, Serialize};

pub use requirements::{Requirement, RequirementKind, extract_requirements};
pub use resume::{ExperienceInput, ResumeInput};
pub use skills::{SkillDictionary, SkillDictionaryError};

use bm25::{Bm25Index, QueryTerm};
use text::{Acronyms, Analyzer, TermKind};

/// A need whose best bullet covers less than this share of it (BM25-weighted) is left out:
/// a pain point without evidence gives the seeker nothing to cite.
pub const MIN_COVERAGE: f64 = 0.2;
/// Coverage at which a bullet is clear evidence. Beyond it, more shared words do not make
/// the need more worth leading with, so among clearly evidenced needs the job description's
/// own emphasis (section and list position, see [`Requirement::weight`]) decides the order.
pub const CLEAR_EVIDENCE_COVERAGE: f64 = 0.3;
/// When the job description names its main problem, every other need is secondary to it: its
/// weight is scaled by this, so the problem's pain point (score 1) leads.
pub const SECONDARY_NEED_WEIGHT: f64 = 0.9;
/// Scores are rounded to this many decimals before ranking and output, so float noise
/// can never reorder results or change the JSON.
const SCORE_DECIMALS: i32 = 3;

/// One need of the hiring team and the seeker's best evidence for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PainPoint {
    /// The need, in the job description's words.
    pub pain_point: String,
    /// A short sentence for the seeker built from the evidence.
    pub solution: String,
    /// The resume bullet, exactly as stored.
    pub evidence: String,
    /// The quantified result in the evidence, if any.
    pub metric: Option<String>,
    /// In (0, 1]: the need's weight (how much the job description stresses it) times the
    /// evidence's strength (its BM25 coverage of the need, full at
    /// [`CLEAR_EVIDENCE_COVERAGE`]). The job's stated main problem, when a bullet answers
    /// it, scores 1 and every other need at most [`SECONDARY_NEED_WEIGHT`].
    pub score: f64,
    /// The need's terms the evidence shares, itself or through a related word (see
    /// `concepts.rs`), as the job description wrote them (skills by their canonical name), in
    /// the need's word order. For the main problem these include the words of the needs that
    /// restate it, after the problem's own.
    pub matched_terms: Vec<String>,
}

/// Where a bullet sits in the resume.
struct Bullet<'a> {
    experience: &'a ExperienceInput,
    text: &'a str,
}

/// Scores every need in `jd` against every resume bullet and returns the needs with
/// evidence, best first: the main problem the job description states, if a bullet answers
/// it, then the other needs. Needs whose best bullet covers less than [`MIN_COVERAGE`] are
/// omitted rather than listed with score 0: a pain point without evidence gives the offer
/// nothing to cite. Ties keep the job description's order; a need's tied bullets keep
/// resume order (most recent role first on a usual resume).
#[tracing::instrument(skip_all, fields(jd_chars = jd.len(), experiences = resume.experience.len()))]
pub fn generate(jd: &str, resume: &ResumeInput, skills: &SkillDictionary) -> Vec<PainPoint> {
    let bullets: Vec<Bullet<'_>> = resume
        .experience
        .iter()
        .flat_map(|experience| {
            experience
                .bullets
                .iter()
                .filter(|bullet| !bullet.trim().is_empty())
                .map(move |bullet| Bullet {
                    experience,
                    text: bullet,
                })
        })
        .collect();
    if bullets.is_empty() {
        return Vec::new();
    }

    // Acronyms either side writes out in full ("CAC", "customer acquisition cost").
    let texts: Vec<&str> = std::iter::once(jd)
        .chain(bullets.iter().map(|bullet| bullet.text))
        .collect();
    let analyzer = Analyzer::new(skills).with_acronyms(Acronyms::find(&texts));
    let documents: Vec<_> = bullets
        .iter()
        .map(|bullet| analyzer.terms(bullet.text))
        .collect();
    let index = Bm25Index::new(&documents);

    let requirements = extract_requirements(jd);
    let (problem, mut needs): (Vec<&Requirement>, Vec<&Requirement>) = requirements
        .iter()
        .partition(|requirement| requirement.kind == RequirementKind::Problem);
    let main_problem = answer_main_problem(&problem, &needs, &bullets, &analyzer, &index, resume);
    let secondary = if main_problem.is_some() {
        SECONDARY_NEED_WEIGHT
    } else {
        // Nothing in the resume answers the stated problem: its sentences are needs like any
        // other, in reading order.
        needs = requirements.iter().collect();
        1.0
    };

    let mut ranked: Vec<(usize, PainPoint)> = needs
        .into_iter()
        .enumerate()
        .filter_map(|(order, requirement)| {
            let query = index.query(&analyzer.terms(&requirement.text));
            let (best_index, coverage) = (0..index.len())
                .map(|bullet_index| (bullet_index, index.coverage(&query, bullet_index)))
                .filter(|(_, coverage)| {
                    coverage.score >= MIN_COVERAGE && is_trustworthy(&query, coverage)
                })
                .fold(
                    None,
                    |best: Option<(usize, bm25::Coverage)>, candidate| match best {
                        Some(current) if current.1.score >= candidate.1.score => Some(current),
                        _ => Some(candidate),
                    },
                )?;
            let score = evidence_strength(coverage.score) * requirement.weight * secondary;
            Some((
                order + 1,
                pain_point(
                    requirement.text.clone(),
                    &bullets[best_index],
                    &query,
                    &coverage,
                    score,
                    &resume.metrics,
                ),
            ))
        })
        .collect();
    ranked.extend(main_problem.map(|pain_point| (0, pain_point)));
    ranked.sort_by(|(order_a, a), (order_b, b)| {
        b.score.total_cmp(&a.score).then(order_a.cmp(order_b))
    });
    tracing::debug!(
        pain_points = ranked.len(),
        bullets = bullets.len(),
        "pain points generated"
    );
    ranked
        .into_iter()
        .map(|(_, pain_point)| pain_point)
        .collect()
}

/// The job's main problem as one pain point, all its sentences in one need, with the bullet
/// that best answers it; `None` when the job description states no problem or no bullet
/// answers it. It scores 1: the problem leads whenever the resume answers it.
fn answer_main_problem(
    problem: &[&Requirement],
    needs: &[&Requirement],
    bullets: &[Bullet<'_>],
    analyzer: &Analyzer<'_>,
    index: &Bm25Index,
    resume: &ResumeInput,
) -> Option<PainPoint> {
    if problem.is_empty() {
        return None;
    }
    let query = problem::problem_query(problem, needs, analyzer, index);
    let bullet_texts: Vec<&str> = bullets.iter().map(|bullet| bullet.text).collect();
    let (best_index, coverage) = problem::best_answer(problem, &query, index, &bullet_texts)?;
    let query = query.terms;
    let need = problem
        .iter()
        .map(|sentence| sentence.text.as_str())
        .collect::<Vec<_>>()
        .join(". ");
    Some(pain_point(
        need,
        &bullets[best_index],
        &query,
        &coverage,
        1.0,
        &resume.metrics,
    ))
}

fn pain_point(
    need: String,
    bullet: &Bullet<'_>,
    query: &[QueryTerm],
    coverage: &bm25::Coverage,
    score: f64,
    parsed_metrics: &[String],
) -> PainPoint {
    PainPoint {
        pain_point: need,
        solution: evidence::solution_sentence(bullet.experience, bullet.text),
        evidence: bullet.text.to_owned(),
        metric: evidence::find_metric(bullet.text, parsed_metrics),
        score: round_score(score),
        matched_terms: coverage
            .matched
            .iter()
            .map(|&term| query[term].display.clone())
            .collect(),
    }
}

/// A seeker would not cite a bullet that shares one ordinary word with a long need
/// ("customers" for "calm with frustrated customers"). Evidence needs a shared skill, or two
/// shared words beyond generic verbs, or every word of a need that has only one or two.
fn is_trustworthy(query: &[QueryTerm], coverage: &bm25::Coverage) -> bool {
    let shares_skill = coverage
        .matched
        .iter()
        .any(|&term| query[term].kind == TermKind::Skill);
    let specific = |term: &&QueryTerm| term.kind != TermKind::GenericAction;
    let specific_in_need = query.iter().filter(specific).count();
    let specific_shared = coverage
        .matched
        .iter()
        .map(|&term| &query[term])
        .filter(specific)
        .count();
    shares_skill || specific_shared >= 2 || (specific_shared >= 1 && specific_in_need <= 2)
}

/// Coverage rescaled so that clear evidence counts fully: in [0, 1].
fn evidence_strength(coverage: f64) -> f64 {
    (coverage / CLEAR_EVIDENCE_COVERAGE).min(1.0)
}

fn round_score(score: f64) -> f64 {
    let scale = 10f64.powi(SCORE_DECIMALS);
    (score * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resume() -> ResumeInput {
        serde_json::from_value(serde_json::json!({
            "name": "Maya",
            "experience": [
                {"company": "Acme Pay", "title": "Senior Engineer", "bullets": [
                    "Mentored 3 junior engineers",
                    "Rebuilt the payment authorisation service in Rust, handling 3,000 requests per second",
                    "Tuned postgres indexes for the ledger, cutting report time by 70%"
                ]},
                {"company": "Brightcart", "title": "Engineer", "bullets": ["Built order services in Go", "  "]}
            ]
        }))
        .expect("valid resume")
    }

    const JD: &str = "## What you'll do\n- Build payment services in Rust\n- Tune PostgreSQL for our ledger\n- Organise the summer party\n";

    #[test]
    fn each_need_gets_its_best_bullet_best_first() {
        let skills = SkillDictionary::from_json(r#"{"skills":[{"canonical":"PostgreSQL","aliases":["postgres"]},{"canonical":"Rust","aliases":[]}]}"#)
            .expect("valid");
        let points = generate(JD, &resume(), &skills);
        assert_eq!(points.len(), 2, "the party has no evidence and is omitted");
        let payment = points
            .iter()
            .find(|point| point.pain_point == "Build payment services in Rust")
            .expect("payment need kept");
        assert_eq!(
            payment.evidence,
            "Rebuilt the payment authorisation service in Rust, handling 3,000 requests per second"
        );
        assert_eq!(
            payment.metric.as_deref(),
            Some("handling 3,000 requests per second")
        );
        assert_eq!(
            payment.matched_terms,
            ["Build", "payment", "services", "Rust"]
        );
        assert!(
            payment
                .solution
                .starts_with("At Acme Pay, as Senior Engineer, you rebuilt")
        );
        let ledger = points
            .iter()
            .find(|point| point.pain_point.contains("PostgreSQL"))
            .expect("kept");
        assert_eq!(ledger.matched_terms, ["Tune", "PostgreSQL", "ledger"]);
        assert!(points.windows(2).all(|pair| pair[0].score >= pair[1].score));
    }

    #[test]
    fn the_stated_problem_leads_with_the_bullet_that_solved_it() {
        let resume: ResumeInput = serde_json::from_value(serde_json::json!({
            "experience": [{"company": "Shipfast", "title": "SRE", "bullets": [
                "Built dashboards in Grafana and Prometheus for 40 services",
                "Cut mean time to recovery from 4 hours to 30 minutes and paging incidents by 60%"
            ]}]
        }))
        .expect("valid resume");
        let jd = "About us: We run a booking platform, and we have too many incidents that take hours to recover from.\n\nResponsibilities\n- Reduce incidents and recovery time\n- Build dashboards in Grafana and Prometheus for our services\n";
        let points = generate(jd, &resume, SkillDictionary::bundled());
        let top = points.first().expect("pain points");
        assert!(top.pain_point.starts_with("We run a booking platform"));
        assert!(top.evidence.starts_with("Cut mean time to recovery"));
        assert_eq!(top.score, 1.0);
        assert!(points[1..].iter().all(|point| point.score < 1.0));
        assert!(points.windows(2).all(|pair| pair[0].score >= pair[1].score));
    }

    #[test]
    fn an_unanswered_problem_leaves_the_needs_as_they_were() {
        let skills = SkillDictionary::bundled();
        let without_problem = generate(JD, &resume(), skills);
        let jd = format!("Our office plants are struggling.\n{JD}");
        assert_eq!(generate(&jd, &resume(), skills), without_problem);
    }

    #[test]
    fn empty_and_hostile_inputs_give_empty_output() {
        let skills = SkillDictionary::default();
        assert!(generate("", &resume(), &skills).is_empty());
        assert!(generate(JD, &ResumeInput::default(), &skills).is_empty());
        let weird = "\u{0}\u{feff}•••\n#\n**\n1)\n(\n".repeat(50);
        assert!(generate(&weird, &resume(), &skills).is_empty());
    }

    #[test]
    fn output_is_identical_across_runs() {
        let skills = SkillDictionary::bundled();
        let first = serde_json::to_string(&generate(JD, &resume(), skills)).expect("serialises");
        for _ in 0..5 {
            assert_eq!(
                serde_json::to_string(&generate(JD, &resume(), skills)).expect("serialises"),
                first
            );
        }
    }
}
