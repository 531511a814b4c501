//! Finding the hiring team's needs in a pasted job description.
//!
//! Job descriptions come in every shape: markdown, ALL-CAPS headings, "Heading:" lines,
//! numbered lists, bullet-less lines, or one paragraph of prose. Items listed under a
//! requirements-like heading are taken as they are; everywhere else a sentence counts only
//! when it reads like a need: an imperative ("Build…", "Own…"), a "you will …" sentence, or an
//! "experience with/in …" sentence. Benefits, "about us" and legal sections are skipped.

use std::collections::HashSet;

use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};

use super::text::raw_tokens;

/// How the job description framed a need; it sets the need's base weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequirementKind {
    /// Under "Responsibilities", "What you'll do", …: the problems the team is hiring to solve.
    Responsibility,
    /// Under "Requirements", "Qualifications", "What you bring", …
    MustHave,
    /// Under "Nice to have", "Bonus", "Preferred", or marked "is a plus".
    NiceToHave,
    /// A need-like sentence found outside any recognised list.
    Inferred,
    /// Where the team says what hurts ("our fall rate is above the national benchmark",
    /// "our deals take too long to close"), and the sentence saying whom they hire to fix it.
    /// Together these are the job's main problem, which the evidence should answer first.
    Problem,
}

impl RequirementKind {
    /// Responsibilities are the pain points themselves; need-like prose usually describes
    /// the work too; qualifications mostly filter candidates; nice-to-haves are optional.
    fn base_weight(self) -> f64 {
        match self {
            RequirementKind::Problem | RequirementKind::Responsibility => 1.0,
            RequirementKind::Inferred => 0.9,
            RequirementKind::MustHave => 0.8,
            RequirementKind::NiceToHave => 0.5,
        }
    }
}

/// One need of the hiring team, in the job description's own words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Requirement {
    pub text: String,
    pub kind: RequirementKind,
    /// In (0, 1]: the kind's base weight, lowered a little for items further down a list,
    /// because job descriptions put what matters most first.
    pub weight: f64,
}

/// Each further item in a list loses this much weight, down to `POSITION_WEIGHT_FLOOR`.
const POSITION_DECAY: f64 = 0.05;
const POSITION_WEIGHT_FLOOR: f64 = 0.75;
/// Longer "headings" are sentences.
const MAX_HEADING_WORDS: usize = 8;
/// A clause needs this many words before a comma to stand alone as a need.
const MIN_CLAUSE_WORDS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    /// Before any heading, or under a heading that describes the role in prose.
    Prose,
    /// Benefits, legal text, how to apply.
    Ignored,
    /// "About us" and the like: no needs, but it is where teams say what their problem is.
    Company,
    List(RequirementKind),
}

/// Heading phrases by section, compared on whole words. Order matters where phrases overlap:
/// company blurb and ignored first, then nice-to-have ("preferred qualifications" is optional, not required),
/// then must-have ("what you'll need" is not a responsibility), then responsibilities.
const COMPANY_HEADINGS: &[&str] = &[
    "about us",
    "about the company",
    "who we are",
    "our company",
    "our story",
    "our mission",
];
const IGNORED_HEADINGS: &[&str] = &[
    "benefits",
    "benefit",
    "perks",
    "compensation",
    "salary",
    "pay range",
    "our values",
    "values",
    "culture",
    "equal opportunity",
    "equal employment opportunity",
    "eeo",
    "how to apply",
    "to apply",
    "why join us",
    "why join",
    "why work with us",
    "why you'll love",
    "what we offer",
    "we offer",
    "location",
    "life at",
];
const NICE_HEADINGS: &[&str] = &[
    "nice to have",
    "nice to haves",
    "bonus",
    "bonus points",
    "preferred",
    "pluses",
    "plus",
    "desired",
    "good to have",
    "extra credit",
    "it would be great",
    "ideally",
];
const MUST_HEADINGS: &[&str] = &[
    "requirements",
    "requirement",
    "qualifications",
    "qualification",
    "required",
    "must have",
    "must haves",
    "what you need",
    "what you'll need",
    "what you will need",
    "what you bring",
    "what you'll bring",
    "what we're looking for",
    "what we are looking for",
    "what we look for",
    "who you are",
    "about you",
    "you have",
    "you should have",
    "you are",
    "skills",
    "experience",
    "your profile",
    "profile",
    "ideal candidate",
    "competencies",
    "you bring",
    "you'll have",
];
const RESPONSIBILITY_HEADINGS: &[&str] = &[
    "responsibilities",
    "responsibility",
    "duties",
    "essential functions",
    "key functions",
    "essential duties",
    "what you'll do",
    "what you will do",
    "what you'll work on",
    "what you will work on",
    "what you'll be doing",
    "what you will be doing",
    "you will",
    "you'll",
    "in this role",
    "your impact",
    "make an impact",
    "day to day",
    "accountabilities",
    "your mission",
    "the work",
    "what the job involves",
];
const PROSE_HEADINGS: &[&str] = &[
    "summary",
    "position summary",
    "job summary",
    "overview",
    "role overview",
    "the role",
    "about the role",
    "about the job",
    "about the position",
    "about the team",
    "the team",
    "the opportunity",
    "description",
    "job description",
    "introduction",
];
/// Words that may precede a heading phrase on a plain (unformatted) heading line.
const HEADING_PREFIXES: &[&str] = &[
    "key",
    "your",
    "job",
    "minimum",
    "basic",
    "required",
    "preferred",
    "additional",
    "the",
    "our",
    "main",
    "core",
    "primary",
    "desired",
];

/// Base forms of verbs that open an imperative need ("Build…", "Own…", "Precept…").
const NEED_VERBS: &[&str] = &[
    "build",
    "own",
    "lead",
    "design",
    "develop",
    "drive",
    "manage",
    "create",
    "partner",
    "collaborate",
    "work",
    "ship",
    "maintain",
    "improve",
    "support",
    "deliver",
    "define",
    "run",
    "write",
    "mentor",
    "analyze",
    "analyse",
    "launch",
    "scale",
    "implement",
    "coordinate",
    "teach",
    "plan",
    "provide",
    "monitor",
    "educate",
    "precept",
    "communicate",
    "use",
    "differentiate",
    "hit",
    "reduce",
    "identify",
    "grow",
    "report",
    "operate",
    "automate",
    "present",
    "evolve",
    "model",
    "close",
    "keep",
    "establish",
    "optimize",
    "optimise",
    "conduct",
    "review",
    "prepare",
    "handle",
    "oversee",
    "ensure",
    "assist",
    "train",
    "coach",
    "recruit",
    "negotiate",
    "sell",
    "prospect",
    "research",
    "test",
    "deploy",
    "architect",
    "integrate",
    "troubleshoot",
    "resolve",
    "respond",
    "shape",
    "champion",
    "execute",
    "track",
    "measure",
    "organize",
    "organise",
    "schedule",
    "book",
    "answer",
    "care",
    "administer",
    "assess",
    "document",
    "facilitate",
    "guide",
    "influence",
    "contribute",
    "turn",
    "translate",
    "serve",
    "source",
    "engage",
    "nurture",
    "craft",
    "produce",
    "edit",
    "publish",
    "apply",
    "supervise",
    "direct",
    "hire",
    "forecast",
    "budget",
    "audit",
    "collect",
    "investigate",
    "evaluate",
    "set",
    "take",
    "bring",
    "make",
    "stay",
    "join",
    "act",
    "travel",
    "sit",
    "lift",
    "greet",
    "cook",
    "clean",
    "process",
    "file",
    "count",
    "pack",
    "inspect",
    "repair",
    "install",
    "configure",
    "secure",
    "protect",
    "migrate",
    "refactor",
    "instrument",
    "experiment",
    "interview",
    "recommend",
    "advise",
    "represent",
    "promote",
    "market",
    "price",
    "purchase",
    "procure",
    "dispatch",
    "route",
    "load",
    "unload",
    "assemble",
    "estimate",
    "quote",
    "invoice",
    "reconcile",
    "prioritize",
    "prioritise",
    "balance",
    "streamline",
    "standardize",
    "standardise",
];

/// Markers that turn any item into a nice-to-have, wherever it is listed.
const OPTIONAL_MARKERS: &[&str] = &[
    "is a plus",
    "is a bonus",
    "are a plus",
    "are a bonus",
    "nice to have",
    "nice-to-have",
    "is preferred",
    "are preferred",
    "a big plus",
    "bonus points",
    "is an advantage",
];

/// Nouns that make a prose sentence about qualifications ("Experience with …").
const QUALIFICATION_CUES: &[&str] = &[
    "experience",
    "background",
    "proficiency",
    "proficient",
    "familiarity",
    "familiar",
    "expertise",
    "knowledge",
    "track record",
    "fluent",
    "fluency",
    "years of",
    "certification",
    "certified",
    "license",
    "licence",
    "degree",
    "ideal candidate",
    "you have",
    "you bring",
    "you should have",
    "must have",
];

/// Extracts the needs in reading order, without duplicates (compared on their words, case
/// and punctuation aside; a repeat keeps the higher weight).
pub fn extract_requirements(jd: &str) -> Vec<Requirement> {
    let verbs = NeedVerbs::new();
    let blocks = sectioned_blocks(jd);
    // A hiring sentence ("we need an HR generalist who can help us keep the people we hire")
    // belongs to the problem only when the team says what the problem is; on its own it is
    // an ordinary line about the role.
    // So does one that asks for someone who has already solved something ("we need someone
    // who has pulled off a gathering of that size abroad"): that is the need, said as proof.
    let states_problem = blocks.iter().any(|block| {
        block.section != Section::Ignored
            && sentences(block.content).into_iter().any(|sentence| {
                is_problem_statement(sentence, team_paragraph(block))
                    || (matches!(block.section, Section::Prose | Section::Company)
                        && is_hiring_statement(sentence)
                        && asks_for_proof(sentence))
            })
    });

    let mut found: Vec<Requirement> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut position_in_section = 0usize;
    let mut current_block_section = None;
    for block in &blocks {
        if current_block_section != Some(block.section_index) {
            current_block_section = Some(block.section_index);
            position_in_section = 0;
        }
        for item in items_in(block, &verbs, states_problem) {
            let text = clean_item(&item.text);
            let key = dedupe_key(text);
            if key.is_empty() {
                continue;
            }
            let kind = if item.kind != RequirementKind::Problem && is_marked_optional(text) {
                RequirementKind::NiceToHave
            } else {
                item.kind
            };
            // The problem weighs fully wherever it is written; list items fade with position.
            let decay = if kind == RequirementKind::Problem {
                1.0
            } else {
                (1.0 - POSITION_DECAY * position_in_section as f64).max(POSITION_WEIGHT_FLOOR)
            };
            let weight = kind.base_weight() * decay;
            position_in_section += 1;
            if let Some(existing) = seen.iter().position(|other| *other == key) {
                if found[existing].weight < weight {
                    found[existing].weight = weight;
                    found[existing].kind = kind;
                }
                continue;
            }
            seen.push(key);
            found.push(Requirement {
                text: text.to_owned(),
                kind,
                weight,
            });
        }
    }
    found
}

/// One line (or the text after "Heading:") and the section it sits in.
struct Block<'a> {
    section: Section,
    /// Counts headings, so list positions restart under each one.
    section_index: usize,
    content: &'a str,
}

fn sectioned_blocks(jd: &str) -> Vec<Block<'_>> {
    let mut section = Section::Prose;
    let mut section_index = 0;
    let mut blocks = Vec::new();
    for raw_line in jd.lines() {
        let line = raw_line.trim();
        if line.is_empty() {
            continue;
        }
        let (is_bullet, content) = strip_bullet_marker(line);
        if !is_bullet && let Some(heading) = parse_heading(content) {
            section = heading.section;
            section_index += 1;
            if let Some(rest) = heading.rest {
                blocks.push(Block {
                    section,
                    section_index,
                    content: rest,
                });
            }
            continue;
        }
        blocks.push(Block {
            section,
            section_index,
            content,
        });
    }
    blocks
}

struct Item {
    text: String,
    kind: RequirementKind,
}

/// The needs one line (or bullet) contributes under the current section. A sentence stating
/// the team's problem is kept whole as a [`RequirementKind::Problem`] wherever it appears;
/// so is a hiring sentence, when `states_problem` (the JD names a problem somewhere).
fn items_in(block: &Block<'_>, verbs: &NeedVerbs, states_problem: bool) -> Vec<Item> {
    let section = block.section;
    if section == Section::Ignored {
        return Vec::new();
    }
    let in_team_paragraph = team_paragraph(block);
    let in_prose = matches!(section, Section::Prose | Section::Company);
    let is_problem = |sentence: &str| {
        is_problem_statement(sentence, in_team_paragraph)
            || (in_prose && states_problem && is_hiring_statement(sentence))
    };
    // When the paragraph names the problem only by asking for someone who has solved it
    // ("we need an HR generalist who has run clean investigations"), the team's other
    // sentences there say what it is ("our employee relations cases drag on").
    let problem_paragraph = in_team_paragraph && {
        let said = sentences(block.content);
        said.iter()
            .any(|sentence| is_hiring_statement(sentence) && asks_for_proof(sentence))
            && !said
                .iter()
                .any(|sentence| is_problem_statement(sentence, in_team_paragraph))
    };
    let mut items = Vec::new();
    for sentence in sentences(block.content) {
        let sets_scene = problem_paragraph
            && speaks_for_the_team(&sentence.to_lowercase().replace('\u{2019}', "'"));
        if is_problem(sentence) || sets_scene {
            items.push(Item {
                text: sentence.to_owned(),
                kind: RequirementKind::Problem,
            });
            continue;
        }
        let kind = match section {
            Section::List(kind) => kind,
            Section::Prose if reads_like_need(sentence, verbs) => RequirementKind::Inferred,
            _ => continue,
        };
        items.extend(
            split_compound_need(sentence, verbs)
                .into_iter()
                .map(|text| Item { text, kind }),
        );
    }
    items
}

/// Phrases with which a team describes what hurts. They count only in a sentence about the
/// team itself ("we", "our", "us"), so "support struggling students" is not the team's problem.
const PROBLEM_CUES: &[&str] = &[
    "problem",
    "problems",
    "challenge",
    "challenges",
    "struggle",
    "struggles",
    "struggling",
    "struggled",
    "pain point",
    "pain points",
    "bottleneck",
    "bottlenecks",
    "too long",
    "too slow",
    "too many",
    "too much",
    "too often",
    "too high",
    "too low",
    "too few",
    "too late",
    "too expensive",
    "too manual",
    "slow",
    "inaccurate",
    "unreliable",
    "inconsistent",
    "burning out",
    "burned out",
    "burnt out",
    "leaving",
    "losing",
    "churning",
    "out of stock",
    "run out",
    "running out",
    "backlog",
    "delays",
    "behind schedule",
    "falling behind",
    "fallen behind",
    "missed",
    "missing",
    "complaints",
    "costing us",
    "over budget",
    "overruns",
    "has risen",
    "have risen",
    "keeps rising",
    "keep rising",
    "is rising",
    "are rising",
    "has fallen",
    "have fallen",
    "has dropped",
    "have dropped",
    "declining",
    "has been below",
    "have been below",
    "is below",
    "are below",
    "is above",
    "are above",
    "lagging",
    "not enough",
    "to fix",
    "empty",
    "but our",
    "focused on",
    "our focus",
    "top priority",
    "running late",
    "finishing late",
    "finish late",
    "arrive late",
    "arriving late",
    "is late",
    "are late",
    "were late",
    "been late",
    "slipped",
    "slipping",
    "hurt",
    "injured",
    "lost time",
    "abandon",
    "abandoning",
    "give up",
    "gave up",
    "thrown away",
    "wasted",
    "getting worse",
    "keep missing",
    "off target",
    "climbing",
    "worsening",
    "ballooning",
    "ballooned",
    "spiking",
    "spiked",
    "can't keep up",
    "cannot keep up",
    "overwhelmed",
    "fell short",
    "falling short",
    "error prone",
    "complain",
    "complaining",
];
const FIRST_PERSON_PLURAL: &[&str] = &["we", "our", "us", "ours", "we're", "we've", "we'll"];
/// "We are hiring…", "we need a…": the sentence that says whom the team wants, and often why.
const HIRING_CUES: &[&str] = &[
    "hiring",
    "we need a",
    "we need an",
    "we need someone",
    "we want a",
    "we want an",
    "we want someone",
    "looking for someone",
    "looking for a",
    "looking for an",
    "seeking a",
    "seeking an",
];

/// Cues that name a problem without the team's "we" or "our" in the same sentence, in a
/// paragraph where the team speaks ("We're a group of 38 clinics… A large share abandon it
/// partway through"); the others ("slow", "focused on", "missing") need the team's own words.
const PARAGRAPH_CUES: &[&str] = &[
    "too long",
    "too slow",
    "too many",
    "too much",
    "too often",
    "too high",
    "too low",
    "too few",
    "too late",
    "too expensive",
    "burning out",
    "burned out",
    "burnt out",
    "behind schedule",
    "over budget",
    "abandon",
    "abandoning",
    "give up",
    "gave up",
    "thrown away",
    "hurt",
    "injured",
    "slipped",
];

/// True for a sentence in which the team states its own problem: it speaks for the team, or
/// sits in a prose paragraph that does and uses one of the [`PARAGRAPH_CUES`].
fn is_problem_statement(sentence: &str, in_team_paragraph: bool) -> bool {
    let lower = sentence.to_lowercase().replace('\u{2019}', "'");
    (speaks_for_the_team(&lower) && has_problem_cue(&lower))
        || (in_team_paragraph && has_cue(&lower, PARAGRAPH_CUES))
}

/// True for a prose paragraph (not a list item) in which the team speaks for itself.
fn team_paragraph(block: &Block<'_>) -> bool {
    matches!(block.section, Section::Prose | Section::Company)
        && speaks_for_the_team(&block.content.to_lowercase().replace('\u{2019}', "'"))
}

/// Words that deny the cue after them ("without losing entries", "never late").
const NEGATIONS: &[&str] = &["without", "never", "not", "no", "nor"];

/// True when the text (lower case) uses one of the [`PROBLEM_CUES`], not right after a
/// negation.
pub(super) fn has_problem_cue(lower: &str) -> bool {
    has_cue(lower, PROBLEM_CUES)
}

fn has_cue(lower: &str, cues: &[&str]) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|word| !word.is_empty())
        .collect();
    cues.iter().any(|cue| {
        let cue: Vec<&str> = cue.split_whitespace().collect();
        (0..words.len().saturating_sub(cue.len() - 1)).any(|start| {
            words[start..start + cue.len()] == cue[..]
                && !words[start.saturating_sub(2)..start]
                    .iter()
                    .any(|word| NEGATIONS.contains(word))
        })
    })
}

/// "…someone who has pulled off…", "…nurses who have helped a unit…".
const PROOF_CUES: &[&str] = &["who has", "who have", "who has already", "who can prove"];

fn asks_for_proof(sentence: &str) -> bool {
    let lower = sentence.to_lowercase().replace('\u{2019}', "'");
    PROOF_CUES.iter().any(|cue| contains_words(&lower, cue))
}

fn is_hiring_statement(sentence: &str) -> bool {
    let lower = sentence.to_lowercase().replace('\u{2019}', "'");
    speaks_for_the_team(&lower) && HIRING_CUES.iter().any(|cue| contains_words(&lower, cue))
}

fn speaks_for_the_team(lower: &str) -> bool {
    FIRST_PERSON_PLURAL
        .iter()
        .any(|pronoun| contains_words(lower, pronoun))
}

/// Strips list markers: `-`, `*`, `•`, `·`, `–`, `—`, `▪`, `►`, `o `, `1.`, `1)`, `(a)`.
fn strip_bullet_marker(line: &str) -> (bool, &str) {
    const SYMBOL_MARKERS: &[char] = &[
        '-', '*', '•', '·', '–', '—', '▪', '►', '◦', '‣', '○', '●', '■', '□', '✓', '✔', '>',
    ];
    if line.starts_with("**") {
        // Markdown bold, not a bullet.
        return (false, line);
    }
    if let Some(first) = line.chars().next()
        && SYMBOL_MARKERS.contains(&first)
    {
        let rest = line[first.len_utf8()..].trim_start();
        return (true, rest);
    }
    if let Some(rest) = line.strip_prefix("o ") {
        return (true, rest.trim_start());
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let after = &line[digits..];
        if let Some(rest) = after
            .strip_prefix(". ")
            .or_else(|| after.strip_prefix(") "))
        {
            return (true, rest.trim_start());
        }
    }
    if let Some(rest) = line.strip_prefix('(')
        && let Some((label, after)) = rest.split_once(')')
        && (1..=3).contains(&label.len())
        && label.chars().all(char::is_alphanumeric)
    {
        return (true, after.trim_start());
    }
    (false, line)
}

struct Heading<'a> {
    section: Section,
    /// Text after "Heading:" on the same line.
    rest: Option<&'a str>,
}

/// Recognises a heading line. Formatted headings (markdown `#`, `**bold**`, ALL CAPS, or a
/// trailing colon) may use any wording and default to prose; a plain line counts only when
/// it is exactly a known heading phrase, so "Strong SQL skills" stays a requirement.
fn parse_heading(line: &str) -> Option<Heading<'_>> {
    let is_markdown = line.starts_with('#');
    let unmarked = line.trim_start_matches('#').trim();
    let is_bold = (unmarked.starts_with("**") && unmarked.ends_with("**") && unmarked.len() > 4)
        || (unmarked.starts_with("__") && unmarked.ends_with("__") && unmarked.len() > 4);
    let unmarked = unmarked.trim_matches(|c| c == '*' || c == '_').trim();

    let (title, rest, has_colon) = match unmarked.split_once(':') {
        Some((title, rest)) => {
            let rest = rest.trim().trim_matches(|c| c == '*' || c == '_').trim();
            (title.trim(), (!rest.is_empty()).then_some(rest), true)
        }
        None => (unmarked, None, false),
    };
    let word_count = title.split_whitespace().count();
    if word_count == 0 || word_count > MAX_HEADING_WORDS || title.ends_with('.') {
        return None;
    }
    let phrase = normalise_heading(title);
    let letters: Vec<char> = title.chars().filter(|c| c.is_alphabetic()).collect();
    let is_all_caps = letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase());
    let is_formatted = is_markdown || is_bold || is_all_caps || (has_colon && rest.is_none());

    if is_formatted {
        let section = classify_heading(&phrase).unwrap_or(Section::Prose);
        return Some(Heading { section, rest });
    }
    if has_colon {
        // "Requirements: 5+ years of Go" — only known headings, or "Note: …" would swallow text.
        return classify_heading(&phrase).map(|section| Heading { section, rest });
    }
    exact_heading(&phrase).map(|section| Heading {
        section,
        rest: None,
    })
}

/// Lower case, curly quotes straightened, `&`/`-`/`/` as words, other punctuation dropped.
fn normalise_heading(title: &str) -> String {
    let mapped: String = title
        .chars()
        .map(|c| match c {
            '\u{2019}' => '\'',
            '&' | '/' => ' ',
            '-' => ' ',
            other => other,
        })
        .collect::<String>()
        .to_lowercase();
    let kept: String = mapped
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace() || *c == '\'')
        .collect();
    kept.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" and ", " ")
}

fn heading_tables() -> [(&'static [&'static str], Section); 6] {
    [
        (COMPANY_HEADINGS, Section::Company),
        (IGNORED_HEADINGS, Section::Ignored),
        (NICE_HEADINGS, Section::List(RequirementKind::NiceToHave)),
        (MUST_HEADINGS, Section::List(RequirementKind::MustHave)),
        (
            RESPONSIBILITY_HEADINGS,
            Section::List(RequirementKind::Responsibility),
        ),
        (PROSE_HEADINGS, Section::Prose),
    ]
}

/// The section whose phrase occurs in the heading, on word boundaries.
fn classify_heading(phrase: &str) -> Option<Section> {
    let padded = format!(" {phrase} ");
    heading_tables().into_iter().find_map(|(phrases, section)| {
        phrases
            .iter()
            .any(|known| padded.contains(&format!(" {} ", known.replace(" and ", " "))))
            .then_some(section)
    })
}

/// Heading phrases that are also ordinary requirement words ("Strong SQL skills",
/// "Experience in Python"); on a plain line they count only when they are the whole line.
const GENERIC_HEADING_PHRASES: &[&str] = &[
    "experience",
    "skills",
    "you have",
    "you are",
    "you will",
    "you'll",
    "plus",
    "preferred",
    "required",
    "profile",
    "values",
    "location",
    "description",
    "summary",
    "desired",
    "bonus",
    "culture",
    "pay range",
    "the work",
    "duties",
    "requirement",
    "qualification",
];
/// Plain headings are short.
const MAX_PLAIN_HEADING_WORDS: usize = 5;

/// The section for a plain line that is a known heading phrase, possibly after a prefix word
/// ("Key responsibilities", "Minimum qualifications") or ending a short line ("How you'll
/// make an impact").
fn exact_heading(phrase: &str) -> Option<Section> {
    let mut words: Vec<&str> = phrase.split_whitespace().collect();
    if words.len() > MAX_PLAIN_HEADING_WORDS {
        return None;
    }
    while words.len() > 1 && HEADING_PREFIXES.contains(&words[0]) {
        words.remove(0);
    }
    let candidate = format!(" {} ", words.join(" "));
    heading_tables().into_iter().find_map(|(phrases, section)| {
        phrases
            .iter()
            .any(|known| {
                let known = known.replace(" and ", " ");
                if candidate.trim() == known {
                    return true;
                }
                let is_generic = GENERIC_HEADING_PHRASES.contains(&known.as_str());
                !is_generic
                    && (candidate.starts_with(&format!(" {known} "))
                        || candidate.ends_with(&format!(" {known} ")))
            })
            .then_some(section)
    })
}

/// Splits at sentence ends ('.', '!', '?', ';' followed by a space and a capital), which
/// leaves "Node.js" and "e.g. the" alone.
fn sentences(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = 0;
    let characters: Vec<(usize, char)> = text.char_indices().collect();
    for (index, &(offset, character)) in characters.iter().enumerate() {
        if !matches!(character, '.' | '!' | '?' | ';') {
            continue;
        }
        let next = characters.get(index + 1).map(|&(_, c)| c);
        let after_next = characters.get(index + 2).map(|&(_, c)| c);
        let ends_sentence = next.is_some_and(char::is_whitespace)
            && after_next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if ends_sentence {
            found.push(text[start..=offset].trim());
            start = offset + character.len_utf8();
        }
    }
    found.push(text[start..].trim());
    found
        .into_iter()
        .filter(|sentence| !sentence.is_empty())
        .collect()
}

/// Splits "manage calendars across time zones, plan travel, and prepare board materials"
/// into one need per clause, but only where a comma or semicolon is followed by a need verb
/// and the clause before it can stand alone, so "Build and maintain X" stays whole.
fn split_compound_need(sentence: &str, verbs: &NeedVerbs) -> Vec<String> {
    let mut clauses = Vec::new();
    let mut current = String::new();
    for piece in sentence.split_inclusive([',', ';']) {
        let trimmed = piece.trim_start();
        let without_and = trimmed
            .strip_prefix("and ")
            .or_else(|| trimmed.strip_prefix("or "))
            .unwrap_or(trimmed);
        let starts_new_need = !current.is_empty()
            && current.split_whitespace().count() >= MIN_CLAUSE_WORDS
            && verbs.is_need_verb(first_word(without_and));
        if starts_new_need {
            clauses.push(std::mem::take(&mut current));
            current.push_str(without_and);
        } else {
            current.push_str(piece);
        }
    }
    clauses.push(current);
    clauses
        .into_iter()
        .map(|clause| clean_item(&clause).to_owned())
        .filter(|clause| !clause.is_empty())
        .collect()
}

fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

/// True for prose sentences that state a need.
fn reads_like_need(sentence: &str, verbs: &NeedVerbs) -> bool {
    let lower = sentence.to_lowercase().replace('\u{2019}', "'");
    if verbs.is_need_verb(first_word(&lower)) {
        return true;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    let you_will = words.windows(3).any(|window| match window {
        ["you", "will" | "would" | "can", verb] => verbs.is_need_verb(verb),
        _ => false,
    }) || words.windows(2).any(|window| match window {
        ["you'll" | "you'd", verb] => verbs.is_need_verb(verb),
        _ => false,
    });
    you_will
        || QUALIFICATION_CUES
            .iter()
            .any(|cue| contains_words(&lower, cue))
        || mentions_years_of_experience(&words)
}

/// "3 years", "5+ years", "10 yrs": a tenure, which qualifications talk about; "10 years
/// ago" and "10 years old" are company history.
fn mentions_years_of_experience(words: &[&str]) -> bool {
    (0..words.len().saturating_sub(1)).any(|index| {
        let number = words[index].trim_end_matches('+');
        let unit = words[index + 1].trim_end_matches([',', '.', ';']);
        let next = words
            .get(index + 2)
            .map(|word| word.trim_end_matches([',', '.', ';']));
        !number.is_empty()
            && number.chars().all(|c| c.is_ascii_digit())
            && matches!(unit, "years" | "yrs")
            && !matches!(next, Some("ago" | "old"))
    })
}

pub(super) fn contains_words(haystack: &str, needle: &str) -> bool {
    let words: Vec<&str> = haystack
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|word| !word.is_empty())
        .collect();
    let needle: Vec<&str> = needle.split_whitespace().collect();
    !needle.is_empty()
        && words
            .windows(needle.len())
            .any(|window| window == needle.as_slice())
}

fn is_marked_optional(text: &str) -> bool {
    let lower = text.to_lowercase();
    OPTIONAL_MARKERS.iter().any(|marker| lower.contains(marker))
}

/// Trims stray list punctuation and the sentence's final full stop.
fn clean_item(text: &str) -> &str {
    text.trim()
        .trim_end_matches(['.', ';', ',', ':'])
        .trim_start_matches([',', ';', ':'])
        .trim()
}

fn dedupe_key(text: &str) -> String {
    raw_tokens(text)
        .into_iter()
        .map(|token| token.lower)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Stemmed need verbs, so "Managed", "manages" and "manage" all count.
struct NeedVerbs {
    stemmer: Stemmer,
    stems: HashSet<String>,
}

impl NeedVerbs {
    fn new() -> Self {
        let stemmer = Stemmer::create(Algorithm::English);
        let stems = NEED_VERBS
            .iter()
            .map(|verb| stemmer.stem(verb).into_owned())
            .collect();
        NeedVerbs { stemmer, stems }
    }

    fn is_need_verb(&self, word: &str) -> bool {
        let lower = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        !lower.is_empty() && self.stems.contains(self.stemmer.stem(&lower).as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(jd: &str) -> Vec<String> {
        extract_requirements(jd)
            .into_iter()
            .map(|requirement| requirement.text)
            .collect()
    }

    #[test]
    fn markdown_sections_with_kinds_and_benefits_skipped() {
        let jd = "Senior Engineer\n\n## What you'll do\n- Build payment APIs in Rust\n- Own the Postgres schema\n\n## Requirements\n- 5+ years of backend work\n\n## Nice to have\n- Payments experience\n\n## Benefits\n- 30 days vacation\n";
        let found = extract_requirements(jd);
        let summary: Vec<(&str, RequirementKind)> =
            found.iter().map(|r| (r.text.as_str(), r.kind)).collect();
        assert_eq!(
            summary,
            [
                (
                    "Build payment APIs in Rust",
                    RequirementKind::Responsibility
                ),
                ("Own the Postgres schema", RequirementKind::Responsibility),
                ("5+ years of backend work", RequirementKind::MustHave),
                ("Payments experience", RequirementKind::NiceToHave),
            ]
        );
        assert!(
            found[0].weight > found[1].weight,
            "earlier items weigh more"
        );
        assert!(
            found[2].weight > found[3].weight,
            "must-have outweighs nice-to-have"
        );
    }

    #[test]
    fn all_caps_bold_colon_and_plain_headings_are_recognised() {
        let jd = "WHAT YOU'LL DO\n1. Own paid acquisition\n\n**You have**\n* A portfolio of shipped work\n\nQualifications:\n• Strong SQL skills\n\nEssential Functions\nPrecept new graduate nurses.\n\nPERKS\n- Free lunch\n";
        assert_eq!(
            texts(jd),
            [
                "Own paid acquisition",
                "A portfolio of shipped work",
                "Strong SQL skills",
                "Precept new graduate nurses"
            ]
        );
    }

    #[test]
    fn a_plain_line_that_mentions_skills_is_not_a_heading() {
        let jd = "Requirements\nStrong SQL skills\nExperience in Python\n";
        let found = extract_requirements(jd);
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|r| r.kind == RequirementKind::MustHave));
    }

    #[test]
    fn inline_heading_content_is_kept() {
        let jd = "Requirements: 3+ years of Go\nSummary: We are a bank. Build our ledger.\n";
        let found = extract_requirements(jd);
        assert_eq!(found[0].text, "3+ years of Go");
        assert_eq!(found[0].kind, RequirementKind::MustHave);
        assert_eq!(found[1].text, "Build our ledger");
        assert_eq!(found[1].kind, RequirementKind::Inferred);
    }

    #[test]
    fn prose_keeps_imperatives_you_will_and_experience_sentences_only() {
        let jd = "We're a 90-person fintech in Austin. You'll manage a complex calendar across time zones, plan domestic travel, and prepare board materials. Experience supporting executives is required. Experience with Notion is a plus. Keep confidential information confidential.";
        let found = extract_requirements(jd);
        let summary: Vec<(&str, RequirementKind)> =
            found.iter().map(|r| (r.text.as_str(), r.kind)).collect();
        assert_eq!(
            summary,
            [
                (
                    "You'll manage a complex calendar across time zones",
                    RequirementKind::Inferred
                ),
                ("plan domestic travel", RequirementKind::Inferred),
                ("prepare board materials", RequirementKind::Inferred),
                (
                    "Experience supporting executives is required",
                    RequirementKind::Inferred
                ),
                (
                    "Experience with Notion is a plus",
                    RequirementKind::NiceToHave
                ),
                (
                    "Keep confidential information confidential",
                    RequirementKind::Inferred
                ),
            ]
        );
    }

    #[test]
    fn prose_about_the_ideal_candidate_or_tenure_is_a_need() {
        let jd = "Loomwork makes developer tools. The ideal candidate has recruited engineers. Someone with at least 3 years sourcing on LinkedIn. We were founded 10 years ago in Oslo.";
        assert_eq!(
            texts(jd),
            [
                "The ideal candidate has recruited engineers",
                "Someone with at least 3 years sourcing on LinkedIn"
            ]
        );
    }

    #[test]
    fn compound_verbs_without_a_standalone_clause_stay_whole() {
        assert_eq!(
            texts("Responsibilities\n- Build and maintain pipelines with Airflow, Spark and dbt\n"),
            ["Build and maintain pipelines with Airflow, Spark and dbt"]
        );
    }

    #[test]
    fn duplicates_are_dropped_and_keep_the_higher_weight() {
        let jd = "Nice to have\n- Kafka experience\nRequirements\n- Kafka experience.\n";
        let found = extract_requirements(jd);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, RequirementKind::MustHave);
    }

    #[test]
    fn the_team_stating_its_problem_is_kept_whole_even_under_about_us() {
        let jd = "About us: Acme runs 40 clinics. Our no-show rate is too high, and patients wait weeks. We are hiring a Scheduler who can fix it.\n\nResponsibilities\n- Support struggling patients with reminders\n- Book appointments\n\nBenefits\n- Our problem is too much free coffee\n";
        let found = extract_requirements(jd);
        let summary: Vec<(&str, RequirementKind)> =
            found.iter().map(|r| (r.text.as_str(), r.kind)).collect();
        assert_eq!(
            summary,
            [
                (
                    "Our no-show rate is too high, and patients wait weeks",
                    RequirementKind::Problem
                ),
                (
                    "We are hiring a Scheduler who can fix it",
                    RequirementKind::Problem
                ),
                (
                    "Support struggling patients with reminders",
                    RequirementKind::Responsibility
                ),
                ("Book appointments", RequirementKind::Responsibility),
            ]
        );
        assert!(found.iter().all(|r| r.weight > 0.0 && r.weight <= 1.0));
    }

    #[test]
    fn a_problem_may_be_told_in_the_team_paragraph_but_not_denied() {
        let jd = "We run 12 clinics and are building our own app. Most patients start registration on their phones, and many abandon it halfway. We want a designer who has fixed this before.\n\nResponsibilities\n- Build ledger consumers without losing or reordering our events\n- Design the booking flow\n";
        let found = extract_requirements(jd);
        let problem: Vec<&str> = found
            .iter()
            .filter(|r| r.kind == RequirementKind::Problem)
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(
            problem,
            [
                "Most patients start registration on their phones, and many abandon it halfway",
                "We want a designer who has fixed this before"
            ]
        );
    }

    #[test]
    fn asking_for_proof_makes_the_team_paragraph_the_problem() {
        let jd = "About us: Coldline Foods has 1,100 employees. Our employee relations cases drag on. We need an HR Generalist who has run clean investigations.\n\nResponsibilities\n- Run new-hire orientation\n";
        let problem: Vec<String> = extract_requirements(jd)
            .into_iter()
            .filter(|r| r.kind == RequirementKind::Problem)
            .map(|r| r.text)
            .collect();
        assert_eq!(
            problem,
            [
                "Our employee relations cases drag on",
                "We need an HR Generalist who has run clean investigations"
            ]
        );
    }

    #[test]
    fn ordinary_talk_in_the_team_paragraph_is_no_problem() {
        let jd = "We are a youth charity in Leeds. We serve at-risk teenagers and our centre opens late on Fridays. The role is focused on mentoring. We were founded twice, in 1990 and 2004.\n\nResponsibilities\n- Run evening sessions\n";
        assert!(
            extract_requirements(jd)
                .iter()
                .all(|r| r.kind != RequirementKind::Problem)
        );
    }

    #[test]
    fn a_hiring_sentence_alone_is_not_a_problem() {
        let jd = "About the role: We are hiring a product manager to own onboarding.\nResponsibilities\n- Own onboarding\n";
        assert!(
            extract_requirements(jd)
                .iter()
                .all(|r| r.kind != RequirementKind::Problem)
        );
    }

    #[test]
    fn garbage_input_yields_nothing_and_does_not_panic() {
        for jd in [
            "",
            "\n\n",
            "::::",
            "•",
            "(a)",
            "1.",
            "## \n**\n",
            "é’\u{0}",
            "-\t-",
        ] {
            let _ = extract_requirements(jd);
        }
        assert!(extract_requirements("We are a company. Our office is in Paris.").is_empty());
    }
}
