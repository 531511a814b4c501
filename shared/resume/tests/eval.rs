//! The parser scored on resumes written apart from it (`tests/eval/`, see its README): the
//! development half, which rules may be tuned on, and the held-out half, which is scored and
//! never studied; the same for the second to sixth sets (`tests/eval/second/`, `third/`,
//! `fourth/`, `fifth/`, `sixth/`). Prints every half; fails when a score falls below
//! `tests/eval/baseline.json`, the scores last recorded (a ratchet: raise it as the parser
//! improves, never lower it). It also fails when the first set's held-out half falls below the
//! issue's lines (skills precision and recall 0.9, experience 0.95, metrics 0.9, name 0.95,
//! email and phone 1.0); the later sets' halves are held to their baseline only.
//!
//! `EVAL_BASELINE_UPDATE=1 cargo test -p resume --test eval` writes the current scores as the
//! baseline; the test refuses to write one that is lower than the recorded one.

mod scoring;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use resume::{ExperienceEntry, ParsedResume, parse_document};
use scoring::{Score, list, normalise, ratio, scalar};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Truth {
    name: String,
    email: String,
    phone: String,
    /// The second writers' first set records no skills and neither records metrics: those
    /// are scored where the truth has them.
    #[serde(default)]
    skills: Option<Vec<String>>,
    experience: Vec<TruthJob>,
    #[serde(default)]
    metrics: Option<Vec<String>>,
}

/// The halves scored: the first set's (`dev`, `holdout`), and the second and third sets',
/// each written later by two more hands who saw neither the parser nor any set before
/// (`second/`, `third/`, see their READMEs).
const HALVES: [&str; 12] = [
    "dev",
    "holdout",
    "second/dev",
    "second/holdout",
    "third/dev",
    "third/holdout",
    "fourth/dev",
    "fourth/holdout",
    "fifth/dev",
    "fifth/holdout",
    "sixth/dev",
    "sixth/holdout",
];

/// The lines the held-out half must meet: field and lowest score.
const ISSUE_LINES: [(&str, f64); 7] = [
    ("skills_precision", 0.9),
    ("skills_recall", 0.9),
    ("experience_recall", 0.95),
    ("metrics_recall", 0.9),
    ("name", 0.95),
    ("email", 1.0),
    ("phone", 1.0),
];

#[derive(Debug, Deserialize)]
struct TruthJob {
    company: String,
    title: String,
    start: Option<String>,
    end: Option<String>,
}

fn eval_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval")
}

/// Each document of a half with its truth, in name order.
fn half(name: &str) -> Vec<(PathBuf, Truth)> {
    let dir = eval_dir().join(name);
    let mut documents: Vec<(PathBuf, Truth)> = std::fs::read_dir(&dir)
        .expect("the half's directory")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ["pdf", "docx", "txt", "md"].iter().any(|e| ext == *e))
        })
        .map(|path| {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            let truth_path = dir.join(format!("{stem}.truth.json"));
            let truth = serde_json::from_str(
                &std::fs::read_to_string(&truth_path).expect("the truth file"),
            )
            .unwrap_or_else(|err| panic!("{}: {err}", truth_path.display()));
            (path, truth)
        })
        .collect();
    documents.sort_by(|a, b| a.0.cmp(&b.0));
    documents
}

/// A date as `YYYY-MM`, or `YYYY` when it names no month ("2014", "Summer 2014"), whatever its
/// spelling ("Mar 2020", "March 2020", "03/2020", "2020-03"); `None` for none or "Present".
fn canonical_date(text: Option<&str>) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let text = text?.to_lowercase();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let year = words
        .iter()
        .find(|word| word.len() == 4 && word.chars().all(|c| c.is_ascii_digit()))
        .map(|year| (*year).to_owned())
        .or_else(|| year_after_an_apostrophe(&text))?;
    let month = words
        .iter()
        .find_map(|word| MONTHS.iter().position(|month| word.starts_with(month)))
        .map(|index| index + 1)
        .or_else(|| numeric_full_date_month(&text))
        .or_else(|| {
            words
                .iter()
                .filter(|word| word.len() <= 2)
                .find_map(|word| word.parse::<usize>().ok().filter(|m| (1..=12).contains(m)))
        });
    Some(match month {
        Some(month) => format!("{year}-{month:02}"),
        None => year,
    })
}

/// The year of "Jul'21": its last two digits after an apostrophe.
fn year_after_an_apostrophe(text: &str) -> Option<String> {
    let (_, after) = text.split_once(['\'', '’'])?;
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    let short: u32 = (digits.len() == 2).then(|| digits.parse().ok())??;
    Some(format!("{}", if short > 50 { 1900 } else { 2000 } + short))
}

/// A truth's end written with its year's last two digits ("2011-13" gives "13"), with the
/// start's century.
fn whole_end(start: Option<&str>, end: Option<&str>) -> Option<String> {
    let end = end?;
    let two_digits = end.trim().len() == 2 && end.trim().chars().all(|c| c.is_ascii_digit());
    match canonical_date(start) {
        Some(start) if two_digits => Some(format!("{}{}", &start[..2], end.trim())),
        _ => Some(end.to_owned()),
    }
}

/// The month of a full date written in numbers ("01-06-2021", "01/06/2021"): whichever number
/// a day above 12 leaves, else the first with slashes (as in the US) and the second with dots
/// or dashes (as in Europe and South Asia).
fn numeric_full_date_month(text: &str) -> Option<usize> {
    let text = text.trim();
    let separator = text.chars().find(|c| matches!(c, '-' | '.' | '/'))?;
    let parts: Vec<&str> = text.split(separator).collect();
    let [first, second, year] = parts.as_slice() else {
        return None;
    };
    if year.len() != 4 || !(first.len() <= 2 && second.len() <= 2) {
        return None;
    }
    let (first, second): (usize, usize) = (first.parse().ok()?, second.parse().ok()?);
    let month = match (first > 12, second > 12) {
        (true, _) => second,
        (false, true) => first,
        (false, false) if separator == '/' => first,
        (false, false) => second,
    };
    (1..=12).contains(&month).then_some(month)
}

/// Whether a parsed date stands for the truth's: equal, or the same year when the truth names
/// no month.
fn same_date(parsed: Option<&str>, truth: Option<&str>) -> bool {
    match (canonical_date(parsed), canonical_date(truth)) {
        (None, None) => true,
        (Some(parsed), Some(truth)) if truth.len() == 4 => parsed.starts_with(&truth),
        (parsed, truth) => parsed == truth,
    }
}

/// Jobs found: a parsed job matches an unmatched truth job with the same company and title
/// (normalised) and the same start and end (see [`same_date`]).
fn jobs_found(parsed: &[ExperienceEntry], truth: &[TruthJob]) -> usize {
    let mut unmatched: Vec<&TruthJob> = truth.iter().collect();
    let mut found = 0;
    for job in parsed {
        let matches = |wanted: &&TruthJob| {
            normalise(job.company.as_deref().unwrap_or_default()) == normalise(&wanted.company)
                && normalise(job.title.as_deref().unwrap_or_default()) == normalise(&wanted.title)
                && same_date(job.start.as_deref(), wanted.start.as_deref())
                && same_date(
                    job.end.as_deref(),
                    whole_end(wanted.start.as_deref(), wanted.end.as_deref()).as_deref(),
                )
        };
        if let Some(position) = unmatched.iter().position(matches) {
            unmatched.remove(position);
            found += 1;
        }
    }
    found
}

/// A metric of the truth is found when a parsed metric, normalised, contains it as whole words.
fn metrics_found(parsed: &ParsedResume, truth: &[String]) -> usize {
    let parsed: Vec<String> = parsed
        .metrics
        .iter()
        .map(|metric| format!(" {} ", normalise(metric)))
        .collect();
    truth
        .iter()
        .filter(|metric| {
            let wanted = format!(" {} ", normalise(metric));
            parsed.iter().any(|found| found.contains(&wanted))
        })
        .count()
}

/// The scores of one half, by name: `skills_precision`, `skills_recall`, `experience_recall`,
/// `metrics_recall`, `name`, `email`, `phone`.
fn score(half_name: &str) -> BTreeMap<&'static str, f64> {
    let documents = half(half_name);
    assert!(documents.len() >= 15, "{half_name} has at least 15 resumes");
    let mut skills = Score::default();
    let (mut jobs_hit, mut jobs_all) = (0, 0);
    let (mut metrics_hit, mut metrics_all) = (0, 0);
    let mut scalars: BTreeMap<&'static str, Score> = BTreeMap::new();
    for (path, truth) in &documents {
        let bytes = std::fs::read(path).expect("readable");
        let parsed = parse_document(&bytes)
            .unwrap_or_else(|err| panic!("{} failed to parse: {err}", path.display()));
        if let Some(wanted) = &truth.skills {
            skills.add(&list(&parsed.skills), &list(wanted));
        }
        jobs_hit += jobs_found(&parsed.experience, &truth.experience);
        jobs_all += truth.experience.len();
        if let Some(wanted) = &truth.metrics {
            metrics_hit += metrics_found(&parsed, wanted);
            metrics_all += wanted.len();
        }
        for (field, found, wanted) in [
            ("name", &parsed.name, &truth.name),
            ("email", &parsed.email, &truth.email),
            ("phone", &parsed.phone, &truth.phone),
        ] {
            scalars
                .entry(field)
                .or_default()
                .add(&scalar(found), &[normalise(wanted)]);
        }
    }
    let mut scores = BTreeMap::from([("experience_recall", ratio(jobs_hit, jobs_all))]);
    if skills.expected > 0 {
        scores.insert("skills_precision", skills.precision());
        scores.insert("skills_recall", skills.recall());
    }
    if metrics_all > 0 {
        scores.insert("metrics_recall", ratio(metrics_hit, metrics_all));
    }
    for (field, counted) in scalars {
        scores.insert(field, counted.recall());
    }
    scores
}

#[test]
fn dates_are_compared_whatever_their_spelling() {
    assert_eq!(canonical_date(Some("Mar 2020")).as_deref(), Some("2020-03"));
    assert_eq!(
        canonical_date(Some("September 2019")).as_deref(),
        Some("2019-09")
    );
    assert_eq!(canonical_date(Some("03/2019")).as_deref(), Some("2019-03"));
    assert_eq!(canonical_date(Some("Summer 2014")).as_deref(), Some("2014"));
    assert_eq!(canonical_date(Some("Present")), None);
    assert!(same_date(Some("2014-06"), Some("Summer 2014")));
    assert!(!same_date(Some("2014-06"), Some("Jul 2014")));
    assert!(!same_date(None, Some("2014")));
    assert_eq!(canonical_date(Some("Jul'21")).as_deref(), Some("2021-07"));
    assert_eq!(
        canonical_date(Some("01-06-2021")).as_deref(),
        Some("2021-06")
    );
    assert_eq!(
        canonical_date(Some("01/06/2021")).as_deref(),
        Some("2021-01")
    );
    assert_eq!(whole_end(Some("2011"), Some("13")).as_deref(), Some("2013"));
}

#[test]
fn scores_on_resumes_written_apart_from_the_parser_never_fall() {
    let mut measured: BTreeMap<String, BTreeMap<&'static str, f64>> = BTreeMap::new();
    for half_name in HALVES {
        measured.insert(half_name.to_owned(), score(half_name));
    }
    print!("{:<20}", "score");
    for half_name in HALVES {
        print!(" {half_name:>14}");
    }
    println!();
    for field in measured["dev"].keys() {
        print!("{field:<20}");
        for half_name in HALVES {
            match measured[half_name].get(field) {
                Some(score) => print!(" {score:>14.3}"),
                None => print!(" {:>14}", "-"),
            }
        }
        println!();
    }
    let baseline_path = eval_dir().join("baseline.json");
    let baseline: BTreeMap<String, BTreeMap<String, f64>> = serde_json::from_str(
        &std::fs::read_to_string(&baseline_path).expect("tests/eval/baseline.json"),
    )
    .expect("the baseline's shape");
    let updating = std::env::var_os("EVAL_BASELINE_UPDATE").is_some();
    let mut fell = Vec::new();
    for (half_name, scores) in &measured {
        for (field, score) in scores {
            // A half added to the set is recorded by the first update.
            let Some(recorded) = baseline
                .get(half_name)
                .and_then(|half| half.get(*field))
                .copied()
            else {
                assert!(updating, "{half_name}.{field} is not in the baseline");
                continue;
            };
            // Three decimals, as recorded.
            if (score * 1000.0).round() < (recorded * 1000.0).round() {
                fell.push(format!("{half_name}.{field}: {score:.3} < {recorded:.3}"));
            }
        }
    }
    assert!(fell.is_empty(), "scores fell below the baseline: {fell:?}");
    // The issue's lines hold on the first set's held-out half, the set the issue asked for.
    let below_the_lines: Vec<String> = ISSUE_LINES
        .iter()
        .filter_map(|&(field, line)| {
            let score = measured["holdout"][field];
            ((score * 1000.0).round() < (line * 1000.0).round())
                .then(|| format!("holdout.{field}: {score:.3} < {line:.3}"))
        })
        .collect();
    assert!(
        below_the_lines.is_empty(),
        "held-out scores below the issue's lines: {below_the_lines:?}"
    );
    if updating {
        let rounded: BTreeMap<&String, BTreeMap<&&str, f64>> = measured
            .iter()
            .map(|(half_name, scores)| {
                let scores = scores
                    .iter()
                    .map(|(field, score)| (field, (score * 1000.0).round() / 1000.0))
                    .collect();
                (half_name, scores)
            })
            .collect();
        let text = serde_json::to_string_pretty(&rounded).expect("serialisable");
        std::fs::write(&baseline_path, text + "\n").expect("baseline written");
    }
}
