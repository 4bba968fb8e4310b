//! Each lint rule fires on the register it is about, and only there; the README's rule table
//! is `lint::RULES`.

use gdpr::lint::{RULES, Severity, lint};

mod common;
/// A register that passes every rule: each test below breaks it in one way.
use common::COMPLETE as BASE;

fn findings(toml: &str) -> Vec<(&'static str, Severity, String)> {
    let register = gdpr::files::from_toml_str(toml, "test.toml").unwrap_or_else(|e| panic!("{e}"));
    lint(&register)
        .into_iter()
        .map(|f| (f.code, f.severity, f.path))
        .collect()
}

fn codes(toml: &str) -> Vec<&'static str> {
    findings(toml).into_iter().map(|(code, ..)| code).collect()
}

#[test]
fn the_base_register_passes() {
    assert_eq!(findings(BASE), []);
}

#[test]
fn consent_by_a_public_authority_for_a_statutory_task() {
    let toml = BASE.replace(
        r#"lawful_bases = ["6-1-e-public-interest"]"#,
        r#"lawful_bases = ["6-1-a"]"#,
    ) + "\n[[rights.statements]]\nrights = [\"withdraw-consent\", \"portability\"]\ntext.en = \"Withdraw any time.\"\n";
    assert_eq!(codes(&toml), ["consent-by-public-authority"]);
    // Not a public authority: consent is a matter for the subject.
    let private = toml.replace("public_authority = true", "");
    assert_eq!(codes(&private), [] as [&str; 0]);
}

#[test]
fn consent_beside_other_bases() {
    let toml = BASE.replace(
        r#"lawful_bases = ["6-1-e-public-interest"]"#,
        r#"lawful_bases = ["6-1-a", "6-1-c"]"#,
    ) + "\n[[rights.statements]]\nrights = [\"withdraw-consent\", \"portability\"]\ntext.en = \"Withdraw any time.\"\n";
    assert_eq!(
        codes(&toml),
        [
            "consent-by-public-authority",
            "lawful-bases-as-alternatives"
        ]
    );
}

#[test]
fn a_public_task_without_its_statute() {
    let toml = BASE.replace(
        "statutes = [{ number = \"1301/2014\", title.en = \"Social Welfare Act\" }]\n",
        "",
    );
    assert_eq!(
        findings(&toml),
        [(
            "statute-not-named",
            Severity::Warning,
            "purposes[0].statutes".to_owned()
        )]
    );
}

#[test]
fn direct_marketing_needs_its_own_objection_statement() {
    let toml = BASE.replace(
        "description.en = \"Providing the service\"",
        "description.en = \"Providing the service\"\ndirect_marketing = true",
    );
    assert_eq!(
        findings(&toml),
        [(
            "direct-marketing-objection-not-separate",
            Severity::Warning,
            "purposes[0].direct_marketing".to_owned()
        )]
    );
    let separate = toml
        + "\n[[rights.statements]]\nrights = [\"objection\"]\ntext.en = \"You may object to direct marketing at any time.\"\n";
    assert_eq!(codes(&separate), [] as [&str; 0]);
}

#[test]
fn a_procedure_that_asks_too_much() {
    let toml = BASE.to_owned()
        + "\n[rights.procedure]\nwritten_only = true\nidentity_proof_always = true\n";
    assert_eq!(
        codes(&toml),
        ["request-form-restricted", "identity-proof-always"]
    );
}

#[test]
fn anonymous_records_per_visit_are_questioned() {
    let toml = BASE.replace(
        "[[subject_groups]]\nid = \"customers\"\nname.en = \"Customers\"",
        "[[subject_groups]]\nid = \"customers\"\nname.en = \"Customers\"\nrecord_level = \"per-event\"",
    ) + "\n[[purposes]]\nid = \"statistics\"\ndescription.en = \"Visit statistics\"\nanonymous = true\n";
    assert_eq!(
        findings(&toml),
        [(
            "anonymity-claim-doubtful",
            Severity::Warning,
            "purposes[1].anonymous".to_owned()
        )]
    );
    // Aggregates only: no question.
    assert_eq!(
        codes(&toml.replace("per-event", "aggregate")),
        [] as [&str; 0]
    );
}

#[test]
fn repealed_expired_and_amending_acts() {
    let cite = |number: &str| {
        BASE.replace(
            "statutes = [{ number = \"1301/2014\", title.en = \"Social Welfare Act\" }]",
            &format!("statutes = [{{ number = \"{number}\" }}]"),
        )
    };
    let register = gdpr::files::from_toml_str(&cite("1369/2014"), "t.toml").unwrap();
    let finding = lint(&register).into_iter().next().unwrap();
    assert_eq!(finding.code, "repealed-act");
    assert_eq!(finding.path, "purposes[0].statutes[0]");
    assert!(
        finding.message.contains("repealed by Act 383/2023 s. 2(2)"),
        "{}",
        finding.message
    );
    assert!(
        finding.message.contains(
            "now governed by Act 381/2023 (laki työllistymisen monialaisesta edistämisestä)"
        ),
        "{}",
        finding.message
    );
    // Leave begun before 1.8.2024 still runs under the repealed act: a warning, not an error.
    let register = gdpr::files::from_toml_str(&cite("1305/2002"), "t.toml").unwrap();
    let finding = lint(&register).into_iter().next().unwrap();
    assert_eq!(finding.code, "repealed-act-still-applied");
    assert_eq!(finding.severity, Severity::Warning);
    assert!(
        finding
            .message
            .contains("still applies to job alternation leave that began before 2024-08-01"),
        "{}",
        finding.message
    );
    let register = gdpr::files::from_toml_str(&cite("1269/2020"), "t.toml").unwrap();
    let finding = lint(&register).into_iter().next().unwrap();
    assert!(
        finding.message.contains("temporary act"),
        "{}",
        finding.message
    );
    let register = gdpr::files::from_toml_str(&cite("347/2019"), "t.toml").unwrap();
    let finding = lint(&register).into_iter().next().unwrap();
    assert_eq!(finding.code, "amending-act-cited");
    assert!(finding.message.contains("759/2004"), "{}", finding.message);
}

#[test]
fn a_claimed_exemption_needs_its_law_and_a_joint_controller_its_arrangement() {
    let toml = BASE.replace(
        "kind = \"data-subject\"",
        "kind = \"data-subject\"\n\n[[sources]]\ndescription.en = \"The tax authority\"\nkind = \"authority\"\nexemption = \"14-5-c\"",
    ) + "\n[[controller.joint_controllers]]\nname.en = \"The region\"\n";
    let found = findings(&toml);
    assert!(found.contains(&(
        "exemption-without-statute",
        Severity::Error,
        "sources[1].statutes".to_owned()
    )));
    assert!(found.contains(&(
        "joint-arrangement-not-stated",
        Severity::Warning,
        "controller.joint_controllers[0].responsibilities".to_owned()
    )));
}

#[test]
fn a_register_without_bases_is_still_asked_for_the_rights_that_need_none() {
    let toml = BASE
        .replace(r#"lawful_bases = ["6-1-e-public-interest"]"#, "")
        .replace(
            r#"rights = ["access", "rectification", "erasure", "restriction", "objection", "complaint"]"#,
            r#"rights = ["access", "complaint"]"#,
        );
    let found: Vec<_> = lint(&gdpr::files::from_toml_str(&toml, "t.toml").unwrap())
        .into_iter()
        .filter(|f| f.code == "right-not-mentioned")
        .map(|f| f.message)
        .collect();
    // The controller is a public authority: whatever the notice omits, its processing rests
    // on Art. 6(1)(c) or (e), and under (e) the subject may object (Art. 21(1)).
    assert_eq!(found.len(), 4, "{found:?}");
    for right in [
        "`rectification`",
        "`erasure`",
        "`restriction`",
        "`objection`",
    ] {
        assert!(
            found
                .iter()
                .any(|m| m.ends_with(&format!("statement for {right}"))),
            "{right}: {found:?}"
        );
    }
}

#[test]
fn a_missing_automated_decisions_statement_is_a_note() {
    let toml = BASE.replace("\n[automated_decisions]\nused = false\n", "");
    assert_eq!(
        findings(&toml),
        [(
            "automated-decisions-not-stated",
            Severity::Note,
            "automated_decisions".to_owned()
        )]
    );
}

#[test]
fn the_readme_rule_table_is_lint_rules() {
    let readme = include_str!("../README.md");
    let rows: Vec<(String, String, String)> = readme
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line
                .trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect();
            (cells.len() == 3 && cells[0].starts_with('`') && cells[0].ends_with('`')).then(|| {
                (
                    cells[0].trim_matches('`').to_owned(),
                    cells[1].to_owned(),
                    cells[2].to_owned(),
                )
            })
        })
        .filter(|(code, ..)| RULES.iter().any(|r| r.code == code))
        .collect();
    let expected: Vec<(String, String, String)> = RULES
        .iter()
        .map(|r| {
            (
                r.code.to_owned(),
                r.severity.to_string(),
                r.article.to_owned(),
            )
        })
        .collect();
    assert_eq!(
        rows, expected,
        "the README's rule table must list lint::RULES in order"
    );
    for rule in RULES {
        assert!(!rule.rationale.is_empty(), "{}", rule.code);
    }
}

#[test]
fn without_a_stated_basis_a_private_controller_is_not_asked_for_an_objection_statement() {
    let toml = BASE
        .replace(r#"lawful_bases = ["6-1-e-public-interest"]"#, "")
        .replace("public_authority = true", "")
        .replace(
            r#"rights = ["access", "rectification", "erasure", "restriction", "objection", "complaint"]"#,
            r#"rights = ["access", "rectification", "erasure", "restriction", "complaint"]"#,
        );
    let found: Vec<_> = lint(&gdpr::files::from_toml_str(&toml, "t.toml").unwrap())
        .into_iter()
        .filter(|f| f.code == "right-not-mentioned")
        .map(|f| f.message)
        .collect();
    // Whether the right to object exists cannot be decided without the basis.
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_register_that_does_not_name_its_state_is_taken_as_finnish_with_a_note() {
    let toml = BASE.replace("country = \"FI\"\n", "");
    assert_eq!(
        findings(&toml),
        [(
            "country-not-stated",
            Severity::Note,
            "controller.country".to_owned()
        )]
    );
    let register = gdpr::files::from_toml_str(&toml, "test.toml").unwrap();
    assert_eq!(register.controller.country(), gdpr::legal::Country::Finland);
    // A code that is not one of the 30 states is a located error.
    let error = gdpr::files::from_toml_str(&BASE.replace("\"FI\"", "\"US\""), "test.toml")
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("test.toml:8:")
            && error.contains("controller.country")
            && error.contains("unknown country `US`"),
        "{error}"
    );
}
