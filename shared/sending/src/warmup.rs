//! The warm-up ramp: a new sender starts with a low daily cap that grows each day until it
//! reaches the configured cap, so mailbox providers see volume build up gradually.
//!
//! Days are UTC calendar days, the same days the daily cap is counted in: the day warm-up
//! starts is day 0 and allows `start_cap`; each following day allows `daily_increase` more.
//! Everything here is a pure function of its inputs, including the clock.

use chrono::{DateTime, Days, NaiveDate, Utc};

/// Defaults for a sender created without a `warmup` object: 20 on the first day, +10 a day,
/// which reaches a 50/day cap on day 3 and 200/day on day 18.
pub const DEFAULT_START_CAP: i32 = 20;
pub const DEFAULT_DAILY_INCREASE: i32 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ramp {
    pub start_cap: i32,
    pub daily_increase: i32,
    pub started_at: DateTime<Utc>,
}

impl Ramp {
    /// Whole UTC days since warm-up started; 0 on the start day and before it.
    pub fn day(&self, now: DateTime<Utc>) -> i64 {
        (now.date_naive() - self.started_at.date_naive())
            .num_days()
            .max(0)
    }

    /// How many messages the sender may send on the UTC day of `now`.
    pub fn today_cap(&self, daily_cap: i32, now: DateTime<Utc>) -> i32 {
        let ramped = i64::from(self.start_cap)
            .saturating_add(self.day(now).saturating_mul(i64::from(self.daily_increase)));
        let capped = ramped.min(i64::from(daily_cap)).max(1);
        i32::try_from(capped).unwrap_or(daily_cap)
    }

    /// The first UTC day on which the full daily cap applies.
    pub fn full_cap_on(&self, daily_cap: i32) -> NaiveDate {
        let start = self.started_at.date_naive();
        let remaining = i64::from(daily_cap) - i64::from(self.start_cap);
        if remaining <= 0 || self.daily_increase <= 0 {
            return start;
        }
        let increase = i64::from(self.daily_increase);
        let days = (remaining + increase - 1) / increase;
        start
            .checked_add_days(Days::new(u64::try_from(days).unwrap_or(0)))
            .unwrap_or(NaiveDate::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, day, hour, 0, 0)
            .single()
            .expect("valid time")
    }

    fn ramp() -> Ramp {
        Ramp {
            start_cap: 20,
            daily_increase: 15,
            started_at: at(1, 22),
        }
    }

    #[test]
    fn grows_by_the_increase_each_utc_day_up_to_the_cap() {
        let ramp = ramp();
        let caps: Vec<i32> = (1..=8).map(|day| ramp.today_cap(100, at(day, 9))).collect();
        assert_eq!(caps, [20, 35, 50, 65, 80, 95, 100, 100]);
        assert_eq!(
            ramp.full_cap_on(100),
            NaiveDate::from_ymd_opt(2026, 3, 7).expect("date")
        );
    }

    #[test]
    fn the_day_changes_at_utc_midnight_not_24_hours_after_the_start() {
        let ramp = ramp();
        assert_eq!(ramp.today_cap(100, at(1, 23)), 20);
        assert_eq!(ramp.today_cap(100, at(2, 0)), 35);
    }

    #[test]
    fn a_clock_before_the_start_gets_the_start_cap() {
        assert_eq!(
            ramp().today_cap(100, at(1, 0) - chrono::Duration::days(3)),
            20
        );
    }

    #[test]
    fn a_start_cap_at_or_above_the_daily_cap_means_no_ramp() {
        let ramp = Ramp {
            start_cap: 50,
            ..ramp()
        };
        assert_eq!(ramp.today_cap(30, at(1, 23)), 30);
        assert_eq!(ramp.full_cap_on(30), at(1, 0).date_naive());
    }

    #[test]
    fn years_later_the_arithmetic_saturates_at_the_cap() {
        let ramp = Ramp {
            daily_increase: i32::MAX,
            ..ramp()
        };
        let far = at(1, 0) + chrono::Duration::days(365 * 200);
        assert_eq!(ramp.today_cap(10_000, far), 10_000);
    }
}
