//! Send windows and pacing: when a campaign message may leave.
//!
//! A campaign sends only inside a weekly window (some days of the week, between two whole
//! hours) in the recipient's local time when we know it, else in the schedule's time zone, so a
//! prospect in Tokyo is not emailed at 3 a.m. because the campaign was set up in London. Inside
//! the window, [`next_slot`] spaces one sender's messages out.
//!
//! Windows are computed from local dates and resolved to instants, never by adding 24 hours,
//! so they follow daylight-saving changes: 09:00 stays 09:00 local after the clocks move.
//! Everything here is a pure function of its inputs, including the clock.

use chrono::{DateTime, Datelike, Days, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono::{Utc, Weekday};
use chrono_tz::Tz;
use rand::Rng;

/// Pacing defaults for a sender without its own settings: 90 s to 2.5 min between messages.
pub const DEFAULT_MIN_GAP_SECONDS: i64 = 90;
pub const DEFAULT_JITTER_SECONDS: i64 = 60;
/// SQS refuses a `DelaySeconds` above 15 minutes; a later slot is re-queued when it arrives.
pub const MAX_SQS_DELAY_SECONDS: i64 = 900;

/// Days as the API spells them, Monday first (the order of `Weekday::num_days_from_monday`).
const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
/// Local days [`next_opening`] looks at after today: every allowed weekday recurs within
/// seven days, and the eighth covers a window that a DST change emptied a week earlier.
const SEARCH_DAYS: u64 = 8;
/// How far [`resolve`] walks through a DST gap. The longest gap in the tz database is a whole
/// day (Samoa skipped 2011-12-30), so two days is a safe bound.
const MAX_GAP_MINUTES: u32 = 2 * 24 * 60;

/// A set of weekdays, one bit per day, Monday in the lowest bit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DaySet(u8);

impl DaySet {
    pub const ALL: DaySet = DaySet(0b111_1111);

    pub fn insert(&mut self, day: Weekday) {
        self.0 |= 1 << day.num_days_from_monday();
    }

    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.num_days_from_monday()) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 & Self::ALL.0 == 0
    }

    /// The days as the API spells them, Monday first, so a schedule reads back as written.
    pub fn names(self) -> Vec<&'static str> {
        DAY_NAMES
            .iter()
            .zip(0u8..)
            .filter(|(_, bit)| self.0 & (1 << bit) != 0)
            .map(|(name, _)| *name)
            .collect()
    }

    /// "mon".."sun", lowercase only: the API has one spelling per day.
    pub fn parse_day(name: &str) -> Option<Weekday> {
        let index = DAY_NAMES.iter().position(|day| *day == name)?;
        // `index` is below 7, and `Weekday::try_from` numbers Monday as 0.
        Weekday::try_from(u8::try_from(index).ok()?).ok()
    }
}

impl FromIterator<Weekday> for DaySet {
    fn from_iter<I: IntoIterator<Item = Weekday>>(days: I) -> Self {
        let mut set = DaySet::default();
        days.into_iter().for_each(|day| set.insert(day));
        set
    }
}

/// A campaign's weekly send window: `[start_hour:00, end_hour:00)` local time, opening on
/// each of `days`. `end_hour` 24 means the window runs to the next midnight; an `end_hour` at
/// or before `start_hour` means it runs past midnight into the next day (22 to 6 is overnight,
/// and equal hours make a whole day), so every pair of hours in range is a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub timezone: Tz,
    pub days: DaySet,
    pub start_hour: u32,
    pub end_hour: u32,
}

impl Schedule {
    /// Validates a schedule as the API receives it, reporting every bad field at once as
    /// `(field, message)` pairs so a form can mark them all.
    pub fn new(
        timezone: &str,
        days: &[String],
        start_hour: i32,
        end_hour: i32,
    ) -> Result<Schedule, Vec<(String, String)>> {
        let mut errors: Vec<(String, String)> = Vec::new();
        let mut fail = |field: &str, message: &str| errors.push((field.into(), message.into()));

        // Exact spelling only: chrono-tz is built without its "case-insensitive" feature.
        let tz = timezone.parse::<Tz>().ok();
        if tz.is_none() {
            fail(
                "schedule.timezone",
                "Must be an IANA time zone name such as America/New_York.",
            );
        }
        let mut set = DaySet::default();
        if days.is_empty() {
            fail("schedule.days", "Choose at least one day.");
        }
        for day in days {
            match DaySet::parse_day(day) {
                Some(day) => set.insert(day),
                None => fail(
                    "schedule.days",
                    "Each day must be one of mon, tue, wed, thu, fri, sat, sun.",
                ),
            }
        }
        let start = u32::try_from(start_hour).ok().filter(|hour| *hour <= 23);
        if start.is_none() {
            fail("schedule.start_hour", "Must be a whole hour from 0 to 23.");
        }
        let end = u32::try_from(end_hour)
            .ok()
            .filter(|hour| (1..=24).contains(hour));
        if end.is_none() {
            fail("schedule.end_hour", "Must be a whole hour from 1 to 24.");
        }
        match (tz, start, end) {
            (Some(timezone), Some(start_hour), Some(end_hour)) if errors.is_empty() => {
                Ok(Schedule {
                    timezone,
                    days: set,
                    start_hour,
                    end_hour,
                })
            }
            _ => Err(errors),
        }
    }
}

/// Whether a message may leave at `now`: inside the window, on an allowed day, in the
/// recipient's time zone when known, else the schedule's.
pub fn is_open(schedule: &Schedule, recipient_tz: Option<Tz>, now: DateTime<Utc>) -> bool {
    let tz = recipient_tz.unwrap_or(schedule.timezone);
    // A window belongs to the local date it opens on but can end on the next one (end_hour 24,
    // or a gap pushing the opening past midnight), so the neighbouring dates are checked too.
    local_days(tz, now, 1, 1).any(|date| {
        window_on(schedule, tz, date).is_some_and(|(open, close)| open <= now && now < close)
    })
}

/// `now` when the window is open, else the earliest later instant at which it opens. The
/// scheduler holds a due message until then instead of sending it at night.
pub fn next_opening(
    schedule: &Schedule,
    recipient_tz: Option<Tz>,
    now: DateTime<Utc>,
) -> DateTime<Utc> {
    if is_open(schedule, recipient_tz, now) {
        return now;
    }
    let tz = recipient_tz.unwrap_or(schedule.timezone);
    local_days(tz, now, 1, SEARCH_DAYS)
        .filter_map(|date| window_on(schedule, tz, date))
        .map(|(open, _)| open)
        .filter(|open| *open > now)
        .min()
        // Only a hand-built schedule with no days (or impossible hours) never opens; answer
        // with the end of the search so the caller looks again later rather than sending.
        .unwrap_or_else(|| {
            now.checked_add_days(Days::new(SEARCH_DAYS))
                .unwrap_or(DateTime::<Utc>::MAX_UTC)
        })
}

/// The local dates from `before` days before `now`'s local date to `after` days after it.
fn local_days(
    tz: Tz,
    now: DateTime<Utc>,
    before: u64,
    after: u64,
) -> impl Iterator<Item = NaiveDate> {
    let today = now.with_timezone(&tz).date_naive();
    let first = today.checked_sub_days(Days::new(before)).unwrap_or(today);
    let count = usize::try_from(before + after + 1).unwrap_or(usize::MAX);
    first.iter_days().take(count)
}

/// The window on local `date` as instants `[open, close)`, or `None` when the day is not
/// allowed, the hours are impossible, or a DST gap swallowed the whole window.
fn window_on(
    schedule: &Schedule,
    tz: Tz,
    date: NaiveDate,
) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    if !schedule.days.contains(date.weekday()) {
        return None;
    }
    let open = resolve(
        tz,
        date.and_time(NaiveTime::from_hms_opt(schedule.start_hour, 0, 0)?),
    )?;
    let close_local = if schedule.end_hour == 24 {
        date.succ_opt()?.and_time(NaiveTime::MIN)
    } else if schedule.end_hour <= schedule.start_hour {
        // Overnight: the window opened on `date` closes on the next local date.
        date.succ_opt()?
            .and_time(NaiveTime::from_hms_opt(schedule.end_hour, 0, 0)?)
    } else {
        date.and_time(NaiveTime::from_hms_opt(schedule.end_hour, 0, 0)?)
    };
    let close = resolve(tz, close_local)?;
    (open < close).then_some((open, close))
}

/// The first instant at which the clock in `tz` reads `local`: the earlier one when the clocks
/// fall back and `local` happens twice, and the end of the gap when they spring forward over it
/// (02:00 on 2026-03-08 in New York becomes 03:00 EDT).
fn resolve(tz: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    let mut candidate = local;
    for _ in 0..=MAX_GAP_MINUTES {
        if let Some(instant) = tz.from_local_datetime(&candidate).earliest() {
            return Some(instant.with_timezone(&Utc));
        }
        candidate = candidate.checked_add_signed(Duration::minutes(1))?;
    }
    None
}

/// How far apart one sender's messages go out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pacing {
    pub min_gap: Duration,
    pub jitter: Duration,
}

impl Default for Pacing {
    fn default() -> Self {
        Pacing {
            min_gap: Duration::seconds(DEFAULT_MIN_GAP_SECONDS),
            jitter: Duration::seconds(DEFAULT_JITTER_SECONDS),
        }
    }
}

/// The earliest time a sender's next message may go: `last_slot + min_gap + jitter`, with
/// jitter drawn from `[0, pacing.jitter]`, but never before `earliest`. This spreads one
/// sender's sends out so ten due messages don't leave in the same second, as cold-email tools
/// do: a burst from one mailbox, or a perfectly regular beat, looks automated to providers.
pub fn next_slot(
    last_slot: Option<DateTime<Utc>>,
    earliest: DateTime<Utc>,
    pacing: &Pacing,
    rng: &mut impl Rng,
) -> DateTime<Utc> {
    let Some(last) = last_slot else {
        return earliest;
    };
    let jitter_ms = pacing.jitter.num_milliseconds().max(0);
    let jitter = Duration::try_milliseconds(rng.random_range(0..=jitter_ms)).unwrap_or_default();
    let paced = pacing
        .min_gap
        .max(Duration::zero())
        .checked_add(&jitter)
        .and_then(|wait| last.checked_add_signed(wait))
        .unwrap_or(DateTime::<Utc>::MAX_UTC);
    paced.max(earliest)
}

/// The SQS `DelaySeconds` that holds a message until `slot`, clamped into `0..=900`. Part of a
/// second rounds up so a message never leaves before its slot.
pub fn sqs_delay_seconds(slot: DateTime<Utc>, now: DateTime<Utc>) -> i32 {
    let millis = slot.signed_duration_since(now).num_milliseconds();
    let seconds = millis.saturating_add(999).div_euclid(1000);
    let clamped = seconds.clamp(0, MAX_SQS_DELAY_SECONDS);
    // `clamped` is within 0..=900, which always fits an i32; the fallback is unreachable.
    i32::try_from(clamped).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    fn utc(month: u32, day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, month, day, hour, minute, 0)
            .single()
            .expect("valid time")
    }

    fn schedule(tz: &str, days: &[&str], start: i32, end: i32) -> Schedule {
        let days: Vec<String> = days.iter().map(|day| day.to_string()).collect();
        Schedule::new(tz, &days, start, end).expect("valid schedule")
    }

    const WEEKDAYS: [&str; 5] = ["mon", "tue", "wed", "thu", "fri"];

    #[test]
    fn new_york_friday_evening_waits_for_monday_after_the_dst_change() {
        let s = schedule("America/New_York", &WEEKDAYS, 9, 17);
        let friday_close = utc(3, 6, 22, 0);
        assert!(!is_open(&s, None, friday_close));
        assert_eq!(next_opening(&s, None, friday_close), utc(3, 9, 13, 0));
    }

    #[test]
    fn inside_the_window_the_opening_is_now() {
        let s = schedule("America/New_York", &WEEKDAYS, 9, 17);
        let now = utc(3, 9, 13, 30);
        assert!(is_open(&s, None, now));
        assert_eq!(next_opening(&s, None, now), now);
    }

    #[test]
    fn a_start_hour_in_the_spring_forward_gap_opens_when_the_gap_ends() {
        let s = schedule("America/New_York", &DAY_NAMES, 2, 5);
        assert_eq!(next_opening(&s, None, utc(3, 8, 5, 0)), utc(3, 8, 7, 0));
    }

    #[test]
    fn an_ambiguous_start_hour_takes_the_earlier_instant() {
        let s = schedule("Europe/London", &DAY_NAMES, 1, 3);
        assert_eq!(
            next_opening(&s, None, utc(10, 24, 23, 30)),
            utc(10, 25, 0, 0)
        );
    }

    #[test]
    fn london_friday_evening_waits_for_monday_in_gmt() {
        let s = schedule("Europe/London", &WEEKDAYS, 9, 17);
        assert_eq!(
            next_opening(&s, None, utc(10, 23, 16, 30)),
            utc(10, 26, 9, 0)
        );
    }

    #[test]
    fn the_recipient_time_zone_overrides_the_schedule() {
        let s = schedule("Europe/London", &DAY_NAMES, 9, 17);
        let now = utc(6, 1, 10, 0);
        assert!(is_open(&s, None, now));
        let tokyo = Some(chrono_tz::Asia::Tokyo);
        assert!(!is_open(&s, tokyo, now));
        assert_eq!(next_opening(&s, tokyo, now), utc(6, 2, 0, 0));
    }

    #[test]
    fn only_the_listed_days_open() {
        let s = schedule("Europe/London", &["wed"], 9, 17);
        // Wednesday 18:00 BST, then Thursday 10:00 BST.
        assert_eq!(next_opening(&s, None, utc(6, 10, 17, 0)), utc(6, 17, 8, 0));
        assert_eq!(next_opening(&s, None, utc(6, 11, 9, 0)), utc(6, 17, 8, 0));
        assert_eq!(s.days.names(), ["wed"]);
    }

    #[test]
    fn end_hour_24_runs_to_midnight() {
        let s = schedule("America/New_York", &DAY_NAMES, 20, 24);
        // 23:59 EDT on 2026-06-10, then midnight.
        assert!(is_open(&s, None, utc(6, 11, 3, 59)));
        assert!(!is_open(&s, None, utc(6, 11, 4, 0)));
        assert_eq!(next_opening(&s, None, utc(6, 11, 4, 0)), utc(6, 12, 0, 0));
    }

    #[test]
    fn an_overnight_window_belongs_to_the_day_it_opens() {
        // Friday 22:00 to Saturday 06:00 in New York, EDT (UTC-4) in June.
        let s = schedule("America/New_York", &["fri"], 22, 6);
        assert!(!is_open(&s, None, utc(6, 13, 1, 59)));
        assert!(is_open(&s, None, utc(6, 13, 2, 0)));
        assert!(is_open(&s, None, utc(6, 13, 9, 59)));
        assert!(!is_open(&s, None, utc(6, 13, 10, 0)));
        // Saturday night does not open: only Friday is listed.
        assert_eq!(next_opening(&s, None, utc(6, 13, 10, 0)), utc(6, 20, 2, 0));
    }

    #[test]
    fn an_overnight_window_across_the_fall_back_is_an_hour_longer() {
        // Saturday 2026-10-24 22:00 BST to Sunday 06:00 GMT: nine hours, not eight.
        let s = schedule("Europe/London", &["sat"], 22, 6);
        assert_eq!(
            next_opening(&s, None, utc(10, 24, 12, 0)),
            utc(10, 24, 21, 0)
        );
        assert!(is_open(&s, None, utc(10, 25, 5, 59)));
        assert!(!is_open(&s, None, utc(10, 25, 6, 0)));
    }

    #[test]
    fn equal_hours_make_a_whole_day() {
        let s = schedule("UTC", &["mon"], 9, 9);
        // Monday 2026-06-01 09:00 UTC to Tuesday 09:00.
        assert!(!is_open(&s, None, utc(6, 1, 8, 59)));
        assert!(is_open(&s, None, utc(6, 1, 9, 0)));
        assert!(is_open(&s, None, utc(6, 2, 8, 59)));
        assert!(!is_open(&s, None, utc(6, 2, 9, 0)));
    }

    #[test]
    fn invalid_fields_are_all_reported() {
        let fields = |tz: &str, days: &[&str], start: i32, end: i32| -> Vec<String> {
            let days: Vec<String> = days.iter().map(|day| day.to_string()).collect();
            let errors = Schedule::new(tz, &days, start, end).expect_err("invalid");
            errors.into_iter().map(|(field, _)| field).collect()
        };
        assert_eq!(
            fields("Mars/Olympus", &["mon"], 9, 17),
            ["schedule.timezone"]
        );
        assert_eq!(fields("UTC", &[], 9, 17), ["schedule.days"]);
        assert_eq!(fields("UTC", &["mon", "funday"], 9, 17), ["schedule.days"]);
        assert_eq!(fields("UTC", &["mon"], 9, 0), ["schedule.end_hour"]);
        assert_eq!(fields("UTC", &["mon"], 9, 25), ["schedule.end_hour"]);
        assert_eq!(fields("UTC", &["mon"], -1, 17), ["schedule.start_hour"]);
        assert_eq!(
            fields("nowhere", &["Mon"], 24, 0),
            [
                "schedule.timezone",
                "schedule.days",
                "schedule.start_hour",
                "schedule.end_hour"
            ]
        );
        assert_eq!(
            schedule("UTC", &["fri", "mon", "fri"], 0, 24).days.names(),
            ["mon", "fri"]
        );
    }

    #[test]
    fn next_slot_spaces_sends_with_jitter() {
        let pacing = Pacing::default();
        let mut rng = StdRng::seed_from_u64(7);
        let earliest = utc(6, 1, 9, 0);
        assert_eq!(next_slot(None, earliest, &pacing, &mut rng), earliest);
        let last = utc(6, 1, 10, 0);
        let slots: Vec<_> = (0..100)
            .map(|_| next_slot(Some(last), earliest, &pacing, &mut rng))
            .collect();
        assert!(slots.iter().all(|slot| {
            (utc(6, 1, 10, 1) + Duration::seconds(30)..=utc(6, 1, 10, 2) + Duration::seconds(30))
                .contains(slot)
        }));
        assert!(slots.iter().any(|slot| *slot != slots[0]), "jitter varies");
        let later = utc(6, 1, 11, 0);
        assert_eq!(next_slot(Some(last), later, &pacing, &mut rng), later);
    }

    #[test]
    fn sqs_delay_is_clamped_and_rounds_up() {
        let now = utc(6, 1, 10, 0);
        assert_eq!(sqs_delay_seconds(now - Duration::minutes(5), now), 0);
        assert_eq!(sqs_delay_seconds(now + Duration::minutes(20), now), 900);
        assert_eq!(
            sqs_delay_seconds(now + Duration::milliseconds(1500), now),
            2
        );
    }

    #[test]
    fn every_hour_of_2026_agrees_with_itself() {
        let s = schedule("America/New_York", &WEEKDAYS, 9, 17);
        let tz = chrono_tz::America::New_York;
        let mut open_hours = 0;
        for hour in 0..8760 {
            let now = utc(1, 1, 0, 0) + Duration::hours(hour);
            let opening = next_opening(&s, None, now);
            assert!(opening >= now, "{now}");
            assert!(is_open(&s, None, opening), "{now} -> {opening}");
            assert!(opening - now <= Duration::hours(65), "{now} -> {opening}");
            if is_open(&s, None, now) {
                open_hours += 1;
                assert_eq!(opening, now);
            } else {
                assert_ne!(opening, now);
                let local = opening.with_timezone(&tz);
                assert_eq!(
                    (
                        local.format("%H:%M").to_string(),
                        local.weekday().num_days_from_monday() < 5
                    ),
                    ("09:00".into(), true),
                    "{now}"
                );
            }
        }
        // 261 weekdays in 2026, eight open hours each.
        assert_eq!(open_hours, 261 * 8);
    }
}
