//! `gdpr deadline`: exactly three lines, and exit 2 on bad input.
#![cfg(feature = "cli")]

mod common;
use common::gdpr;

#[test]
fn prints_received_due_and_extended() {
    let (code, out, _) = gdpr(&["deadline", "--received", "2026-03-05"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        out,
        "received: 2026-03-05\ndue: 2026-04-07\nextended: 2026-06-05\n"
    );
    let (_, out, _) = gdpr(&[
        "deadline",
        "--received",
        "2026-03-05",
        "--calendar",
        "weekends",
    ]);
    assert_eq!(
        out,
        "received: 2026-03-05\ndue: 2026-04-06\nextended: 2026-06-05\n"
    );
    let (_, out, _) = gdpr(&[
        "deadline",
        "--received",
        "2026-03-05",
        "--closed",
        "2026-04-07",
        "--closed",
        "2026-06-05",
    ]);
    assert_eq!(
        out,
        "received: 2026-03-05\ndue: 2026-04-08\nextended: 2026-06-08\n"
    );
}

#[test]
fn bad_input_exits_2_with_a_clear_error() {
    for (args, message) in [
        (
            vec!["deadline", "--received", "2026-02-30"],
            "not a date in the calendar",
        ),
        (
            vec!["deadline", "--received", "5.3.2026"],
            "write it YYYY-MM-DD",
        ),
        (
            vec!["deadline", "--received", "1899-12-31"],
            "outside the supported range",
        ),
        (
            vec!["deadline", "--received", "2201-01-01"],
            "outside the supported range",
        ),
        (
            vec![
                "deadline",
                "--received",
                "2026-03-05",
                "--closed",
                "tomorrow",
            ],
            "write it YYYY-MM-DD",
        ),
        (
            vec![
                "deadline",
                "--received",
                "2026-03-05",
                "--calendar",
                "de-xx",
            ],
            "unknown calendar `de-xx`",
        ),
        (vec!["deadline"], "--received"),
    ] {
        let (code, out, err) = gdpr(&args);
        assert_eq!(code, Some(2), "{args:?}");
        assert_eq!(out, "", "{args:?}");
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

/// Every state's calendar by its ISO code, regions by `<code>-<region>`.
#[test]
fn calendars_of_other_states() {
    for (calendar, received, expected) in [
        // 1 January 2027 is New Year's Day; 2 and 3 January a weekend.
        (
            "se",
            "2026-12-01",
            "due: 2027-01-04\nextended: 2027-03-01\n",
        ),
        // Corpus Christi (4 June 2026) is a holiday in Bavaria, not in Germany as a whole.
        (
            "de-by",
            "2026-05-04",
            "due: 2026-06-05\nextended: 2026-08-04\n",
        ),
        (
            "de",
            "2026-05-04",
            "due: 2026-06-04\nextended: 2026-08-04\n",
        ),
        // Orthodox Good Friday 2026 is 10 April; Easter Monday 13 April.
        (
            "gr",
            "2026-03-10",
            "due: 2026-04-14\nextended: 2026-06-10\n",
        ),
        (
            "EL",
            "2026-03-10",
            "due: 2026-04-14\nextended: 2026-06-10\n",
        ),
    ] {
        let (code, out, err) = gdpr(&["deadline", "--calendar", calendar, "--received", received]);
        assert_eq!(code, Some(0), "{calendar}: {err}");
        assert_eq!(
            out,
            format!("received: {received}\n{expected}"),
            "{calendar}"
        );
    }
    let (code, out, err) = gdpr(&["deadline", "--calendar", "xx", "--received", "2026-12-01"]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
    assert!(
        err.contains("unknown calendar `xx`; known: at, be, bg")
            && err.contains("de-by")
            && err.contains("weekends"),
        "{err}"
    );
}
