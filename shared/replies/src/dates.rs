//! The return date an out-of-office message names, in the forms and languages people write
//! them: `2026-12-07`, `07.12.2026`, `7/12/2026`, `7 December 2026`, `December 7th, 2026`,
//! `7 de diciembre de 2026`, `7. Dezember 2026`.

use std::sync::LazyLock;

use chrono::{Days, NaiveDate};
use regex::Regex;

/// Month names and their common abbreviations in English, German, French, Spanish, Dutch,
/// Italian and Portuguese, January first.
const MONTHS: [&[&str]; 12] = [
    &[
        "january", "jan", "januar", "jänner", "janvier", "enero", "januari", "gennaio", "janeiro",
    ],
    &[
        "february",
        "feb",
        "februar",
        "février",
        "fevrier",
        "febrero",
        "februari",
        "febbraio",
        "fevereiro",
        "fév",
        "fev",
    ],
    &[
        "march", "mar", "märz", "maerz", "mars", "marzo", "maart", "março", "marco", "mrt",
    ],
    &["april", "apr", "avril", "abril", "aprile", "avr", "abr"],
    &["may", "mai", "mayo", "mei", "maggio", "maio", "mag"],
    &[
        "june", "jun", "juni", "juin", "junio", "giugno", "junho", "giu",
    ],
    &[
        "july", "jul", "juli", "juillet", "julio", "luglio", "julho", "juil", "lug",
    ],
    &["august", "aug", "août", "aout", "agosto", "augustus", "ago"],
    &[
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "setembro",
        "set",
    ],
    &[
        "october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "out",
        "ott",
    ],
    &["november", "nov", "novembre", "noviembre", "novembro"],
    &[
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "déc",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
    ],
];

/// The longest reasonable absence: a date further out is not a return date.
const MAX_ABSENCE_DAYS: u64 = 366;

static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(20\d\d)-(\d{1,2})-(\d{1,2})\b").expect("iso pattern"));
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})[./-](\d{1,2})[./-](20\d\d)\b").expect("numeric pattern")
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th|er|e|º)?\.?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(20\d\d)\b")
        .expect("day month pattern")
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(20\d\d)\b")
        .expect("month day pattern")
});

fn month_number(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    let index = MONTHS
        .iter()
        .position(|names| names.contains(&name.as_str()))?;
    u32::try_from(index + 1).ok()
}

fn number(text: &str) -> Option<u32> {
    text.parse().ok()
}

/// Every calendar date written in `text`. A numeric date whose day and month could be either
/// way round yields both readings; the caller keeps what makes sense.
fn dates_in(text: &str) -> Vec<NaiveDate> {
    let mut found = Vec::new();
    let mut push = |year: Option<i32>, month: Option<u32>, day: Option<u32>| {
        if let (Some(y), Some(m), Some(d)) = (year, month, day)
            && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
        {
            found.push(date);
        }
    };
    for c in ISO.captures_iter(text) {
        push(c[1].parse().ok(), number(&c[2]), number(&c[3]));
    }
    for c in NUMERIC.captures_iter(text) {
        let (first, second, year) = (number(&c[1]), number(&c[2]), c[3].parse().ok());
        push(year, second, first);
        push(year, first, second);
    }
    for c in DAY_MONTH.captures_iter(text) {
        push(c[3].parse().ok(), month_number(&c[2]), number(&c[1]));
    }
    for c in MONTH_DAY.captures_iter(text) {
        push(c[3].parse().ok(), month_number(&c[1]), number(&c[2]));
    }
    found
}

/// The day the writer is back: the latest date named after `today` and within a year of it
/// (an absence "from 20 December 2026 until 4 January 2027" ends on the later one).
pub fn return_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let limit = today.checked_add_days(Days::new(MAX_ABSENCE_DAYS))?;
    dates_in(text)
        .into_iter()
        .filter(|date| *date > today && *date <= limit)
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn reads_the_usual_forms() {
        let today = day(2026, 11, 24);
        let cases = [
            ("back on 2026-12-07", day(2026, 12, 7)),
            ("bis zum 07.12.2026 abwesend", day(2026, 12, 7)),
            ("Back on December 7th, 2026.", day(2026, 12, 7)),
            ("de retour le 7 décembre 2026", day(2026, 12, 7)),
            ("hasta el 7 de diciembre de 2026", day(2026, 12, 7)),
            ("bis 7. Dezember 2026", day(2026, 12, 7)),
            ("tot en met 7 dec. 2026", day(2026, 12, 7)),
            (
                "from 20 December 2026 until 4 January 2027",
                day(2027, 1, 4),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(return_date(text, today), Some(expected), "{text}");
        }
    }

    #[test]
    fn ignores_past_far_and_impossible_dates() {
        let today = day(2026, 11, 24);
        assert_eq!(return_date("since 2026-01-05", today), None);
        assert_eq!(return_date("in 2029-01-05", today), None);
        assert_eq!(return_date("31.02.2027", today), None);
        assert_eq!(return_date("no date here", today), None);
    }
}
