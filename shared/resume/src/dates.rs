//! Dates and date ranges as resumes write them, normalised to `YYYY-MM` or `YYYY`.

use regex::Regex;
use std::sync::LazyLock;

/// English month names, and the Spanish and German ones that differ from them ("Ene 2020 –
/// Actual", "Mai 2019 – heute").
const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ene(?:ro)?|febrero|marzo|abr(?:il)?|mayo|junio|julio|ago(?:sto)?|septiembre|octubre|noviembre|dic(?:iembre)?|januar|februar|m(?:ä|ae)rz|mai|okt(?:ober)?|dez(?:ember)?)\.?";
const YEAR: &str = r"(?:19|20)\d{2}";
/// A day or a month as a number, in a full date ("01/06/2019", "15.05.2015").
const DAY: &str = r"(?:0?[1-9]|[12]\d|3[01])";
/// A season or a quarter of a year: "Summer 2014", "Q3 2021". Normalised to the year alone.
const SEASON: &str = r"(?:(?:spring|summer|fall|autumn|winter)s?|q[1-4])";
/// A southern summer runs across two years: "Summer 2014/15".
const ACROSS_THE_NEW_YEAR: &str = r"(?:/\d{2}\b)?";
/// Still held: "Present", and the spellings of other Englishes ("Till date", "to date").
/// A seafarer's contract still running is "On board".
const PRESENT: &str = r"(?:pres(?:ent)?|current(?:ly)?|now|today|ongoing|on\s*board|actual(?:idad)?|presente|heute|aktuell|(?:till|until|to)\s+(?:date|now|today|present)|date)";
/// The day before a month's name ("14-Jan-2024", "3 March 2019", "1st June 2020").
const DAY_BEFORE_MONTH: &str = r"(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[-\s]+)?";

fn date_pattern() -> String {
    format!(
        r"(?:{DAY}[/.-]{DAY}[/.-]{YEAR}|{SEASON}\s+{YEAR}{ACROSS_THE_NEW_YEAR}|{DAY_BEFORE_MONTH}{MONTH}[,'’]?\s*{YEAR}|{DAY_BEFORE_MONTH}{MONTH}-{YEAR}|{MONTH}\s*['’]\d{{2}}|(?:0?[1-9]|1[0-2])\s*[/.-]\s*{YEAR}|{YEAR}\s*[/.-]\s*(?:0[1-9]|1[0-2])\b|{YEAR})"
    )
}

/// What stands between a range's two dates.
const RANGE_SEPARATOR: &str =
    r"(?:->|→|-{1,3}|–|—|‒|―|~|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)";

static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    let date = date_pattern();
    Regex::new(&format!(
        r"(?i)\b(?:from\s+)?({date})\s*{RANGE_SEPARATOR}\s*({date}|{PRESENT}\b)"
    ))
    .expect("date range pattern is valid")
});

/// A range inside one year, the year written once ("Jun – Aug 2019"), or a range of years whose
/// end keeps only its last two digits ("2013 – 14").
static SHORT_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:from\s+)?(?:(?P<first>{MONTH})\s*{RANGE_SEPARATOR}\s*(?P<last>{MONTH}\s*,?\s*{YEAR})|(?P<year>{YEAR})\s*{RANGE_SEPARATOR}\s*(?P<yy>\d{{2}}))\b"
    ))
    .expect("short date range pattern is valid")
});

/// The word that opens a job still held ("Since 2015").
static SINCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:since|from|starting|seit|desde)\s*$").expect("since pattern is valid")
});

static SINGLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b({})\b", date_pattern())).expect("date pattern is valid")
});

static PARTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:(?P<d1>{DAY})(?P<dsep>[/.-])(?P<d2>{DAY})[/.-](?P<y6>{YEAR})|{SEASON}\s+(?P<y5>{YEAR}){ACROSS_THE_NEW_YEAR}|{DAY_BEFORE_MONTH}(?P<mon>{MONTH})(?:[,'’]?\s*|-)(?P<y1>{YEAR})|(?P<mon2>{MONTH})\s*['’](?P<yy>\d{{2}})|(?P<m1>0?[1-9]|1[0-2])\s*[/.-]\s*(?P<y2>{YEAR})|(?P<y3>{YEAR})\s*[/.-]\s*(?P<m2>0[1-9]|1[0-2])|(?P<y4>{YEAR}))$"
    ))
    .expect("date parts pattern is valid")
});

/// How long a job lasted, as profile exports write it after the range: " · 4 yrs 11 mos",
/// " (2 years)", ", 8 months". It belongs to the dates, not to the title or employer beside them.
static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    let amount = r"(?:\d+\+?|less than a|about a|one|two|three|four|five|six|seven|eight|nine|ten)";
    let unit = r"(?:years?|yrs?|months?|mos?)\b";
    let duration = format!(r"{amount}\s*{unit}\.?(?:,?\s*(?:and\s+)?{amount}\s*{unit}\.?)?");
    // In parentheses of its own, or after a separator: a parenthesis opened before the range
    // ("(Dec 2021 – present · 3 yrs)") is the range's to close.
    Regex::new(&format!(
        r"(?i)^\s*(?:[·•|,–—-]\s*)?(?:\(\s*{duration}\s*\)|{duration})"
    ))
    .expect("duration pattern is valid")
});

/// A duration's amount after a separator, its unit cut off at the end of the text.
static CUT_DURATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[·•|,(]\s*\d+\+?\s*$").expect("cut duration pattern is valid")
});

/// What a narrow cell carries over of a duration cut after its amount ("yrs 2 mos", "years)").
pub(crate) fn is_rest_of_a_duration(text: &str) -> bool {
    static REST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\s*(?:years?|yrs?|months?|mos?)\.?(?:,?\s*(?:and\s+)?\d+\s*(?:years?|yrs?|months?|mos?)\.?)?\s*\)?\s*$")
            .expect("duration rest pattern is valid")
    });
    REST.is_match(text)
}

/// The end of a range's span once a duration written after it is taken in.
fn past_duration(text: &str, end: usize) -> usize {
    DURATION
        .find(&text[end..])
        .map_or(end, |duration| end + duration.end())
}

/// A date range found in a line, with the byte span it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateRange {
    pub start: Option<String>,
    pub end: Option<String>,
    pub span: (usize, usize),
}

pub(crate) fn find_range(text: &str) -> Option<DateRange> {
    let Some(captures) = RANGE.captures(text) else {
        return find_short_range(text);
    };
    let whole = captures.get(0)?;
    let start = normalise(captures.get(1)?.as_str());
    let end = normalise(captures.get(2)?.as_str());
    Some(DateRange {
        start,
        end,
        span: (whole.start(), past_duration(text, whole.end())),
    })
}

/// "Jun – Aug 2019" (the start takes the end's year) or "2013 – 14" (the end takes the start's
/// century, and must come after it).
fn find_short_range(text: &str) -> Option<DateRange> {
    let captures = SHORT_RANGE.captures(text)?;
    let whole = captures.get(0)?;
    let (start, end) =
        if let (Some(first), Some(last)) = (captures.name("first"), captures.name("last")) {
            let end = normalise(last.as_str())?;
            let year = &end[..4];
            let start = format!("{year}-{:02}", month_number(first.as_str())?);
            (start, end)
        } else {
            let year = captures.name("year")?;
            let yy = captures.name("yy")?;
            let last_two: u32 = yy.as_str().parse().ok()?;
            // "2008-09" and "2008/09" name a month as often as a range; only a number past
            // December's ("2013-14") or a spaced dash ("2008 – 09") makes them a range.
            let between = &text[year.end()..yy.start()];
            if last_two <= 12 && matches!(between, "-" | "/" | ".") {
                return None;
            }
            let year = year.as_str();
            let end = format!("{}{last_two:02}", &year[..2]);
            if end.as_str() <= year {
                return None;
            }
            (year.to_owned(), end)
        };
    Some(DateRange {
        start: Some(start),
        end: Some(end),
        span: (whole.start(), past_duration(text, whole.end())),
    })
}

/// A job's only date ("2014", "Summer 2014", "May 2018") as a range with no end, the season
/// word inside its span.
pub(crate) fn find_lone(text: &str) -> Option<DateRange> {
    let (date, (start, end)) = find_single(text)?;
    let start = SINCE
        .find(&text[..start])
        .map_or(start, |since| since.start());
    Some(DateRange {
        start: Some(date),
        end: None,
        span: (start, past_duration(text, end)),
    })
}

/// Whether text only says a job is still held ("Till date", "Present", "On board"), as the
/// "To" cell of a table row does.
pub(crate) fn is_still_held(text: &str) -> bool {
    static STILL_HELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)^\s*{PRESENT}\s*$")).expect("still-held pattern is valid")
    });
    STILL_HELD.is_match(text)
}

/// Whether text is nothing but a date or a date range ("Mar 2020 – Present", "Summer 2016",
/// "2015 –"), as a table's dates cell holds.
pub(crate) fn is_only_dates(text: &str) -> bool {
    let Some(found) = find_range(text).or_else(|| find_lone(text)) else {
        return false;
    };
    let after = &text[found.span.1..];
    // A table cell too narrow for a duration breaks it after its number ("2021-09 – Current · 3"
    // over "yrs 2 mos"): the number is still the duration's.
    let after = CUT_DURATION
        .find(after)
        .map_or(after, |cut| &after[..cut.start()]);
    let rest = format!("{} {}", &text[..found.span.0], after);
    // A range cut short keeps its connecting word ("Mar 2022 to").
    rest.split(|c: char| !c.is_alphanumeric()).all(|word| {
        word.is_empty()
            || ["to", "until", "till", "through", "thru", "from", "since"]
                .iter()
                .any(|link| word.eq_ignore_ascii_case(link))
    })
}

/// A lone date such as a graduation date ("May 2018", "2018").
pub(crate) fn find_single(text: &str) -> Option<(String, (usize, usize))> {
    SINGLE.captures_iter(text).find_map(|captures| {
        let found = captures.get(1)?;
        normalise(found.as_str()).map(|date| (date, (found.start(), found.end())))
    })
}

/// `YYYY-MM` or `YYYY`; `None` for "Present" and anything unreadable.
pub(crate) fn normalise(text: &str) -> Option<String> {
    let captures = PARTS.captures(text.trim())?;
    if let (Some(first), Some(second), Some(year)) = (
        captures.name("d1"),
        captures.name("d2"),
        captures.name("y6"),
    ) {
        // A full date keeps its month: first with slashes as in the US ("01/06/2019" is
        // January), second with dots or dashes as in Europe and South Asia ("01.06.2019" and
        // "01-06-2019" are June), and whichever a day above 12 leaves.
        let first: u32 = first.as_str().parse().ok()?;
        let second: u32 = second.as_str().parse().ok()?;
        let dotted = captures
            .name("dsep")
            .is_some_and(|sep| matches!(sep.as_str(), "." | "-"));
        let month = match (first > 12, second > 12) {
            (true, true) => return Some(year.as_str().to_owned()),
            (true, false) => second,
            (false, true) => first,
            (false, false) if dotted => second,
            (false, false) => first,
        };
        return Some(format!("{}-{month:02}", year.as_str()));
    }
    if let (Some(month), Some(year)) = (captures.name("mon"), captures.name("y1")) {
        return Some(format!(
            "{}-{:02}",
            year.as_str(),
            month_number(month.as_str())?
        ));
    }
    if let (Some(month), Some(short_year)) = (captures.name("mon2"), captures.name("yy")) {
        let short: u32 = short_year.as_str().parse().ok()?;
        let century = if short > 50 { 1900 } else { 2000 };
        return Some(format!(
            "{}-{:02}",
            century + short,
            month_number(month.as_str())?
        ));
    }
    if let (Some(month), Some(year)) = (captures.name("m1"), captures.name("y2")) {
        let month: u32 = month.as_str().parse().ok()?;
        return Some(format!("{}-{month:02}", year.as_str()));
    }
    if let (Some(year), Some(month)) = (captures.name("y3"), captures.name("m2")) {
        return Some(format!("{}-{}", year.as_str(), month.as_str()));
    }
    captures
        .name("y4")
        .or_else(|| captures.name("y5"))
        .map(|year| year.as_str().to_owned())
}

/// Whether a word is a month's name cut short ("Dec", "Sept"), which a full stop follows as
/// an abbreviation's, not a sentence's.
pub(crate) fn is_month_abbreviation(word: &str) -> bool {
    (3..=4).contains(&word.len())
        && word.chars().all(|c| c.is_ascii_alphabetic())
        && month_number(word).is_some()
}

fn month_number(name: &str) -> Option<u32> {
    let prefix: String = name.to_lowercase().chars().take(3).collect();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    // The Spanish and German names that start otherwise.
    let other_names = [
        ("ene", 1),
        ("mär", 3),
        ("mae", 3),
        ("abr", 4),
        ("mai", 5),
        ("ago", 8),
        ("okt", 10),
        ("dic", 12),
        ("dez", 12),
    ];
    months
        .iter()
        .position(|m| *m == prefix)
        .and_then(|index| u32::try_from(index + 1).ok())
        .or_else(|| {
            other_names
                .iter()
                .find(|(other, _)| *other == prefix)
                .map(|(_, month)| *month)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(text: &str) -> Option<(Option<String>, Option<String>)> {
        find_range(text).map(|r| (r.start, r.end))
    }

    fn some(start: &str, end: Option<&str>) -> Option<(Option<String>, Option<String>)> {
        Some((Some(start.to_owned()), end.map(str::to_owned)))
    }

    #[test]
    fn ranges_that_write_a_year_once_or_short() {
        assert_eq!(range("Jun – Aug 2019"), some("2019-06", Some("2019-08")));
        assert_eq!(range("Sept-Dec, 2020"), some("2020-09", Some("2020-12")));
        assert_eq!(range("2013 – 14"), some("2013", Some("2014")));
        assert_eq!(range("2013-14"), some("2013", Some("2014")));
        assert_eq!(range("2008-09"), None, "September 2008");
        assert_eq!(
            range("1999-00"),
            None,
            "an end before its start is no range"
        );
        assert_eq!(range("Summers 2011–2012"), some("2011", Some("2012")));
        assert_eq!(range("Q1 2020 – Q2 2021"), some("2020", Some("2021")));
        assert_eq!(range("Q3 2021 – Present"), some("2021", None));
        let southern_summer =
            find_lone("Final-Year Student Extern, Summer 2014/15").expect("a date");
        assert_eq!(
            southern_summer.span.1,
            "Final-Year Student Extern, Summer 2014/15".len()
        );
        let since = find_lone("Cashier, Target, since 2015").expect("a date");
        assert_eq!(since.span.0, "Cashier, Target, ".len());
    }

    #[test]
    fn a_duration_after_the_range_is_part_of_its_span() {
        for (text, covered) in [
            (
                "Jan 2019 – Present · 4 yrs 11 mos",
                "Jan 2019 – Present · 4 yrs 11 mos",
            ),
            ("2016 - 2018 (2 years) Acme", "2016 - 2018 (2 years)"),
            (
                "Mar 2020 – Jun 2021, 1 yr 3 mos",
                "Mar 2020 – Jun 2021, 1 yr 3 mos",
            ),
            ("2017 · 8 months", "2017 · 8 months"),
            (
                "(Dec 2021 – present · 3 yrs 2 mos)",
                "Dec 2021 – present · 3 yrs 2 mos",
            ),
            // Not a duration: a count of something else, or a parenthesis left open.
            ("2016 - 2018, 2 teams", "2016 - 2018"),
            ("2016 - 2018 (2 years", "2016 - 2018"),
        ] {
            let found = find_range(text).or_else(|| find_lone(text)).expect(text);
            assert_eq!(&text[found.span.0..found.span.1], covered, "{text}");
        }
    }

    #[test]
    fn ranges_in_common_formats() {
        assert_eq!(range("Jan 2020 – Present"), some("2020-01", None));
        assert_eq!(range("01/2019 - 03/2021"), some("2019-01", Some("2021-03")));
        assert_eq!(range("2018–2020"), some("2018", Some("2020")));
        assert_eq!(range("2018-2020"), some("2018", Some("2020")));
        assert_eq!(
            range("March 2017 to June 2019"),
            some("2017-03", Some("2019-06"))
        );
        assert_eq!(range("2020.04 - 2022.01"), some("2020-04", Some("2022-01")));
        assert_eq!(range("Sept. 2015 — Current"), some("2015-09", None));
        assert_eq!(range("Oct '19 - Now"), some("2019-10", None));
        assert_eq!(
            range("Jan'2019 – Jun'2021"),
            some("2019-01", Some("2021-06"))
        );
        assert_eq!(range("Jul’2021 – Present"), some("2021-07", None));
        assert_eq!(range("2017 → 2020"), some("2017", Some("2020")));
        // TeX's spellings of the en and em dash, as plain-text resumes keep them.
        assert_eq!(range("2019 -- Current"), some("2019", None));
        assert_eq!(
            range("Mar 2016---Jun 2018"),
            some("2016-03", Some("2018-06"))
        );
        assert_eq!(range("Fall 2014 – Spring 2016"), some("2014", Some("2016")));
        assert_eq!(range("Jun 2015 -> Present"), some("2015-06", None));
        assert_eq!(range("Jul 2019 - Till date"), some("2019-07", None));
        assert_eq!(range("2021 – Pres."), some("2021", None));
        assert_eq!(
            range("01/06/2019 - 05/15/2021"),
            some("2019-01", Some("2021-05"))
        );
        assert_eq!(
            range("01.06.2019 – 31.12.2020"),
            some("2019-06", Some("2020-12"))
        );
        assert_eq!(
            range("Mar-2019 to Jun-2021"),
            some("2019-03", Some("2021-06"))
        );
        assert_eq!(range("Aug 2016 – until now"), some("2016-08", None));
        assert_eq!(range("04.2016 – 11.2018"), some("2016-04", Some("2018-11")));
        assert_eq!(
            range("2019-04 to 2021-12"),
            some("2019-04", Some("2021-12"))
        );
        assert_eq!(
            range("Senior Engineer\tJun 2021 - Dec 2023"),
            some("2021-06", Some("2023-12"))
        );
    }

    #[test]
    fn full_dates_with_dashes_or_a_month_name() {
        // Dashes part day, month and year as dots do: the day first.
        assert_eq!(
            range("01-03-2018 – 31-05-2021"),
            some("2018-03", Some("2021-05"))
        );
        assert_eq!(
            range("14-Jan-2024 – On board"),
            some("2024-01", None),
            "a seafarer's contract still running"
        );
        assert_eq!(
            range("3 March 2019 to 1st June 2020"),
            some("2019-03", Some("2020-06"))
        );
        assert_eq!(range("Ene 2020 – Actual"), some("2020-01", None));
        assert_eq!(
            range("Mar 2016 – Dic 2019"),
            some("2016-03", Some("2019-12"))
        );
        assert_eq!(range("Mai 2019 – heute"), some("2019-05", None));
        assert!(is_still_held("Till date"));
        assert!(is_still_held("On board"));
        assert!(!is_still_held("Tilbury Docks"));
    }

    #[test]
    fn text_without_a_range_has_none() {
        assert_eq!(range("Grew revenue 40% in 2021"), None);
        assert_eq!(range("Call +1 555-123-4567"), None);
    }

    #[test]
    fn dates_cells() {
        for cell in [
            "Mar 2020 – Present",
            "Summer 2016",
            "2015 – 2019",
            "Aug 2019 –",
            "Jan 2019 – Present · 4 yrs 11 mos",
            // A duration cut at the cell's edge.
            "2021-09 – Current · 3",
        ] {
            assert!(is_only_dates(cell), "{cell}");
        }
        for text in [
            "Education",
            "B.S. in Nursing, 2017",
            "Present",
            "Led 5 people in 2019",
            "2019 – 2021 · 3 stores",
        ] {
            assert!(!is_only_dates(text), "{text}");
        }
    }

    #[test]
    fn the_rest_of_a_cut_duration() {
        for rest in ["yrs 2 mos", "years)", "mos", "yr, 3 months"] {
            assert!(is_rest_of_a_duration(rest), "{rest}");
        }
        for text in ["2 yrs", "Years of service", "Robert Half", "mos def"] {
            assert!(!is_rest_of_a_duration(text), "{text}");
        }
    }

    #[test]
    fn single_dates() {
        assert_eq!(
            find_single("Graduated May 2018").map(|d| d.0),
            Some("2018-05".to_owned())
        );
        assert_eq!(
            find_single("Class of 2012").map(|d| d.0),
            Some("2012".to_owned())
        );
        assert_eq!(find_single("GPA 3.8"), None);
    }
}
