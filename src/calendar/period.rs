//! Periods of time per Regulation (EEC, Euratom) No 1182/71, Art. 3.
//!
//! - Art. 3(1): the day of the event (e.g. receipt) is not counted.
//! - Art. 3(2)(c): a period in months ends with the last hour of the day in the last month
//!   that has the same date as the day of the event; if that month has no such date, with
//!   the last hour of its last day.
//! - Art. 3(4): a last day that is a public holiday, Saturday or Sunday moves to the next
//!   working day.

use chrono::{Datelike, NaiveDate};

use super::HolidayCalendar;

/// The first date the crate's period arithmetic supports.
pub const FIRST_SUPPORTED: NaiveDate = NaiveDate::from_ymd_opt(1900, 1, 1).expect("a valid date");
/// The last date the crate's period arithmetic supports.
pub const LAST_SUPPORTED: NaiveDate = NaiveDate::from_ymd_opt(2200, 12, 31).expect("a valid date");

/// A date outside [`FIRST_SUPPORTED`]..=[`LAST_SUPPORTED`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{date} is outside the supported range {FIRST_SUPPORTED} to {LAST_SUPPORTED}")]
pub struct DateOutOfRange {
    /// The date given.
    pub date: NaiveDate,
}

/// Checks that `date` is in the supported range.
///
/// # Errors
/// [`DateOutOfRange`] when it is not.
pub fn check_range(date: NaiveDate) -> Result<NaiveDate, DateOutOfRange> {
    if (FIRST_SUPPORTED..=LAST_SUPPORTED).contains(&date) {
        Ok(date)
    } else {
        Err(DateOutOfRange { date })
    }
}

/// The same date `months` later, clamped to the last day of that month (Art. 3(2)(c)); no
/// working-day roll. 31 January plus one month is 28 February, or 29 February in a leap year.
///
/// # Panics
/// Only beyond chrono's range (year 262142); use [`checked_add_months`] for arbitrary input.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::calendar::add_months;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(add_months(d(2026, 1, 31), 1), d(2026, 2, 28));
/// assert_eq!(add_months(d(2028, 1, 31), 1), d(2028, 2, 29));
/// ```
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    checked_add_months(date, months)
        .expect("dates in the supported range stay inside chrono's range")
}

/// [`add_months`], or `None` beyond chrono's range.
///
/// Month arithmetic on year, month and day directly: about twice as fast as
/// `NaiveDate::checked_add_months`, which retention sweeps call once per record.
#[inline]
pub fn checked_add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    let total = i64::from(date.year()) * 12 + i64::from(date.month0()) + i64::from(months);
    let year = i32::try_from(total.div_euclid(12)).ok()?;
    let month0 = total.rem_euclid(12) as usize;
    let leap = is_leap_year(year);
    let day = date.day().min(DAYS_IN_MONTH[usize::from(leap)][month0]);
    // Day of the year from a cumulative table: cheaper than validating year-month-day.
    NaiveDate::from_yo_opt(year, DAYS_BEFORE_MONTH[usize::from(leap)][month0] + day)
}

const DAYS_IN_MONTH: [[u32; 12]; 2] = [
    [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
    [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
];

const DAYS_BEFORE_MONTH: [[u32; 12]; 2] = [
    [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334],
    [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335],
];

/// Whether `year` is a Gregorian leap year.
pub const fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The number of days in `month` (1–12) of `year` (Gregorian).
pub const fn days_in_month(year: i32, month: u32) -> u32 {
    DAYS_IN_MONTH[is_leap_year(year) as usize][(month - 1) as usize]
}

/// The last day of a period of `months` from an event on `event`, rolled to a working day
/// (Art. 3(1), 3(2)(c), 3(4)).
///
/// # Errors
/// [`DateOutOfRange`] when `event` is outside the supported range.
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::calendar::{Finland, period::end_of_months};
///
/// let received = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
/// // 5 April 2026 is Easter Sunday and 6 April Easter Monday.
/// assert_eq!(end_of_months(received, 1, &Finland::new())?, NaiveDate::from_ymd_opt(2026, 4, 7).unwrap());
/// # Ok::<(), gdpr::calendar::DateOutOfRange>(())
/// ```
pub fn end_of_months<C: HolidayCalendar + ?Sized>(
    event: NaiveDate,
    months: u32,
    calendar: &C,
) -> Result<NaiveDate, DateOutOfRange> {
    Ok(end_of_months_checked(check_range(event)?, months, calendar))
}

/// [`end_of_months`] for an event already checked to be in range.
#[inline]
pub(crate) fn end_of_months_checked<C: HolidayCalendar + ?Sized>(
    event: NaiveDate,
    months: u32,
    calendar: &C,
) -> NaiveDate {
    calendar.roll_forward(add_months(event, months))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn month_end_clamping_in_leap_and_common_years() {
        assert_eq!(add_months(date(2024, 1, 31), 1), date(2024, 2, 29));
        assert_eq!(add_months(date(2026, 1, 31), 1), date(2026, 2, 28));
        assert_eq!(add_months(date(2024, 2, 29), 12), date(2025, 2, 28));
        assert_eq!(add_months(date(2024, 2, 29), 48), date(2028, 2, 29));
        assert_eq!(add_months(date(2026, 8, 31), 1), date(2026, 9, 30));
        assert_eq!(add_months(date(2026, 11, 30), 3), date(2027, 2, 28));
        assert_eq!(
            add_months(date(2100, 1, 29), 1),
            date(2100, 2, 28),
            "2100 is not a leap year"
        );
    }

    #[test]
    fn agrees_with_chrono_on_every_day_and_offset() {
        let mut day = date(1895, 1, 1);
        while day < date(2210, 1, 1) {
            for months in [0, 1, 3, 11, 12, 13, 120, 1200] {
                assert_eq!(
                    checked_add_months(day, months),
                    day.checked_add_months(chrono::Months::new(months)),
                    "{day} + {months}"
                );
            }
            day = day.succ_opt().unwrap();
        }
        assert_eq!(checked_add_months(NaiveDate::MAX, 1), None);
    }

    #[test]
    fn range_is_checked() {
        assert!(check_range(date(1899, 12, 31)).is_err());
        assert!(check_range(date(2201, 1, 1)).is_err());
        let err = check_range(date(2201, 1, 1)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "2201-01-01 is outside the supported range 1900-01-01 to 2200-12-31"
        );
    }
}
