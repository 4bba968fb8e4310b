//! The calendars of the 30 EU/EEA states: every state's weekday holidays of 2024–2030 against
//! an independent table (python-holidays 0.109, MIT licence; `tests/data/holidays-*.tsv`), the
//! differences the crate makes on purpose listed with their reason, worked deadline cases per
//! state, and properties of every calendar.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate, Weekday};
use gdpr::calendar::{DayKind, Finland, HolidayCalendar, add_months, all_states, codes, for_state};
use gdpr::request::Deadlines;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn weekday(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// `code -> weekday holidays` from a python-holidays table.
fn table(text: &str) -> BTreeMap<String, BTreeSet<NaiveDate>> {
    let mut days: BTreeMap<String, BTreeSet<NaiveDate>> = BTreeMap::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut fields = line.split('\t');
        let code = fields.next().unwrap().to_owned();
        let date = d(fields.next().unwrap());
        let entry = days.entry(code).or_default();
        if weekday(date) {
            entry.insert(date);
        }
    }
    days
}

/// The weekday non-working days of a calendar in 2024–2030.
fn ours(code: &str) -> BTreeSet<NaiveDate> {
    let calendar = for_state(code).unwrap();
    let mut days = BTreeSet::new();
    let mut day = d("2024-01-01");
    while day <= d("2030-12-31") {
        if weekday(day) && !calendar.is_working_day(day) {
            days.insert(day);
        }
        day = day.succ_opt().unwrap();
    }
    days
}

/// Where the crate differs from python-holidays on purpose: `+` a day the crate has and the
/// table does not, `-` the reverse, with the reason.
const DIFFERENCES: &[(&str, char, &str, &str)] = &[
    // Days that are non-working for time limits by a national act without being public holidays.
    ("at", '+', "good-friday", "ZPO § 126(2), AVG § 33(2)"),
    ("se", '+', "midsummer-eve", "Lag (1930:173) 2 §"),
    ("se", '+', "12-24", "Lag (1930:173) 2 §"),
    ("se", '+', "12-31", "Lag (1930:173) 2 §"),
    (
        "nl",
        '+',
        "05-05",
        "Algemene termijnenwet art. 3(1): every year, not only every fifth",
    ),
    // Liechtenstein's own list under the European Convention on the Calculation of Time-Limits.
    ("li", '+', "01-02", "BGBl. III Nr. 58/2021"),
    ("li", '+', "12-24", "BGBl. III Nr. 58/2021"),
    (
        "li",
        '+',
        "shrove-tuesday",
        "EEA official holiday list (OJ C)",
    ),
    ("li", '+', "good-friday", "EEA official holiday list (OJ C)"),
    ("li", '+', "12-31", "EEA official holiday list (OJ C)"),
    // Madrid: the days added when a national holiday falls on a Sunday are decreed each year;
    // python-holidays extrapolates past 2026, the crate does not.
    ("es-md", '-', "2027-03-19", "not yet decreed"),
];

/// The dates a difference stands for in 2024–2030.
fn difference_dates(key: &str) -> Vec<NaiveDate> {
    (2024..=2030)
        .filter_map(|year| {
            let easter = gdpr::calendar::easter_sunday(year);
            match key {
                "good-friday" => Some(easter - chrono::Days::new(2)),
                "shrove-tuesday" => Some(easter - chrono::Days::new(47)),
                "midsummer-eve" => (19..=25)
                    .map(|day| NaiveDate::from_ymd_opt(year, 6, day).unwrap())
                    .find(|d| d.weekday() == Weekday::Fri),
                _ if key.len() == 5 => {
                    NaiveDate::parse_from_str(&format!("{year}-{key}"), "%Y-%m-%d").ok()
                }
                _ => (year == key[..4].parse::<i32>().unwrap()).then(|| d(key)),
            }
        })
        .filter(|date| weekday(*date))
        .collect()
}

fn check_against(table_text: &str) -> usize {
    let expected = table(table_text);
    let mut checked = 0;
    for (code, theirs) in &expected {
        let mine = ours(code);
        let mut extra: BTreeSet<NaiveDate> = mine.difference(theirs).copied().collect();
        let mut missing: BTreeSet<NaiveDate> = theirs.difference(&mine).copied().collect();
        for (state, sign, key, _why) in DIFFERENCES {
            let applies =
                *state == code || code.split('-').next() == Some(*state) && !state.contains('-');
            if !applies {
                continue;
            }
            for date in difference_dates(key) {
                let removed = match sign {
                    '+' => extra.remove(&date),
                    _ => missing.remove(&date),
                };
                // A listed difference that no longer occurs is stale: the table or the rules moved.
                assert!(
                    removed || theirs.contains(&date) == (*sign == '+'),
                    "{code}: listed difference {sign}{key} does not occur on {date}"
                );
            }
        }
        assert!(
            extra.is_empty() && missing.is_empty(),
            "{code}: the crate has {extra:?} that python-holidays does not, and lacks {missing:?}"
        );
        checked += 1;
    }
    checked
}

#[test]
fn every_state_matches_the_independent_table() {
    let checked = check_against(include_str!("data/holidays-2024-2030.tsv"));
    assert_eq!(checked, 30);
}

#[test]
fn regions_match_the_independent_table() {
    let checked = check_against(include_str!("data/holidays-regions-2024-2030.tsv"));
    assert_eq!(checked, 5);
}

#[test]
fn every_code_opens() {
    let codes = codes();
    assert_eq!(all_states().len(), 30);
    assert!(codes.len() > 30, "{codes:?}");
    for code in &codes {
        assert_eq!(&for_state(code).unwrap().code(), code);
    }
}

/// `Finland` is the `fi` state calendar; its named days (`calendar::holidays`, the `Holiday`
/// enum) are a second list of the same rules, and the two must agree on every day.
#[test]
fn the_state_calendar_of_finland_is_finland() {
    let state = for_state("fi").unwrap();
    let finland = Finland::new();
    let mut day = d("1900-01-01");
    let mut named = gdpr::calendar::holidays(1900);
    while day <= d("2201-12-31") {
        if day.ordinal() == 1 {
            named = gdpr::calendar::holidays(day.year());
        }
        let listed = named.iter().any(|(date, _)| *date == day);
        assert_eq!(state.is_working_day(day), weekday(day) && !listed, "{day}");
        assert_eq!(
            finland.is_working_day(day),
            state.is_working_day(day),
            "{day}"
        );
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn time_limit_days_say_which_act_puts_them_there() {
    let sweden = for_state("se").unwrap();
    let eves: Vec<_> = sweden
        .holidays(2026)
        .into_iter()
        .filter(|h| h.rule.kind == DayKind::TimeLimit)
        .map(|h| (h.date.to_string(), h.rule.name))
        .collect();
    assert_eq!(
        eves,
        [
            ("2026-06-19".to_owned(), "Midsummer Eve"),
            ("2026-12-24".to_owned(), "Christmas Eve"),
            ("2026-12-31".to_owned(), "New Year's Eve"),
        ]
    );
    for h in sweden
        .holidays(2026)
        .iter()
        .filter(|h| h.rule.kind == DayKind::TimeLimit)
    {
        assert!(h.rule.source.contains("1930:173"), "{}", h.rule.source);
    }
    for state in all_states() {
        for rule in state
            .holidays
            .iter()
            .chain(state.regions.iter().flat_map(|r| r.holidays))
        {
            assert!(
                !rule.source.trim().is_empty(),
                "{} {}",
                state.code,
                rule.name
            );
        }
    }
}

#[test]
fn bulgarian_substitutes_stack_after_a_christmas_weekend() {
    let bulgaria = for_state("bg").unwrap();
    // 25 and 26 December 2027 are a Saturday and a Sunday: 27 and 28 December are off.
    for day in ["2027-12-24", "2027-12-27", "2027-12-28"] {
        assert!(!bulgaria.is_working_day(d(day)), "{day}");
    }
    assert!(bulgaria.is_working_day(d("2027-12-29")));
    // Labour Day 2027 is a Saturday and Orthodox Easter Monday is 3 May: the substitute is 4 May.
    assert!(!bulgaria.is_working_day(d("2027-05-04")));
}

#[test]
fn worked_cases_for_every_state() {
    let data = include_str!("data/deadlines-eu.tsv");
    let mut per_code: BTreeMap<&str, usize> = BTreeMap::new();
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let calendar = for_state(fields[3]).unwrap();
        let got = Deadlines::for_receipt(d(fields[0]), &calendar).unwrap();
        assert_eq!(got.due, d(fields[1]), "due for {line}");
        assert_eq!(got.extended, d(fields[2]), "extended for {line}");
        *per_code.entry(fields[3]).or_default() += 1;
    }
    for state in all_states() {
        assert!(
            per_code.get(state.code).copied().unwrap_or(0) >= 3,
            "{}: {per_code:?}",
            state.code
        );
    }
}

fn any_code() -> impl Strategy<Value = String> {
    prop::sample::select(codes())
}

proptest! {
    /// The due date is never a weekend day or a holiday of the calendar, and never before the
    /// date one month after receipt; likewise the extended date and three months.
    #[test]
    fn due_dates_are_working_days_on_or_after_the_month(
        code in any_code(),
        received in (0i64..(301 * 365)).prop_map(|n| d("1900-01-01") + chrono::Days::new(n as u64)),
    ) {
        let calendar = for_state(&code).unwrap();
        let got = Deadlines::for_receipt(received, &calendar).unwrap();
        prop_assert!(calendar.is_working_day(got.due), "{code} {received}: due {}", got.due);
        prop_assert!(calendar.is_working_day(got.extended), "{code} {received}");
        prop_assert!(got.due >= add_months(received, 1));
        prop_assert!(got.extended >= add_months(received, 3));
        prop_assert!(weekday(got.due));
    }
}
