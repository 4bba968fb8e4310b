//! Art. 12(3) deadlines on working days: worked cases, every Finnish holiday, properties.

use chrono::{Datelike, NaiveDate, TimeZone, Utc};
use gdpr::calendar::{
    Finland, HolidayCalendar, HolidayCalendarExt, WeekendsOnly, add_months, holidays,
};
use gdpr::request::{Deadlines, HELSINKI, received_on};
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn deadlines(received: &str, calendar: &dyn HolidayCalendar) -> Deadlines {
    Deadlines::for_receipt(d(received), calendar).unwrap()
}

#[test]
fn worked_cases_from_testdata() {
    let data = include_str!("data/deadlines-fi.tsv");
    let mut cases = 0;
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let calendar: Box<dyn HolidayCalendar> = match fields[3] {
            "fi" => Box::new(Finland::new()),
            "weekends" => Box::new(WeekendsOnly),
            other => panic!("unknown calendar {other}"),
        };
        let got = deadlines(fields[0], &calendar);
        assert_eq!(got.due, d(fields[1]), "due for {line}");
        assert_eq!(got.extended, d(fields[2]), "extended for {line}");
        assert_eq!(got.extension_notice_by, got.due);
        cases += 1;
    }
    assert_eq!(cases, 15);
}

#[test]
fn edpb_examples_in_years_where_they_are_working_days() {
    // Received 5 March, due 5 April: 5 April 2027 is a Monday after Easter week.
    assert_eq!(
        deadlines("2027-03-05", &Finland::new()).due,
        d("2027-04-05")
    );
    // Received 31 August, due 30 September: a Tuesday in 2025.
    assert_eq!(
        deadlines("2025-08-31", &Finland::new()).due,
        d("2025-09-30")
    );
}

#[test]
fn month_end_clamping_in_leap_and_common_years() {
    // 31 January + 1 month: 29 February in a leap year (a Thursday in 2024) ...
    assert_eq!(
        deadlines("2024-01-31", &Finland::new()).due,
        d("2024-02-29")
    );
    // ... 28 February in a common year, rolled from Saturday 28 February 2026 to Monday.
    assert_eq!(
        deadlines("2026-01-31", &Finland::new()).due,
        d("2026-03-02")
    );
    // 30 November + 3 months: 28 February 2027 is a Sunday.
    assert_eq!(
        deadlines("2026-11-30", &Finland::new()).extended,
        d("2027-03-01")
    );
    // 29 February + 1 month is 29 March.
    assert_eq!(
        deadlines("2028-02-29", &Finland::new()).due,
        d("2028-03-29")
    );
}

#[test]
fn a_deadline_landing_on_each_finnish_non_working_day() {
    let finland = Finland::new();
    // (received, the raw one-month date that is the holiday, expected due)
    let cases = [
        ("2025-12-01", "uudenvuodenpäivä", "2026-01-02"),
        ("2025-12-06", "loppiainen", "2026-01-07"),
        ("2026-03-03", "pitkäperjantai", "2026-04-07"),
        ("2026-03-05", "pääsiäispäivä", "2026-04-07"),
        ("2026-03-06", "toinen pääsiäispäivä", "2026-04-07"),
        ("2026-04-01", "vappu", "2026-05-04"),
        ("2026-04-14", "helatorstai", "2026-05-15"),
        ("2026-04-24", "helluntaipäivä", "2026-05-25"),
        ("2026-05-19", "juhannusaatto", "2026-06-22"),
        ("2026-05-20", "juhannuspäivä", "2026-06-22"),
        ("2025-10-01", "pyhäinpäivä", "2025-11-03"),
        ("2027-11-06", "itsenäisyyspäivä", "2027-12-07"),
        ("2026-11-24", "jouluaatto", "2026-12-28"),
        ("2026-11-25", "joulupäivä", "2026-12-28"),
        ("2025-11-26", "tapaninpäivä", "2025-12-29"),
        ("2026-09-03", "lauantai", "2026-10-05"),
        ("2026-09-04", "sunnuntai", "2026-10-05"),
    ];
    for (received, holiday, due) in cases {
        let raw = add_months(d(received), 1);
        let name = finland
            .holiday(raw)
            .map(|h| h.name_fi())
            .unwrap_or(match raw.weekday() {
                chrono::Weekday::Sat => "lauantai",
                chrono::Weekday::Sun => "sunnuntai",
                _ => "arkipäivä",
            });
        assert_eq!(name, holiday, "raw due {raw} of {received}");
        assert!(!finland.is_working_day(raw));
        assert_eq!(deadlines(received, &finland).due, d(due), "{holiday}");
    }
    // Every holiday kind of Act 150/1930 s. 5 is covered above.
    let covered: std::collections::HashSet<_> = cases.iter().map(|c| c.1).collect();
    for (_, holiday) in holidays(2026) {
        assert!(
            covered.contains(holiday.name_fi()),
            "{holiday:?} has no case"
        );
    }
}

#[test]
fn closed_days_move_the_deadline() {
    let closed = Finland::new().with_closed_days([d("2026-04-07"), d("2026-04-08")]);
    assert_eq!(deadlines("2026-03-05", &closed).due, d("2026-04-09"));
}

#[test]
fn receipt_is_the_local_date_in_helsinki() {
    let late = Utc.with_ymd_and_hms(2026, 3, 4, 23, 30, 0).unwrap();
    assert_eq!(received_on(late, HELSINKI), d("2026-03-05"));
    let summer = Utc.with_ymd_and_hms(2026, 7, 31, 21, 0, 0).unwrap(); // 00:00 EEST
    assert_eq!(received_on(summer, HELSINKI), d("2026-08-01"));
    let before = Utc.with_ymd_and_hms(2026, 7, 31, 20, 59, 59).unwrap();
    assert_eq!(received_on(before, HELSINKI), d("2026-07-31"));
}

#[test]
fn dates_outside_the_supported_range_are_errors() {
    assert!(Deadlines::for_receipt(d("1899-12-31"), &Finland::new()).is_err());
    assert!(Deadlines::for_receipt(d("2201-01-01"), &Finland::new()).is_err());
    let last = Deadlines::for_receipt(d("2200-12-31"), &Finland::new()).unwrap();
    assert_eq!(last.extended, d("2201-03-31"));
}

fn supported_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..(d("2200-12-31") - d("1900-01-01")).num_days())
        .prop_map(|n| d("1900-01-01") + chrono::Duration::days(n))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn deadline_properties(received in supported_date(), later_by in 0i64..400) {
        let finland = Finland::new();
        let a = Deadlines::for_receipt(received, &finland).unwrap();
        prop_assert!(a.due > a.received);
        prop_assert!(a.due <= a.extended);
        prop_assert!(finland.is_working_day(a.due));
        prop_assert!(finland.is_working_day(a.extended));
        let raw_extended = add_months(received, 3);
        prop_assert!(a.extended >= raw_extended);
        // The longest run of Finnish non-working days is five: Saturday 22 December to
        // Boxing Day on a Wednesday.
        prop_assert!((a.extended - raw_extended).num_days() <= 5, "{:?}", a);
        prop_assert_eq!(a.extended, finland.roll_forward(raw_extended));
        let later = received + chrono::Duration::days(later_by);
        if let Ok(b) = Deadlines::for_receipt(later, &finland) {
            prop_assert!(b.due >= a.due, "due not monotone: {:?} {:?}", a, b);
            prop_assert!(b.extended >= a.extended, "extended not monotone: {:?} {:?}", a, b);
        }
    }
}
