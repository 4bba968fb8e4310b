//! A fuzz target per parser, as bounded property tests that run with the suite: register
//! TOML, register JSON, the retention records CSV, and dates. Inputs are the seed files mutated
//! byte by byte (inserted, deleted and replaced bytes, the characters that trouble parsers) and
//! free text. Every run must end in a value or an error; every error names a line (or is the
//! count of errors not listed); nothing panics and nothing hangs (each case is a few
//! milliseconds; the whole target a few seconds).
#![cfg(feature = "proptest")]

use chrono::NaiveDate;
use proptest::prelude::*;

mod common;

/// Bytes that trouble parsers: quotes, brackets, separators, line ends, a BOM, a NUL, a
/// non-ASCII letter, an invalid UTF-8 lead byte is left out (the text is a `str`).
const TROUBLE: &[&str] = &[
    "\"",
    "'",
    "[",
    "]",
    "{",
    "}",
    "=",
    ",",
    ".",
    "\n",
    "\r\n",
    "\t",
    "#",
    "\\",
    "\u{feff}",
    "\0",
    "ä",
    "9999-12-31",
    "2026-02-30",
    "10000-01-01",
    "-1",
    "1e309",
    "[[",
    "]]",
    "\"\"\"",
];

#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, String),
    Delete(usize, usize),
    Replace(usize, usize, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    let text = prop_oneof![
        proptest::sample::select(TROUBLE).prop_map(str::to_owned),
        "\\PC{0,4}",
    ];
    prop_oneof![
        (any::<usize>(), text.clone()).prop_map(|(at, s)| Edit::Insert(at, s)),
        (any::<usize>(), 1usize..40).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), 1usize..10, text).prop_map(|(at, n, s)| Edit::Replace(at, n, s)),
    ]
}

fn apply(source: &str, edits: &[Edit]) -> String {
    let mut text = source.to_owned();
    // Positions fall on character boundaries: the input stays a `str`.
    let boundary = |text: &str, at: usize| {
        let mut at = at % (text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    for edit in edits {
        match edit {
            Edit::Insert(at, s) => {
                let at = boundary(&text, *at);
                text.insert_str(at, s);
            }
            Edit::Delete(at, n) | Edit::Replace(at, n, _) => {
                let start = boundary(&text, *at);
                let end = boundary(&text, (start + n).min(text.len()));
                let with = match edit {
                    Edit::Replace(_, _, s) => s.as_str(),
                    _ => "",
                };
                text.replace_range(start..end, with);
            }
        }
    }
    text
}

fn every_error_is_located(err: &gdpr::files::LoadError) -> Result<(), TestCaseError> {
    prop_assert!(!err.diagnostics.is_empty());
    for d in &err.diagnostics {
        let summary = d.message.contains("more errors not listed");
        prop_assert!(
            d.line.is_some() || summary,
            "an error without a line: {:?}",
            d
        );
    }
    Ok(())
}

fn seeds_toml() -> Vec<String> {
    common::SEEDS
        .iter()
        .map(|id| std::fs::read_to_string(common::seed_path(id)).unwrap())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, max_shrink_iters: 200, ..ProptestConfig::default() })]

    #[test]
    fn register_toml(seed in 0usize..4, edits in proptest::collection::vec(edit(), 1..6)) {
        let source = apply(&seeds_toml()[seed], &edits);
        if let Err(err) = gdpr::files::from_toml_str(&source, "fuzz.toml") {
            every_error_is_located(&err)?;
        }
    }

    #[test]
    fn register_json(seed in 0usize..4, edits in proptest::collection::vec(edit(), 1..6)) {
        let register = common::seed(common::SEEDS[seed]);
        let source = apply(&gdpr::files::to_json_string(&register).unwrap(), &edits);
        if let Err(err) = gdpr::files::from_json_str(&source, "fuzz.json") {
            every_error_is_located(&err)?;
        }
    }

    #[test]
    fn retention_csv(
        rows in proptest::collection::vec(
            proptest::collection::vec(
                prop_oneof![
                    Just(String::new()),
                    Just("users".to_owned()),
                    Just("partner-contacts".to_owned()),
                    Just("2025-10-01".to_owned()),
                    Just("9999-12-31".to_owned()),
                    Just("0000-01-01".to_owned()),
                    Just("\"quoted, field\"".to_owned()),
                    Just("\"open".to_owned()),
                    Just("no".to_owned()),
                    "\\PC{0,8}",
                ],
                0..8,
            ),
            0..6,
        ),
        bom in any::<bool>(),
    ) {
        let register = common::seed("keha-alpo");
        let mut csv = String::from(if bom { "\u{feff}" } else { "" });
        csv.push_str("record,rule,collected,last_activity,ended,hold\n");
        for row in &rows {
            csv.push_str(&row.join(","));
            csv.push('\n');
        }
        let lines = csv.lines().count();
        match gdpr::retention::csv::evaluate_csv(&register, &csv, "2026-11-24".parse().unwrap()) {
            Ok(report) => prop_assert!(report.lines.ends_with('\n')),
            Err(e) => prop_assert!((1..=lines.max(1)).contains(&e.line), "{e}"),
        }
    }

    #[test]
    fn dates(text in "\\PC{0,12}|[0-9+-]{1,6}-[0-9]{1,3}-[0-9]{1,3}", day in -200_000i32..3_000_000) {
        // As a TOML string, a TOML date and a JSON string in a date field.
        let base = "id = \"d\"\nname.en = \"D\"\nlanguages = [\"en\"]\n[controller]\nname.en = \"C\"\n";
        let quoted = toml::Value::String(text.clone()).to_string();
        for source in [format!("published = {quoted}\n{base}"), format!("published = {text}\n{base}")] {
            if let Err(err) = gdpr::files::from_toml_str(&source, "d.toml") {
                every_error_is_located(&err)?;
            }
        }
        let json = format!(
            "{{\"id\":\"d\",\"name\":{{\"en\":\"D\"}},\"languages\":[\"en\"],\"controller\":{{\"name\":{{\"en\":\"C\"}}}},\"published\":{}}}",
            serde_json::Value::String(text.clone())
        );
        if let Err(err) = gdpr::files::from_json_str(&json, "d.json") {
            every_error_is_located(&err)?;
        }
        // Deadlines and retention on any date chrono has: a value or an error, no panic.
        if let Some(date) = NaiveDate::from_num_days_from_ce_opt(day) {
            let _ = gdpr::request::Deadlines::for_receipt(date, &gdpr::calendar::Finland::new());
            let register = common::seed("keha-alpo");
            let rule = register.retention_rule("users").unwrap();
            let facts = gdpr::retention::RecordFacts::default().with_last_activity(date);
            let _ = gdpr::retention::evaluate(rule, &facts, date);
        }
    }
}
