//! The Art. 12(3) deadlines of a subject request.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::calendar::HolidayCalendar;
use crate::calendar::period::{DateOutOfRange, check_range, end_of_months_checked};

/// The time zone of Finnish controllers.
pub const HELSINKI: Tz = chrono_tz::Europe::Helsinki;

/// The controller's local date on which a request arriving at `instant` was received.
///
/// The date of receipt is a local date: a request arriving at 23:30 UTC on 4 March is
/// received on 5 March in Helsinki (UTC+2).
///
/// ```
/// use chrono::{NaiveDate, TimeZone, Utc};
/// use gdpr::request::{HELSINKI, received_on};
/// let instant = Utc.with_ymd_and_hms(2026, 3, 4, 23, 30, 0).unwrap();
/// assert_eq!(received_on(instant, HELSINKI), NaiveDate::from_ymd_opt(2026, 3, 5).unwrap());
/// ```
pub fn received_on(instant: DateTime<Utc>, zone: Tz) -> NaiveDate {
    instant.with_timezone(&zone).date_naive()
}

/// The deadlines of a request received on `received`, Art. 12(3) GDPR with the periods of
/// Reg. 1182/71 Art. 3 (see [`crate::calendar::period`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Deadlines {
    /// The date of receipt (not counted).
    pub received: NaiveDate,
    /// One month from receipt, rolled to a working day: the answer is due.
    pub due: NaiveDate,
    /// The last day to tell the subject of an extension and its reasons: the same as `due`
    /// (Art. 12(3), "within one month of receipt").
    pub extension_notice_by: NaiveDate,
    /// Three months from receipt, rolled to a working day: the deadline if extended by two
    /// further months. Counted from receipt, as the Finnish Data Protection Ombudsman reads
    /// Art. 12(3); the ICO and CNIL read it the same way.
    pub extended: NaiveDate,
}

impl Deadlines {
    /// The deadlines of a request received on `received`.
    ///
    /// # Errors
    /// [`DateOutOfRange`] when `received` is outside 1900-01-01..=2200-12-31.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gdpr::calendar::Finland;
    /// use gdpr::request::Deadlines;
    ///
    /// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// // The EDPB's example: received 5 March, due 5 April, in a year where that is a working day.
    /// let deadlines = Deadlines::for_receipt(d("2027-03-05"), &Finland::new())?;
    /// assert_eq!(deadlines.due, d("2027-04-05"));
    /// assert_eq!(deadlines.extended, d("2027-06-07")); // 5 June 2027 is a Saturday
    /// # Ok::<(), gdpr::calendar::DateOutOfRange>(())
    /// ```
    pub fn for_receipt<C: HolidayCalendar + ?Sized>(
        received: NaiveDate,
        calendar: &C,
    ) -> Result<Self, DateOutOfRange> {
        let received = check_range(received)?;
        let due = end_of_months_checked(received, 1, calendar);
        Ok(Self {
            received,
            due,
            extension_notice_by: due,
            extended: end_of_months_checked(received, 3, calendar),
        })
    }
}
