//! A register as JSON-LD in the W3C Data Privacy Vocabulary (DPV 2) with its EU-GDPR
//! extension: controller, purposes, lawful bases, data subjects, personal data (special
//! categories typed with DPV-PD), recipients, processors, storage, rights and sources.

use serde_json::{Value, json};

use crate::legal::{DPV, DPV_EU_GDPR, DPV_PD, Right};
use crate::model::{Register, RetentionPolicy};
use crate::request::{RequestKind, RightApplicability, applicability};
use crate::text::{Language, LocalizedText};

fn literal(text: &LocalizedText) -> Value {
    let values: Vec<Value> = text
        .languages()
        .map(|l| json!({ "@value": text.get(l), "@language": l.code() }))
        .collect();
    if values.len() == 1 {
        values.into_iter().next().expect("one value")
    } else {
        Value::Array(values)
    }
}

fn duration(years: u16, months: u16) -> String {
    match (years, months) {
        (y, 0) => format!("P{y}Y"),
        (0, m) => format!("P{m}M"),
        (y, m) => format!("P{y}Y{m}M"),
    }
}

/// The register as a JSON-LD document in DPV.
///
/// ```
/// let register = gdpr::file::load("examples/registers/keha-alpo.toml")?;
/// let doc = gdpr::notice::dpv(&register);
/// let text = doc.to_string();
/// assert!(text.contains("eu-gdpr:A6-1-a"));
/// assert!(text.contains("\"P12M\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn dpv(register: &Register) -> Value {
    let base = format!("urn:gdpr:register:{}", register.id);
    let controller_id = format!("{base}#controller");
    let c = &register.controller;
    let mut controller = json!({
        "@id": controller_id,
        "@type": "dpv:DataController",
        "dct:title": literal(&c.name),
    });
    if let Some(id) = &c.business_id {
        controller["dct:identifier"] = json!(id.as_str());
    }
    if let Some(email) = &c.contact.email {
        controller["dpv:hasContact"] = json!(format!("mailto:{}", email.as_str()));
    }
    if c.public_authority {
        controller["@type"] = json!(["dpv:DataController", "dpv:PublicAuthority"]);
    }
    let mut graph = vec![controller];
    if let Some(dpo) = &c.dpo {
        let mut node =
            json!({ "@id": format!("{base}#dpo"), "@type": "dpv:DataProtectionOfficer" });
        if let Some(email) = &dpo.contact.email {
            node["dpv:hasContact"] = json!(format!("mailto:{}", email.as_str()));
        }
        graph.push(node);
    }

    let data: Vec<Value> = register
        .subject_groups
        .iter()
        .filter(|g| !g.anonymous)
        .flat_map(|g| &g.categories)
        .map(|cat| {
            let mut node =
                json!({ "@type": "dpv:PersonalData", "dct:description": literal(&cat.name) });
            if let Some(special) = cat.special {
                node["@type"] = json!(["dpv:SpecialCategoryPersonalData", special.dpv()]);
            }
            node
        })
        .collect();
    let subjects: Vec<Value> = register
        .subject_groups
        .iter()
        .map(|g| json!({ "@type": "dpv:DataSubject", "dct:title": literal(&g.name) }))
        .collect();
    let recipients: Vec<Value> = register
        .recipients
        .iter()
        .map(|r| json!({ "@type": "dpv:Recipient", "dct:title": literal(&r.name) }))
        .collect();
    let processors: Vec<Value> = register
        .processors
        .iter()
        .map(|p| {
            let mut node = json!({ "@type": "dpv:DataProcessor" });
            if let Some(name) = &p.name {
                node["dct:title"] = json!(name.as_str());
            }
            if let Some(description) = &p.description {
                node["dct:description"] = literal(description);
            }
            node
        })
        .collect();
    let storage: Vec<Value> = register
        .retention
        .iter()
        .map(|rule| {
            let mut node = json!({
                "@id": format!("{base}#retention-{}", rule.id),
                "@type": "dpv:StorageCondition",
                "dct:description": literal(&rule.applies_to),
            });
            match &rule.policy {
                RetentionPolicy::Period { years, months, .. } => {
                    node["@type"] = json!("dpv:StorageDuration");
                    node["dpv:hasDuration"] =
                        json!({ "@value": duration(*years, *months), "@type": "xsd:duration" });
                }
                RetentionPolicy::Indefinite { .. } => {
                    node["@type"] = json!("dpv:StorageDuration");
                    node["dpv:hasDuration"] = json!({ "@id": "dpv:IndeterminateDuration" });
                }
                _ => {}
            }
            node
        })
        .collect();
    let rights: Vec<Value> = RequestKind::ALL
        .iter()
        .filter(|kind| {
            !matches!(
                applicability(register, **kind),
                RightApplicability::DoesNotApply { .. } | RightApplicability::Undetermined { .. }
            )
        })
        .map(|kind| json!({ "@id": kind.right().dpv() }))
        .chain(std::iter::once(json!({ "@id": Right::Complaint.dpv() })))
        .collect();
    let sources: Vec<Value> = register
        .sources
        .iter()
        .map(|s| json!({ "@type": "dpv:DataSource", "dct:description": literal(&s.description) }))
        .collect();

    for purpose in &register.purposes {
        let mut bases: Vec<Value> = purpose
            .lawful_bases
            .iter()
            .map(|b| json!({ "@id": b.dpv() }))
            .collect();
        bases.extend(
            purpose
                .special_conditions
                .iter()
                .map(|c| json!({ "@id": c.dpv() })),
        );
        let mut process = json!({
            "@id": format!("{base}#purpose-{}", purpose.id),
            "@type": "dpv:Process",
            "dpv:hasDataController": { "@id": controller_id },
            "dpv:hasPurpose": { "@type": "dpv:Purpose", "dct:description": literal(&purpose.description) },
            "dpv:hasLegalBasis": bases,
        });
        if !purpose.anonymous {
            process["dpv:hasPersonalData"] = json!(data);
            process["dpv:hasDataSubject"] = json!(subjects);
            process["dpv:hasRecipient"] = json!(recipients);
            process["dpv:hasDataProcessor"] = json!(processors);
            process["dpv:hasStorageCondition"] = json!(
                storage
                    .iter()
                    .map(|s| json!({ "@id": s["@id"] }))
                    .collect::<Vec<_>>()
            );
            process["dpv:hasRight"] = json!(rights);
            process["dpv:hasDataSource"] = json!(sources);
        } else {
            process["dpv:hasData"] = json!({ "@id": "dpv:AnonymisedData" });
        }
        if let Some(interests) = &purpose.legitimate_interests {
            process["dpv:hasLegitimateInterest"] =
                json!({ "@type": "dpv:LegitimateInterest", "dct:description": literal(interests) });
        }
        graph.push(process);
    }
    graph.extend(storage);

    json!({
        "@context": {
            "dpv": DPV,
            "eu-gdpr": DPV_EU_GDPR,
            "pd": DPV_PD,
            "dct": "http://purl.org/dc/terms/",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": base,
        "dct:title": literal(&register.name),
        "dct:language": register.languages.iter().map(|l: &Language| l.code()).collect::<Vec<_>>(),
        "@graph": graph,
    })
}
