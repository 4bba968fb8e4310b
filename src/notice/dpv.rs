//! A register as JSON-LD in the W3C Data Privacy Vocabulary (DPV 2.3) with its EU-GDPR and
//! personal-data extensions: controller and DPO, purposes (one `dpv:Process` each) with their
//! lawful bases and the rights the rights matrix gives them, data subjects, personal data
//! (special categories typed with DPV-PD), recipients, processors, storage and sources.
//!
//! Every node is emitted once with an `@id` and referenced from the processes that use it, so
//! the document grows with the register, not with purposes × categories. Every term emitted is
//! one of DPV 2.3 (`tests/data/dpv-2.3-terms.txt`, tested).

use serde_json::{Value, json};

use crate::legal::{DPV, DPV_EU_GDPR, DPV_PD, LawfulBasis};
use crate::matrix::decide;
use crate::model::{Register, RetentionPolicy, SourceKind};
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

fn id(value: impl Into<String>) -> Value {
    json!({ "@id": value.into() })
}

/// The DPV class of a source: who provides the data.
fn source_type(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::DataSubject => "dpv:DataSubjectDataSource",
        SourceKind::ThirdParty | SourceKind::Authority => "dpv:ThirdPartyDataSource",
        SourceKind::PublicRegister => "dpv:PublicDataSource",
        SourceKind::Controller => "dpv:DataControllerDataSource",
        SourceKind::NotStated => "dpv:DataSource",
    }
}

/// The register as a JSON-LD document in DPV.
///
/// ```
/// let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
/// let doc = gdpr::notice::dpv(&register);
/// let text = doc.to_string();
/// assert!(text.contains("eu-gdpr:A6-1-a"));
/// assert!(text.contains("\"P12M\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn dpv(register: &Register) -> Value {
    let base = format!("urn:gdpr:register:{}", register.id);
    let controller_id = format!("{base}#controller");
    let mut graph = vec![controller(register, &base, &controller_id)];
    if let Some(dpo) = &register.controller.dpo {
        let mut node =
            json!({ "@id": format!("{base}#dpo"), "@type": "dpv:DataProtectionOfficer" });
        if let Some(email) = &dpo.contact.email {
            node["dpv:hasContact"] = json!(format!("mailto:{}", email.as_str()));
        }
        graph.push(node);
    }
    let groups_with_data = data_nodes(register, &base, &mut graph);
    let recipients = recipient_nodes(register, &base, &mut graph);
    let processors = processor_nodes(register, &base, &mut graph);
    let storage = storage_nodes(register, &base, &mut graph);
    let sources = source_nodes(register, &base, &mut graph);
    for purpose in &register.purposes {
        let process = process(
            register,
            purpose,
            &base,
            &controller_id,
            &groups_with_data,
            &recipients,
            &processors,
            &storage,
            &sources,
        );
        graph.push(process);
    }

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

/// The subject groups and their data. Each category is one node; each group's categories
/// hang under one node of the group (`dct:hasPart`), which the processes reference: purposes
/// × groups references, not purposes × categories. Returns the groups that have data.
fn data_nodes<'r>(register: &'r Register, base: &str, graph: &mut Vec<Value>) -> Vec<&'r str> {
    let mut groups_with_data = Vec::new();
    for group in &register.subject_groups {
        graph.push(json!({
            "@id": format!("{base}#group-{}", group.id),
            "@type": "dpv:DataSubject",
            "dct:title": literal(&group.name),
        }));
        if group.anonymous || group.categories.is_empty() {
            continue;
        }
        let mut parts = Vec::new();
        for (j, category) in group.categories.iter().enumerate() {
            let node_id = format!("{base}#data-{}-{j}", group.id);
            let mut types = vec![json!("dpv:PersonalData")];
            for (_, special, _) in category.specials() {
                types.push(json!(special.dpv_class()));
                types.extend(special.dpv().iter().map(|term| json!(term)));
            }
            types.dedup();
            graph.push(json!({
                "@id": node_id,
                "@type": if types.len() == 1 { types.remove(0) } else { Value::Array(types) },
                "dct:description": literal(&category.name),
            }));
            parts.push(id(node_id));
        }
        graph.push(json!({
            "@id": format!("{base}#data-{}", group.id),
            "@type": "dpv:PersonalData",
            "dct:title": literal(&group.name),
            "dct:hasPart": parts,
        }));
        groups_with_data.push(group.id.as_str());
    }
    groups_with_data
}

fn recipient_nodes(register: &Register, base: &str, graph: &mut Vec<Value>) -> Vec<Value> {
    let mut ids = Vec::new();
    for (i, r) in register.recipients.iter().enumerate() {
        let node_id = format!("{base}#recipient-{i}");
        graph.push(
            json!({ "@id": node_id, "@type": "dpv:Recipient", "dct:title": literal(&r.name) }),
        );
        ids.push(id(node_id));
    }
    ids
}

fn processor_nodes(register: &Register, base: &str, graph: &mut Vec<Value>) -> Vec<Value> {
    let mut ids = Vec::new();
    for (i, p) in register.processors.iter().enumerate() {
        let node_id = format!("{base}#processor-{i}");
        let mut node = json!({ "@id": node_id, "@type": "dpv:DataProcessor" });
        if let Some(name) = &p.name {
            node["dct:title"] = json!(name.as_str());
        }
        if let Some(description) = &p.description {
            node["dct:description"] = literal(description);
        }
        graph.push(node);
        ids.push(id(node_id));
    }
    ids
}

/// Retention rules: a `dpv:StorageDuration` where the period is known, else a condition.
fn storage_nodes(register: &Register, base: &str, graph: &mut Vec<Value>) -> Vec<Value> {
    let mut ids = Vec::new();
    for rule in &register.retention {
        let node_id = format!("{base}#retention-{}", rule.id);
        let mut node = json!({
            "@id": node_id,
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
                node["dpv:hasDuration"] = id("dpv:EndlessDuration");
            }
            _ => {}
        }
        graph.push(node);
        ids.push(id(node_id));
    }
    ids
}

fn source_nodes(register: &Register, base: &str, graph: &mut Vec<Value>) -> Vec<(usize, Value)> {
    let mut ids = Vec::new();
    for (i, s) in register.sources.iter().enumerate() {
        let node_id = format!("{base}#source-{i}");
        graph.push(json!({
            "@id": node_id,
            "@type": source_type(s.kind),
            "dct:description": literal(&s.description),
        }));
        ids.push((i, id(node_id)));
    }
    ids
}

fn controller(register: &Register, base: &str, controller_id: &str) -> Value {
    let c = &register.controller;
    let mut node = json!({
        "@id": controller_id,
        "@type": if c.public_authority {
            json!(["dpv:DataController", "dpv:PublicSectorBody"])
        } else {
            json!("dpv:DataController")
        },
        "dct:title": literal(&c.name),
    });
    if let Some(business_id) = &c.business_id {
        node["dct:identifier"] = json!(business_id.as_str());
    }
    if let Some(email) = &c.contact.email {
        node["dpv:hasContact"] = json!(format!("mailto:{}", email.as_str()));
    }
    if c.dpo.is_some() {
        node["dpv:hasDataProtectionOfficer"] = id(format!("{base}#dpo"));
    }
    node
}

#[allow(clippy::too_many_arguments)]
fn process(
    register: &Register,
    purpose: &crate::model::Purpose,
    base: &str,
    controller_id: &str,
    groups_with_data: &[&str],
    recipients: &[Value],
    processors: &[Value],
    storage: &[Value],
    sources: &[(usize, Value)],
) -> Value {
    let mut bases: Vec<Value> = purpose
        .lawful_bases
        .iter()
        .map(|b| match (b, &purpose.legitimate_interests) {
            // DPV carries the interest as the justification of the Art. 6(1)(f) basis.
            (LawfulBasis::LegitimateInterests, Some(interests)) => json!({
                "@type": b.dpv(),
                "dpv:hasJustification": {
                    "@type": "dpv:Justification",
                    "dct:description": literal(interests),
                },
            }),
            _ => id(b.dpv()),
        })
        .collect();
    bases.extend(purpose.special_conditions.iter().map(|c| id(c.dpv())));
    let mut node = json!({
        "@id": format!("{base}#purpose-{}", purpose.id),
        "@type": "dpv:Process",
        "dpv:hasDataController": id(controller_id),
        "dpv:hasPurpose": { "@type": "dpv:Purpose", "dct:description": literal(&purpose.description) },
        "dpv:hasLegalBasis": bases,
    });
    if purpose.anonymous {
        node["dpv:hasData"] = id("dpv:AnonymisedData");
        return node;
    }
    let groups: Vec<_> = register
        .subject_groups
        .iter()
        .filter(|g| purpose.concerns(&g.id))
        .collect();
    node["dpv:hasDataSubject"] = json!(
        groups
            .iter()
            .map(|g| id(format!("{base}#group-{}", g.id)))
            .collect::<Vec<_>>()
    );
    node["dpv:hasPersonalData"] = json!(
        groups
            .iter()
            .filter(|g| groups_with_data.contains(&g.id.as_str()))
            .map(|g| id(format!("{base}#data-{}", g.id)))
            .collect::<Vec<_>>()
    );
    node["dpv:hasRecipient"] = json!(recipients);
    node["dpv:hasDataProcessor"] = json!(processors);
    node["dpv:hasStorageCondition"] = json!(storage);
    node["dpv:hasDataSource"] = json!(
        sources
            .iter()
            .filter(|(i, _)| {
                let source = &register.sources[*i];
                groups.iter().any(|g| source.concerns(&g.id)) || groups.is_empty()
            })
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>()
    );
    node["dpv:hasRight"] = json!(
        crate::legal::Right::ALL
            .iter()
            .filter(|right| decide(register, purpose, **right).status.is_available())
            .map(|right| id(right.dpv()))
            .collect::<Vec<_>>()
    );
    node
}
