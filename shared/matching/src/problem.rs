//! The job's main problem: the sentences in which the team says what hurts ("our fall rate is
//! above the national benchmark"), widened by the needs that restate it, and the bullet that
//! best answers it.
//!
//! Word overlap with single needs rewards the bullet that repeats a later duty's nouns ("build
//! dashboards in Power BI"); a hiring manager reads for the bullet that solved their problem,
//! ideally with a number. So the problem is matched as one query over all its sentences, and a
//! bullet that reports a measured change counts more.

use super::bm25::{Bm25Index, Coverage, QueryTerm};
use super::evidence;
use super::requirements::{self, Requirement, RequirementKind};
use super::text::{Analyzer, Term, TermKind};

/// A need restates the problem when it shares this many specific terms with it ("Get stalled,
/// multi-stakeholder opportunities to signature faster" after "our opportunities sit for
/// months between a technical win and a signature").
const RESTATING_SHARED_TERMS: usize = 2;
/// Each word of a need that restates the problem counts this much: the need adds the other
/// words the job description uses for the problem without outweighing the problem's own.
const RESTATED_EMPHASIS: f64 = 0.5;
/// Words in a clause of the problem without a problem cue ("Haulbase runs the booking
/// platform for 3,000 hauliers, and …"), and in the hiring sentence, set the scene rather
/// than name what hurts, and count this much.
const CONTEXT_EMPHASIS: f64 = 0.5;
/// A word the problem keeps repeating counts at most this many times.
const MAX_EMPHASIS: f64 = 3.0;
/// How much more a bullet that reports a measured change ("cut falls by 41%") is worth than
/// one that shares the same words without a result.
const MEASURED_CHANGE_BONUS: f64 = 0.5;

/// How much more a measured change is worth when it is a shorter duration and the problem is
/// that something takes too long.
const TIME_SAVED_BONUS: f64 = 0.5;
/// Phrases that make a problem one of time.
const TIME_PROBLEM_CUES: &[&str] = &[
    "too long",
    "too slow",
    "slow",
    "slower",
    "faster",
    "quicker",
    "delays",
    "delayed",
    "wait",
    "waiting",
    "timely",
    "latency",
    "turnaround",
];

/// Answers are compared in millionths.
const ANSWER_SCALE: f64 = 1e6;

/// Words after which a hiring sentence names the job title ("we are hiring a Senior SRE to…").
const HIRING_WORDS: &[&str] = &["hiring", "hire", "need", "want", "seeking", "recruiting"];
const ARTICLES: &[&str] = &["a", "an", "the", "our"];

/// The problem as one query.
pub(super) struct ProblemQuery {
    /// Its sentences' words, repeats counting more, plus the words of the needs that restate
    /// it at reduced weight.
    pub terms: Vec<QueryTerm>,
    /// Keys of the words in the clauses that name what hurts ("our plates cost too much").
    pub named_keys: Vec<String>,
}

/// The problem as one query: see [`ProblemQuery`].
pub(super) fn problem_query(
    problem: &[&Requirement],
    needs: &[&Requirement],
    analyzer: &Analyzer<'_>,
    index: &Bm25Index,
) -> ProblemQuery {
    // Words of the clauses that name what hurts count fully; the scene around them ("Haulbase
    // runs the booking platform for 3,000 hauliers"), hiring clauses included, counts less.
    let mut terms: Vec<(Term, f64)> = Vec::new();
    for sentence in problem {
        for clause in clauses(&sentence.text) {
            let emphasis = if requirements::has_problem_cue(&clause.to_lowercase()) {
                1.0
            } else {
                CONTEXT_EMPHASIS
            };
            terms.extend(
                analyzer
                    .terms(&without_hired_title(clause))
                    .into_iter()
                    .map(|term| (term, emphasis)),
            );
        }
    }
    let named_keys: Vec<String> = terms
        .iter()
        .filter(|(term, emphasis)| *emphasis >= 1.0 && term.kind != TermKind::GenericAction)
        .map(|(term, _)| term.key.clone())
        .collect();
    let is_specific = |term: &Term| term.kind != TermKind::GenericAction;
    let problem_keys: Vec<String> = terms
        .iter()
        .filter(|(term, _)| is_specific(term))
        .map(|(term, _)| term.key.clone())
        .collect();
    for need in needs {
        if matches!(
            need.kind,
            RequirementKind::Problem | RequirementKind::NiceToHave
        ) {
            continue;
        }
        let mut need_terms: Vec<Term> = Vec::new();
        // Shared specific terms; a shared concept counts only when its word is not shared
        // itself, so one word never counts twice ("inventory" and its concept).
        let mut shared = 0;
        let mut word_shared = false;
        for term in analyzer.terms(&need.text) {
            let is_new = !need_terms.iter().any(|known| known.key == term.key);
            let in_problem = is_specific(&term) && problem_keys.contains(&term.key);
            if term.kind == TermKind::Concept {
                shared += usize::from(is_new && in_problem && !word_shared);
            } else {
                word_shared = in_problem;
                shared += usize::from(is_new && in_problem);
            }
            if is_new {
                need_terms.push(term);
            }
        }
        if shared >= RESTATING_SHARED_TERMS {
            terms.extend(need_terms.into_iter().map(|term| (term, RESTATED_EMPHASIS)));
        }
    }
    ProblemQuery {
        terms: index.emphasised_query(&terms, MAX_EMPHASIS),
        named_keys,
    }
}

/// The bullet that best answers the problem: the highest coverage of the problem query, a
/// measured change counting [`MEASURED_CHANGE_BONUS`] more; only bullets a seeker would cite
/// (see [`super::is_trustworthy`]), or that report a measured change in something the problem
/// names ("brought food cost from 34% down to 28.5%" for "our plates cost too much to make").
/// Ties keep resume order.
pub(super) fn best_answer(
    problem: &[&Requirement],
    problem_query: &ProblemQuery,
    index: &Bm25Index,
    bullets: &[&str],
) -> Option<(usize, Coverage)> {
    let query = &problem_query.terms;
    let about_time = problem.iter().any(|sentence| is_about_time(&sentence.text));
    let mut best: Option<(usize, Coverage, f64)> = None;
    for (bullet_index, bullet) in bullets.iter().enumerate() {
        // A bullet that answers the problem is often long because it says how and how much;
        // that is no reason to discount it.
        let coverage = index.coverage_regardless_of_length(query, bullet_index);
        let measured = evidence::reports_measured_change(bullet);
        let changes_what_hurts = measured
            && coverage.matched.iter().any(|&term| {
                query[term].kind != TermKind::GenericAction
                    && problem_query.named_keys.contains(&query[term].key)
            });
        if coverage.score <= 0.0 || !(changes_what_hurts || super::is_trustworthy(query, &coverage))
        {
            continue;
        }
        let mut bonus = if measured {
            1.0 + MEASURED_CHANGE_BONUS
        } else {
            1.0
        };
        if about_time && evidence::reports_time_saved(bullet) {
            bonus += TIME_SAVED_BONUS;
        }
        // Rounded, so float noise can never reorder two equal answers.
        let answer = (coverage.score * bonus * ANSWER_SCALE).round();
        if best.as_ref().is_none_or(|(_, _, top)| answer > *top) {
            best = Some((bullet_index, coverage, answer));
        }
    }
    best.map(|(bullet_index, coverage, _)| (bullet_index, coverage))
}

/// True when the problem is that something takes too long ("our deals take too long to
/// close", "authorization calls are too slow").
fn is_about_time(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    TIME_PROBLEM_CUES
        .iter()
        .any(|cue| requirements::contains_words(&lower, cue))
}

/// A sentence's clauses, split at commas, semicolons and colons.
fn clauses(sentence: &str) -> impl Iterator<Item = &str> {
    sentence
        .split([',', ';', ':'])
        .map(str::trim)
        .filter(|clause| !clause.is_empty())
}

/// The hiring sentence without the job title it names: "Senior SRE" in "we are hiring a Senior
/// SRE to make production calmer" says who, not what hurts, and would match any bullet that
/// mentions the same title words.
fn without_hired_title(sentence: &str) -> String {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let bare = |word: &str| {
        word.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let Some(hiring) = (0..words.len()).find(|&index| {
        let word = bare(words[index]);
        HIRING_WORDS.contains(&word.as_str())
            || (word == "for" && index > 0 && bare(words[index - 1]) == "looking")
    }) else {
        return sentence.to_owned();
    };
    let mut title_start = hiring + 1;
    while title_start < words.len() && ARTICLES.contains(&bare(words[title_start]).as_str()) {
        title_start += 1;
    }
    let title_end = (title_start..words.len())
        .find(|&index| !words[index].starts_with(|c: char| c.is_uppercase()))
        .unwrap_or(words.len());
    words[..title_start]
        .iter()
        .chain(&words[title_end..])
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hiring_sentences_lose_the_job_title_only() {
        assert_eq!(
            without_hired_title("We are hiring a Senior SRE to make production calmer"),
            "We are hiring a to make production calmer"
        );
        assert_eq!(
            without_hired_title("We need an HR Generalist who can help us keep the people we hire"),
            "We need an who can help us keep the people we hire"
        );
        assert_eq!(
            without_hired_title("we are looking for experienced nurses who have helped"),
            "we are looking for experienced nurses who have helped"
        );
        assert_eq!(
            without_hired_title("Our deals take too long to close"),
            "Our deals take too long to close"
        );
    }
}
