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
            vec!["deadline", "--received", "2026-03-05", "--calendar", "se"],
            "invalid value 'se'",
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
