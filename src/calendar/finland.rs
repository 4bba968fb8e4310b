use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{HolidayCalendar, StateCalendar, for_state};

/// A Finnish non-working day for statutory time limits, Act 150/1930 s. 5 (besides Saturdays
/// and Sundays, which are always non-working).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Holiday {
    /// New Year's Day, 1 January.
    NewYearsDay,
    /// Epiphany, 6 January.
    Epiphany,
    /// Good Friday, two days before Easter Sunday.
    GoodFriday,
    /// Easter Sunday.
    EasterSunday,
    /// Easter Monday.
    EasterMonday,
    /// May Day, 1 May.
    MayDay,
    /// Ascension Day, the Thursday 39 days after Easter Sunday.
    AscensionDay,
    /// Whit Sunday, 49 days after Easter Sunday.
    WhitSunday,
    /// Midsummer Eve, the Friday between 19 and 25 June.
    MidsummerEve,
    /// Midsummer Day, the Saturday between 20 and 26 June.
    MidsummerDay,
    /// All Saints' Day, the Saturday between 31 October and 6 November.
    AllSaintsDay,
    /// Independence Day, 6 December.
    IndependenceDay,
    /// Christmas Eve, 24 December.
    ChristmasEve,
    /// Christmas Day, 25 December.
    ChristmasDay,
    /// Boxing Day (St Stephen's Day), 26 December.
    BoxingDay,
}

impl Holiday {
    /// The Finnish name.
    pub const fn name_fi(self) -> &'static str {
        match self {
            Holiday::NewYearsDay => "uudenvuodenpäivä",
            Holiday::Epiphany => "loppiainen",
            Holiday::GoodFriday => "pitkäperjantai",
            Holiday::EasterSunday => "pääsiäispäivä",
            Holiday::EasterMonday => "toinen pääsiäispäivä",
            Holiday::MayDay => "vappu",
            Holiday::AscensionDay => "helatorstai",
            Holiday::WhitSunday => "helluntaipäivä",
            Holiday::MidsummerEve => "juhannusaatto",
            Holiday::MidsummerDay => "juhannuspäivä",
            Holiday::AllSaintsDay => "pyhäinpäivä",
            Holiday::IndependenceDay => "itsenäisyyspäivä",
            Holiday::ChristmasEve => "jouluaatto",
            Holiday::ChristmasDay => "joulupäivä",
            Holiday::BoxingDay => "tapaninpäivä",
        }
    }
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm of Meeus,
/// Jones and Butcher).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter falls in March or April")
}

fn first_weekday_on_or_after(date: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - date.weekday().num_days_from_monday()) % 7;
    date + Days::new(u64::from(ahead))
}

/// Every non-working day of `year` besides Saturdays and Sundays, with its name, in date order.
///
/// The rules are those in force today (Act 150/1930 s. 5 as amended), applied to every year:
/// this is not a historical calendar. (From 1973 to 1991, for example, Epiphany and Ascension
/// Day were moved to Saturdays.)
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::calendar::{holidays, Holiday};
/// let days = holidays(2026);
/// let midsummer_eve = NaiveDate::from_ymd_opt(2026, 6, 19).unwrap();
/// assert!(days.contains(&(midsummer_eve, Holiday::MidsummerEve)));
/// ```
pub fn holidays(year: i32) -> Vec<(NaiveDate, Holiday)> {
    let ymd = |m, d| NaiveDate::from_ymd_opt(year, m, d).expect("fixed holidays exist every year");
    let easter = easter_sunday(year);
    let mut days = vec![
        (ymd(1, 1), Holiday::NewYearsDay),
        (ymd(1, 6), Holiday::Epiphany),
        (easter - Days::new(2), Holiday::GoodFriday),
        (easter, Holiday::EasterSunday),
        (easter + Days::new(1), Holiday::EasterMonday),
        (ymd(5, 1), Holiday::MayDay),
        (easter + Days::new(39), Holiday::AscensionDay),
        (easter + Days::new(49), Holiday::WhitSunday),
        (
            first_weekday_on_or_after(ymd(6, 19), Weekday::Fri),
            Holiday::MidsummerEve,
        ),
        (
            first_weekday_on_or_after(ymd(6, 20), Weekday::Sat),
            Holiday::MidsummerDay,
        ),
        (
            first_weekday_on_or_after(ymd(10, 31), Weekday::Sat),
            Holiday::AllSaintsDay,
        ),
        (ymd(12, 6), Holiday::IndependenceDay),
        (ymd(12, 24), Holiday::ChristmasEve),
        (ymd(12, 25), Holiday::ChristmasDay),
        (ymd(12, 26), Holiday::BoxingDay),
    ];
    days.sort();
    days
}

/// The Finnish calendar for statutory time limits: Saturdays, Sundays and the days of Act
/// 150/1930 s. 5 ([`Holiday`]) are not working days.
///
/// The same calendar as `for_state("fi")` (its rules in `states.rs`, with the act for each
/// day), with the days named by [`Holiday`]: for 1900–2201 a query is one load from a table
/// built once per process; other years are computed on demand.
#[derive(Debug, Clone, Copy)]
pub struct Finland {
    calendar: StateCalendar,
}

impl Default for Finland {
    fn default() -> Self {
        Self::new()
    }
}

impl Finland {
    /// The calendar (the shared table is built on first use).
    pub fn new() -> Self {
        Self {
            calendar: for_state("fi").expect("Finland has a calendar"),
        }
    }

    /// The holiday on `date`, if any (weekends aside).
    pub fn holiday(&self, date: NaiveDate) -> Option<Holiday> {
        holidays(date.year())
            .into_iter()
            .find_map(|(day, holiday)| (day == date).then_some(holiday))
    }
}

impl HolidayCalendar for Finland {
    #[inline]
    fn is_working_day(&self, date: NaiveDate) -> bool {
        self.calendar.is_working_day(date)
    }

    #[inline]
    fn roll_forward(&self, date: NaiveDate) -> NaiveDate {
        self.calendar.roll_forward(date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::is_weekend;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn easter_dates() {
        for (year, month, day) in [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2029, 4, 1),
            (2030, 4, 21),
            (2038, 4, 25),
            (2285, 3, 22),
            (1943, 4, 25),
        ] {
            assert_eq!(easter_sunday(year), date(year, month, day), "{year}");
        }
    }

    #[test]
    fn the_holidays_of_2026() {
        let names: Vec<_> = holidays(2026)
            .into_iter()
            .map(|(d, h)| (d.to_string(), h))
            .collect();
        let expected = [
            ("2026-01-01", Holiday::NewYearsDay),
            ("2026-01-06", Holiday::Epiphany),
            ("2026-04-03", Holiday::GoodFriday),
            ("2026-04-05", Holiday::EasterSunday),
            ("2026-04-06", Holiday::EasterMonday),
            ("2026-05-01", Holiday::MayDay),
            ("2026-05-14", Holiday::AscensionDay),
            ("2026-05-24", Holiday::WhitSunday),
            ("2026-06-19", Holiday::MidsummerEve),
            ("2026-06-20", Holiday::MidsummerDay),
            ("2026-10-31", Holiday::AllSaintsDay),
            ("2026-12-06", Holiday::IndependenceDay),
            ("2026-12-24", Holiday::ChristmasEve),
            ("2026-12-25", Holiday::ChristmasDay),
            ("2026-12-26", Holiday::BoxingDay),
        ];
        let expected: Vec<_> = expected
            .into_iter()
            .map(|(d, h)| (d.to_owned(), h))
            .collect();
        assert_eq!(names, expected);
    }

    #[test]
    fn new_years_eve_is_a_working_day() {
        assert!(Finland::new().is_working_day(date(2026, 12, 31)));
    }

    #[test]
    fn table_and_on_demand_agree() {
        let finland = Finland::new();
        for year in [1899, 1900, 2201, 2202, 2500] {
            let mut day = date(year, 1, 1);
            while day.year() == year {
                let expected = !is_weekend(day) && !holidays(year).iter().any(|(d, _)| *d == day);
                assert_eq!(finland.is_working_day(day), expected, "{day}");
                day = day.succ_opt().unwrap();
            }
        }
    }
}
