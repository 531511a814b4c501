//! EventBridge schedule expressions: `rate(value unit)` and the six-field
//! `cron(minutes hours day-of-month month day-of-week year)`, evaluated in UTC.

use std::time::Duration;

use chrono::{DateTime, Datelike, Duration as ChronoDuration, TimeZone, Timelike, Utc};

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ScheduleError {
    #[error("`{0}` is neither rate(...) nor cron(...)")]
    UnknownForm(String),
    #[error("rate `{0}` must be `rate(N minute[s]|hour[s]|day[s])` with N > 0")]
    BadRate(String),
    #[error("cron `{expression}`: {detail}")]
    BadCron { expression: String, detail: String },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Schedule {
    Rate(Duration),
    Cron(Cron),
}

impl Schedule {
    pub fn parse(expression: &str) -> Result<Self, ScheduleError> {
        let expression = expression.trim();
        if let Some(body) = expression
            .strip_prefix("rate(")
            .and_then(|rest| rest.strip_suffix(')'))
        {
            return parse_rate(body)
                .map(Schedule::Rate)
                .ok_or_else(|| ScheduleError::BadRate(expression.into()));
        }
        if let Some(body) = expression
            .strip_prefix("cron(")
            .and_then(|rest| rest.strip_suffix(')'))
        {
            return Cron::parse(body).map(Schedule::Cron).map_err(|detail| {
                ScheduleError::BadCron {
                    expression: expression.into(),
                    detail,
                }
            });
        }
        Err(ScheduleError::UnknownForm(expression.into()))
    }

    /// The first fire time strictly after `after`, or `None` when a cron never fires again.
    pub fn next_after(&self, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self {
            Schedule::Rate(period) => Some(after + ChronoDuration::from_std(*period).ok()?),
            Schedule::Cron(cron) => cron.next_after(after),
        }
    }
}

fn parse_rate(body: &str) -> Option<Duration> {
    let mut parts = body.split_whitespace();
    let value: u64 = parts.next()?.parse().ok().filter(|value| *value > 0)?;
    let unit = parts.next()?;
    if parts.next().is_some() {
        return None;
    }
    // EventBridge insists on the singular for 1 and the plural otherwise.
    let seconds = match (unit, value) {
        ("minute", 1) | ("minutes", 2..) => 60,
        ("hour", 1) | ("hours", 2..) => 3600,
        ("day", 1) | ("days", 2..) => 86_400,
        _ => return None,
    };
    Some(Duration::from_secs(value * seconds))
}

/// A cron expression as sets of allowed values per field. Day-of-week uses
/// EventBridge's numbering, 1 = Sunday ... 7 = Saturday. `L`, `W` and `#` are not
/// supported and are reported as errors.
#[derive(Debug, Clone, PartialEq)]
pub struct Cron {
    minutes: Vec<u32>,
    hours: Vec<u32>,
    days_of_month: Option<Vec<u32>>,
    months: Vec<u32>,
    days_of_week: Option<Vec<u32>>,
    years: Option<Vec<u32>>,
}

const MONTHS: [&str; 12] = [
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
];
const WEEKDAYS: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

impl Cron {
    fn parse(body: &str) -> Result<Self, String> {
        let fields: Vec<&str> = body.split_whitespace().collect();
        let [minutes, hours, dom, month, dow, year] = fields.as_slice() else {
            return Err(format!("expected 6 fields, got {}", fields.len()));
        };
        if (*dom == "?") == (*dow == "?") {
            return Err("exactly one of day-of-month and day-of-week must be `?`".into());
        }
        let days_of_month = parse_optional_field(dom, 1, 31, &[])?;
        let days_of_week = parse_optional_field(dow, 1, 7, &WEEKDAYS)?;
        Ok(Self {
            minutes: parse_field(minutes, 0, 59, &[])?,
            hours: parse_field(hours, 0, 23, &[])?,
            days_of_month,
            months: parse_field(month, 1, 12, &MONTHS)?,
            days_of_week,
            years: parse_optional_field(year, 1970, 2199, &[])?,
        })
    }

    fn matches_day(&self, moment: DateTime<Utc>) -> bool {
        let dom_ok = self
            .days_of_month
            .as_ref()
            .is_none_or(|days| days.contains(&moment.day()));
        let dow_ok = self
            .days_of_week
            .as_ref()
            .is_none_or(|days| days.contains(&(moment.weekday().num_days_from_sunday() + 1)));
        let year_ok = self.years.as_ref().is_none_or(|years| {
            u32::try_from(moment.year()).is_ok_and(|year| years.contains(&year))
        });
        dom_ok && dow_ok && year_ok && self.months.contains(&moment.month())
    }

    fn next_after(&self, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let start = after.with_second(0)?.with_nanosecond(0)? + ChronoDuration::minutes(1);
        let mut day = Utc
            .with_ymd_and_hms(start.year(), start.month(), start.day(), 0, 0, 0)
            .single()?;
        // Five years of days is enough for any expression that fires at all.
        for _ in 0..(5 * 366) {
            if self.matches_day(day) {
                for &hour in &self.hours {
                    for &minute in &self.minutes {
                        let candidate = day.with_hour(hour)?.with_minute(minute)?;
                        if candidate >= start {
                            return Some(candidate);
                        }
                    }
                }
            }
            day += ChronoDuration::days(1);
        }
        None
    }
}

fn parse_optional_field(
    field: &str,
    min: u32,
    max: u32,
    names: &[&str],
) -> Result<Option<Vec<u32>>, String> {
    match field {
        "?" | "*" => Ok(None),
        _ => parse_field(field, min, max, names).map(Some),
    }
}

fn parse_field(field: &str, min: u32, max: u32, names: &[&str]) -> Result<Vec<u32>, String> {
    let value = |text: &str| -> Result<u32, String> {
        if let Some(index) = names
            .iter()
            .position(|name| name.eq_ignore_ascii_case(text))
        {
            return Ok(min + u32::try_from(index).map_err(|error| error.to_string())?);
        }
        text.parse::<u32>()
            .ok()
            .filter(|value| (min..=max).contains(value))
            .ok_or_else(|| format!("`{text}` is not in {min}..={max}"))
    };
    let mut values = Vec::new();
    for part in field.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((range, step)) => (
                range,
                step.parse::<u32>()
                    .ok()
                    .filter(|step| *step > 0)
                    .ok_or_else(|| format!("bad step in `{part}`"))?,
            ),
            None => (part, 1),
        };
        let (low, high) = match range {
            "*" => (min, max),
            _ => match range.split_once('-') {
                Some((low, high)) => (value(low)?, value(high)?),
                None if part.contains('/') => (value(range)?, max),
                None => {
                    let single = value(range)?;
                    (single, single)
                }
            },
        };
        if low > high {
            return Err(format!("range `{range}` is backwards"));
        }
        values.extend((low..=high).step_by(step as usize));
    }
    values.sort_unstable();
    values.dedup();
    Ok(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn rates_need_a_positive_value_and_the_matching_unit_number() {
        assert_eq!(
            Schedule::parse("rate(1 minute)"),
            Ok(Schedule::Rate(Duration::from_secs(60)))
        );
        assert_eq!(
            Schedule::parse("rate(5 minutes)"),
            Ok(Schedule::Rate(Duration::from_secs(300)))
        );
        assert_eq!(
            Schedule::parse("rate(2 hours)"),
            Ok(Schedule::Rate(Duration::from_secs(7200)))
        );
        assert_eq!(
            Schedule::parse("rate(1 day)"),
            Ok(Schedule::Rate(Duration::from_secs(86_400)))
        );
        for bad in [
            "rate(0 minutes)",
            "rate(1 minutes)",
            "rate(5 minute)",
            "rate(5 weeks)",
            "rate()",
            "every minute",
        ] {
            assert!(Schedule::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn cron_finds_the_next_matching_minute() {
        let nightly = Schedule::parse("cron(0 3 * * ? *)").unwrap();
        assert_eq!(
            nightly.next_after(at("2026-01-01T02:59:30Z")),
            Some(at("2026-01-01T03:00:00Z"))
        );
        assert_eq!(
            nightly.next_after(at("2026-01-01T03:00:00Z")),
            Some(at("2026-01-02T03:00:00Z"))
        );

        let quarter_hours = Schedule::parse("cron(0/15 * * * ? *)").unwrap();
        assert_eq!(
            quarter_hours.next_after(at("2026-01-01T10:16:00Z")),
            Some(at("2026-01-01T10:30:00Z"))
        );
    }

    #[test]
    fn cron_weekdays_count_from_sunday_and_accept_names() {
        // 2026-01-01 is a Thursday; the next Monday is 2026-01-05.
        let mondays = Schedule::parse("cron(30 8 ? * MON *)").unwrap();
        assert_eq!(
            mondays.next_after(at("2026-01-01T00:00:00Z")),
            Some(at("2026-01-05T08:30:00Z"))
        );
        let weekdays = Schedule::parse("cron(0 9 ? * 2-6 *)").unwrap();
        assert_eq!(
            weekdays.next_after(at("2026-01-02T10:00:00Z")),
            Some(at("2026-01-05T09:00:00Z"))
        );
    }

    #[test]
    fn cron_errors_name_the_problem() {
        for bad in [
            "cron(0 3 * * *)",
            "cron(61 * * * ? *)",
            "cron(0 3 1 * MON *)",
            "cron(0 3 L * ? *)",
            "cron(0 5-2 * * ? *)",
        ] {
            assert!(
                matches!(Schedule::parse(bad), Err(ScheduleError::BadCron { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn cron_in_a_past_year_never_fires() {
        let past = Schedule::parse("cron(0 0 1 1 ? 2020)").unwrap();
        assert_eq!(past.next_after(at("2026-01-01T00:00:00Z")), None);
    }
}
