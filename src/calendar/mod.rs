//! Working days and period arithmetic for statutory time limits.
//!
//! A [`HolidayCalendar`] says whether a date is a working day. [`Finland`] knows every
//! non-working day of Act 150/1930 s. 5; [`WeekendsOnly`] is the EU default of Reg. (EEC,
//! Euratom) 1182/71 without national holidays; [`WithClosedDays`] adds days an office is
//! closed, and [`Both`] combines two calendars (a day is a working day only if it is one in
//! both). Periods follow Reg. 1182/71 Art. 3 ([`period`]).
//!
//! ```
//! use chrono::NaiveDate;
//! use gdpr::calendar::{Finland, HolidayCalendar};
//!
//! let finland = Finland::new();
//! let good_friday = NaiveDate::from_ymd_opt(2026, 4, 3).unwrap();
//! assert!(!finland.is_working_day(good_friday));
//! assert_eq!(finland.roll_forward(good_friday), NaiveDate::from_ymd_opt(2026, 4, 7).unwrap());
//! ```

mod finland;
pub mod period;
mod state;
mod states;
mod table;

use std::collections::HashSet;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate, Weekday};

pub use finland::{Finland, Holiday, easter_sunday, holidays};
pub use period::{DateOutOfRange, FIRST_SUPPORTED, LAST_SUPPORTED, add_months};
pub use state::{
    DayKind, DayRule, Easter, HolidayRule, LAST_YEAR, RegionRules, StateCalendar, StateHoliday,
    StateRules, Substitute, UnknownCalendar, all_states, codes, for_country, for_register,
    for_state, orthodox_easter_sunday,
};

/// Whether a date is a working day, for rolling the last day of a statutory period.
///
/// Implementations must be cheap: deadlines ask for every candidate day.
pub trait HolidayCalendar: Send + Sync {
    /// Whether `date` is a working day.
    fn is_working_day(&self, date: NaiveDate) -> bool;

    /// `date` if it is a working day, else the next working day after it
    /// (Reg. 1182/71 Art. 3(4); Act 150/1930 s. 5).
    fn roll_forward(&self, date: NaiveDate) -> NaiveDate {
        let mut day = date;
        // No calendar closes more than a few weeks in a row; a bound keeps a broken
        // implementation from looping for ever.
        for _ in 0..366 {
            if self.is_working_day(day) {
                return day;
            }
            match day.succ_opt() {
                Some(next) => day = next,
                None => return day,
            }
        }
        day
    }
}

impl<C: HolidayCalendar + ?Sized> HolidayCalendar for &C {
    fn is_working_day(&self, date: NaiveDate) -> bool {
        (**self).is_working_day(date)
    }
}

impl<C: HolidayCalendar + ?Sized> HolidayCalendar for Box<C> {
    fn is_working_day(&self, date: NaiveDate) -> bool {
        (**self).is_working_day(date)
    }
}

impl<C: HolidayCalendar + ?Sized> HolidayCalendar for Arc<C> {
    fn is_working_day(&self, date: NaiveDate) -> bool {
        (**self).is_working_day(date)
    }
}

/// Saturdays and Sundays only: the EU default when no national calendar applies.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WeekendsOnly;

impl HolidayCalendar for WeekendsOnly {
    fn is_working_day(&self, date: NaiveDate) -> bool {
        !is_weekend(date)
    }
}

pub(crate) fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// A calendar with extra closed days, e.g. an office closed for a move.
#[derive(Debug, Clone)]
pub struct WithClosedDays<C> {
    inner: C,
    closed: HashSet<NaiveDate>,
}

impl<C: HolidayCalendar> WithClosedDays<C> {
    /// `inner` with `closed` added as non-working days.
    pub fn new(inner: C, closed: impl IntoIterator<Item = NaiveDate>) -> Self {
        Self {
            inner,
            closed: closed.into_iter().collect(),
        }
    }

    /// The added closed days.
    pub fn closed_days(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.closed.iter().copied()
    }
}

impl<C: HolidayCalendar> HolidayCalendar for WithClosedDays<C> {
    fn is_working_day(&self, date: NaiveDate) -> bool {
        !self.closed.contains(&date) && self.inner.is_working_day(date)
    }
}

/// Two calendars combined: a day is a working day only if both say so.
#[derive(Debug, Clone, Copy, Default)]
pub struct Both<A, B>(pub A, pub B);

impl<A: HolidayCalendar, B: HolidayCalendar> HolidayCalendar for Both<A, B> {
    fn is_working_day(&self, date: NaiveDate) -> bool {
        self.0.is_working_day(date) && self.1.is_working_day(date)
    }
}

/// Combinators for any calendar.
pub trait HolidayCalendarExt: HolidayCalendar + Sized {
    /// Adds closed days.
    fn with_closed_days(self, closed: impl IntoIterator<Item = NaiveDate>) -> WithClosedDays<Self> {
        WithClosedDays::new(self, closed)
    }

    /// Combines with another calendar.
    fn and<B: HolidayCalendar>(self, other: B) -> Both<Self, B> {
        Both(self, other)
    }
}

impl<C: HolidayCalendar + Sized> HolidayCalendarExt for C {}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn closed_days_compose_with_any_calendar() {
        let moving_day = date(2026, 4, 2); // a Thursday
        let calendar = Finland::new().with_closed_days([moving_day]);
        assert!(!calendar.is_working_day(moving_day));
        // Thursday closed, Good Friday, weekend, Easter Monday: the next working day is Tuesday.
        assert_eq!(calendar.roll_forward(moving_day), date(2026, 4, 7));
        let weekends = WeekendsOnly.with_closed_days([moving_day]);
        assert_eq!(weekends.roll_forward(moving_day), date(2026, 4, 3));
    }

    #[test]
    fn either_needs_both() {
        let a = WeekendsOnly.with_closed_days([date(2026, 1, 7)]);
        let b = WeekendsOnly.with_closed_days([date(2026, 1, 8)]);
        let both = a.and(b);
        assert_eq!(both.roll_forward(date(2026, 1, 7)), date(2026, 1, 9));
        let boxed: Box<dyn HolidayCalendar> = Box::new(both);
        assert!(!boxed.is_working_day(date(2026, 1, 8)));
    }
}
