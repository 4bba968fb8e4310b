//! The rights matrix is the one decision: the linter, the notice, the request lifecycle and
//! the DPV export agree with it on every seed and on generated registers; `gdpr rights`
//! prints it; every DPV term the export emits exists in DPV 2.3.

use std::collections::HashSet;

use gdpr::legal::Right;
use gdpr::matrix::{RightStatus, decide, matrix};
use gdpr::notice::{NoticeDocument, NoticeOptions, dpv};
use gdpr::request::{RequestKind, applicability};
use gdpr::{Language, Register};
use serde_json::Value;

mod common;
use common::SEEDS;

fn seed(id: &str) -> String {
    common::seed_path(id).to_string_lossy().into_owned()
}

fn load(id: &str) -> Register {
    common::seed(id)
}

/// The request kind of a right, where a data subject can ask for it.
fn kind(right: Right) -> Option<RequestKind> {
    RequestKind::ALL
        .iter()
        .copied()
        .find(|k| k.right() == right)
}

/// Checks that every layer agrees with the matrix on `register`; `Err` says where not.
fn layers_agree(register: &Register) -> Result<(), String> {
    let rows = matrix(register);
    // Request: the per-purpose decisions are the matrix's.
    for right in Right::ALL {
        let Some(kind) = kind(*right) else { continue };
        let summed = applicability(register, kind);
        for (purpose, decision) in &summed.purposes {
            let row = rows
                .iter()
                .find(|r| &r.purpose == purpose)
                .ok_or("purpose")?;
            if row.get(*right) != decision {
                return Err(format!("request disagrees on {purpose}/{right}"));
            }
        }
    }
    // Notice: the derived rows are the matrix's, status by status.
    let notice = NoticeDocument::build_with(register, Language::En, NoticeOptions::COMPLETE);
    if notice.rights.derived.len() != rows.len() {
        return Err("notice has another number of purposes".into());
    }
    for (derived, row) in notice.rights.derived.iter().zip(&rows) {
        for (shown, decision) in derived.rights.iter().zip(&row.rights) {
            if shown.right.code != decision.right.code() || shown.status != decision.status {
                return Err(format!(
                    "notice disagrees on {}/{}",
                    row.purpose, decision.right
                ));
            }
        }
    }
    // Lint and notice: the rights not described are the same list, and each is a right the
    // matrix gives some purpose, which the register does not mention.
    let missing = gdpr::lint::rights_not_described(register);
    let listed: Vec<String> = notice
        .rights
        .not_stated
        .iter()
        .map(|r| r.code.clone())
        .collect();
    let missing_codes: Vec<String> = missing.iter().map(|r| r.code().to_owned()).collect();
    if listed != missing_codes {
        return Err(format!("notice lists {listed:?}, lint {missing_codes:?}"));
    }
    for right in &missing {
        if register.rights.mentions(*right) {
            return Err(format!("{right} is mentioned yet reported missing"));
        }
        let available = register.purposes.is_empty()
            || register.purposes.iter().filter(|p| !p.anonymous).any(|p| {
                match decide(register, p, *right).status {
                    RightStatus::Applies | RightStatus::Limited => true,
                    // A public authority with no stated basis: Art. 21(1) may apply.
                    RightStatus::Undetermined => {
                        *right == Right::Objection && register.controller.public_authority
                    }
                    _ => false,
                }
            });
        if !available {
            return Err(format!(
                "{right} is reported missing but applies to no purpose"
            ));
        }
    }
    // DPV: a process has a right exactly when the matrix makes it available.
    let doc = dpv(register);
    for row in &rows {
        let id = format!("urn:gdpr:register:{}#purpose-{}", register.id, row.purpose);
        let process = doc["@graph"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["@id"] == id.as_str())
            .ok_or("process")?;
        let emitted: HashSet<&str> = process["dpv:hasRight"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["@id"].as_str().unwrap())
            .collect();
        for decision in &row.rights {
            let has = emitted.contains(decision.right.dpv());
            if has != decision.status.is_available() {
                return Err(format!(
                    "DPV disagrees on {}/{}",
                    row.purpose, decision.right
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn every_layer_agrees_on_every_seed() {
    for id in SEEDS {
        layers_agree(&load(id)).unwrap_or_else(|e| panic!("{id}: {e}"));
    }
}

#[cfg(feature = "proptest")]
mod generated {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn every_layer_agrees_on_generated_registers(register in gdpr::strategies::register()) {
            super::layers_agree(&register).map_err(TestCaseError::fail)?;
        }

        #[test]
        fn generated_dpv_uses_only_real_terms(register in gdpr::strategies::register()) {
            let unknown = super::unknown_terms(&gdpr::notice::dpv(&register));
            prop_assert!(unknown.is_empty(), "{unknown:?}");
        }
    }
}

/// The DPV 2.3 term IRIs (tests/data/dpv-2.3-terms.txt, from the W3C DPV repository).
fn dpv_terms() -> HashSet<String> {
    let text = include_str!("data/dpv-2.3-terms.txt");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// Every compact IRI (`dpv:`, `pd:`, `eu-gdpr:`) in `value`, as a key or a value, expanded and
/// not in DPV 2.3.
fn unknown_terms(value: &Value) -> Vec<String> {
    let prefixes = [
        ("dpv:", "https://w3id.org/dpv#"),
        ("pd:", "https://w3id.org/dpv/pd#"),
        ("eu-gdpr:", "https://w3id.org/dpv/legal/eu/gdpr#"),
    ];
    let terms = dpv_terms();
    let mut unknown = Vec::new();
    let mut check = |s: &str| {
        for (prefix, iri) in prefixes {
            if let Some(local) = s.strip_prefix(prefix) {
                let full = format!("{iri}{local}");
                if !terms.contains(&full) {
                    unknown.push(s.to_owned());
                }
            }
        }
    };
    fn walk(value: &Value, check: &mut dyn FnMut(&str)) {
        match value {
            Value::String(s) => check(s),
            Value::Array(items) => items.iter().for_each(|v| walk(v, check)),
            Value::Object(map) => {
                for (key, child) in map {
                    check(key);
                    walk(child, check);
                }
            }
            _ => {}
        }
    }
    walk(value, &mut check);
    unknown
}

#[test]
fn the_term_list_is_dpv_2_3() {
    let terms = dpv_terms();
    assert_eq!(terms.len(), 1581);
    assert!(terms.contains("https://w3id.org/dpv/pd#Race"));
    assert!(!terms.contains("https://w3id.org/dpv/pd#Racial"));
    assert!(!terms.contains("https://w3id.org/dpv#PublicAuthority"));
}

#[test]
fn seed_dpv_exports_use_only_real_terms() {
    for id in SEEDS {
        let doc = dpv(&load(id));
        assert_eq!(unknown_terms(&doc), Vec::<String>::new(), "{id}");
    }
    // Every term the legal enums map to exists, used or not.
    let mut all: Vec<String> = Vec::new();
    all.extend(gdpr::LawfulBasis::ALL.iter().map(|b| b.dpv().to_owned()));
    all.extend(
        gdpr::Article9Condition::ALL
            .iter()
            .map(|c| c.dpv().to_owned()),
    );
    all.extend(Right::ALL.iter().map(|r| r.dpv().to_owned()));
    for special in gdpr::SpecialCategory::ALL {
        all.extend(special.dpv().iter().map(|t| (*t).to_owned()));
        all.push(special.dpv_class().to_owned());
    }
    all.extend(
        gdpr::legal::TransferSafeguard::ALL
            .iter()
            .map(|s| s.dpv().to_owned()),
    );
    assert_eq!(unknown_terms(&serde_json::json!(all)), Vec::<String>::new());
}

#[test]
fn dpv_links_the_dpo_and_keeps_criminal_data_out_of_the_special_categories() {
    let doc = dpv(&load("keha-alpo"));
    let graph = doc["@graph"].as_array().unwrap();
    let controller = &graph[0];
    assert_eq!(
        controller["dpv:hasDataProtectionOfficer"]["@id"],
        "urn:gdpr:register:keha-alpo#dpo"
    );
    assert_eq!(
        controller["@type"],
        serde_json::json!(["dpv:DataController", "dpv:PublicSectorBody"])
    );
    assert_eq!(
        gdpr::SpecialCategory::CriminalConvictions.dpv_class(),
        "dpv:SensitivePersonalData"
    );
    // Rights are per purpose: ALPO's consent purpose has withdrawal, its public-task one not.
    let rights = |purpose: &str| -> Vec<String> {
        graph
            .iter()
            .find(|n| n["@id"] == format!("urn:gdpr:register:keha-alpo#purpose-{purpose}").as_str())
            .unwrap()["dpv:hasRight"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["@id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(rights("partner-cooperation").contains(&"eu-gdpr:A7-3".to_owned()));
    assert!(!rights("user-management").contains(&"eu-gdpr:A7-3".to_owned()));
    assert!(!rights("user-management").contains(&"eu-gdpr:A20".to_owned()));
}

#[cfg(feature = "cli")]
mod cli {
    use super::common::gdpr;

    #[test]
    fn rights_prints_one_line_per_purpose_and_right() {
        let (code, stdout, stderr) = gdpr(&["rights", &super::seed("keha-alpo")]);
        assert_eq!(code, Some(0), "{stderr}");
        let lines: Vec<&str> = stdout.lines().collect();
        // Two purposes that process personal data, nine rights each.
        assert_eq!(lines.len(), 18);
        assert_eq!(lines[0], "partner-cooperation\taccess\tapplies\tArt. 15");
        assert!(lines.contains(&"user-management\tportability\tnot-applicable\tArt. 20(3)"));
        assert!(lines.contains(&"user-management\terasure\tlimited\tArt. 17(3)(b)"));
        assert!(lines.contains(&"partner-cooperation\twithdraw-consent\tapplies\tArt. 7(3)"));
        for line in &lines {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 4, "{line}");
            assert!(["applies", "limited", "not-applicable"].contains(&fields[2]));
        }
    }

    #[test]
    fn rights_as_json_and_direct_marketing() {
        let (code, stdout, _) = gdpr(&[
            "rights",
            &super::seed("tem-tno-contacts"),
            "--format",
            "json",
        ]);
        assert_eq!(code, Some(0));
        let rows: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let objection = rows[0]["rights"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["right"] == "objection")
            .unwrap();
        // "markkinoinnin": the right to object to direct marketing, whatever the basis, and
        // the Art. 21(1) right of the official-authority basis beside it.
        assert_eq!(objection["status"], "applies");
        assert_eq!(objection["article"], "Art. 21(1)-(3)");
    }

    #[test]
    fn rights_of_a_bad_file_exit_2_with_a_located_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.toml");
        std::fs::write(&path, "id = \"x\"\nname.fi = \"X\"\nlanguages = [\"fi\"]\n[controller]\nname.fi = \"C\"\n[[purposes]]\nid = \"p\"\ndescription.fi = \"P\"\nlawful_bases = [\"6-1-z\"]\n").unwrap();
        let (code, stdout, stderr) = gdpr(&["rights", path.to_str().unwrap()]);
        assert_eq!(code, Some(2));
        assert!(stdout.is_empty());
        assert!(stderr.contains("bad.toml:9:"), "{stderr}");
        assert!(stderr.contains("purposes[0].lawful_bases[0]"), "{stderr}");
        let (code, _, stderr) = gdpr(&["rights", "/nonexistent/register.toml"]);
        assert_eq!(code, Some(2));
        assert!(stderr.contains("/nonexistent/register.toml"), "{stderr}");
    }
}
