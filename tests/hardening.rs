//! What a hostile or careless user tries, and what must hold (issue "Hardening"). Each test
//! names the item it covers. The store items (dates in the ledger, the audit trail, double
//! claims) are in the conformance suite, run on every store.

use chrono::NaiveDate;
use gdpr::retention::csv::evaluate_csv;

mod common;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Item 1, dates past 9999: a period of 9999 years is a located validation error, not a rule
/// whose expiries sort before every real date.
#[test]
fn absurd_periods_are_rejected_with_their_path_and_line() {
    let toml = std::fs::read_to_string(common::seed_path("keha-alpo"))
        .unwrap()
        .replace(
            r#"policy = { kind = "period", months = 12, trigger = "last-activity" }"#,
            r#"policy = { kind = "period", years = 9999, trigger = "last-activity" }"#,
        );
    let err = gdpr::files::from_toml_str(&toml, "keha.toml").unwrap_err();
    let line = toml
        .lines()
        .position(|l| l.contains("years = 9999"))
        .unwrap()
        + 1;
    let text = err.to_string();
    assert!(text.starts_with(&format!("keha.toml:{line}:")), "{text}");
    assert!(
        text.contains("retention[0].policy: a period of 9999 years"),
        "{text}"
    );
    assert!(text.contains("longer than 200 years"), "{text}");
    // 200 years is still a period.
    let toml = toml.replace("years = 9999", "years = 200");
    assert!(gdpr::files::from_toml_str(&toml, "keha.toml").is_ok());
}

/// Item 1, dates past 9999: a "no end" fact of 9999-12-31 never becomes due; it is reported
/// as out of range, not kept as a date past the calendar.
#[test]
fn a_no_end_fact_is_out_of_range_not_a_late_date() {
    let register = common::seed("keha-alpo");
    let rule = register.retention_rule("users").unwrap();
    let facts = gdpr::retention::RecordFacts::default().with_last_activity(d("9999-12-31"));
    assert_eq!(
        gdpr::retention::evaluate(rule, &facts, d("2026-11-24")),
        gdpr::retention::Decision::Unknown {
            reason: gdpr::retention::UnknownReason::OutOfRange
        }
    );
    let report = evaluate_csv(
        &register,
        "record,rule,collected,last_activity,ended,hold\nu1,users,,9999-12-31,,\n",
        d("2026-11-24"),
    )
    .unwrap();
    assert!(
        report.lines.starts_with("u1\tunknown\t-\n"),
        "{}",
        report.lines
    );
    assert_eq!(report.warnings.len(), 1);
    assert_eq!(report.warnings[0].0, 2);
    assert!(report.warnings[0].1.contains("after 9999-12-31"));
}

/// Item 5, quadratic error location: 4,000 duplicate ids are located in one pass and the
/// report lists 100 of them and counts the rest (the cost is in the `compare` benchmark's
/// `check-errors-10x` pair, not timed here).
#[test]
fn thousands_of_errors_are_capped_and_each_shown_one_is_located() {
    let mut toml = String::from(
        "id = \"dups\"\nname.en = \"Dups\"\nlanguages = [\"en\"]\n[controller]\nname.en = \"C\"\n",
    );
    for _ in 0..4000 {
        toml.push_str("[[purposes]]\nid = \"same\"\ndescription.en = \"P\"\n");
    }
    let err = gdpr::files::from_toml_str(&toml, "dups.toml").unwrap_err();
    assert_eq!(err.diagnostics.len(), gdpr::files::MAX_DIAGNOSTICS + 1);
    // The second purpose is the first duplicate: line 6 + 3 * 1 + 1.
    assert_eq!(err.diagnostics[0].path.as_deref(), Some("purposes[1].id"));
    assert_eq!(err.diagnostics[0].line, Some(10));
    assert_eq!(err.diagnostics[99].line, Some(6 + 3 * 100 + 1));
    assert!(
        err.diagnostics[100]
            .message
            .starts_with("3899 more errors not listed"),
        "{}",
        err.diagnostics[100].message
    );
    // The same in JSON.
    let register = r#"{"id":"dups","name":{"en":"D"},"languages":["en"],"controller":{"name":{"en":"C"}},"purposes":["#;
    let purposes: Vec<String> = (0..4000)
        .map(|_| "\n{\"id\":\"same\",\"description\":{\"en\":\"P\"}}".to_owned())
        .collect();
    let json = format!("{register}{}]}}", purposes.join(","));
    let err = gdpr::files::from_json_str(&json, "dups.json").unwrap_err();
    assert_eq!(err.diagnostics.len(), gdpr::files::MAX_DIAGNOSTICS + 1);
    assert_eq!(err.diagnostics[0].line, Some(3));
    assert_eq!(err.diagnostics[99].line, Some(102));
}

/// Item 6, CSV formula injection: a register text that starts like a formula comes out of
/// `ropa --format csv` neutralised.
#[test]
fn csv_cells_that_look_like_formulas_are_neutralised() {
    let mut register = common::seed("keha-alpo");
    register.purposes[1].description =
        gdpr::LocalizedText::fi("=HYPERLINK(\"http://evil.example\",\"klikkaa\")");
    register.controller.name = gdpr::LocalizedText::fi("@SUM(A1:A9)");
    let row = gdpr::notice::ropa_row(&register, gdpr::Language::Fi);
    let csv = gdpr::notice::ropa_csv(&[row], gdpr::Language::Fi);
    let data = csv.lines().nth(1).unwrap();
    assert!(data.contains("\"'@SUM(A1:A9)"), "{data}");
    // The purposes cell starts with the first purpose; the formula is inside it, quoted.
    assert!(
        !data.contains(",=") && !data.contains(",@") && !data.contains(",+"),
        "{data}"
    );
    for cell in ["-1+1", "+1", "\tx", "\rx"] {
        register.controller.name = gdpr::LocalizedText::fi(cell);
        let row = gdpr::notice::ropa_row(&register, gdpr::Language::Fi);
        let csv = gdpr::notice::ropa_csv(&[row], gdpr::Language::Fi);
        let data: Vec<&str> = csv.split("\r\n").collect();
        assert!(
            data[1].contains(&format!("\"'{}", cell.trim_end_matches('\r'))),
            "{cell:?}: {:?}",
            data[1]
        );
    }
}

/// Item 8, input foot-guns in the records CSV: a byte-order mark is accepted; "no" as a hold,
/// a record listed twice and a tab in a record id are located errors.
#[test]
fn records_csv_foot_guns() {
    let register = common::seed("keha-alpo");
    let header = "record,rule,collected,last_activity,ended,hold\n";
    let as_of = d("2026-11-24");
    let report = evaluate_csv(
        &register,
        &format!("\u{feff}{header}u1,users,,2025-10-01,,\n"),
        as_of,
    )
    .unwrap();
    assert!(report.lines.starts_with("u1\tdue\t"));
    for (line, hold) in [(2, "no"), (2, "FALSE"), (2, "0"), (2, "none")] {
        let err = evaluate_csv(
            &register,
            &format!("{header}u1,users,,2025-10-01,,{hold}\n"),
            as_of,
        )
        .unwrap_err();
        assert_eq!(err.line, line);
        assert!(err.message.starts_with("hold:"), "{}", err.message);
    }
    let err = evaluate_csv(
        &register,
        &format!(
            "{header}u1,users,,2025-10-01,,\nu2,users,,2025-10-01,,\nu1,users,,2025-11-01,,\n"
        ),
        as_of,
    )
    .unwrap_err();
    assert_eq!(err.line, 4);
    assert!(err.message.contains("first on line 2"), "{}", err.message);
    let err = evaluate_csv(
        &register,
        &format!("{header}\"u\t1\",users,,2025-10-01,,\n"),
        as_of,
    )
    .unwrap_err();
    assert_eq!(err.line, 2);
    assert!(err.message.contains("control character"), "{}", err.message);
    // A newline inside a quoted record id cannot end the line either.
    assert!(evaluate_csv(&register, &format!("{header}\"u\n1\",users,,,,\n"), as_of).is_err());
}

/// Item 8, input foot-guns in register files: a BOM in JSON is accepted; an impossible TOML
/// date, a duplicate TOML key and bytes that are not UTF-8 are named with their line.
#[test]
fn register_file_foot_guns() {
    let json = "\u{feff}{\"id\":\"bom\",\"name\":{\"en\":\"B\"},\"languages\":[\"en\"],\"controller\":{\"name\":{\"en\":\"C\"}}}";
    assert!(gdpr::files::from_json_str(json, "bom.json").is_ok());
    let base = "id = \"x\"\nname.en = \"X\"\nlanguages = [\"en\"]\n";
    let err = gdpr::files::from_toml_str(
        &format!("{base}published = 2026-02-30\n[controller]\nname.en = \"C\"\n"),
        "date.toml",
    )
    .unwrap_err();
    assert_eq!(err.diagnostics[0].line, Some(4), "{err}");
    let err = gdpr::files::from_toml_str(
        &format!("{base}[controller]\nname.en = \"C\"\nname.en = \"D\"\n"),
        "dup.toml",
    )
    .unwrap_err();
    assert_eq!(err.diagnostics[0].line, Some(6), "{err}");
    assert!(err.to_string().contains("duplicate key"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.toml");
    let mut bytes = format!("{base}[controller]\n").into_bytes();
    bytes.extend_from_slice(b"name.en = \"Espoon kaupunki \xe4\"\n");
    std::fs::write(&path, bytes).unwrap();
    let err = gdpr::files::load(&path).unwrap_err();
    assert_eq!(err.diagnostics[0].line, Some(5), "{err}");
    assert!(err.to_string().contains("not UTF-8"), "{err}");
}

/// Item 9, privacy edges: an error about a phone, business id or boolean field never echoes
/// the value; `Debug` of exported records, rectifications and phone numbers is redacted.
#[test]
fn errors_and_debug_never_show_an_identity_code() {
    let hetu = "131052-308T";
    let base = "id = \"x\"\nname.en = \"X\"\nlanguages = [\"en\"]\n[controller]\nname.en = \"C\"\n";
    for field in [
        format!("business_id = \"{hetu}\""),
        format!("public_authority = \"{hetu}\""),
        format!("contact.phone = \"{hetu}\""),
    ] {
        let err = gdpr::files::from_toml_str(&format!("{base}{field}\n"), "x.toml").unwrap_err();
        assert!(!err.to_string().contains("131052"), "{field}: {err}");
        assert_eq!(err.diagnostics[0].line, Some(6), "{field}: {err}");
    }
    let json = format!(
        "{{\"id\":\"x\",\"name\":{{\"en\":\"X\"}},\"languages\":[\"en\"],\"controller\":{{\"name\":{{\"en\":\"C\"}},\"public_authority\":\"{hetu}\"}}}}"
    );
    let err = gdpr::files::from_json_str(&json, "x.json").unwrap_err();
    assert!(!err.to_string().contains("131052"), "{err}");

    let key = gdpr::subject::SubjectKey::new([5u8; 32]).unwrap();
    let record = gdpr::store::ExportedRecord {
        id: "r1".into(),
        subject: key.other("t", "1"),
        category: "contact".into(),
        data: serde_json::json!({ "hetu": hetu }),
    };
    let rectification = gdpr::store::Rectification {
        field: "hetu".into(),
        value: serde_json::json!(hetu),
    };
    let phone: gdpr::model::PhoneNumber = "040 1234567".parse().unwrap();
    for debug in [
        format!("{record:?}"),
        format!("{rectification:?}"),
        format!("{phone:?}"),
    ] {
        assert!(
            !debug.contains("131052") && !debug.contains("1234567"),
            "{debug}"
        );
    }
    assert_eq!(format!("{phone:?}"), "PhoneNumber(<redacted>67)");
}

/// Item 10, output bounded by input: the DPV export of a register with twice the purposes and
/// twice the categories is about twice as long, not four times.
#[test]
fn dpv_grows_linearly() {
    let size = |n: usize| {
        let mut register = common::seed("espoo-tyollisyyspalvelut");
        let purpose = register.purposes[0].clone();
        let category = register.subject_groups[0].categories[0].clone();
        register.purposes = (0..n)
            .map(|i| {
                let mut p = purpose.clone();
                p.id = format!("p-{i}").parse().unwrap();
                p
            })
            .collect();
        register.subject_groups[0].categories = vec![category; n];
        gdpr::notice::dpv(&register).to_string().len()
    };
    let (small, large) = (size(20), size(40));
    let ratio = large as f64 / small as f64;
    assert!(ratio < 2.5, "40×40 is {ratio:.2}× the size of 20×20");
}

/// Item 4, concurrent first open: 8 processes opening one fresh SQLite file at once all
/// succeed. The test runs itself as the child processes.
#[cfg(feature = "sqlite")]
#[test]
fn eight_processes_open_a_fresh_sqlite_file_at_once() {
    if let Ok(path) = std::env::var("GDPR_TEST_OPEN_CHILD") {
        // A child: open and write, then report through the exit code.
        let store = gdpr::store::sqlite::SqliteStore::open(&path).expect("open");
        gdpr::store::RequestStore::query(&store, &Default::default()).expect("query");
        return;
    }
    for round in 0..3 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("fresh-{round}.db"));
        let children: Vec<_> = (0..8)
            .map(|_| {
                std::process::Command::new(std::env::current_exe().unwrap())
                    .args([
                        "--exact",
                        "eight_processes_open_a_fresh_sqlite_file_at_once",
                        "--test-threads",
                        "1",
                    ])
                    .env("GDPR_TEST_OPEN_CHILD", &path)
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let output = child.wait_with_output().unwrap();
            assert!(
                output.status.success(),
                "a process failed to open the file: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
}

/// Item 7, the CLI never panics: a closed pipe, a full disk, a file name that is not UTF-8, a
/// missing template directory, and an `-o` that cannot be written.
#[cfg(feature = "cli")]
mod cli {
    use std::process::{Command, Stdio};

    use super::common::{gdpr, seed_path};

    #[test]
    fn a_closed_pipe_ends_quietly() {
        for args in [
            vec!["schema"],
            vec![
                "notice",
                seed_path("espoo-tyollisyyspalvelut").to_str().unwrap(),
                "--lang",
                "fi",
            ],
        ] {
            let mut child = Command::new(env!("CARGO_BIN_EXE_gdpr"))
                .args(&args)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            // The reader goes away before the tool writes, as `head` does once it has its line.
            drop(child.stdout.take());
            let output = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
            assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        }
    }

    #[test]
    fn a_full_disk_is_a_clean_exit_2() {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full");
        let Ok(full) = full else {
            eprintln!("skipped: no /dev/full on this system");
            return;
        };
        let output = Command::new(env!("CARGO_BIN_EXE_gdpr"))
            .arg("schema")
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.contains("cannot write to standard output"),
            "{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }

    #[cfg(unix)]
    #[test]
    fn a_file_name_that_is_not_utf8_is_printed_lossily() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let name = std::ffi::OsStr::from_bytes(b"rekisteri-\xe4.toml");
        let path = dir.path().join(name);
        std::fs::write(&path, "id = \"Bad\"\n").unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_gdpr"))
            .arg("check")
            .arg(&path)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.contains("rekisteri-\u{fffd}.toml:1:6: id:"),
            "{stderr}"
        );
    }

    #[test]
    fn a_missing_template_directory_is_exit_2() {
        let (code, stdout, stderr) = gdpr(&[
            "notice",
            seed_path("keha-alpo").to_str().unwrap(),
            "--lang",
            "fi",
            "--templates",
            "/nonexistent/templates",
        ]);
        assert_eq!(code, Some(2));
        assert!(stdout.is_empty());
        assert!(
            stderr.contains("--templates /nonexistent/templates: not a directory"),
            "{stderr}"
        );
    }

    #[test]
    fn a_failed_output_file_leaves_nothing_half_written() {
        let dir = tempfile::tempdir().unwrap();
        // The output path is a directory: the rename fails after the text was written.
        let target = dir.path().join("notice.html");
        std::fs::create_dir(&target).unwrap();
        let (code, _, stderr) = gdpr(&[
            "notice",
            seed_path("keha-alpo").to_str().unwrap(),
            "--lang",
            "fi",
            "-o",
            target.to_str().unwrap(),
        ]);
        assert_eq!(code, Some(2), "{stderr}");
        assert!(stderr.contains("cannot write the file"), "{stderr}");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
        // A good write replaces the old file whole.
        let file = dir.path().join("notice.md");
        std::fs::write(&file, "old").unwrap();
        let (code, _, _) = gdpr(&[
            "notice",
            seed_path("keha-alpo").to_str().unwrap(),
            "--lang",
            "fi",
            "-o",
            file.to_str().unwrap(),
        ]);
        assert_eq!(code, Some(0));
        assert!(
            std::fs::read_to_string(&file)
                .unwrap()
                .starts_with("# Tietosuojaseloste")
        );
    }
}
