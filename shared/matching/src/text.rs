//! Text normalisation shared by job descriptions and resume bullets: tokens, stop words,
//! skill aliases folded to canonical names, and Snowball (Porter2) English stems.

use rust_stemmers::{Algorithm, Stemmer};

use super::concepts;
use super::skills::SkillDictionary;

/// A word as written plus its lower-cased form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawToken {
    pub surface: String,
    pub lower: String,
}

/// One normalised term: `key` is what matching compares, `display` is what a person sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Term {
    pub key: String,
    pub display: String,
    pub kind: TermKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TermKind {
    /// A canonical skill from the dictionary.
    Skill,
    /// A verb every job description and resume uses ("build", "manage", "deliver").
    GenericAction,
    Word,
    /// What a word is about, from the [`concepts`] lexicon ("spend" → cost); it follows the
    /// word itself and matches related words at reduced weight.
    Concept,
}

/// Splits on anything but letters, digits and the characters that belong inside technical
/// names (`c++`, `c#`, `node.js`, `don't`). Curly apostrophes count as straight ones and a
/// trailing possessive `'s` is dropped so "team's" and "team" agree.
pub(crate) fn raw_tokens(text: &str) -> Vec<RawToken> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    for character in text.chars() {
        let character = if character == '\u{2019}' {
            '\''
        } else {
            character
        };
        if character.is_alphanumeric() || matches!(character, '+' | '#' | '.' | '\'') {
            current.push(character);
        } else {
            push_token(&mut tokens, &current);
            current.clear();
        }
    }
    push_token(&mut tokens, &current);
    tokens
}

fn push_token(tokens: &mut Vec<RawToken>, candidate: &str) {
    // A trailing '+' stays: it is part of "c++", and "5+" is dropped later as a number.
    let trimmed = candidate
        .trim_start_matches(['.', '\'', '+'])
        .trim_end_matches(['.', '\'']);
    let trimmed = trimmed
        .strip_suffix("'s")
        .or_else(|| trimmed.strip_suffix("'S"))
        .unwrap_or(trimmed)
        .trim_end_matches(['.', '\'']);
    if trimmed.chars().any(char::is_alphanumeric) {
        tokens.push(RawToken {
            surface: trimmed.to_owned(),
            lower: trimmed.to_lowercase(),
        });
    }
}

/// Function words plus the boilerplate every job description and resume repeats
/// ("experience", "strong", "years", "team player"), which would otherwise dominate matches
/// without saying anything about the work.
const STOP_WORDS: &[&str] = &[
    // English function words.
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "etc",
    "e.g",
    "i.e",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "per",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "you'll",
    "you're",
    "you've",
    "you'd",
    "we're",
    "we'll",
    "we've",
    "it's",
    "i'm",
    "i've",
    "i'd",
    "don't",
    "let's",
    "one",
    "ones",
    "able",
    "well",
    "like",
    "get",
    "make",
    "making",
    "want",
    "based",
    "around",
    "across",
    "along",
    "among",
    // Number words, like the digits they stand for, carry no topic.
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    // Job-description and resume boilerplate.
    "ability",
    "abilities",
    "experience",
    "experienced",
    "experiences",
    "year",
    "years",
    "yrs",
    "strong",
    "excellent",
    "solid",
    "proven",
    "track",
    "record",
    "demonstrated",
    "demonstrable",
    "preferred",
    "required",
    "requirement",
    "requirements",
    "nice",
    "bonus",
    "plus",
    "including",
    "include",
    "includes",
    "ideally",
    "related",
    "relevant",
    "equivalent",
    "similar",
    "skill",
    "skills",
    "knowledge",
    "understanding",
    "familiarity",
    "familiar",
    "proficiency",
    "proficient",
    "good",
    "great",
    "deep",
    "comfortable",
    "comfort",
    "willingness",
    "willing",
    "eager",
    "passion",
    "passionate",
    "role",
    "roles",
    "position",
    "candidate",
    "candidates",
    "job",
    "opportunity",
    "looking",
    "someone",
    "using",
    "use",
    "used",
    "work",
    "working",
    "worked",
    "help",
    "helped",
    "helping",
    "various",
    "new",
    "certification",
    "certifications",
    "certified",
    "qualified",
];

/// Action verbs that open needs and bullets in every field. They still count, at reduced
/// weight (see `bm25::GENERIC_ACTION_WEIGHT`): with a corpus of a few dozen bullets, idf
/// cannot tell "deliver" (generic) from "vasoactive" (specific), and an absent generic verb
/// would otherwise cost as much as an absent specialty. Verbs that name a discipline
/// ("design", "teach", "care", "test", "model") or are often topical nouns ("plan", "review",
/// "support", "lead", "track") are deliberately not here.
const GENERIC_ACTION_VERBS: &[&str] = &[
    "build",
    "own",
    "develop",
    "drive",
    "manage",
    "create",
    "partner",
    "collaborate",
    "ship",
    "maintain",
    "improve",
    "deliver",
    "define",
    "run",
    "write",
    "launch",
    "scale",
    "implement",
    "coordinate",
    "provide",
    "hit",
    "reduce",
    "identify",
    "grow",
    "operate",
    "evolve",
    "keep",
    "establish",
    "optimize",
    "optimise",
    "conduct",
    "prepare",
    "oversee",
    "ensure",
    "assist",
    "execute",
    "organize",
    "organise",
    "take",
    "bring",
    "contribute",
    "engage",
    "apply",
    "streamline",
    "prioritize",
    "prioritise",
    "achieve",
    "perform",
    "enable",
    "produce",
    "complete",
    "introduce",
    "increase",
];

fn is_stop_word(lower: &str) -> bool {
    STOP_WORDS.contains(&lower)
}

/// Turns text into matchable terms with one skill dictionary and one stemmer.
pub(crate) struct Analyzer<'a> {
    stemmer: Stemmer,
    skills: &'a SkillDictionary,
    generic_action_stems: Vec<String>,
    acronyms: Acronyms,
}

/// Shortest and longest acronym that is looked up in full ("CAC", "MTTR"); two letters
/// ("IT", "PR") spell too many ordinary word pairs.
const ACRONYM_LETTERS: std::ops::RangeInclusive<usize> = 3..=6;

/// Acronyms written out in full somewhere in the texts at hand, e.g. a resume's "CAC" and a
/// job description's "customer acquisition cost". Each counts as the words it stands for, so
/// the two sides match however each chose to write it.
#[derive(Debug, Default)]
pub(crate) struct Acronyms {
    /// Lower-case acronym and its lower-case words, in the order first found.
    expansions: Vec<(String, Vec<String>)>,
}

impl Acronyms {
    pub fn find(texts: &[&str]) -> Self {
        let tokenised: Vec<Vec<RawToken>> = texts.iter().map(|text| raw_tokens(text)).collect();
        let mut acronyms: Vec<String> = Vec::new();
        for token in tokenised.iter().flatten() {
            if let Some(acronym) = acronym_letters(&token.surface)
                && !acronyms.contains(&acronym)
            {
                acronyms.push(acronym);
            }
        }
        let expansions = acronyms
            .into_iter()
            .filter_map(|acronym| {
                let letters: Vec<char> = acronym.chars().collect();
                let words = tokenised.iter().find_map(|tokens| {
                    (0..tokens.len()).find_map(|start| {
                        let end = spelled_from(&tokens[start..], &letters)?;
                        Some(
                            tokens[start..start + end]
                                .iter()
                                .map(|token| token.lower.clone())
                                .collect(),
                        )
                    })
                })?;
                Some((acronym, words))
            })
            .collect();
        Acronyms { expansions }
    }

    fn expansion(&self, surface: &str) -> Option<&[String]> {
        let acronym = acronym_letters(surface)?;
        self.expansions
            .iter()
            .find(|(known, _)| *known == acronym)
            .map(|(_, words)| words.as_slice())
    }
}

/// "CAC" → "cac", "KPIs" → "kpi"; `None` for anything but 3–6 capital letters.
fn acronym_letters(surface: &str) -> Option<String> {
    let letters = surface.strip_suffix('s').unwrap_or(surface);
    (ACRONYM_LETTERS.contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_uppercase()))
        .then(|| letters.to_lowercase())
}

/// How many words from the start of `tokens` spell the acronym by their initials: plain
/// lower-case words (not another acronym), the first and last of them not stop words; a stop
/// word inside may spell a letter or be passed over ("mean time to recovery" spells MTTR,
/// "time in therapeutic range" TTR; "in the" never spells anything).
fn spelled_from(tokens: &[RawToken], letters: &[char]) -> Option<usize> {
    let plain_word = |token: &RawToken| {
        token.surface.chars().skip(1).all(char::is_lowercase)
            && token.lower.chars().all(char::is_alphabetic)
    };
    let content = |token: &RawToken| !is_stop_word(&token.lower);
    if !tokens.first().is_some_and(content) {
        return None;
    }
    let mut used = 0;
    for &letter in letters {
        loop {
            let token = tokens.get(used)?;
            if !plain_word(token) {
                return None;
            }
            used += 1;
            if token.lower.starts_with(letter) {
                break;
            }
            if used == 1 || content(token) {
                return None;
            }
        }
    }
    tokens[..used].last().is_some_and(content).then_some(used)
}

impl<'a> Analyzer<'a> {
    pub fn new(skills: &'a SkillDictionary) -> Self {
        let stemmer = Stemmer::create(Algorithm::English);
        let generic_action_stems = GENERIC_ACTION_VERBS
            .iter()
            .map(|verb| word_key(&stemmer, verb))
            .collect();
        Analyzer {
            stemmer,
            skills,
            generic_action_stems,
            acronyms: Acronyms::default(),
        }
    }

    /// Also reads each of `acronyms` as the words it stands for.
    pub fn with_acronyms(mut self, acronyms: Acronyms) -> Self {
        self.acronyms = acronyms;
        self
    }

    pub fn stem(&self, lower: &str) -> String {
        word_key(&self.stemmer, lower)
    }

    /// Every term in reading order, repeats kept (term frequency matters to BM25).
    /// Skill aliases are matched first, on the unstemmed words, longest alias first, so a
    /// multi-word alias such as "amazon web services" becomes one canonical term.
    pub fn terms(&self, text: &str) -> Vec<Term> {
        let tokens = raw_tokens(text);
        let mut terms = Vec::new();
        let mut position = 0;
        while position < tokens.len() {
            if let Some(skill) = self.skills.longest_match_at(&tokens[position..]) {
                terms.push(Term {
                    key: format!("skill:{}", skill.canonical.to_lowercase()),
                    display: skill.canonical,
                    kind: TermKind::Skill,
                });
                position += skill.words;
                continue;
            }
            let token = &tokens[position];
            position += 1;
            if let Some(words) = self.acronyms.expansion(&token.surface) {
                for word in words {
                    self.push_word(&mut terms, word, &token.surface);
                }
                continue;
            }
            self.push_word(&mut terms, &token.lower, &token.surface);
        }
        terms
    }

    /// Adds one lower-case word as a term unless it is a stop word or carries no topic.
    fn push_word(&self, terms: &mut Vec<Term>, lower: &str, display: &str) {
        if is_stop_word(lower) || !is_content_word(lower) {
            return;
        }
        let word = base_form(lower.trim_end_matches(['+', '#', '.']));
        let kind = if GENERIC_ACTION_VERBS.contains(&word)
            || self.generic_action_stems.contains(&self.stem(word))
        {
            TermKind::GenericAction
        } else {
            TermKind::Word
        };
        let key = self.stem(word);
        let concepts: Vec<&str> = concepts::concepts_of(&key, word).collect();
        terms.push(Term {
            key,
            display: display.to_owned(),
            kind,
        });
        // The word also counts as what it is about ("spend" as cost), once per concept.
        for concept in concepts {
            terms.push(Term {
                key: format!("{CONCEPT_PREFIX}{concept}"),
                display: display.to_owned(),
                kind: TermKind::Concept,
            });
        }
    }
}

/// Keys of concept terms start with this (see [`concepts`]).
pub(crate) const CONCEPT_PREFIX: &str = "concept:";

/// Endings the Snowball stemmer leaves on shorter words that only derive a noun from the same
/// root: "failure"/"failing", "leakage"/"leak", "preceptor"/"precepted",
/// "recovery"/"recovered".
const DERIVATION_ENDINGS: &[&str] = &["eri", "ur", "ag", "or"];
/// A root must keep this many letters, so "order", "hour" and "power" stay whole.
const MIN_ROOT_LETTERS: usize = 4;

/// The key a lower-case word is matched on: its Snowball (Porter2) stem without a
/// [`DERIVATION_ENDINGS`] ending.
pub(crate) fn word_key(stemmer: &Stemmer, lower: &str) -> String {
    let stem = stemmer.stem(lower);
    for ending in DERIVATION_ENDINGS {
        if let Some(root) = stem.strip_suffix(ending)
            && root.chars().count() >= MIN_ROOT_LETTERS
        {
            return root.to_owned();
        }
    }
    stem.into_owned()
}

/// Irregular past forms and their base verb: resumes say "Led", "Built", "Ran" where job
/// descriptions say "Lead", "Build", "Run", and a stemmer only handles regular endings.
/// "Rebuilt" counts as building: redoing a thing is evidence of doing it.
const IRREGULAR_VERB_FORMS: &[(&str, &str)] = &[
    ("led", "lead"),
    ("ran", "run"),
    ("built", "build"),
    ("rebuilt", "build"),
    ("rebuild", "build"),
    ("wrote", "write"),
    ("written", "write"),
    ("rewrote", "write"),
    ("taught", "teach"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("sold", "sell"),
    ("made", "make"),
    ("kept", "keep"),
    ("held", "hold"),
    ("won", "win"),
    ("brought", "bring"),
    ("began", "begin"),
    ("begun", "begin"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("oversaw", "oversee"),
    ("overseen", "oversee"),
    ("met", "meet"),
    ("gave", "give"),
    ("given", "give"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("sent", "send"),
    ("spent", "spend"),
    ("told", "tell"),
    ("understood", "understand"),
    ("paid", "pay"),
    ("took", "take"),
    ("taken", "take"),
    ("undertook", "undertake"),
    ("stood", "stand"),
    ("bought", "buy"),
    ("thought", "think"),
    ("caught", "catch"),
    ("sought", "seek"),
    ("shook", "shake"),
    ("upheld", "uphold"),
    ("withdrew", "withdraw"),
    ("overcame", "overcome"),
    ("saw", "see"),
];

fn base_form(lower: &str) -> &str {
    IRREGULAR_VERB_FORMS
        .iter()
        .find(|(form, _)| *form == lower)
        .map_or(lower, |(_, base)| base)
}

/// Numbers ("5+", "3,000", "2M", "14-day"'s "14") and single letters carry no topic.
fn is_content_word(lower: &str) -> bool {
    let starts_with_letter = lower.chars().next().is_some_and(char::is_alphabetic);
    starts_with_letter && lower.chars().count() > 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(analyzer: &Analyzer<'_>, text: &str) -> Vec<String> {
        analyzer
            .terms(text)
            .into_iter()
            .map(|term| term.key)
            .collect()
    }

    fn dictionary() -> SkillDictionary {
        SkillDictionary::from_json(
            r#"{"skills":[{"canonical":"PostgreSQL","aliases":["postgres","psql"]},
                          {"canonical":"Amazon Web Services","aliases":["aws","amazon web services"]},
                          {"canonical":"Kubernetes","aliases":["k8s"]},
                          {"canonical":"C++","aliases":["cpp"]}]}"#,
        )
        .expect("valid")
    }

    #[test]
    fn tokens_keep_technical_names_and_drop_possessives() {
        let tokens: Vec<String> = raw_tokens("The team's C++ and Node.js work, end-to-end (A/B).")
            .into_iter()
            .map(|token| token.lower)
            .collect();
        assert_eq!(
            tokens,
            [
                "the", "team", "c++", "and", "node.js", "work", "end", "to", "end", "a", "b"
            ]
        );
    }

    #[test]
    fn stemming_folds_inflections_together() {
        let skills = SkillDictionary::default();
        let analyzer = Analyzer::new(&skills);
        assert_eq!(keys(&analyzer, "Managed"), keys(&analyzer, "manage"));
        assert_eq!(
            keys(&analyzer, "ventilated"),
            keys(&analyzer, "ventilation")
        );
        assert_eq!(
            keys(&analyzer, "experiments"),
            keys(&analyzer, "experiment")
        );
        assert_eq!(
            keys(&analyzer, "Precepted nurses"),
            keys(&analyzer, "precept nurse")
        );
        assert_eq!(
            keys(&analyzer, "Led, built, ran, taught"),
            keys(&analyzer, "lead build run teach")
        );
        assert_eq!(keys(&analyzer, "Rebuilt"), keys(&analyzer, "build"));
    }

    #[test]
    fn generic_action_verbs_are_flagged_in_any_inflection() {
        let skills = SkillDictionary::default();
        let analyzer = Analyzer::new(&skills);
        let kinds: Vec<TermKind> = analyzer
            .terms("Delivered lessons, managed teams")
            .into_iter()
            .map(|term| term.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                TermKind::GenericAction,
                TermKind::Word,
                TermKind::GenericAction,
                TermKind::Word
            ]
        );
    }

    #[test]
    fn stop_words_numbers_and_boilerplate_are_dropped() {
        let skills = SkillDictionary::default();
        let analyzer = Analyzer::new(&skills);
        assert_eq!(
            keys(&analyzer, "5+ years of strong experience with the 3,000"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn acronyms_written_out_elsewhere_count_as_their_words() {
        let skills = SkillDictionary::default();
        let texts = [
            "Our customer acquisition cost has risen; mean time to recovery is 4 hours",
            "Lowered blended CAC by 32%",
            "Cut MTTR in half and shipped the API",
        ];
        let analyzer = Analyzer::new(&skills).with_acronyms(Acronyms::find(&texts));
        assert_eq!(
            keys(&analyzer, "Lowered CAC"),
            keys(&analyzer, "lowered customer acquisition cost")
        );
        assert_eq!(
            keys(&analyzer, "MTTR"),
            keys(&analyzer, "mean time to recovery")
        );
        let texts = ["Raised time in therapeutic range", "Report TTR monthly"];
        let therapeutic = Analyzer::new(&skills).with_acronyms(Acronyms::find(&texts));
        assert_eq!(
            keys(&therapeutic, "TTR"),
            keys(&therapeutic, "time therapeutic range")
        );
        // Never written out, so it stays itself; nor does "in the" spell a two-letter "IT".
        assert_eq!(keys(&analyzer, "API"), ["api"]);
        assert_eq!(keys(&analyzer, "IT"), Vec::<String>::new());
    }

    #[test]
    fn derived_nouns_share_their_root_and_related_words_a_concept() {
        let skills = SkillDictionary::default();
        let analyzer = Analyzer::new(&skills);
        let words = |text: &str| -> Vec<String> {
            analyzer
                .terms(text)
                .into_iter()
                .filter(|term| term.kind != TermKind::Concept)
                .map(|term| term.key)
                .collect()
        };
        assert_eq!(
            words("failures leakage preceptor"),
            words("failing leak precepted")
        );
        assert_eq!(words("order hour"), ["order", "hour"]);
        let concepts = |text: &str| -> Vec<String> {
            analyzer
                .terms(text)
                .into_iter()
                .filter(|term| term.kind == TermKind::Concept)
                .map(|term| term.key)
                .collect()
        };
        assert_eq!(concepts("ingredient spend"), ["concept:cost"]);
        assert_eq!(concepts("food cost"), ["concept:cost"]);
        assert_eq!(
            concepts("people were hurt"),
            concepts("recordable injuries")[..1]
        );
        assert!(concepts("built dashboards").is_empty());
    }

    #[test]
    fn aliases_become_one_canonical_term() {
        let skills = dictionary();
        let analyzer = Analyzer::new(&skills);
        let terms = analyzer.terms("Ran k8s on Amazon Web Services with psql");
        let displays: Vec<&str> = terms.iter().map(|term| term.display.as_str()).collect();
        assert_eq!(
            displays,
            ["Ran", "Kubernetes", "Amazon Web Services", "PostgreSQL"]
        );
        assert_eq!(
            keys(&analyzer, "AWS and Postgres"),
            keys(&analyzer, "amazon web services, PostgreSQL")
        );
        assert_eq!(keys(&analyzer, "cpp"), keys(&analyzer, "C++"));
    }
}
