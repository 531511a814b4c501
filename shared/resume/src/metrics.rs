//! Quantified results: percentages, money, multipliers and counts of things.

use regex::Regex;
use std::sync::LazyLock;

static METRIC: LazyLock<Regex> = LazyLock::new(|| {
    let money = r"[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:[KMB]\b|[kmb]\b|million\b|billion\b|thousand\b|MM\b|bn\b))?\+?";
    let percent = r"[+-]?\d+(?:[.,]\d+)?\s?(?:%|percent\b)";
    let multiplier = r"\b\d+(?:\.\d+)?\s?[xX×](?:\b|$)";
    let count = r"\b\d[\d,]*(?:\.\d+)?(?:\s?(?:[KkMB]|million|billion|thousand))?\+?\s(?:(?:new|active|daily|monthly|paying|enterprise|direct)\s)?(?:users|customers|clients|employees|people|engineers|developers|members|students|patients|accounts|subscribers|downloads|installs|requests|transactions|orders|leads|stores|locations|countries|markets|services|microservices|servers|nodes|applications|apps|events|visitors|sessions|partners|vendors|reports|hours|teams|deals|units|records|tickets|pages|courses|products|hires|reports|messages|queries|followers|contracts|sites|beds|shipments|SKUs|sellers|merchants|restaurants|schools|hospitals|volunteers|attendees|experiments|interviews|meetings|components|participants|drawings|incidents|acquisitions|nurses|teachers)\b";
    Regex::new(&format!("{money}|{percent}|{multiplier}|{count}")).expect("metric pattern is valid")
});

/// Every metric in order of first mention, without repeats.
pub(crate) fn find_metrics(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for metric in METRIC.find_iter(text) {
        let metric = metric.as_str().trim().to_owned();
        if !found.contains(&metric) {
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
    fn years_and_plain_numbers_are_not_metrics() {
        assert!(
            find_metrics("Worked there from 2019 to 2021 on version 2.0 of the app").is_empty()
        );
    }
}
