//! The four registers modelled from the seed notices (see `examples/registers/`) load, survive a
//! save/load round trip through TOML and JSON unchanged, and the Rust-built ALPO register
//! equals its file.

use gdpr::files;
use gdpr::{Language, LawfulBasis, Register, RetentionPolicy, Right, SpecialCategory, Trigger};

#[path = "../examples/keha_alpo.rs"]
#[allow(dead_code)]
mod keha_alpo;

mod common;
use common::SEEDS;

fn load(id: &str) -> Register {
    common::seed(id)
}

#[test]
fn every_seed_file_loads() {
    for id in SEEDS {
        let register = load(id);
        assert_eq!(register.id.as_str(), id);
        assert!(register.controller.public_authority, "{id}");
    }
}

#[test]
fn every_seed_file_round_trips_through_toml() {
    for id in SEEDS {
        let register = load(id);
        let text = files::to_toml_string(&register).unwrap_or_else(|e| panic!("{id}: {e}"));
        let again = files::from_toml_str(&text, format!("{id}.saved.toml"))
            .unwrap_or_else(|e| panic!("{e}\n--- saved TOML ---\n{text}"));
        assert_eq!(
            again, register,
            "{id}: TOML round trip changed the register"
        );
        // Saving the reloaded register gives the same text.
        assert_eq!(files::to_toml_string(&again).unwrap(), text, "{id}");
    }
}

#[test]
fn every_seed_file_round_trips_through_json() {
    for id in SEEDS {
        let register = load(id);
        let text = files::to_json_string(&register).unwrap();
        let again = files::from_json_str(&text, format!("{id}.saved.json"))
            .unwrap_or_else(|e| panic!("{e}\n--- saved JSON ---\n{text}"));
        assert_eq!(
            again, register,
            "{id}: JSON round trip changed the register"
        );
        assert_eq!(files::to_json_string(&again).unwrap(), text, "{id}");
    }
}

#[test]
fn every_seed_file_round_trips_through_save_and_load() {
    let dir = tempfile::tempdir().unwrap();
    for id in SEEDS {
        let register = load(id);
        for ext in ["toml", "json"] {
            let saved = dir.path().join(format!("{id}.{ext}"));
            files::save(&saved, &register).unwrap();
            assert_eq!(files::load(&saved).unwrap(), register, "{id}.{ext}");
        }
    }
}

#[test]
fn the_rust_built_alpo_register_equals_its_file() {
    let built = keha_alpo::keha_alpo();
    let loaded = load("keha-alpo");
    // Compare field by field first so that a difference names the field.
    assert_eq!(built.controller, loaded.controller);
    assert_eq!(built.purposes, loaded.purposes);
    assert_eq!(built.subject_groups, loaded.subject_groups);
    assert_eq!(built.sources, loaded.sources);
    assert_eq!(built.processors, loaded.processors);
    assert_eq!(built.retention, loaded.retention);
    assert_eq!(built.security, loaded.security);
    assert_eq!(built.rights, loaded.rights);
    assert_eq!(built, loaded);
    assert!(built.validate().is_ok());
}

#[test]
fn tem_is_bilingual_throughout() {
    let register = load("tem-tno-contacts");
    assert_eq!(register.languages, [Language::Fi, Language::Sv]);
    // Every text in the file has both languages: look at the JSON form, where every
    // localized text is an object with `fi`, and check that each such object has `sv`.
    let json: serde_json::Value =
        serde_json::from_str(&files::to_json_string(&register).unwrap()).unwrap();
    fn walk(value: &serde_json::Value, at: &str, missing: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if map.contains_key("fi") && !map.contains_key("sv") {
                    missing.push(at.to_owned());
                }
                for (key, value) in map {
                    walk(value, &format!("{at}.{key}"), missing);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, value) in items.iter().enumerate() {
                    walk(value, &format!("{at}[{i}]"), missing);
                }
            }
            _ => {}
        }
    }
    let mut missing = Vec::new();
    walk(&json, "", &mut missing);
    assert!(missing.is_empty(), "texts without sv: {missing:?}");
    assert_eq!(
        register.lawful_bases(),
        [
            LawfulBasis::Consent,
            LawfulBasis::LegalObligation,
            LawfulBasis::OfficialAuthority
        ]
    );
    let rule = register.retention_rule("contact-persons").unwrap();
    assert_eq!(
        rule.policy,
        RetentionPolicy::Until {
            trigger: Trigger::Event("ceased-as-contact-person".parse().unwrap())
        }
    );
}

#[test]
fn seed_specific_facts() {
    let alpo = load("keha-alpo");
    assert!(alpo.controller.contact.is_empty());
    assert_eq!(alpo.drawn_up.unwrap().to_string(), "2021-11-18");
    assert_eq!(alpo.published, None);
    assert_eq!(
        alpo.retention_rule("users").unwrap().policy,
        RetentionPolicy::months(12, Trigger::LastActivity)
    );
    assert_eq!(
        alpo.retention_rule("partner-contacts").unwrap().policy,
        RetentionPolicy::months(12, Trigger::Collected)
    );
    assert_eq!(
        alpo.retention_rule("statistics").unwrap().policy,
        RetentionPolicy::Indefinite { anonymised: true }
    );

    let typ = load("monialainen-yhteispalvelu");
    assert_eq!(typ.reference.as_ref().unwrap().as_str(), "KEHA/1516/2017");
    assert!(typ.controller.dpo.is_none());
    assert!(typ.lawful_bases().is_empty());
    assert!(!typ.rights.mentions(Right::Complaint));
    assert_eq!(
        typ.controller.contact.email.as_ref().unwrap().as_str(),
        "kirjaamo@tem.fi"
    );
    let basis = &typ.document_basis[0];
    assert_eq!(basis.number.as_ref().unwrap().as_str(), "523/1999");
    assert!(basis.repeal().is_some());
    match &typ.retention_rule("customer-records").unwrap().policy {
        RetentionPolicy::Statute { statute } => {
            assert_eq!(statute.number.as_ref().unwrap().as_str(), "916/2012");
        }
        other => panic!("expected a statute policy, got {other:?}"),
    }
    assert!(typ.cookies.is_some());

    let espoo = load("espoo-tyollisyyspalvelut");
    assert_eq!(espoo.published.unwrap().to_string(), "2021-06-24");
    assert_eq!(espoo.systems.len(), 8);
    assert_eq!(espoo.purposes[0].statutes.len(), 9);
    assert_eq!(
        espoo.retention_rule("customer-records").unwrap().policy,
        RetentionPolicy::years(10, Trigger::NotStated)
    );

    // Health is marked where the notice lists it: one s. 9 category and one item in TYP, the
    // working-capacity item in Espoo, never the identification data around it.
    let health = |register: &Register| -> Vec<String> {
        register
            .subject_groups
            .iter()
            .flat_map(|group| &group.categories)
            .flat_map(|category| {
                category
                    .specials()
                    .filter(|(_, special, _)| *special == SpecialCategory::Health)
                    .map(|(item, _, _)| {
                        let text = match item {
                            None => &category.name,
                            Some(i) => &category.items[i].text,
                        };
                        text.get(Language::Fi).unwrap().to_owned()
                    })
            })
            .collect()
    };
    assert_eq!(health(&espoo), ["työ- ja toimintakykyyn liittyvät tiedot"]);
    assert_eq!(health(&typ).len(), 2);
    assert!(health(&typ)[1].contains("terveydentilaa ja työ- ja toimintakykyä"));
    for register in [&alpo, &typ, &espoo, &load("tem-tno-contacts")] {
        assert!(register.automated_decisions.is_none());
        assert!(!register.transfers.as_ref().unwrap().outside_eea);
    }
}
