use serde_json::Value;

use super::{Finding, Rule, Severity};
use crate::legal::{Article9Condition, LawfulBasis, Right, SpecialCategory, StatuteNumber};
use crate::model::{InformationArticle, Register, RetentionPolicy, Trigger};

macro_rules! rules {
    ($($name:ident = $code:literal, $severity:ident, $article:literal, $summary:literal;)*) => {
        $(const $name: Rule = Rule { code: $code, severity: Severity::$severity, article: $article, summary: $summary };)*
        /// Every lint rule, in the order findings are reported.
        pub const RULES: &[Rule] = &[$($name),*];
    };
}

rules! {
    CONTROLLER_CONTACT = "controller-contact-missing", Error, "Art. 13(1)(a), 14(1)(a)",
        "neither the controller nor its contact or responsible person has contact details";
    DPO_MISSING = "dpo-contact-missing", Error, "Art. 37(1)(a), 13(1)(b), 14(1)(b)",
        "a public authority names no data protection officer, or no way to reach one";
    DPO_WITHHELD = "dpo-contact-withheld", Warning, "Art. 13(1)(b), 14(1)(b)",
        "the DPO's e-mail address is hidden in the published notice";
    PURPOSES_MISSING = "purposes-missing", Error, "Art. 13(1)(c), 14(1)(c), 30(1)(b)",
        "the register states no purpose";
    PURPOSE_BASIS = "purpose-without-lawful-basis", Error, "Art. 6(1), 13(1)(c), 14(1)(c)",
        "a purpose of processing personal data names no lawful basis";
    LEGITIMATE_INTERESTS_AUTHORITY = "legitimate-interests-by-public-authority", Warning, "Art. 6(1) second subparagraph",
        "a public authority relies on Art. 6(1)(f), which it cannot use for its tasks";
    LEGITIMATE_INTERESTS_NOT_STATED = "legitimate-interests-not-stated", Error, "Art. 13(1)(d), 14(2)(b)",
        "Art. 6(1)(f) is used without stating the legitimate interests";
    SPECIAL_CONDITION = "special-category-without-condition", Error, "Art. 9(1), 9(2)",
        "special-category data has no Art. 9(2) condition";
    CRIMINAL_DATA = "criminal-data-without-authority", Error, "Art. 10",
        "criminal-offence data without official authority or a statute";
    CONSENT_WITHDRAWAL = "consent-withdrawal-missing", Error, "Art. 7(3), 13(2)(c), 14(2)(d)",
        "consent is a basis but the notice does not say it can be withdrawn";
    SUBJECT_GROUPS_MISSING = "subject-groups-missing", Error, "Art. 30(1)(c)",
        "the register names no category of data subjects";
    DATA_CATEGORIES_MISSING = "data-categories-missing", Error, "Art. 14(1)(d), 30(1)(c)",
        "a group of data subjects has no categories of personal data";
    SOURCE_MISSING = "source-missing", Error, "Art. 14(2)(f)",
        "the source of personal data is not stated";
    SOURCE_KIND = "source-kind-not-stated", Warning, "Art. 13, 14(2)(f)",
        "a source does not say whether the data comes from the data subject";
    RECIPIENTS = "recipients-not-stated", Error, "Art. 13(1)(e), 14(1)(e), 30(1)(d)",
        "the register says nothing about recipients or disclosures";
    TRANSFERS_NOT_STATED = "transfers-not-stated", Warning, "Art. 13(1)(f), 14(1)(f), 30(1)(e)",
        "the register does not say whether data leaves the EU/EEA";
    TRANSFER_SAFEGUARD = "transfer-without-safeguard", Error, "Art. 13(1)(f), 44-49",
        "a transfer outside the EU/EEA names no adequacy decision, safeguard or derogation";
    RETENTION_MISSING = "retention-period-missing", Error, "Art. 13(2)(a), 14(2)(a)",
        "no retention period or criteria for determining it";
    RETENTION_TRIGGER = "retention-trigger-not-stated", Warning, "Art. 13(2)(a), 14(2)(a)",
        "a retention period does not say from when it runs";
    RETENTION_BY_STATUTE = "retention-period-not-stated", Warning, "Art. 13(2)(a), 14(2)(a)",
        "retention is left to a statute without stating the period";
    RETENTION_INDEFINITE = "retention-indefinite", Warning, "Art. 5(1)(e)",
        "personal data kept indefinitely without anonymisation";
    RIGHT_NOT_MENTIONED = "right-not-mentioned", Warning, "Art. 13(2)(b), 14(2)(c)",
        "a right that applies to the register's lawful bases is not described";
    COMPLAINT = "complaint-right-missing", Error, "Art. 13(2)(d), 14(2)(e), 77",
        "the right to lodge a complaint with a supervisory authority is not stated";
    PROVISION = "provision-requirement-not-stated", Warning, "Art. 13(2)(e)",
        "the notice does not say whether providing the data is required, or what follows from not providing it";
    AUTOMATED_NOT_STATED = "automated-decisions-not-stated", Warning, "Art. 13(2)(f), 14(2)(g)",
        "the notice does not say whether automated decisions are made";
    AUTOMATED_LOGIC = "automated-decision-logic-missing", Error, "Art. 13(2)(f), 14(2)(g), 22",
        "automated decisions are made but their logic or consequences are not described";
    SECURITY = "security-not-described", Warning, "Art. 30(1)(g), 32",
        "no security measures are described";
    LANGUAGE = "text-missing-language", Error, "Art. 12(1)",
        "a text lacks a language the register declares";
    REPEALED = "repealed-act", Error, "Art. 12(1)",
        "the register cites a repealed act";
}

struct Lint<'a> {
    register: &'a Register,
    findings: Vec<Finding>,
}

impl Lint<'_> {
    fn add(&mut self, rule: Rule, path: impl Into<String>, message: impl Into<String>) {
        self.findings.push(Finding {
            code: rule.code,
            severity: rule.severity,
            article: rule.article,
            path: path.into(),
            message: message.into(),
        });
    }
}

pub(super) fn run(register: &Register) -> Vec<Finding> {
    let mut lint = Lint {
        register,
        findings: Vec::new(),
    };
    controller(&mut lint);
    purposes(&mut lint);
    data(&mut lint);
    sources(&mut lint);
    recipients_and_transfers(&mut lint);
    retention(&mut lint);
    rights(&mut lint);
    other_items(&mut lint);
    texts_and_statutes(&mut lint);
    let order = |code: &str| RULES.iter().position(|rule| rule.code == code);
    // Stable: within a rule, findings keep the order of the file.
    lint.findings.sort_by_key(|finding| order(finding.code));
    lint.findings
}

fn controller(lint: &mut Lint<'_>) {
    let controller = &lint.register.controller;
    if !controller.is_reachable() {
        lint.add(
            CONTROLLER_CONTACT,
            "controller.contact",
            "no contact details for the controller; add a postal address, phone, e-mail or web address under [controller.contact] (or for its contact person)",
        );
    }
    if !controller.public_authority {
        return;
    }
    match &controller.dpo {
        None => lint.add(
            DPO_MISSING,
            "controller.dpo",
            "a public authority must designate a data protection officer; add [controller.dpo] with its contact details",
        ),
        Some(dpo) if !dpo.contact.is_reachable() && dpo.contact.email_withheld => lint.add(
            DPO_WITHHELD,
            "controller.dpo.contact.email",
            "the DPO's e-mail address is hidden in the published notice; state the address in full",
        ),
        Some(dpo) if !dpo.contact.is_reachable() => lint.add(
            DPO_MISSING,
            "controller.dpo.contact",
            "the data protection officer has no contact details; add an e-mail, phone or postal address",
        ),
        Some(_) => {}
    }
}

fn purposes(lint: &mut Lint<'_>) {
    let register = lint.register;
    if register.purposes.is_empty() && !register.anonymous {
        lint.add(
            PURPOSES_MISSING,
            "purposes",
            "add at least one [[purposes]] entry with its lawful bases",
        );
    }
    for (i, purpose) in register.purposes.iter().enumerate() {
        if !purpose.anonymous && purpose.lawful_bases.is_empty() {
            lint.add(
                PURPOSE_BASIS,
                format!("purposes[{i}].lawful_bases"),
                format!(
                    "purpose `{}` names no lawful basis; add one or more Art. 6(1) codes, e.g. lawful_bases = [\"6-1-e-public-interest\"]",
                    purpose.id
                ),
            );
        }
        if purpose
            .lawful_bases
            .contains(&LawfulBasis::LegitimateInterests)
        {
            if register.controller.public_authority {
                lint.add(
                    LEGITIMATE_INTERESTS_AUTHORITY,
                    format!("purposes[{i}].lawful_bases"),
                    format!(
                        "purpose `{}` relies on Art. 6(1)(f), which a public authority cannot use in performing its tasks; use 6-1-c or 6-1-e unless the processing is outside those tasks",
                        purpose.id
                    ),
                );
            }
            if purpose.legitimate_interests.is_none() {
                lint.add(
                    LEGITIMATE_INTERESTS_NOT_STATED,
                    format!("purposes[{i}].legitimate_interests"),
                    format!("purpose `{}` relies on Art. 6(1)(f); state the legitimate interests pursued", purpose.id),
                );
            }
        }
    }
}

fn data(lint: &mut Lint<'_>) {
    let register = lint.register;
    if register.subject_groups.is_empty() && !register.anonymous {
        lint.add(
            SUBJECT_GROUPS_MISSING,
            "subject_groups",
            "add [[subject_groups]] naming whose data is processed and which categories of data",
        );
    }
    for (i, group) in register.subject_groups.iter().enumerate() {
        if !group.anonymous && group.categories.is_empty() {
            lint.add(
                DATA_CATEGORIES_MISSING,
                format!("subject_groups[{i}].categories"),
                format!("group `{}` has no categories of personal data; list them under [[subject_groups.categories]]", group.id),
            );
        }
        let purposes = || register.purposes.iter().filter(|p| p.concerns(&group.id));
        for (j, category) in group.categories.iter().enumerate() {
            let Some(special) = category.special else {
                continue;
            };
            let path = format!("subject_groups[{i}].categories[{j}]");
            if special.is_article_9() {
                let conditioned = category.condition.is_some()
                    || purposes().any(|p| !p.special_conditions.is_empty());
                if !conditioned {
                    lint.add(
                        SPECIAL_CONDITION,
                        path,
                        format!(
                            "{} ({}) is processed without an Art. 9(2) condition; add `condition` here or `special_conditions` on the purpose, e.g. \"9-2-b\" or \"9-2-g\"",
                            special.title(crate::Language::En),
                            special.article()
                        ),
                    );
                }
            } else if special == SpecialCategory::CriminalConvictions {
                let authorised = purposes().any(|p| {
                    p.lawful_bases.contains(&LawfulBasis::OfficialAuthority)
                        || !p.statutes.is_empty()
                });
                if !authorised {
                    lint.add(
                        CRIMINAL_DATA,
                        path,
                        "criminal-offence data may be processed only under official authority or when a statute authorises it; add the basis 6-1-e-official-authority or the statute",
                    );
                }
            }
        }
    }
}

fn sources(lint: &mut Lint<'_>) {
    let register = lint.register;
    if register.anonymous {
        return;
    }
    if register.sources.is_empty() {
        lint.add(
            SOURCE_MISSING,
            "sources",
            "state where the data comes from: the data subject (Art. 13) or which other source (Art. 14(2)(f))",
        );
    } else {
        for (i, group) in register.subject_groups.iter().enumerate() {
            if !group.anonymous && !register.sources.iter().any(|s| s.concerns(&group.id)) {
                lint.add(
                    SOURCE_MISSING,
                    format!("subject_groups[{i}]"),
                    format!("no source is stated for the data on group `{}`; add a [[sources]] entry for it", group.id),
                );
            }
        }
    }
    for (i, source) in register.sources.iter().enumerate() {
        if source.kind == crate::model::SourceKind::NotStated {
            lint.add(
                SOURCE_KIND,
                format!("sources[{i}].kind"),
                "say whether the data comes from the data subject or from another source; Art. 13 or Art. 14 follows from it",
            );
        }
    }
}

fn recipients_and_transfers(lint: &mut Lint<'_>) {
    let register = lint.register;
    if register.recipients.is_empty()
        && register.disclosure_statement.is_none()
        && !register.anonymous
    {
        lint.add(
            RECIPIENTS,
            "recipients",
            "state the recipients or categories of recipients, or that the data is not disclosed (disclosure_statement)",
        );
    }
    match &register.transfers {
        None => lint.add(
            TRANSFERS_NOT_STATED,
            "transfers",
            "state whether data is transferred outside the EU/EEA: add [transfers] with outside_eea = false or the transfers",
        ),
        Some(transfers) => {
            for (i, transfer) in transfers.transfers.iter().enumerate() {
                if transfer.safeguard.is_none() {
                    lint.add(
                        TRANSFER_SAFEGUARD,
                        format!("transfers.transfers[{i}].safeguard"),
                        format!(
                            "the transfer to {} names no adequacy decision, safeguard or derogation; add `safeguard`",
                            transfer.destination
                        ),
                    );
                }
            }
        }
    }
}

fn retention(lint: &mut Lint<'_>) {
    let register = lint.register;
    if register.retention.is_empty() && !register.anonymous {
        lint.add(
            RETENTION_MISSING,
            "retention",
            "state how long the data is kept, or the criteria for deciding it; add [[retention]] rules",
        );
    }
    for (i, rule) in register.retention.iter().enumerate() {
        let path = format!("retention[{i}].policy");
        match &rule.policy {
            RetentionPolicy::NotStated => lint.add(
                RETENTION_MISSING,
                path,
                format!("rule `{}` states no period and no criteria; state the period or what it depends on", rule.id),
            ),
            RetentionPolicy::Period { trigger: Trigger::NotStated, .. } => lint.add(
                RETENTION_TRIGGER,
                format!("{path}.trigger"),
                format!(
                    "rule `{}` gives a period but not when it starts; state the trigger (collected, last activity, end of the customer relationship, ...)",
                    rule.id
                ),
            ),
            RetentionPolicy::Statute { statute } => {
                let cited = statute.number.as_ref().map_or_else(|| "the statute".to_owned(), |n| format!("Act {n}"));
                lint.add(
                    RETENTION_BY_STATUTE,
                    path,
                    format!("rule `{}` refers to {cited} without stating the period it sets; state the period", rule.id),
                );
            }
            RetentionPolicy::Indefinite { anonymised: false } => lint.add(
                RETENTION_INDEFINITE,
                path,
                format!("rule `{}` keeps personal data indefinitely; set a period or state that the data is anonymised", rule.id),
            ),
            _ => {}
        }
    }
}

fn rights(lint: &mut Lint<'_>) {
    let register = lint.register;
    if register.anonymous {
        return;
    }
    let bases = register.lawful_bases();
    let explicit_consent = register.purposes.iter().any(|p| {
        p.special_conditions
            .contains(&Article9Condition::ExplicitConsent)
    });
    if (bases.contains(&LawfulBasis::Consent) || explicit_consent)
        && !register.rights.mentions(Right::WithdrawConsent)
    {
        lint.add(
            CONSENT_WITHDRAWAL,
            "rights.statements",
            "consent is a basis: tell the subject that consent can be withdrawn at any time without affecting earlier processing; add a statement for `withdraw-consent`",
        );
    }
    let automated = register
        .automated_decisions
        .as_ref()
        .is_some_and(|a| a.used);
    for right in [
        Right::Access,
        Right::Rectification,
        Right::Erasure,
        Right::Restriction,
        Right::Portability,
        Right::Objection,
        Right::AutomatedDecision,
    ] {
        if right == Right::AutomatedDecision && !automated {
            continue;
        }
        let applies = bases
            .iter()
            .any(|basis| right.applicability(*basis).is_available());
        if applies && !register.rights.mentions(right) {
            lint.add(
                RIGHT_NOT_MENTIONED,
                "rights.statements",
                format!("the {} ({}) applies to this register's lawful bases but is not described; add a statement for `{}`", right.title(crate::Language::En), right.article(), right.code()),
            );
        }
    }
    if !register.rights.mentions(Right::Complaint) {
        lint.add(
            COMPLAINT,
            "rights.statements",
            "tell the subject of the right to lodge a complaint with the Data Protection Ombudsman (tietosuojavaltuutettu, www.tietosuoja.fi); add a statement for `complaint`",
        );
    }
}

fn other_items(lint: &mut Lint<'_>) {
    let register = lint.register;
    if register.anonymous {
        return;
    }
    let collects_from_subject = register.sources.iter().any(|s| s.kind.is_data_subject())
        || register.information_article() == InformationArticle::Article13;
    if collects_from_subject && register.provision.is_none() {
        lint.add(
            PROVISION,
            "provision",
            "say whether providing the data is a statutory or contractual requirement, whether the subject must provide it, and what follows from not providing it; add [provision]",
        );
    }
    match &register.automated_decisions {
        None => lint.add(
            AUTOMATED_NOT_STATED,
            "automated_decisions",
            "say whether decisions are made solely by automated means; add [automated_decisions] with used = false if none are",
        ),
        Some(automated) if automated.used && (automated.logic.is_none() || automated.consequences.is_none()) => lint.add(
            AUTOMATED_LOGIC,
            "automated_decisions",
            "automated decisions are made: describe the logic involved (`logic`) and the significance and consequences for the subject (`consequences`)",
        ),
        Some(_) => {}
    }
    if register.security.as_ref().is_none_or(|s| s.is_empty()) {
        lint.add(
            SECURITY,
            "security",
            "describe the technical and organisational security measures; add [security] with general, manual or electronic measures",
        );
    }
}

fn texts_and_statutes(lint: &mut Lint<'_>) {
    let value = serde_json::to_value(lint.register).expect("a register always serializes");
    let languages = lint.register.languages.clone();
    let mut found = Vec::new();
    walk(&value, String::new(), &languages, &mut found);
    for (rule, path, message) in found {
        lint.add(rule, path, message);
    }
}

fn is_localized_text(map: &serde_json::Map<String, Value>) -> bool {
    !map.is_empty()
        && map
            .keys()
            .all(|key| matches!(key.as_str(), "fi" | "sv" | "en"))
}

/// Walks the serialized register: every object whose keys are only `fi`/`sv`/`en` is a
/// localized text, every object with a statute `number` is a statute reference. Walking the
/// serialized form keeps the checks complete as the model grows.
fn walk(
    value: &Value,
    path: String,
    languages: &[crate::Language],
    found: &mut Vec<(Rule, String, String)>,
) {
    match value {
        Value::Object(map) if is_localized_text(map) => {
            for language in languages {
                if !map.contains_key(language.code()) {
                    found.push((
                        LANGUAGE,
                        path.clone(),
                        format!("the text has no `{language}` version; the register declares {language}, so add `{language} = \"...\"`"),
                    ));
                }
            }
        }
        Value::Object(map) => {
            if let Some(repeal) = map
                .get("number")
                .and_then(Value::as_str)
                .and_then(|n| n.parse::<StatuteNumber>().ok())
                .and_then(|n| n.repeal())
            {
                found.push((
                    REPEALED,
                    path.clone(),
                    format!(
                        "Act {} ({}) was repealed with effect from {}; cite {} instead",
                        repeal.number,
                        repeal.title_fi,
                        repeal.effective,
                        repeal.replaced_by.join(" and ")
                    ),
                ));
            }
            for (key, child) in map {
                let child_path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                walk(child, child_path, languages, found);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, format!("{path}[{i}]"), languages, found);
            }
        }
        _ => {}
    }
}
