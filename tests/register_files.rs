//! Register files: bad input gives an error with the file, the field path and the line.

use gdpr::files::{self, LoadError};

const MINIMAL: &str = r#"id = "example"
name.fi = "Esimerkkirekisteri"
languages = ["fi"]

[controller]
name.fi = "Esimerkin kaupunki"
business_id = "2160307-0"
public_authority = true

[[purposes]]
id = "service"
description.fi = "Palvelun tuottaminen"
lawful_bases = ["6-1-e-public-interest"]
"#;

fn load_err(source: &str) -> LoadError {
    files::from_toml_str(source, "bad.toml").expect_err("the register must be rejected")
}

/// Asserts the first diagnostic's path, line and a fragment of its message.
fn assert_located(err: &LoadError, path: &str, line: usize, message: &str) {
    let d = &err.diagnostics[0];
    assert_eq!(d.path.as_deref(), Some(path), "{err}");
    assert_eq!(d.line, Some(line), "{err}");
    assert!(d.message.contains(message), "{err}");
    let shown = err.to_string();
    assert!(shown.starts_with(&format!("bad.toml:{line}:")), "{shown}");
    assert!(shown.contains(path), "{shown}");
}

#[test]
fn the_minimal_register_loads() {
    let register = files::from_toml_str(MINIMAL, "ok.toml").unwrap();
    assert_eq!(
        register.controller.business_id.unwrap().as_str(),
        "2160307-0"
    );
    assert_eq!(
        register.purposes[0].lawful_bases,
        vec![gdpr::LawfulBasis::PublicInterest]
    );
}

#[test]
fn malformed_toml() {
    let err = load_err("id = \"x\"\nname.fi = \n");
    let d = &err.diagnostics[0];
    assert_eq!(d.line, Some(2), "{err}");
    assert!(err.to_string().starts_with("bad.toml:2:"), "{err}");
}

#[test]
fn unknown_field() {
    let source = MINIMAL.replace(
        "public_authority = true",
        "public_authority = true\nfax = \"09 123\"",
    );
    let err = load_err(&source);
    assert_located(&err, "controller.fax", 9, "unknown field `fax`");
}

#[test]
fn unknown_lawful_basis_code() {
    let source = MINIMAL.replace("6-1-e-public-interest", "6-1-g");
    let err = load_err(&source);
    assert_located(&err, "purposes[0].lawful_bases[0]", 13, "6-1-g");
}

#[test]
fn bad_business_id_checksum() {
    let source = MINIMAL.replace("2160307-0", "2160307-1");
    let err = load_err(&source);
    assert_located(
        &err,
        "controller.business_id",
        7,
        "check digit does not match",
    );
}

#[test]
fn impossible_date() {
    let source = MINIMAL.replace(
        "languages = [\"fi\"]",
        "languages = [\"fi\"]\npublished = \"2026-02-30\"",
    );
    let err = load_err(&source);
    assert_located(&err, "published", 4, "not a date in the calendar");
    // A TOML date literal is read too, and checked the same way.
    let source = MINIMAL.replace(
        "languages = [\"fi\"]",
        "languages = [\"fi\"]\npublished = 2021-11-18",
    );
    let register = files::from_toml_str(&source, "ok.toml").unwrap();
    assert_eq!(register.published.unwrap().to_string(), "2021-11-18");
}

#[test]
fn empty_name() {
    let source = MINIMAL.replace("name.fi = \"Esimerkin kaupunki\"", "name.fi = \"  \"");
    let err = load_err(&source);
    assert_located(&err, "controller.name", 6, "`fi` text is empty");
}

#[test]
fn duplicate_ids_are_located_by_validation() {
    let source = format!(
        "{MINIMAL}\n[[purposes]]\nid = \"service\"\ndescription.fi = \"Toinen\"\nlawful_bases = [\"6-1-c\"]\n"
    );
    let err = load_err(&source);
    assert_located(&err, "purposes[1].id", 16, "used twice");
}

#[test]
fn dangling_group_reference() {
    let source = MINIMAL.replace(
        "lawful_bases = [\"6-1-e-public-interest\"]",
        "lawful_bases = [\"6-1-e-public-interest\"]\nsubject_groups = [\"nobody\"]",
    );
    let err = load_err(&source);
    assert_located(
        &err,
        "purposes[0].subject_groups[0]",
        14,
        "no subject group has the id `nobody`",
    );
}

#[test]
fn json_errors_are_located_too() {
    let register = files::from_toml_str(MINIMAL, "ok.toml").unwrap();
    let json = files::to_json_string(&register)
        .unwrap()
        .replace("2160307-0", "2160307-1");
    let err = files::from_json_str(&json, "bad.json").unwrap_err();
    let d = &err.diagnostics[0];
    assert_eq!(d.path.as_deref(), Some("controller.business_id"));
    let line = json.lines().position(|l| l.contains("2160307-1")).unwrap() + 1;
    assert_eq!(d.line, Some(line), "{err}");

    let mut value: serde_json::Value =
        serde_json::from_str(&files::to_json_string(&register).unwrap()).unwrap();
    let purpose = value["purposes"][0].clone();
    value["purposes"].as_array_mut().unwrap().push(purpose);
    let json = serde_json::to_string_pretty(&value).unwrap();
    let err = files::from_json_str(&json, "dup.json").unwrap_err();
    let d = &err.diagnostics[0];
    assert_eq!(d.path.as_deref(), Some("purposes[1].id"));
    let line = json
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("\"id\": \"service\""))
        .nth(1)
        .unwrap()
        .0
        + 1;
    assert_eq!(d.line, Some(line), "{err}");
}

#[test]
fn missing_file_is_an_error_not_a_panic() {
    let err = files::load("no/such/register.toml").unwrap_err();
    assert!(err.io.is_some());
    assert!(
        err.to_string()
            .starts_with("no/such/register.toml: cannot read the file"),
        "{err}"
    );
}

#[test]
fn schema_describes_registers() {
    let schema = files::schema();
    let properties = schema["properties"].as_object().unwrap();
    for field in [
        "id",
        "controller",
        "purposes",
        "retention",
        "transfers",
        "rights",
    ] {
        assert!(properties.contains_key(field), "schema lacks {field}");
    }
    assert_eq!(
        schema["additionalProperties"],
        serde_json::Value::Bool(false)
    );
}

const CHANGES: &str = r#"
[[changes]]
date = "2025-01-01"
description.fi = "Lakiviittaukset päivitettiin työvoimapalvelulakiin (380/2023)."

[[changes]]
date = 2026-03-01
description.fi = "Säilytysaika lyhennettiin viiteen vuoteen."
"#;

#[test]
fn the_version_history_loads_from_changes_tables() {
    let register = files::from_toml_str(&format!("{MINIMAL}{CHANGES}"), "ok.toml").unwrap();
    let dates: Vec<String> = register
        .changes
        .iter()
        .map(|c| c.date.to_string())
        .collect();
    assert_eq!(dates, ["2025-01-01", "2026-03-01"]);
    assert_eq!(
        register.changes[1].description.get(gdpr::Language::Fi),
        Some("Säilytysaika lyhennettiin viiteen vuoteen.")
    );
}

#[test]
fn a_change_needs_a_real_date_and_a_description() {
    let err = load_err(&format!(
        "{MINIMAL}\n[[changes]]\ndate = \"2026-02-30\"\ndescription.fi = \"x\"\n"
    ));
    assert_located(&err, "changes[0].date", 16, "not a date in the calendar");
    let err = load_err(&format!("{MINIMAL}\n[[changes]]\ndate = \"2026-02-03\"\n"));
    assert!(err.to_string().contains("description"), "{err}");
}
