//! Quantified results: percentages, money, multipliers, scores, ranks and counts of things.
//!
//! One pattern finds where a metric starts and how its number is written; a count ("14",
//! "5–6", "40K", "150+") is then read on word by word to the thing it counts ("14
//! middle-market deals", "5–6 patients", "220,000 sq ft"), which a pattern alone reads badly:
//! the counted noun may sit behind a few qualifying words, one of them a word ending in "s"
//! that is no plural ("6 business units", "14 Kubernetes clusters").

use regex::{Captures, Regex};
use std::sync::LazyLock;

/// A number as resumes write an amount: thousands separators, decimals, a magnitude ("40K",
/// "2.5M", "1.2 million", "120 crore") and "+" for "at least" ("150+").
const AMOUNT: &str =
    r"\d+(?:,\d+)*(?:\.\d+)?(?:[KkMB]\b|\s?(?:million|billion|thousand|crore|lakh)\b)?\+?";

/// A currency symbol or code before an amount: "$", "US$", "€", "£", "₹", "₦", "¥", "NOK ".
const CURRENCY: &str = r"(?:\b(?:US|A|C|NZ|HK|S|R)\$|[$€£₹₦¥]|\b(?:USD|EUR|GBP|INR|NGN|NOK|SEK|DKK|CHF|AUD|CAD|Rs\.?)\s)";

/// Between the two ends of a range of counts: "5–6 patients", "25-30 subcontractors". ("From
/// 2 to 7 people" is a change, two numbers, of which the first stands alone only when written
/// as an amount: "from 2M to 15M orders".)
const RANGE: &str = r"\s?[–-]\s?";

/// Between the two ends of a range of money: "$20M to $400M", "$50K–$250K".
const MONEY_RANGE: &str = r"\s?(?:–|-|to\b)\s?";

static METRIC: LazyLock<Regex> = LazyLock::new(|| {
    let money_amount = r"\d+(?:,\d+)*(?:\.\d+)?(?:\s?(?:[KMBkmb]|MM|mm|[Mm]n|[Bb]n|million|billion|thousand|crore|lakh|lakhs|cr)\b|\s(?:Mio|Mrd)\b\.?)?\+?";
    let money =
        format!("{CURRENCY}\\s?{money_amount}(?:{MONEY_RANGE}(?:{CURRENCY}\\s?)?{money_amount})?");
    let decimal = r"\d+(?:[.,]\d+)?";
    let percent = format!(
        r"[+\-±]?{decimal}(?:\s?[–-]\s?{decimal})?\s?(?:%|per\s?cent\b|pp\b|percentage points\b)"
    );
    let multiplier = r"\b\d+(?:\.\d+)?\s?[xX×](?:\b|$)";
    // "4.8/5", "9/10": a score out of a scale (a date's year never follows the slash: see
    // `is_metric`).
    let ratio = r"\b\d+(?:\.\d+)?/\d+(?:\.\d+)?\b";
    // "1:4 ratio", "1:12 student-teacher ratio" (alone, "9:30" is a time and "1:1" a meeting).
    let colon_ratio = r"\b\d{1,3}:\d{1,3}\s(?:[a-z-]+\s)?ratios?\b";
    // "3 of 4", "#2 of 28 AEs", "9 of 10 quarters".
    let rank = r"#?\b\d+ of \d+(?:,\d+)*(?:\s[A-Za-z][\w&'-]*s\b)?";
    // "ranked #1 in the region" ("Store #12" is a name: see `metric_end`).
    let place = r"#\d+\b";
    // "32-bed", "12-person", "8,000-hour".
    let compound = r"\b\d+(?:,\d+)*(?:\.\d+)?-[a-z]+\b";
    // A count; what it counts is read by `counted_thing`.
    let count = format!(r"\b{AMOUNT}(?:{RANGE}{AMOUNT})?");
    Regex::new(&format!(
        "{money}|{percent}|{multiplier}|{ratio}|{colon_ratio}|{rank}|(?P<place>{place})|(?P<compound>{compound})|(?P<count>{count})"
    ))
    .expect("metric pattern is valid")
});

/// Words ending in "s" that are not plurals, so "3 years as lead" is not "3 years as", besides
/// those `is_plural` knows by their ending ("business", "status", "analysis", "various").
const NOT_PLURAL: &[&str] = &[
    "was",
    "has",
    "as",
    "its",
    "does",
    "always",
    "towards",
    "afterwards",
    "whereas",
    "yes",
];

/// Nouns that count people or things without a plural "s".
const COLLECTIVE: &[&str] = &[
    "people",
    "staff",
    "personnel",
    "faculty",
    "crew",
    "children",
    "men",
    "women",
    "FTE",
    "headcount",
    "feet",
];

/// Units of measure written after a number, lower case unless their case matters.
const UNITS: &[&str] = &[
    "sq ft",
    "sq. ft.",
    "sq. ft",
    "sq ft.",
    "sqft",
    "square feet",
    "square foot",
    "sq m",
    "sqm",
    "m²",
    "ft²",
    "ft",
    "km",
    "kg",
    "lb",
    "MW",
    "kW",
    "kWh",
    "MWh",
    "GWh",
    "GB",
    "TB",
    "PB",
    "Gbps",
    // Rates and audiences written as acronyms: "10k RPS", "40K MAU".
    "RPS",
    "QPS",
    "TPS",
    "DAU",
    "WAU",
    "MAU",
    "psi",
    "hr",
    "min",
    "sec",
    "USD",
    "EUR",
    "GBP",
    "NOK",
    "SEK",
    "DKK",
    "CHF",
    "INR",
    "NGN",
];

/// Words that end a counted noun phrase before its noun: articles, prepositions, pronouns and
/// auxiliaries ("grew 3 of the", "12 in the region", "5 we hired").
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "for", "to", "with", "by", "from", "per", "over",
    "under", "into", "onto", "across", "within", "without", "through", "via", "during", "after",
    "before", "than", "about", "between", "among", "around", "up", "out", "off", "my", "our",
    "their", "his", "her", "its", "this", "that", "these", "those", "which", "who", "whom",
    "whose", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
    "can", "could", "but", "while", "when", "where", "so", "if", "as", "i", "we", "they", "it",
    "each", "every", "all", "ahead", "early", "late", "later", "ago",
    // Times of day: "at 1 pm" counts nothing.
    "am", "pm",
];

/// Words that may join the qualifiers of one noun ("12 retail and travel clients").
const CONJUNCTIONS: &[&str] = &["and", "&", "or"];

/// Time units a rate is given per ("4,000 events per second").
const RATE_UNITS: &[&str] = &["second", "minute", "hour"];

/// At most this many words stand between a count and its noun ("40+ thermal-cycle and
/// vibration tests").
const MAX_QUALIFIERS: usize = 3;

/// Whether a word is a plural noun: it ends in a lower-case "s" ("SKUs", "RNs", "ms") and not
/// in one of the endings of singular words ("business", "status", "analysis", "various").
fn is_plural(word: &str) -> bool {
    // "A-class" is a class, "co-taught" qualifies: the last part of a hyphenated word decides.
    let last = word.rsplit('-').next().unwrap_or(word);
    let Some(stem) = last.strip_suffix('s') else {
        return false;
    };
    // An acronym's plural: "SKUs", "RNs", "KPIs".
    if stem.ends_with(char::is_uppercase) {
        return true;
    }
    let lower = last.to_lowercase();
    !stem.is_empty()
        && !NOT_PLURAL.contains(&lower.as_str())
        // "menus" is the plural among the words in "-us".
        && (lower == "menus" || !["ss", "us", "is", "ous"].iter().any(|end| lower.ends_with(end)))
}

/// One word of the text after a count, with where it ends.
struct Word<'a> {
    /// The word without trailing punctuation.
    text: &'a str,
    /// Where the word ends in the text read, before its trailing punctuation.
    end: usize,
    /// Whether punctuation after the word ends the phrase ("12 engineers, 3 designers").
    closes: bool,
}

/// The words after a count, up to the first that cannot be part of a noun phrase (a number,
/// a bracket, a currency).
fn words(rest: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let mut offset = 0;
    for token in rest.split_inclusive(char::is_whitespace) {
        let start = offset;
        offset += token.len();
        let token = token.trim_end();
        if token.is_empty() {
            continue;
        }
        let text = token.trim_end_matches([',', '.', ';', ':', ')', '!', '?', '"', '\'']);
        let is_word = text == "&"
            || text.starts_with(|c: char| c.is_alphabetic())
                && text
                    .chars()
                    .all(|c| c.is_alphanumeric() || "&'/-.²".contains(c));
        if !is_word {
            break;
        }
        let closes = text.len() < token.len();
        words.push(Word {
            text,
            end: start + text.len(),
            closes,
        });
        if closes {
            break;
        }
    }
    words
}

/// How far the thing a count counts runs into `rest`, the text after the count: a plural
/// noun, a collective noun or a unit, after at most [`MAX_QUALIFIERS`] qualifying words
/// ("14 middle-market deals", "6 business units", "5 staff", "220,000 sq ft"). A plural that
/// is followed by another plural names a kind of it ("14 Kubernetes clusters"), and a rate per
/// a unit of time stays with it ("4,000 events per second"). A count of one names a singular
/// ("1 designer"). `None` when no such noun follows ("ages 8-12", "in 2 of the").
fn counted_thing(rest: &str, is_one: bool) -> Option<usize> {
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let words = words(rest);
    let mut qualifiers = 0;
    for (index, word) in words.iter().enumerate() {
        let start = word.end - word.text.len();
        if let Some(unit_end) = unit_at(&rest[start..]) {
            return Some(start + unit_end);
        }
        if is_stop_word(word.text) {
            break;
        }
        if is_plural(word.text) || COLLECTIVE.contains(&word.text) {
            let mut last = index;
            while !words[last].closes
                && words
                    .get(last + 1)
                    .is_some_and(|next| is_plural(next.text) && !is_stop_word(next.text))
            {
                last += 1;
            }
            return Some(rate_end(&words, last).unwrap_or(words[last].end));
        }
        if !is_conjunction(word.text) {
            qualifiers += 1;
        }
        if word.closes || qualifiers > MAX_QUALIFIERS {
            break;
        }
    }
    if is_one { singular_end(&words) } else { None }
}

fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word.to_lowercase().as_str())
}

fn is_conjunction(word: &str) -> bool {
    CONJUNCTIONS.contains(&word.to_lowercase().as_str())
}

/// The end of a unit of measure at the start of `text`, if one is there.
fn unit_at(text: &str) -> Option<usize> {
    UNITS
        .iter()
        .filter(|unit| {
            let Some(candidate) = text.get(..unit.len()) else {
                return false;
            };
            let matches = if unit.chars().any(char::is_uppercase) {
                candidate == **unit
            } else {
                candidate.eq_ignore_ascii_case(unit)
            };
            // The unit must end there: "ft" does not start "ftp", nor "mi" "mid".
            matches && !text[unit.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
        })
        .map(|unit| unit.len())
        .max()
}

/// The end of "per second" after the plural that is word `last`, if a rate follows it.
fn rate_end(words: &[Word<'_>], last: usize) -> Option<usize> {
    if words[last].closes {
        return None;
    }
    let per = words.get(last + 1)?;
    let unit = words.get(last + 2)?;
    (per.text.eq_ignore_ascii_case("per") && RATE_UNITS.contains(&unit.text)).then_some(unit.end)
}

/// The end of the singular noun after "1": one or two lower-case words that end where a stop
/// word, punctuation or a capitalised word follows ("under 1 minute through", "and 1
/// designer.", "1 new hire per month").
fn singular_end(words: &[Word<'_>]) -> Option<usize> {
    let is_noun_word = |word: &Word<'_>| {
        !is_stop_word(word.text)
            && !is_conjunction(word.text)
            && word
                .text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-')
    };
    let mut phrase = 0;
    while phrase < words.len() && is_noun_word(&words[phrase]) {
        phrase += 1;
        if words[phrase - 1].closes {
            break;
        }
    }
    let ends_there =
        phrase == words.len() || !is_noun_word(&words[phrase]) || words[phrase - 1].closes;
    (1..=2)
        .contains(&phrase)
        .then(|| words[phrase - 1].end)
        .filter(|_| ends_there)
}

/// Whether the number starting at `start` is joined to a word, part of a name rather than an
/// amount ("Sev-1", "N+1", "IEP/504", "K-12", "first-90-day"), or the second half of a time
/// or a pairing ("9:30", "1:1 meetings").
fn is_joined_to_word(text: &str, start: usize) -> bool {
    let mut before = text[..start].chars().rev();
    match (before.next(), before.next()) {
        (Some('-' | '/' | '+'), Some(letter)) => letter.is_alphabetic(),
        (Some(':'), Some(digit)) => digit.is_ascii_digit(),
        _ => false,
    }
}

/// Whether the number starting at `start` follows a capitalised name in mid-sentence, which
/// makes it an identifier: "Chapter 11 cases", "English 11 students", "ISO 27001 audits",
/// "OSHA 10-hour", "Tier 1 suppliers".
fn follows_name(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].strip_suffix(' ') else {
        return false;
    };
    let name_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(index, _)| index);
    let name = &before[name_start..];
    // A capitalised word that opens a line or a sentence is its verb or subject ("Led 12
    // engineers"), not a name the number belongs to.
    let opens_sentence = before[..name_start]
        .trim_end_matches([' ', '\t'])
        .chars()
        .next_back()
        .is_none_or(|c| !(c.is_alphanumeric() || c == ','));
    name.starts_with(char::is_uppercase) && !opens_sentence
}

/// Whether a number is a calendar year (1950–2039) rather than an amount.
fn is_year(number: &str, rest: &str) -> bool {
    number.len() == 4
        && number.starts_with(['1', '2'])
        && (1950..=2039).contains(&number.parse::<u32>().unwrap_or(0))
        // "2019 customers" reads as a year more often than a count; "2,019" would be written
        // so, and "2020+"/"2020%" are amounts.
        && !rest.starts_with(['+', ',', '%'])
}

/// Whether a matched score, rank or amount is a metric: not a year or a date.
fn is_metric(text: &str) -> bool {
    let digits = text.trim_start_matches(['#', '+', '-', '±']);
    let number: String = digits.chars().take_while(|c| c.is_ascii_digit()).collect();
    if is_year(&number, &digits[number.len()..]) {
        return false;
    }
    if let Some((before, after)) = text.split_once('/') {
        // "03/2019" is a date, not a ratio, and "24/7" no score: a score never exceeds its
        // scale.
        let (Ok(score), Ok(scale)) = (before.parse::<f64>(), after.parse::<f64>()) else {
            return true;
        };
        return !(after.len() == 4 && after.starts_with(['1', '2'])) && score <= scale;
    }
    true
}

/// Where a metric matched at `captures` ends, or `None` when the match is no metric.
fn metric_end(text: &str, captures: &Captures<'_>) -> Option<usize> {
    let matched = captures.get(0)?;
    if matched.as_str().starts_with(|c: char| c.is_ascii_digit())
        && is_joined_to_word(text, matched.start())
    {
        return None;
    }
    let Some(count) = captures.name("count") else {
        let is_named = (captures.name("compound").is_some() || captures.name("place").is_some())
            && follows_name(text, matched.start());
        return (!is_named && is_metric(matched.as_str())).then_some(matched.end());
    };
    let amount = count.as_str();
    let number: String = amount.chars().take_while(|c| c.is_ascii_digit()).collect();
    // An amount written as one ("40K", "2M", "200+") is no name's number and may stand alone.
    let written_as_amount = amount.ends_with('+') || amount.ends_with(char::is_alphabetic);
    if is_year(&number, &amount[number.len()..])
        || (!written_as_amount && follows_name(text, count.start()))
    {
        return None;
    }
    if let Some(length) = counted_thing(&text[count.end()..], amount == "1") {
        return Some(count.end() + length);
    }
    let sizes_a_group = SIZED.is_match(tail(&text[..count.start()], 80));
    ((written_as_amount && !is_plan_name(amount)) || sizes_a_group).then_some(count.end())
}

/// A group or a measure that a number on its own sizes, just before it: "a team of 12", "a
/// caseload of 14", "grew headcount to 45", "NPS at 72". ("From 2 to 7 people" is left to
/// "7 people": the repository's corpus does not count where a change starts.)
static SIZED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:team|staff|crew|group|cohort|class|caseload|census|squad|department|unit|panel|portfolio|roster|headcount|e?NPS|CSAT|score|scores|rating|ratings)\s(?:of|to|at)\s(?:(?:up to|over|about|around|nearly|almost|more than|roughly|approximately)\s)?$",
    )
    .expect("sized pattern is valid")
});

/// The last `chars` characters of `text` (all of it when shorter).
fn tail(text: &str, chars: usize) -> &str {
    let start = text
        .char_indices()
        .rev()
        .nth(chars)
        .map_or(0, |(index, _)| index);
    &text[start..]
}

/// "401k", the retirement plan, is a name that reads like an amount.
fn is_plan_name(amount: &str) -> bool {
    amount.eq_ignore_ascii_case("401k")
}

/// Every metric in order of first mention, without repeats.
pub(crate) fn find_metrics(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut at = 0;
    while let Some(captures) = METRIC.captures_at(text, at) {
        let Some(matched) = captures.get(0) else {
            break;
        };
        let Some(end) = metric_end(text, &captures) else {
            // Not a metric here; one may still start inside the match ("8-12)" holds none,
            // "Sev-1 incidents by 60%" holds "60%" after it).
            at = matched.start()
                + text[matched.start()..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
            continue;
        };
        let metric = text[matched.start()..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !found.contains(&metric) {
            found.push(metric);
        }
        at = end;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_of_every_kind() {
        let text = "Cut costs by 40% ($1.2M) and made the build 3x faster for 10,000 users; \
                    grew ARR to $500K+ with 12 enterprise clients and 2.5M requests in 2021.";
        assert_eq!(
            find_metrics(text),
            vec![
                "40%",
                "$1.2M",
                "3x",
                "10,000 users",
                "$500K+",
                "12 enterprise clients",
                "2.5M requests"
            ]
        );
    }

    #[test]
    fn counts_of_any_thing_ranks_and_scores() {
        let text = "Closed 14 middle-market deals and booked 310 qualified meetings with 120+ SMB \
                    prospects; ranked #2 of 28 AEs, hit quota in 9 of 10 quarters, rated 4.8/5 \
                    across a 32-bed unit for 18 months.";
        assert_eq!(
            find_metrics(text),
            vec![
                "14 middle-market deals",
                "310 qualified meetings",
                "120+ SMB prospects",
                "#2 of 28 AEs",
                "9 of 10 quarters",
                "4.8/5",
                "32-bed",
                "18 months",
            ]
        );
    }

    #[test]
    fn ranges_of_counts_percentages_and_money() {
        let text = "Cared for 5–6 patients per shift, ran crews of 6-8 electricians and \
                    25 - 30 subcontractors; cut variance 5–10% for clients with revenues from \
                    $20M to $400M and deals of $50K–$250K.";
        assert_eq!(
            find_metrics(text),
            vec![
                "5–6 patients",
                "6-8 electricians",
                "25 - 30 subcontractors",
                "5–10%",
                "$20M to $400M",
                "$50K–$250K"
            ]
        );
    }

    #[test]
    fn the_counted_noun_behind_qualifiers_and_words_that_only_end_in_s() {
        let text = "Own the budget across 6 business units, cut the close from 10 business \
                    days, manage 14 Kubernetes clusters, closed 40+ employee relations cases, \
                    ran 18 A/B tests on 1,200 A-class SKUs for 12 retail and travel clients \
                    and 40+ thermal-cycle and vibration tests.";
        assert_eq!(
            find_metrics(text),
            vec![
                "6 business units",
                "10 business days",
                "14 Kubernetes clusters",
                "40+ employee relations cases",
                "18 A/B tests",
                "1,200 A-class SKUs",
                "12 retail and travel clients",
                "40+ thermal-cycle and vibration tests"
            ]
        );
    }

    #[test]
    fn a_count_ends_at_a_word_that_cannot_qualify_its_noun() {
        assert_eq!(
            find_metrics("Ranked 2 nationally among reps; 3 years as lead; 9 capex proposals."),
            vec!["3 years", "9 capex proposals"]
        );
        // More than three words between a number and a plural are no count of it.
        assert!(find_metrics("Won 3 regional service excellence award nominations").is_empty());
    }

    #[test]
    fn collective_nouns_units_rates_and_a_single_thing() {
        let text = "Supervised up to 5 staff on a 220,000 sq ft site and a 3,500 sq. ft. \
                    kitchen; Kafka consumers at 4,000 events per second for 12 patients per day; \
                    cut it to under 1 minute through a new editor with 1 designer.";
        assert_eq!(
            find_metrics(text),
            vec![
                "5 staff",
                "220,000 sq ft",
                "3,500 sq. ft.",
                "4,000 events per second",
                "12 patients",
                "1 minute",
                "1 designer"
            ]
        );
    }

    #[test]
    fn amounts_written_as_amounts_stand_alone() {
        let text = "Scaled installs from 40K to 210K a month and orders from 2M to 15M orders; \
                    answered 200+ questions across 2,300+ of them; reached ₹120 crore, \
                    £1.2m, US$3M and NOK 4,5 million.";
        assert_eq!(
            find_metrics(text),
            vec![
                "40K",
                "210K",
                "2M",
                "15M orders",
                "200+ questions",
                "2,300+",
                "₹120 crore",
                "£1.2m",
                "US$3M",
                "NOK 4,5 million"
            ]
        );
    }

    #[test]
    fn ratios_with_a_colon_rates_as_acronyms_and_european_millions() {
        let text = "Kept a 1:4 ratio and a 1:12 student-teacher ratio at 10k RPS; saved \
                    €1,2 Mio. Met at 9:30 for 1:1 meetings.";
        assert_eq!(
            find_metrics(text),
            vec![
                "1:4 ratio",
                "1:12 student-teacher ratio",
                "10k RPS",
                "€1,2 Mio."
            ]
        );
    }

    #[test]
    fn a_bare_number_that_sizes_a_group() {
        assert_eq!(
            find_metrics("Led a team of 12, kept a caseload of up to 14; NPS at 72, scores of 92."),
            vec!["12", "14", "72", "92"]
        );
        // A bare number elsewhere states nothing: an age, a grade, a section.
        assert!(find_metrics("Patients aged 8-12 in section 4 of grade 9").is_empty());
    }

    #[test]
    fn identifiers_are_not_metrics() {
        for text in [
            "Cut Sev-1 incidents by removing N+1 queries",
            "Wrote IEP/504 accommodations for K-12 students",
            "Reduced first-90-day turnover",
            "Filed Chapter 11 cases and taught English 11 students",
            "Passed ISO 27001 audits, took the OSHA 10-hour course, vetted Tier 1 suppliers",
            "Offered a 401k match and 24/7 support",
            "Opened Store #12 and closed Issue #4521; tweeted #100DaysOfCode",
            "Met at 1 pm",
        ] {
            assert!(
                find_metrics(text).is_empty(),
                "{text}: {:?}",
                find_metrics(text)
            );
        }
        // A capitalised verb that opens the line is no name: the count stays.
        assert_eq!(find_metrics("Led 12 engineers"), vec!["12 engineers"]);
        assert_eq!(find_metrics("Ranked #1 in the region"), vec!["#1"]);
        assert_eq!(find_metrics("Sev-1 incidents fell 60%"), vec!["60%"]);
    }

    #[test]
    fn years_and_plain_numbers_are_not_metrics() {
        assert!(
            find_metrics("Worked there from 2019 to 2021 on version 2.0 of the app").is_empty()
        );
        assert!(find_metrics("Since 2019 engineers joined; started 03/2019 as lead").is_empty());
    }
}
