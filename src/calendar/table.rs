//! The precomputed working-day table behind [`Finland`](super::Finland) and
//! [`StateCalendar`](super::StateCalendar): a query is one load.

use chrono::{Datelike, Days, NaiveDate};

use super::is_weekend;

/// The first year with a precomputed table; earlier years are computed on each query.
pub(super) const TABLE_FIRST: i32 = 1900;
/// The last year with a precomputed table.
pub(super) const TABLE_LAST: i32 = 2201;

/// For every day of 1900–2201, the number of days to the next working day (0 for a working
/// day), laid out 366 slots a year so that a date's slot comes from its year and ordinal
/// without day counting.
#[derive(Debug)]
pub(super) struct Table {
    skip: Vec<u8>,
}

impl Table {
    /// Builds the table from the non-working days of each year (weekends aside).
    pub(super) fn build(non_working: impl Fn(i32) -> Vec<NaiveDate>) -> Self {
        let first = NaiveDate::from_ymd_opt(TABLE_FIRST, 1, 1).expect("a valid date");
        // A few weeks beyond the table, so that its last days know their next working day.
        let beyond = NaiveDate::from_ymd_opt(TABLE_LAST + 1, 2, 28).expect("a valid date");
        let mut working = Vec::with_capacity((beyond - first).num_days() as usize + 1);
        let mut year_days: Vec<NaiveDate> = Vec::new();
        let mut year = i32::MIN;
        let mut day = first;
        while day <= beyond {
            if day.year() != year {
                year = day.year();
                year_days = non_working(year);
                year_days.sort_unstable();
            }
            working.push((
                day,
                !is_weekend(day) && year_days.binary_search(&day).is_err(),
            ));
            day = day.succ_opt().expect("inside chrono's range");
        }
        let mut skip = vec![0u8; ((TABLE_LAST - TABLE_FIRST + 1) * 366) as usize];
        let mut ahead = 0u8;
        for (day, is_working) in working.into_iter().rev() {
            ahead = if is_working {
                0
            } else {
                ahead.saturating_add(1)
            };
            if let Some(slot) = slot(day) {
                skip[slot] = ahead;
            }
        }
        Table { skip }
    }

    /// The days from `date` to its next working day, for a date inside the table.
    #[inline]
    pub(super) fn skip(&self, date: NaiveDate) -> Option<u8> {
        slot(date).map(|slot| self.skip[slot])
    }

    /// Whether `date` is a working day, for a date inside the table.
    #[inline]
    pub(super) fn is_working_day(&self, date: NaiveDate) -> Option<bool> {
        self.skip(date).map(|skip| skip == 0)
    }

    /// `date` or the next working day, for a date inside the table.
    #[inline]
    pub(super) fn roll_forward(&self, date: NaiveDate) -> Option<NaiveDate> {
        self.skip(date).map(|skip| match skip {
            0 => date,
            skip => date + Days::new(u64::from(skip)),
        })
    }
}

#[inline]
fn slot(date: NaiveDate) -> Option<usize> {
    let year = date.year();
    if !(TABLE_FIRST..=TABLE_LAST).contains(&year) {
        return None;
    }
    Some((year - TABLE_FIRST) as usize * 366 + date.ordinal0() as usize)
}
