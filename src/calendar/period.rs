//! Periods of time per Regulation (EEC, Euratom) No 1182/71, Art. 3.
//!
//! - Art. 3(1): the day of the event (e.g. receipt) is not counted.
//! - Art. 3(2)(c): a period in months ends with the last hour of the day in the last month
//!   that has the same date as the day of the event; if that month has no such date, with
//!   the last hour of its last day.
//! - Art. 3(4): a last day that is a public holiday, Saturday or Sunday moves to the next
//!   working day.

use chrono::{Months, NaiveDate};

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
/// Never for dates in the supported range; `chrono` supports years up to 262142.
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .expect("dates in the supported range stay inside chrono's range")
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
pub fn end_of_months(
    event: NaiveDate,
    months: u32,
    calendar: &dyn HolidayCalendar,
) -> Result<NaiveDate, DateOutOfRange> {
    let event = check_range(event)?;
    Ok(calendar.roll_forward(add_months(event, months)))
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
