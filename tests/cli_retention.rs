//! `gdpr retention REGISTER --records FILE.csv --as-of DATE`.
#![cfg(feature = "cli")]

use std::process::Command;

const KEHA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/registers/keha-alpo.toml"
);

fn run(csv: &str, as_of: &str) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("records.csv");
    std::fs::write(&records, csv).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_gdpr"))
        .args([
            "retention",
            KEHA,
            "--records",
            records.to_str().unwrap(),
            "--as-of",
            as_of,
        ])
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn one_line_per_record_and_a_summary() {
    let csv = "record,rule,collected,last_activity,ended,hold\r\n\
               u1,users,,2025-10-01,,\r\n\
               u2,users,,2026-10-01,,\r\n\
               p1,partner-contacts,2025-11-24,,,\r\n\
               p2,partner-contacts,2024-02-29,,,\r\n\
               \"p3, old\",partner-contacts,2025-01-01,,,\"litigation, case 12/2026\"\r\n\
               s1,statistics,2020-01-01,,,\r\n\
               u3,users,,,,\r\n";
    let (code, out, err) = run(csv, "2026-11-24");
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        out,
        "u1\tdue\t2026-10-02\n\
         u2\tkeep\t2027-10-02\n\
         p1\tkeep\t2026-11-25\n\
         p2\tdue\t2025-03-01\n\
         p3, old\theld\t2026-01-02\n\
         s1\tkeep\t-\n\
         u3\tunknown\t-\n\
         summary: 7 records as of 2026-11-24: 3 keep, 2 due (2 erase, 0 anonymise), 1 held, 1 unknown; next due 2026-11-25\n"
    );
}

#[test]
fn bad_lines_name_their_number_and_exit_2() {
    let header = "record,rule,collected,last_activity,ended,hold\n";
    for (body, message) in [
        (
            "u1,users,,2025-10-01,,\nu2,customers,,2025-10-01,,\n",
            ":3: rule: unknown retention rule `customers`",
        ),
        (
            "u1,users,,2025-02-30,,\n",
            ":2: last_activity: `2025-02-30` is not a date in the calendar",
        ),
        ("u1,users,,2025-10-01\n", ":2: expected 6 fields"),
        (
            "u1,users,,1.10.2025,,\n",
            ":2: last_activity: `1.10.2025` is not a date; write it YYYY-MM-DD",
        ),
        ("\"u1,users,,,,\n", ":2: a quoted field is not closed"),
        (
            ",users,,2025-10-01,,\n",
            ":2: record: the record id is empty",
        ),
    ] {
        let (code, out, err) = run(&format!("{header}{body}"), "2026-11-24");
        assert_eq!(code, Some(2), "{body}");
        assert!(err.contains(message), "{body}: {err}");
        assert!(
            out.is_empty(),
            "nothing is printed before the input is known good: {out}"
        );
    }
    let (code, _, err) = run("id,rule\nu1,users\n", "2026-11-24");
    assert_eq!(code, Some(2));
    assert!(
        err.contains(":1: the header must be `record,rule,collected,last_activity,ended,hold`"),
        "{err}"
    );
    let (code, _, err) = run("", "2026-11-24");
    assert_eq!(code, Some(2));
    assert!(err.contains(":1: the file is empty"), "{err}");
}

#[test]
fn a_bad_as_of_date_exits_2() {
    let (code, _, err) = run(
        "record,rule,collected,last_activity,ended,hold\n",
        "2026-13-01",
    );
    assert_eq!(code, Some(2));
    assert!(err.contains("not a date in the calendar"), "{err}");
}
