//! `gdpr notice`, `gdpr ropa` and `gdpr dpv` as a user runs them.
#![cfg(feature = "cli")]

mod common;
use common::gdpr;

fn seed(id: &str) -> String {
    common::seed_path(id).to_string_lossy().into_owned()
}

#[test]
fn notice_writes_html_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("alpo.html");
    let (code, stdout, stderr) = gdpr(&[
        "notice",
        &seed("keha-alpo"),
        "--lang",
        "fi",
        "--format",
        "html",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.is_empty());
    let html = std::fs::read_to_string(out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fi\">"));
    assert!(html.contains("Netum Oy"));
}

#[test]
fn notice_defaults_to_markdown_on_stdout() {
    let (code, stdout, _) = gdpr(&["notice", &seed("tem-tno-contacts"), "--lang", "sv"]);
    assert_eq!(code, Some(0));
    assert!(stdout.starts_with("# Dataskyddsbeskrivning: "));
    for format in ["txt", "json"] {
        let (code, stdout, _) = gdpr(&[
            "notice",
            &seed("espoo-tyollisyyspalvelut"),
            "--lang",
            "fi",
            "--format",
            format,
        ]);
        assert_eq!(code, Some(0));
        assert!(stdout.contains("Hilla-Maaria Sipilä"));
    }
}

#[test]
fn notice_fails_on_missing_language_unless_allowed() {
    let (code, stdout, stderr) = gdpr(&["notice", &seed("keha-alpo"), "--lang", "sv"]);
    assert_eq!(code, Some(1));
    assert!(stdout.is_empty());
    assert!(
        stderr
            .contains("error[text-missing-language] controller.name: the text has no `sv` version"),
        "{stderr}"
    );
    let (code, stdout, _) = gdpr(&[
        "notice",
        &seed("keha-alpo"),
        "--lang",
        "sv",
        "--allow-missing",
    ]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("# Dataskyddsbeskrivning: ALPO-rekisteri"));
    assert!(stdout.contains("Vissa av beskrivningens texter finns inte på svenska"));
}

#[test]
fn a_broken_template_exits_2_naming_it_and_its_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("fi.j2"),
        "{{ title(doc.register.name) }}\n{% for x in doc.purposes %}\n{{ p(x.description) }}\n",
    )
    .unwrap();
    let (code, _, stderr) = gdpr(&[
        "notice",
        &seed("keha-alpo"),
        "--lang",
        "fi",
        "--templates",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(code, Some(2));
    let name = dir.path().join("fi.j2");
    assert!(
        stderr.contains(&format!("error: template {}, line", name.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains("unexpected end of input") || stderr.contains("endfor"),
        "{stderr}"
    );
}

#[test]
fn bad_arguments_and_files_exit_2() {
    assert_eq!(
        gdpr(&["notice", &seed("keha-alpo"), "--lang", "de"]).0,
        Some(2)
    );
    assert_eq!(
        gdpr(&[
            "notice",
            &seed("keha-alpo"),
            "--lang",
            "fi",
            "--format",
            "pdf"
        ])
        .0,
        Some(2)
    );
    let (code, _, stderr) = gdpr(&["notice", "/no/such.toml", "--lang", "fi"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("/no/such.toml: cannot read the file"));
    assert_eq!(
        gdpr(&["ropa", &seed("keha-alpo"), "/no/such.toml"]).0,
        Some(2)
    );
    assert_eq!(gdpr(&["dpv", "/no/such.toml"]).0, Some(2));
}

#[test]
fn ropa_has_one_row_per_register_and_a_column_per_item() {
    let (code, stdout, _) = gdpr(&[
        "ropa",
        &seed("keha-alpo"),
        &seed("espoo-tyollisyyspalvelut"),
        "--format",
        "csv",
        "--lang",
        "en",
    ]);
    assert_eq!(code, Some(0));
    // Rows end in CRLF (RFC 4180); a line break inside a quoted cell is a bare LF.
    let lines: Vec<&str> = stdout.strip_suffix("\r\n").unwrap().split("\r\n").collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        lines[0],
        "Register,(a) Controller and data protection officer,(b) Purposes,(c) Categories of data subjects and personal data,(d) Recipients,(e) Transfers to third countries,(f) Time limits for erasure,(g) Security measures"
    );
    assert!(lines[1].starts_with("ALPO-rekisteri"));
    assert!(lines[2].contains("10 years (start not stated)"));
    let (_, json, _) = gdpr(&[
        "ropa",
        &seed("tem-tno-contacts"),
        "--format",
        "json",
        "--lang",
        "sv",
    ]);
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        rows[0]["register"],
        "Registret över handlednings- och rådgivningstjänsternas kontakter"
    );
    assert!(
        rows[0]["a_controller"]
            .as_str()
            .unwrap()
            .contains("FO-nummer 2160307-0")
    );
    let (_, markdown, _) = gdpr(&["ropa", &seed("keha-alpo"), "--format", "md"]);
    assert!(markdown.contains("| (a) Rekisterinpitäjä ja tietosuojavastaava |"));
}

#[test]
fn dpv_is_json_ld() {
    let (code, stdout, _) = gdpr(&["dpv", &seed("espoo-tyollisyyspalvelut")]);
    assert_eq!(code, Some(0));
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        doc["@context"]["eu-gdpr"],
        "https://w3id.org/dpv/legal/eu/gdpr#"
    );
    let text = stdout.as_str();
    for term in [
        "eu-gdpr:A6-1-a",
        "eu-gdpr:A6-1-c",
        "eu-gdpr:A9-2-a",
        "pd:Health",
        "\"P10Y\"",
        "eu-gdpr:A15",
        "eu-gdpr:A77",
        "dpv:Recipient",
    ] {
        assert!(text.contains(term), "{term}");
    }
}
