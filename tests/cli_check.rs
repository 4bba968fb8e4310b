//! `gdpr check` and `gdpr schema` as a user runs them.
#![cfg(feature = "cli")]

mod common;
use common::{COMPLETE, gdpr};

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn a_complete_register_passes_with_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "complete.toml", COMPLETE);
    let (code, stdout, stderr) = gdpr(&["check", &file]);
    assert_eq!(stdout, "", "{}", stderr);
    assert_eq!(code, Some(0));
}

#[test]
fn errors_exit_1_with_one_line_per_finding() {
    let dir = tempfile::tempdir().unwrap();
    let text = COMPLETE
        .replace("dpo.contact.email = \"dpo@example.fi\"\n", "")
        .replace("\n[automated_decisions]\nused = false\n", "");
    let file = write(&dir, "gaps.toml", &text);
    let (code, stdout, stderr) = gdpr(&["check", &file]);
    assert_eq!(code, Some(1), "{}", stderr);
    let lines: Vec<String> = stdout.lines().map(str::to_owned).collect();
    assert_eq!(
        lines,
        vec![
            format!(
                "{file}: error[dpo-contact-missing] controller.dpo: a public authority must designate a data protection officer; add [controller.dpo] with its contact details"
            ),
            format!(
                "{file}: note[automated-decisions-not-stated] automated_decisions: say whether decisions are made solely by automated means; add [automated_decisions] with used = false if none are"
            ),
        ]
    );
}

#[test]
fn warnings_and_notes_alone_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let text = COMPLETE
        .replace("\n[automated_decisions]\nused = false\n", "")
        .replace("\n[transfers]\noutside_eea = false\n", "");
    let file = write(&dir, "warn.toml", &text);
    let (code, stdout, _stderr) = gdpr(&["check", &file]);
    assert_eq!(code, Some(0));
    let out = stdout;
    assert!(out.contains("warning[transfers-not-stated]"), "{out}");
    assert!(
        out.contains("note[automated-decisions-not-stated]"),
        "{out}"
    );
}

#[test]
fn json_format_lists_findings_per_file() {
    let dir = tempfile::tempdir().unwrap();
    let text = COMPLETE.replace("lawful_bases = [\"6-1-e-public-interest\"]", "");
    let file = write(&dir, "nobasis.json.toml", &text);
    let (code, stdout, _stderr) = gdpr(&["check", "--format", "json", &file]);
    assert_eq!(code, Some(1));
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report[0]["file"], file.as_str());
    let finding = &report[0]["findings"][0];
    assert_eq!(finding["code"], "purpose-without-lawful-basis");
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["path"], "purposes[0].lawful_bases");
}

#[test]
fn unreadable_and_unparseable_files_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(&dir, "complete.toml", COMPLETE);
    let bad = write(
        &dir,
        "bad.toml",
        &COMPLETE.replace("6-1-e-public-interest", "6-1-z"),
    );
    let (code, _stdout, stderr) = gdpr(&["check", &good, &bad, "/no/such/file.toml"]);
    assert_eq!(code, Some(2));
    let err = stderr;
    assert!(
        err.contains(&format!(
            "{bad}:16:16: purposes[0].lawful_bases[0]: unknown lawful basis `6-1-z`"
        )),
        "{err}"
    );
    assert!(
        err.contains("/no/such/file.toml: cannot read the file"),
        "{err}"
    );
    assert!(!err.contains("panicked"));
}

#[test]
fn bad_arguments_exit_2() {
    let (code, _stdout, _stderr) = gdpr(&["check"]);
    assert_eq!(code, Some(2));
    let (code, _stdout, _stderr) = gdpr(&["check", "--format", "yaml", "x.toml"]);
    assert_eq!(code, Some(2));
}

#[test]
fn schema_is_json_schema_of_registers() {
    let (code, stdout, _stderr) = gdpr(&["schema"]);
    assert_eq!(code, Some(0));
    let schema: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(schema["title"], "Register");
    assert!(
        schema["$schema"]
            .as_str()
            .unwrap()
            .contains("json-schema.org")
    );
}
