//! Quantified results: percentages, money, multipliers and counts of things.

use regex::Regex;
use std::sync::LazyLock;

static METRIC: LazyLock<Regex> = LazyLock::new(|| {
    let money = r"[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:[KMB]\b|[kmb]\b|million\b|billion\b|thousand\b|MM\b|bn\b))?\+?";
    let percent = r"[+-]?\d+(?:[.,]\d+)?\s?(?:%|percent\b)";
    let multiplier = r"\b\d+(?:\.\d+)?\s?[xX×](?:\b|$)";
    let count = r"\b\d[\d,]*(?:\.\d+)?(?:\s?(?:[KkMB]|million|billion|thousand))?\+?\s(?:(?:new|active|daily|monthly|paying|enterprise|direct)\s)?(?:users|customers|clients|employees|people|engineers|developers|members|students|patients|accounts|subscribers|downloads|installs|requests|transactions|orders|leads|stores|locations|countries|markets|services|microservices|servers|nodes|applications|apps|events|visitors|sessions|partners|vendors|reports|hours|teams|deals|units|records|tickets|pages|courses|products|hires|reports|messages|queries|followers|contracts|sites|beds|shipments|SKUs|sellers|merchants|restaurants|schools|hospitals|volunteers|attendees|experiments|interviews|meetings|components|participants|drawings|incidents|acquisitions|nurses|teachers)\b";
    // "4.8/5", "9/10": a score out of a scale (a date's year never follows the slash: see
    // find_metrics).
    let ratio = r"\b\d+(?:\.\d+)?/\d+(?:\.\d+)?\b";
    // "3 of 4", "#2 of 28 AEs", "9 of 10 quarters".
    let rank = r"#?\b\d+ of \d[\d,]*(?:\s[A-Za-z][\w&'-]*s\b)?";
    // "32-bed", "12-person", "3-day".
    let compound = r"\b\d[\d,]*-[a-z]+\b";
    // Any count of things: a number, at most two words that qualify it, and a plural
    // ("14 middle-market deals", "120+ SMB prospects", "18 months", "10 RNs"); a line break
    // inside (a wrapped bullet) is read as a space.
    let things = r"\b\d[\d,]*(?:\.\d+)?(?:\s?(?:[KkMB]|million|billion|thousand))?\+?(?:\s[A-Za-z][\w&'-]*?){0,2}?\s[A-Za-z][\w'-]*s\b";
    Regex::new(&format!(
        "{money}|{percent}|{multiplier}|{ratio}|{rank}|{count}|{compound}|{things}"
    ))
    .expect("metric pattern is valid")
});

/// Words ending in "s" that are not plurals, so "3 years as lead" is not "3 years as".
const NOT_PLURAL: &[&str] = &[
    "is",
    "was",
    "has",
    "as",
    "its",
    "this",
    "his",
    "us",
    "plus",
    "across",
    "less",
    "process",
    "business",
    "access",
    "success",
    "campus",
    "status",
    "class",
    "press",
    "address",
    "thus",
    "does",
    "whereas",
    "always",
    "towards",
    "afterwards",
    "various",
    "previous",
    "serious",
];

/// Whether a match is a metric: not a year, a date or a plural that is not one.
fn is_metric(text: &str) -> bool {
    let number: String = text
        .trim_start_matches('#')
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    let rest = &text.trim_start_matches('#')[number.len()..];
    // "2019 customers" reads as a year more often than a count; "2,019" would be written so.
    let is_year = number.len() == 4
        && number.starts_with(['1', '2'])
        && (1950..=2039).contains(&number.parse::<u32>().unwrap_or(0));
    if is_year && !rest.starts_with(['+', ',', '%']) {
        return false;
    }
    // "03/2019" is a date, not a ratio.
    if let Some((_, after)) = text.split_once('/')
        && after.len() == 4
        && after.starts_with(['1', '2'])
    {
        return false;
    }
    let last = text.rsplit(char::is_whitespace).next().unwrap_or_default();
    !NOT_PLURAL
        .iter()
        .any(|word| last.eq_ignore_ascii_case(word))
}

/// Every metric in order of first mention, without repeats.
pub(crate) fn find_metrics(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for metric in METRIC.find_iter(text) {
        let metric = metric
            .as_str()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if is_metric(&metric) && !found.contains(&metric) {
            found.push(metric);
        }
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
    fn years_and_plain_numbers_are_not_metrics() {
        assert!(
            find_metrics("Worked there from 2019 to 2021 on version 2.0 of the app").is_empty()
        );
        assert!(find_metrics("Since 2019 engineers joined; started 03/2019 as lead").is_empty());
    }
}
