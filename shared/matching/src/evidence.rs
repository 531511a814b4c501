//! Turning a chosen resume bullet into what the seeker reads: a short sentence addressed to
//! them, and the quantified result inside the bullet.

use super::resume::ExperienceInput;

const MAX_METRIC_WORDS: usize = 10;
const METRIC_WORDS_BEFORE: usize = 4;
const METRIC_WORDS_AFTER: usize = 3;
/// Words that start a new clause; the metric's clause stops before them.
const CLAUSE_WORDS: &[&str] = &[
    "and",
    "while",
    "whilst",
    "with",
    "that",
    "which",
    "including",
    "where",
];

/// The bullet's result at a glance, e.g. "lowering CAC by 28%".
///
/// A metric the resume parser already extracted wins when it appears in the bullet. Otherwise
/// the strongest number is picked ("from X to Y" > percentage or multiplier > money > count;
/// the first on ties; bare years are not results) and returned with its clause, cut at
/// commas and joining words, and at most `MAX_METRIC_WORDS` words around the number.
pub(crate) fn find_metric(bullet: &str, parsed_metrics: &[String]) -> Option<String> {
    let lower_bullet = bullet.to_lowercase();
    if let Some(parsed) = parsed_metrics
        .iter()
        .map(|metric| metric.trim())
        .find(|metric| !metric.is_empty() && lower_bullet.contains(&metric.to_lowercase()))
    {
        return Some(parsed.to_owned());
    }

    let words: Vec<&str> = bullet.split_whitespace().collect();
    let (index, strength) = words
        .iter()
        .enumerate()
        .filter_map(|(index, _)| number_strength(&words, index).map(|strength| (index, strength)))
        .fold(
            None,
            |best: Option<(usize, NumberStrength)>, candidate| match best {
                Some(current) if current.1 >= candidate.1 => Some(current),
                _ => Some(candidate),
            },
        )?;

    let starts_clause = |word: &str| CLAUSE_WORDS.contains(&word.to_lowercase().as_str());
    let mut start = index;
    while start > 0 && !ends_clause(words[start - 1]) && !starts_clause(words[start - 1]) {
        start -= 1;
    }
    // A range "from 22% to 31%" always keeps its "to" and target.
    let number_end = if strength == NumberStrength::Range {
        let says_direction = words
            .get(index + 1)
            .is_some_and(|next| matches!(next.to_lowercase().as_str(), "down" | "up"));
        index + 2 + usize::from(says_direction)
    } else {
        index
    };
    let mut end = index;
    while end + 1 < words.len()
        && !ends_clause(words[end])
        && (end < number_end || !starts_clause(words[end + 1]))
    {
        end += 1;
    }
    if end + 1 - start > MAX_METRIC_WORDS {
        start = start.max(index.saturating_sub(METRIC_WORDS_BEFORE));
        end = end.min(number_end + METRIC_WORDS_AFTER);
    }
    let phrase = words[start..=end].join(" ");
    let phrase = phrase
        .trim_end_matches([',', ';', '.', ':', ')'])
        .trim_start_matches('(');
    (!phrase.is_empty()).then(|| phrase.to_owned())
}

/// Beginnings of words that report a change ("reduced", "raising", "shortened").
const CHANGE_WORD_PREFIXES: &[&str] = &[
    "reduc",
    "shorten",
    "decreas",
    "halv",
    "eliminat",
    "rais",
    "increas",
    "improv",
    "boost",
    "doubl",
    "tripl",
    "accelerat",
];
/// Change words whose beginnings start other words too ("lift" → "lifetime", "grow" →
/// "growth"), so only these forms count, and words that measure a result against a target
/// ("12% under budget", "5 weeks early").
const CHANGE_WORDS: &[&str] = &[
    "cut", "cuts", "cutting", "lowered", "lowering", "lifted", "lifting", "grew", "rose", "sped",
    "trimmed", "dropped", "saving", "saved", "early", "ahead", "fewer",
];

/// True when the bullet reports a measured change: a "from X to Y" range, or a change verb
/// with a number ("lowered CAC by 32%", "reduced spend by £410K"). Such a bullet shows a
/// problem solved; "managed 40 accounts" only shows a scale.
pub(crate) fn reports_measured_change(bullet: &str) -> bool {
    let words: Vec<&str> = bullet.split_whitespace().collect();
    let strengths: Vec<NumberStrength> = (0..words.len())
        .filter_map(|index| number_strength(&words, index))
        .collect();
    if strengths.contains(&NumberStrength::Range) {
        return true;
    }
    let bare: Vec<String> = words
        .iter()
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    // "12% under budget", "2 weeks ahead of plan".
    let beats_target = bare.windows(2).any(|pair| {
        matches!(pair[0].as_str(), "under" | "below")
            && matches!(pair[1].as_str(), "budget" | "plan" | "target" | "forecast")
    });
    !strengths.is_empty()
        && (beats_target
            || bare.iter().any(|lower| {
                CHANGE_WORDS.contains(&lower.as_str())
                    || CHANGE_WORD_PREFIXES
                        .iter()
                        .any(|prefix| lower.starts_with(prefix))
            }))
}

/// Units of a duration, as bullets write them after a number ("94 days", "850 ms").
const TIME_UNITS: &[&str] = &[
    "ms",
    "milliseconds",
    "second",
    "seconds",
    "secs",
    "minute",
    "minutes",
    "mins",
    "hour",
    "hours",
    "hrs",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
];
/// Words that report a task done in less time ("shortened the sales cycle by 30%").
const TIME_SAVING_PREFIXES: &[&str] = &["shorten", "faster", "quicker", "sped"];

/// True when the bullet reports a duration made shorter: a "from X days to Y days" range
/// ("cut mean time to recovery from 4 hours to 38 minutes"), or "shortened"/"faster" with a
/// number. A bullet that only mentions time ("lowered CAC by 32% in 9 months") does not count.
pub(crate) fn reports_time_saved(bullet: &str) -> bool {
    let words: Vec<&str> = bullet.split_whitespace().collect();
    let bare = |word: &str| {
        word.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // "from 10 business days to 5": the unit may follow a word after the number.
    let timed_range = (1..words.len()).any(|index| {
        bare(words[index - 1]) == "from"
            && classify_number(strip_number_punctuation(words[index])).is_some()
            && words[index + 1..]
                .iter()
                .take(2)
                .any(|unit| TIME_UNITS.contains(&bare(unit).as_str()))
    });
    let says_faster = words.iter().any(|word| {
        let lower = bare(word);
        TIME_SAVING_PREFIXES
            .iter()
            .any(|prefix| lower.starts_with(prefix))
    });
    timed_range || (says_faster && reports_measured_change(bullet))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum NumberStrength {
    Count,
    Money,
    Ratio,
    Range,
}

fn ends_clause(word: &str) -> bool {
    word.ends_with([',', ';', ':'])
}

fn strip_number_punctuation(word: &str) -> &str {
    word.trim_start_matches(['(', '~', '"', '±'])
        .trim_end_matches([',', '.', ';', ':', ')', '"'])
}

fn number_strength(words: &[&str], index: usize) -> Option<NumberStrength> {
    let token = strip_number_punctuation(words[index]);
    let strength = classify_number(token)?;
    if strength == NumberStrength::Count && is_bare_year(token) {
        return None;
    }
    // "from 34% to 28.5%", "from 34% down to 28.5%".
    let to = match words.get(index + 1) {
        Some(next) if next.eq_ignore_ascii_case("down") || next.eq_ignore_ascii_case("up") => {
            index + 2
        }
        _ => index + 1,
    };
    let is_range = index > 0
        && words[index - 1].eq_ignore_ascii_case("from")
        && words
            .get(to)
            .is_some_and(|next| next.eq_ignore_ascii_case("to"))
        && words
            .get(to + 1)
            .is_some_and(|target| classify_number(strip_number_punctuation(target)).is_some());
    Some(if is_range {
        NumberStrength::Range
    } else {
        strength
    })
}

/// "28%", "3x", "$4k", "€1.2M", "3,000", "40+", "2M", "4.1s"; not "14-day", "p99", "v2".
fn classify_number(token: &str) -> Option<NumberStrength> {
    let first = token.chars().next()?;
    let is_money = matches!(first, '$' | '€' | '£');
    let rest = if is_money {
        &token[first.len_utf8()..]
    } else {
        token
    };
    let digits_end = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map_or(rest.len(), |(offset, _)| offset);
    let (number, suffix) = rest.split_at(digits_end);
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let suffix = suffix.trim_end_matches('+').to_lowercase();
    if is_money {
        return matches!(suffix.as_str(), "" | "k" | "m" | "mm" | "b" | "bn")
            .then_some(NumberStrength::Money);
    }
    match suffix.as_str() {
        "%" | "x" | "×" => Some(NumberStrength::Ratio),
        "" | "k" | "m" | "b" | "s" | "ms" | "h" | "tb" | "gb" => Some(NumberStrength::Count),
        _ => None,
    }
}

fn is_bare_year(token: &str) -> bool {
    token.len() == 4
        && token.chars().all(|c| c.is_ascii_digit())
        && (token.starts_with("19") || token.starts_with("20"))
}

/// "At Acme, as Senior Engineer, you rebuilt the payment service in Rust." Bullets that do
/// not open with a past-tense verb ("AWS bill cut by 30%") are quoted after a colon instead,
/// since "you AWS bill…" would not read.
pub(crate) fn solution_sentence(experience: &ExperienceInput, bullet: &str) -> String {
    let company = experience.company.trim();
    let title = experience.title.trim();
    let context = match (company.is_empty(), title.is_empty()) {
        (false, false) => format!("At {company}, as {title}"),
        (false, true) => format!("At {company}"),
        (true, false) => format!("As {title}"),
        (true, true) => String::new(),
    };
    let action = bullet
        .trim()
        .trim_start_matches(['-', '*', '•', '·', '–', '—'])
        .trim()
        .trim_end_matches(['.', ';', ',', ':', '!'])
        .trim_end();
    let first_word = action
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    if first_word == "responsible" {
        let rest = action.split_once(' ').map_or("", |(_, rest)| rest);
        return with_context(&context, &format!("you were responsible {rest}"));
    }
    if is_past_tense_verb(&first_word) {
        return with_context(&context, &format!("you {}", lowercase_first_word(action)));
    }
    match (context.is_empty(), action.is_empty()) {
        (_, true) => String::new(),
        (true, false) => format!("{action}."),
        (false, false) => format!("{context}: {action}."),
    }
}

fn with_context(context: &str, clause: &str) -> String {
    if context.is_empty() {
        let mut characters = clause.chars();
        let capitalised: String = characters
            .next()
            .map(|first| first.to_uppercase().chain(characters).collect())
            .unwrap_or_default();
        return format!("{capitalised}.");
    }
    format!("{context}, {clause}.")
}

/// Regular past tenses end in "ed"; these are the irregular ones resumes open with.
const IRREGULAR_PAST_VERBS: &[&str] = &[
    "led",
    "ran",
    "built",
    "rebuilt",
    "wrote",
    "rewrote",
    "taught",
    "grew",
    "cut",
    "won",
    "drove",
    "made",
    "sold",
    "set",
    "took",
    "began",
    "brought",
    "kept",
    "held",
    "spoke",
    "oversaw",
    "found",
    "met",
    "spun",
    "stood",
    "undertook",
    "overcame",
    "gave",
    "chose",
    "drew",
    "flew",
    "saw",
    "sent",
    "spent",
    "told",
    "understood",
    "paid",
    "put",
    "shut",
    "split",
    "upheld",
];

fn is_past_tense_verb(lower_word: &str) -> bool {
    (lower_word.len() > 3 && lower_word.ends_with("ed"))
        || IRREGULAR_PAST_VERBS.contains(&lower_word)
}

/// Lower-cases the first letter of an ordinary capitalised word ("Led" → "led") but leaves
/// acronyms and names with inner capitals ("AWS", "iOS", "McKinsey") alone.
fn lowercase_first_word(text: &str) -> String {
    let first_word = text.split_whitespace().next().unwrap_or("");
    let mut letters = first_word.chars();
    let is_plain_capitalised = letters.next().is_some_and(char::is_uppercase)
        && letters.all(|c| !c.is_uppercase())
        && first_word.chars().count() > 1;
    if !is_plain_capitalised {
        return text.to_owned();
    }
    let mut characters = text.chars();
    characters
        .next()
        .map(|first| first.to_lowercase().chain(characters).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metric(bullet: &str) -> Option<String> {
        find_metric(bullet, &[])
    }

    #[test]
    fn metrics_are_the_strongest_number_with_its_clause() {
        assert_eq!(
            metric("Managed $250k per month in Google Ads and Meta spend, lowering CAC by 28% while doubling new customers").as_deref(),
            Some("lowering CAC by 28%")
        );
        assert_eq!(
            metric(
                "Owned the self-serve onboarding flow and raised 14-day activation from 22% to 31%"
            )
            .as_deref(),
            Some("raised 14-day activation from 22% to 31%")
        );
        assert_eq!(
            metric("Rebuilt the card payment authorisation service in Rust, handling 3,000 requests per second with p99 latency under 40 ms").as_deref(),
            Some("handling 3,000 requests per second")
        );
        assert_eq!(
            metric("Ran full-cycle sales for mid-market shippers, with deals averaging $45k")
                .as_deref(),
            Some("deals averaging $45k")
        );
        assert_eq!(
            metric("Brought food cost from 34% down to 28.5% through butchery").as_deref(),
            Some("Brought food cost from 34% down to 28.5% through butchery")
        );
        assert_eq!(
            metric("Closed $1.4M in new ARR in 2023.").as_deref(),
            Some("Closed $1.4M in new ARR in 2023")
        );
    }

    #[test]
    fn no_metric_without_a_real_number() {
        assert_eq!(metric("Led the 2021 replatforming to Postgres"), None);
        assert_eq!(metric("Cut p99 latency on v2 of the 14-day trial"), None);
        assert_eq!(metric(""), None);
    }

    #[test]
    fn parsed_metrics_win_when_present_in_the_bullet() {
        let parsed = vec!["$2.1M ARR".to_owned(), "unrelated 9%".to_owned()];
        assert_eq!(
            find_metric("Managed 75 accounts worth $2.1M ARR", &parsed).as_deref(),
            Some("$2.1M ARR")
        );
    }

    #[test]
    fn measured_changes_are_told_from_scales() {
        assert!(reports_measured_change(
            "Cut mean time to recovery from 4 hours to 38 minutes"
        ));
        assert!(reports_measured_change(
            "Lowered blended CAC by 32% in 9 months"
        ));
        assert!(reports_measured_change(
            "Reduced AWS spend by £410K a year through rightsizing"
        ));
        assert!(!reports_measured_change(
            "Closed $2.3M in new ARR in FY23 against a $1.63M quota"
        ));
        assert!(reports_measured_change(
            "Brought food cost from 34% down to 28.5% through menu engineering"
        ));
        assert!(reports_measured_change(
            "Built a revenue model that cut forecast variance from ±9% to ±3%"
        ));
        assert!(reports_measured_change(
            "Organised a 250-person offsite in Lisbon, delivered 12% under budget."
        ));
        assert!(reports_measured_change(
            "Delivered a $48M building 5 weeks early"
        ));
        assert!(!reports_measured_change(
            "Kept logo churn under 5% for two years"
        ));
        assert!(!reports_measured_change("Managed 85 mid-market customers"));
        assert!(!reports_measured_change("Improved the onboarding flow"));
        assert!(!reports_measured_change(
            "Led the 2021 replatforming and cut costs"
        ));
    }

    #[test]
    fn time_saved_is_a_shorter_duration_not_a_mention_of_time() {
        assert!(reports_time_saved(
            "Cut the month-end close from 10 business days to 5 business days"
        ));
        assert!(reports_time_saved(
            "Cut mean time to recovery from 4 hours to 38 minutes"
        ));
        assert!(reports_time_saved("Shortened the sales cycle by 30%"));
        assert!(!reports_time_saved(
            "Lowered blended CAC by 32% in 9 months"
        ));
        assert!(!reports_time_saved("Raised fill rate from 91% to 98.5%"));
    }

    #[test]
    fn long_clauses_are_cut_around_the_number() {
        assert_eq!(
            metric("Ran 14 production k8s clusters across 3 AWS regions serving 2M daily users")
                .as_deref(),
            Some("Ran 14 production k8s clusters")
        );
    }

    #[test]
    fn solution_sentence_reads_naturally() {
        let experience = ExperienceInput {
            company: "Acme".into(),
            title: "Senior Engineer".into(),
            ..ExperienceInput::default()
        };
        assert_eq!(
            solution_sentence(&experience, "Led the migration to Rust."),
            "At Acme, as Senior Engineer, you led the migration to Rust."
        );
        assert_eq!(
            solution_sentence(&experience, "AWS bill cut by 30%"),
            "At Acme, as Senior Engineer: AWS bill cut by 30%."
        );
        assert_eq!(
            solution_sentence(&ExperienceInput::default(), "AWS bill cut by 30%"),
            "AWS bill cut by 30%."
        );
        assert_eq!(
            solution_sentence(&ExperienceInput::default(), "Ran 14 clusters"),
            "You ran 14 clusters."
        );
        let nurse = ExperienceInput {
            title: "Nurse".into(),
            ..ExperienceInput::default()
        };
        assert_eq!(
            solution_sentence(&nurse, "Responsible for 6 ICU beds"),
            "As Nurse, you were responsible for 6 ICU beds."
        );
    }
}
