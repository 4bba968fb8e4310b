use serde_json::Value;

use super::{Finding, Rule, Severity};
use crate::legal::{
    Article9Condition, Country, InformationExemption, LawfulBasis, Right, SpecialCategory,
    StatuteNumber,
};
use crate::matrix::{RightStatus, decide};
use crate::model::{InformationArticle, Purpose, RecordLevel, Register, RetentionPolicy, Trigger};

macro_rules! rules {
    ($($name:ident = $code:literal, $severity:ident, $article:literal, $summary:literal, $rationale:literal;)*) => {
        $(
            #[doc = concat!("`", $code, "` (", $article, "): ", $summary, ".")]
            pub const $name: Rule = Rule { code: $code, severity: Severity::$severity, article: $article, summary: $summary, rationale: $rationale };
        )*
        /// Every lint rule, in the order findings are reported.
        pub const RULES: &[Rule] = &[$($name),*];
        /// Each rule's constant name with its code, to test that one is the other.
        #[cfg(test)]
        const NAMES: &[(&str, &str)] = &[$((stringify!($name), $code)),*];
    };
}

rules! {
    CONTROLLER_CONTACT_MISSING = "controller-contact-missing", Error, "Art. 13(1)(a), 14(1)(a)",
        "neither the controller nor its contact or responsible person has contact details",
        "Art. 13(1)(a) and 14(1)(a) require the controller's identity and contact details in every notice.";
    DPO_CONTACT_MISSING = "dpo-contact-missing", Error, "Art. 37(1)(a), 13(1)(b), 14(1)(b)",
        "a public authority names no data protection officer, or no way to reach one",
        "A public authority must designate a DPO (Art. 37(1)(a)) and give the DPO's contact details (Art. 13(1)(b), 14(1)(b)).";
    CONTACT_NOT_CAPTURED = "contact-not-captured", Note, "Art. 13(1)(a)-(b)",
        "the notice gives an e-mail address that the register file does not hold",
        "A gap in the file, not in the notice: the copy the file was made from hid the address, so fill it in from the published notice.";
    COUNTRY_NOT_STATED = "country-not-stated", Note, "Art. 51, 77; Reg. 1182/71 Art. 2(1)",
        "the register does not say in which state the controller is established; Finland is assumed",
        "The State of the controller's main or only establishment (Art. 4(16)) picks the supervisory authority a notice names and the public holidays that move the deadline of a request (Reg. 1182/71 Art. 2(1)); a file written before the country was modelled is taken to be Finnish.";
    JOINT_ARRANGEMENT_NOT_STATED = "joint-arrangement-not-stated", Warning, "Art. 26(2)",
        "a joint controller is named without the essence of the arrangement",
        "Art. 26(2) requires the essence of the joint controllers' arrangement to be made available to the data subject; a notice is the usual place, but it may be given elsewhere.";
    PURPOSES_MISSING = "purposes-missing", Error, "Art. 13(1)(c), 14(1)(c), 30(1)(b)",
        "the register states no purpose",
        "The purposes of processing are required in every notice and record.";
    PURPOSE_WITHOUT_LAWFUL_BASIS = "purpose-without-lawful-basis", Error, "Art. 6(1), 13(1)(c), 14(1)(c)",
        "a purpose of processing personal data names no lawful basis",
        "Art. 13(1)(c) and 14(1)(c) require the legal basis of each purpose.";
    STATUTE_NOT_NAMED = "statute-not-named", Warning, "Art. 6(3), 13(1)(c)",
        "Art. 6(1)(c) or (e) is a basis but no statute is named",
        "Under Art. 6(3) the basis of 6(1)(c) and (e) is laid down by Union or Member State law; a notice that names no law leaves the subject unable to check it (WP260 rev.01, Annex). A warning: the law requires the basis to exist, not its citation.";
    CONSENT_BY_PUBLIC_AUTHORITY = "consent-by-public-authority", Warning, "Art. 6(1)(a), 7(4), Recital 43",
        "a public authority relies on consent for processing that rests on a statute or a public task",
        "Consent is unlikely to be freely given where the controller is a public authority (Recital 43; EDPB Guidelines 05/2020 on consent, paras. 16-20); for a statutory task the basis is 6(1)(c) or (e). A warning: consent stays possible where the task is not statutory.";
    LAWFUL_BASES_AS_ALTERNATIVES = "lawful-bases-as-alternatives", Warning, "Art. 6(1), 13(1)(c), 17(1)(b)",
        "a purpose names consent together with other lawful bases",
        "A controller must decide the basis before processing and cannot keep another in reserve for when consent is withdrawn (EDPB Guidelines 05/2020, paras. 121-123); consent beside another basis for the same purpose tells the subject neither which applies nor what withdrawal does.";
    LEGITIMATE_INTERESTS_BY_PUBLIC_AUTHORITY = "legitimate-interests-by-public-authority", Warning, "Art. 6(1) second subparagraph",
        "a public authority relies on Art. 6(1)(f), which it cannot use for its tasks",
        "Art. 6(1)(f) does not apply to processing by public authorities in the performance of their tasks; a warning because an authority may process outside its tasks.";
    LEGITIMATE_INTERESTS_NOT_STATED = "legitimate-interests-not-stated", Error, "Art. 13(1)(d), 14(2)(b)",
        "Art. 6(1)(f) is used without stating the legitimate interests",
        "Art. 13(1)(d) and 14(2)(b) require the legitimate interests pursued.";
    SPECIAL_CATEGORY_WITHOUT_CONDITION = "special-category-without-condition", Error, "Art. 9(1), 9(2)",
        "special-category data has no Art. 9(2) condition",
        "Art. 9(1) prohibits processing special categories unless a 9(2) condition applies; WP260 rev.01 (Annex) asks the notice to name it.";
    CRIMINAL_DATA_WITHOUT_AUTHORITY = "criminal-data-without-authority", Error, "Art. 10",
        "criminal-offence data without official authority or a statute",
        "Art. 10 allows criminal-offence data only under official authority or where Union or Member State law authorises it.";
    ANONYMITY_CLAIM_DOUBTFUL = "anonymity-claim-doubtful", Warning, "Recital 26, Art. 4(1)",
        "data called anonymous is kept per person or per visit",
        "Records of single persons or visits in a small service can usually be linked back to a person (Recital 26: all means reasonably likely to be used), and are then personal data that need a basis, rights and retention; a warning because the register alone cannot show whether re-identification is reasonably likely.";
    CONSENT_WITHDRAWAL_MISSING = "consent-withdrawal-missing", Error, "Art. 7(3), 13(2)(c), 14(2)(d)",
        "consent is a basis but the notice does not say it can be withdrawn",
        "Art. 13(2)(c) and 14(2)(d) require the right to withdraw consent where processing rests on 6(1)(a) or 9(2)(a).";
    SUBJECT_GROUPS_MISSING = "subject-groups-missing", Error, "Art. 30(1)(c)",
        "the register names no category of data subjects",
        "Art. 30(1)(c) requires the categories of data subjects in the record.";
    DATA_CATEGORIES_MISSING = "data-categories-missing", Error, "Art. 14(1)(d), 30(1)(c)",
        "a group of data subjects has no categories of personal data",
        "Art. 14(1)(d) and 30(1)(c) require the categories of personal data.";
    SOURCE_MISSING = "source-missing", Error, "Art. 14(2)(f)",
        "the source of personal data is not stated",
        "Art. 14(2)(f) requires the source of data not obtained from the subject; without sources Art. 13 or 14 cannot be told apart.";
    SOURCE_KIND_NOT_STATED = "source-kind-not-stated", Warning, "Art. 13, 14(2)(f)",
        "a source does not say whether the data comes from the data subject",
        "Whether Art. 13 or Art. 14 applies follows from it; the crate then assumes Art. 14, whose items are a superset.";
    EXEMPTION_WITHOUT_STATUTE = "exemption-without-statute", Error, "Art. 14(5)(c)",
        "an Art. 14(5)(c) exemption is claimed for a source without naming the law",
        "Art. 14(5)(c) exempts only where obtaining or disclosure is expressly laid down by Union or Member State law; the claim needs that law.";
    RECIPIENTS_NOT_STATED = "recipients-not-stated", Error, "Art. 13(1)(e), 14(1)(e), 30(1)(d)",
        "the register says nothing about recipients or disclosures",
        "Art. 13(1)(e) and 14(1)(e) require the recipients or categories of recipients, if any; a notice must say which.";
    TRANSFERS_NOT_STATED = "transfers-not-stated", Warning, "Art. 13(1)(f), 14(1)(f), 30(1)(e)",
        "the register does not say whether data leaves the EU/EEA",
        "Required only where a transfer is intended (Art. 13(1)(f)), so its absence is a warning.";
    TRANSFER_WITHOUT_SAFEGUARD = "transfer-without-safeguard", Error, "Art. 13(1)(f), 44-49",
        "a transfer outside the EU/EEA names no adequacy decision, safeguard or derogation",
        "Art. 13(1)(f) requires the adequacy decision or the safeguards of each transfer.";
    RETENTION_PERIOD_MISSING = "retention-period-missing", Error, "Art. 13(2)(a), 14(2)(a)",
        "no retention period or criteria for determining it",
        "Art. 13(2)(a) and 14(2)(a) require the period or the criteria used to determine it.";
    RETENTION_TRIGGER_NOT_STATED = "retention-trigger-not-stated", Warning, "Art. 13(2)(a), 14(2)(a)",
        "a retention period does not say from when it runs",
        "A period without its starting point does not let the subject work out when the data goes; a warning because the law asks for the period, not its trigger.";
    RETENTION_PERIOD_NOT_STATED = "retention-period-not-stated", Warning, "Art. 13(2)(a), 14(2)(a)",
        "retention is left to a statute without stating the period",
        "A statute that sets the period is a criterion (Art. 13(2)(a)), so this is not an error; but the subject has to look the period up.";
    RETENTION_INDEFINITE = "retention-indefinite", Warning, "Art. 5(1)(e)",
        "personal data kept indefinitely without anonymisation",
        "Storage limitation (Art. 5(1)(e)) allows longer keeping only for Art. 89(1) purposes with safeguards, which the register does not show.";
    RIGHT_NOT_MENTIONED = "right-not-mentioned", Warning, "Art. 13(2)(b), 14(2)(c)",
        "a right that applies to a purpose is not described",
        "Art. 13(2)(b) and 14(2)(c) require the rights that exist for the processing (decided per purpose by the rights matrix); a warning because a notice may state a right in words the register file does not mark.";
    DIRECT_MARKETING_OBJECTION_NOT_SEPARATE = "direct-marketing-objection-not-separate", Warning, "Art. 21(2)-(4)",
        "a purpose is direct marketing but the right to object to it is not stated separately",
        "Art. 21(4) requires the right to object to direct marketing (Art. 21(2)-(3)) to be brought to the subject's attention explicitly, clearly and separately from other information. A warning: whether a public body's \"marketing\" is direct marketing in the sense of Art. 21(2) is a judgement the register file records (`direct_marketing`), not a certainty.";
    COMPLAINT_RIGHT_MISSING = "complaint-right-missing", Error, "Art. 13(2)(d), 14(2)(e), 77",
        "the right to lodge a complaint with a supervisory authority is not stated",
        "Art. 13(2)(d) and 14(2)(e) require the right to complain in every notice, whatever the basis.";
    REQUEST_FORM_RESTRICTED = "request-form-restricted", Warning, "Art. 12(2)",
        "the notice accepts requests only in writing",
        "The GDPR sets no form for requests and the controller must facilitate them (Art. 12(2); EDPB Guidelines 01/2022 on the right of access, paras. 52-55); a written form may be offered, not required. A warning because the notice may only describe a preferred channel.";
    IDENTITY_PROOF_ALWAYS = "identity-proof-always", Warning, "Art. 12(2), 12(6)",
        "the notice demands proof of identity from every requester",
        "Additional information to confirm identity may be asked only where the controller has reasonable doubts (Art. 12(6)); demanding it from everyone burdens the exercise of rights (Art. 12(2)). A warning because checking identity is often needed in practice.";
    PROVISION_REQUIREMENT_NOT_STATED = "provision-requirement-not-stated", Warning, "Art. 13(2)(e)",
        "the notice does not say whether providing the data is required, or what follows from not providing it",
        "Art. 13(2)(e) requires it where data is collected from the subject; a warning because it can follow from the purposes.";
    AUTOMATED_DECISIONS_NOT_STATED = "automated-decisions-not-stated", Note, "Art. 13(2)(f), 14(2)(g)",
        "the notice does not say whether automated decisions are made",
        "Art. 13(2)(f) and 14(2)(g) apply only where Art. 22 decisions are made (\"where applicable\"): silence is not a gap unless such decisions exist.";
    AUTOMATED_DECISION_LOGIC_MISSING = "automated-decision-logic-missing", Error, "Art. 13(2)(f), 14(2)(g), 22",
        "automated decisions are made but their logic or consequences are not described",
        "Art. 13(2)(f) and 14(2)(g) require meaningful information about the logic involved and the consequences.";
    SECURITY_NOT_DESCRIBED = "security-not-described", Warning, "Art. 30(1)(g), 32",
        "no security measures are described",
        "Art. 30(1)(g) asks for a general description \"where possible\"; not an item of the notice itself.";
    TEXT_MISSING_LANGUAGE = "text-missing-language", Error, "Art. 12(1)",
        "a text lacks a language the register declares",
        "Information must be intelligible to the subject (Art. 12(1)); a notice published in a language must be complete in it.";
    REPEALED_ACT = "repealed-act", Error, "Art. 12(1), 13(1)(c)",
        "the register cites a repealed or expired act",
        "A notice resting on an act no longer in force misstates the legal basis (Art. 13(1)(c)) and misleads the subject (Art. 12(1)).";
    REPEALED_ACT_STILL_APPLIED = "repealed-act-still-applied", Warning, "Art. 12(1), 13(1)(c)",
        "the register cites a repealed act that transitional provisions keep applying to earlier cases",
        "The act still governs cases that began before it ended, so citing it is not wrong for them; a warning, because the notice should say which cases and cite the act in force for new ones.";
    AMENDING_ACT_CITED = "amending-act-cited", Warning, "Art. 12(1)",
        "the register cites an amending act as if it were an act of its own",
        "An amending act only changes another act; citing it in place of the act it amends names the wrong law. A warning: the law meant can still be found.";
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
    let register = lint.register;
    let controller = &register.controller;
    if !controller.is_reachable() {
        lint.add(
            CONTROLLER_CONTACT_MISSING,
            "controller.contact",
            "no contact details for the controller; add a postal address, phone, e-mail or web address under [controller.contact] (or for its contact person)",
        );
    }
    let parties = [
        ("controller.contact", Some(&controller.contact)),
        (
            "controller.responsible_person.contact",
            controller.responsible_person.as_ref().map(|p| &p.contact),
        ),
        (
            "controller.contact_person.contact",
            controller.contact_person.as_ref().map(|p| &p.contact),
        ),
        (
            "controller.dpo.contact",
            controller.dpo.as_ref().map(|p| &p.contact),
        ),
        (
            "controller.representative.contact",
            controller.representative.as_ref().map(|p| &p.contact),
        ),
        (
            "publisher.contact",
            register.publisher.as_ref().map(|p| &p.contact),
        ),
    ];
    if controller.country.is_none() {
        lint.add(
            COUNTRY_NOT_STATED,
            "controller.country",
            "the controller's state is not given, so Finland is assumed; add `country = \"FI\"` (or the state's ISO code) under [controller]",
        );
    }
    for (path, contact) in parties {
        if contact.is_some_and(|c| c.email_not_captured && c.email.is_none()) {
            lint.add(
                CONTACT_NOT_CAPTURED,
                format!("{path}.email"),
                "the notice gives an e-mail address here that this file does not hold; copy it from the published notice into `email`",
            );
        }
    }
    for (i, joint) in controller.joint_controllers.iter().enumerate() {
        if joint.responsibilities.is_none() {
            lint.add(
                JOINT_ARRANGEMENT_NOT_STATED,
                format!("controller.joint_controllers[{i}].responsibilities"),
                "a joint controller is named without its responsibilities; state the essence of the arrangement (who informs the subjects, who answers requests)",
            );
        }
    }
    if !controller.public_authority {
        return;
    }
    match &controller.dpo {
        None => lint.add(
            DPO_CONTACT_MISSING,
            "controller.dpo",
            "a public authority must designate a data protection officer; add [controller.dpo] with its contact details",
        ),
        Some(dpo) if !dpo.contact.is_stated() => lint.add(
            DPO_CONTACT_MISSING,
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
        let bases = &purpose.lawful_bases;
        let path = format!("purposes[{i}].lawful_bases");
        if !purpose.anonymous && bases.is_empty() {
            lint.add(
                PURPOSE_WITHOUT_LAWFUL_BASIS,
                &path,
                format!(
                    "purpose `{}` names no lawful basis; add one or more Art. 6(1) codes, e.g. lawful_bases = [\"6-1-e-public-interest\"]",
                    purpose.id
                ),
            );
        }
        let statutory = bases
            .iter()
            .any(|b| matches!(b, LawfulBasis::LegalObligation) || b.is_public_task());
        if statutory && purpose.statutes.is_empty() {
            lint.add(
                STATUTE_NOT_NAMED,
                format!("purposes[{i}].statutes"),
                format!(
                    "purpose `{}` rests on Art. 6(1)(c) or (e) but names no statute; add the act that lays down the obligation or task under `statutes` (Art. 6(3))",
                    purpose.id
                ),
            );
        }
        let consent = bases.contains(&LawfulBasis::Consent)
            || purpose
                .special_conditions
                .contains(&Article9Condition::ExplicitConsent);
        if consent
            && register.controller.public_authority
            && (statutory || !purpose.statutes.is_empty())
        {
            lint.add(
                CONSENT_BY_PUBLIC_AUTHORITY,
                &path,
                format!(
                    "purpose `{}` is a task laid down by law, yet rests on consent; a public authority's consent is rarely free (Recital 43): use 6-1-c or 6-1-e (and 9-2-b, 9-2-g or 9-2-h for special categories)",
                    purpose.id
                ),
            );
        }
        if bases.contains(&LawfulBasis::Consent) && bases.len() > 1 {
            lint.add(
                LAWFUL_BASES_AS_ALTERNATIVES,
                &path,
                format!(
                    "purpose `{}` names consent beside other bases; say which basis covers which processing, or split the purpose, so that the subject knows what withdrawing consent does",
                    purpose.id
                ),
            );
        }
        if bases.contains(&LawfulBasis::LegitimateInterests) {
            if register.controller.public_authority {
                lint.add(
                    LEGITIMATE_INTERESTS_BY_PUBLIC_AUTHORITY,
                    &path,
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
    // One finding per special category lacking a condition, at its first place: the gap is
    // the missing Art. 9(2) condition, however many items show the category.
    let mut unconditioned: Vec<(SpecialCategory, Vec<String>)> = Vec::new();
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
            for (item, special, condition) in category.specials() {
                let path = match item {
                    None => format!("subject_groups[{i}].categories[{j}]"),
                    Some(k) => format!("subject_groups[{i}].categories[{j}].items[{k}]"),
                };
                if special.is_article_9() {
                    let conditioned = condition.is_some()
                        || category.condition.is_some()
                        || purposes().any(|p| !p.special_conditions.is_empty());
                    if !conditioned {
                        match unconditioned.iter_mut().find(|(s, _)| *s == special) {
                            Some((_, paths)) => paths.push(path),
                            None => unconditioned.push((special, vec![path])),
                        }
                    }
                } else if special == SpecialCategory::CriminalConvictions {
                    let authorised = purposes().any(|p| {
                        p.lawful_bases.contains(&LawfulBasis::OfficialAuthority)
                            || !p.statutes.is_empty()
                    });
                    if !authorised {
                        lint.add(
                            CRIMINAL_DATA_WITHOUT_AUTHORITY,
                            path,
                            "criminal-offence data may be processed only under official authority or when a statute authorises it; add the basis 6-1-e-official-authority or the statute",
                        );
                    }
                }
            }
        }
    }
    for (special, paths) in unconditioned {
        let also = match &paths[1..] {
            [] => String::new(),
            rest => format!(" (also at {})", rest.join(", ")),
        };
        lint.add(
            SPECIAL_CATEGORY_WITHOUT_CONDITION,
            &paths[0],
            format!(
                "{} ({}) is processed without an Art. 9(2) condition{also}; add `condition` here or `special_conditions` on the purpose, e.g. \"9-2-b\" or \"9-2-g\"",
                special.title(crate::Language::En),
                special.article()
            ),
        );
    }
    anonymity_claims(lint);
}

/// `anonymous = true` is the controller's claim; records kept per person or per visit are
/// usually identifiable in a small service (Recital 26), so the claim gets a warning.
fn anonymity_claims(lint: &mut Lint<'_>) {
    let register = lint.register;
    let fine_grained = |group: &crate::model::SubjectGroup| {
        matches!(
            group.record_level,
            Some(RecordLevel::PerPerson | RecordLevel::PerEvent)
        )
    };
    let mut reported_groups = Vec::new();
    for (i, purpose) in register.purposes.iter().enumerate() {
        if !purpose.anonymous {
            continue;
        }
        let groups: Vec<_> = register
            .subject_groups
            .iter()
            .filter(|g| purpose.concerns(&g.id) && fine_grained(g))
            .collect();
        if let Some(group) = groups.first() {
            reported_groups.extend(groups.iter().map(|g| g.id.clone()));
            lint.add(
                ANONYMITY_CLAIM_DOUBTFUL,
                format!("purposes[{i}].anonymous"),
                format!(
                    "purpose `{}` is called anonymous, but group `{}` is recorded per person or per visit; state how re-identification is prevented (aggregation, minimum counts), or treat the data as personal data",
                    purpose.id, group.id
                ),
            );
        }
    }
    for (i, group) in register.subject_groups.iter().enumerate() {
        if group.anonymous && fine_grained(group) && !reported_groups.contains(&group.id) {
            lint.add(
                ANONYMITY_CLAIM_DOUBTFUL,
                format!("subject_groups[{i}].anonymous"),
                format!(
                    "group `{}` is called anonymous, but is recorded per person or per visit; state how re-identification is prevented, or treat the data as personal data",
                    group.id
                ),
            );
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
        if source.exemption == Some(InformationExemption::LaidDownByLaw)
            && source.statutes.is_empty()
        {
            lint.add(
                EXEMPTION_WITHOUT_STATUTE,
                format!("sources[{i}].statutes"),
                "the source claims the Art. 14(5)(c) exemption; name the law that expressly lays down obtaining the data under `statutes`",
            );
        }
        if source.kind == crate::model::SourceKind::NotStated {
            lint.add(
                SOURCE_KIND_NOT_STATED,
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
            RECIPIENTS_NOT_STATED,
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
                        TRANSFER_WITHOUT_SAFEGUARD,
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
            RETENTION_PERIOD_MISSING,
            "retention",
            "state how long the data is kept, or the criteria for deciding it; add [[retention]] rules",
        );
    }
    for (i, rule) in register.retention.iter().enumerate() {
        let path = format!("retention[{i}].policy");
        match &rule.policy {
            RetentionPolicy::NotStated => lint.add(
                RETENTION_PERIOD_MISSING,
                path,
                format!("rule `{}` states no period and no criteria; state the period or what it depends on", rule.id),
            ),
            RetentionPolicy::Period { trigger: Trigger::NotStated, .. } if rule.trigger_text.is_none() => lint.add(
                RETENTION_TRIGGER_NOT_STATED,
                format!("{path}.trigger"),
                format!(
                    "rule `{}` gives a period but not when it starts; state the trigger (collected, last activity, end of the customer relationship, ...)",
                    rule.id
                ),
            ),
            RetentionPolicy::Statute { statute } => {
                let cited = statute.number.as_ref().map_or_else(|| "the statute".to_owned(), |n| format!("Act {n}"));
                lint.add(
                    RETENTION_PERIOD_NOT_STATED,
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

/// The rights a notice must describe and the register's statements do not, each with the
/// purposes it exists for (Art. 13(2)(b)-(d), 14(2)(c)-(e)), as the rights matrix decides them.
/// A register that states no purpose is checked as one purpose with no lawful basis, so the
/// rights that apply whatever the basis are still asked for; the complaint right is asked for
/// in every notice.
fn missing_rights(register: &Register) -> Vec<(Right, Vec<String>)> {
    if register.anonymous {
        return Vec::new();
    }
    let unstated;
    let purposes: Vec<&Purpose> = if register.purposes.is_empty() {
        unstated = Purpose::new(
            "unstated".parse().expect("a valid id"),
            crate::LocalizedText::en("(no purpose stated)"),
        );
        vec![&unstated]
    } else {
        register.purposes.iter().filter(|p| !p.anonymous).collect()
    };
    [
        Right::Access,
        Right::Rectification,
        Right::Erasure,
        Right::Restriction,
        Right::Portability,
        Right::Objection,
        Right::WithdrawConsent,
        Right::Complaint,
    ]
    .into_iter()
    .filter(|right| !register.rights.mentions(*right))
    .filter_map(|right| {
        let applies_to: Vec<String> = purposes
            .iter()
            .filter(|p| match decide(register, p, right).status {
                RightStatus::Applies | RightStatus::Limited => true,
                // A public authority's processing rests on Art. 6(1)(c) or (e) whatever the
                // notice omits (Art. 6(1), second subparagraph), and under (e) the subject
                // may object (Art. 21(1)): require the statement rather than stay silent.
                RightStatus::Undetermined => {
                    right == Right::Objection && register.controller.public_authority
                }
                RightStatus::NotApplicable => false,
            })
            .map(|p| p.id.to_string())
            .collect();
        (!applies_to.is_empty()).then_some((right, applies_to))
    })
    .collect()
}

/// The rights a notice must describe and does not: the ones `right-not-mentioned`,
/// `consent-withdrawal-missing` and `complaint-right-missing` report. A rendered notice lists
/// the same, so a notice and the linter never contradict each other.
pub fn rights_not_described(register: &Register) -> Vec<Right> {
    missing_rights(register)
        .into_iter()
        .map(|(right, _)| right)
        .collect()
}

fn rights(lint: &mut Lint<'_>) {
    let register = lint.register;
    for (right, purposes) in missing_rights(register) {
        let purposes: Vec<&str> = purposes.iter().map(String::as_str).collect();
        match right {
            Right::WithdrawConsent => lint.add(
                CONSENT_WITHDRAWAL_MISSING,
                "rights.statements",
                format!(
                    "consent is a basis of {}: tell the subject that consent can be withdrawn at any time without affecting earlier processing; add a statement for `withdraw-consent`",
                    purpose_list(&purposes)
                ),
            ),
            Right::Complaint => {
                let country = lint.register.controller.country();
                let authority = country.supervisory_authority();
                let controllers = if country == Country::Germany {
                    "the data protection authority of the controller's Land (the BfDI for federal public bodies, telecommunications and postal undertakings)".to_owned()
                } else {
                    format!("{}, {}", authority.name_en, authority.web_short())
                };
                lint.add(
                    COMPLAINT_RIGHT_MISSING,
                    "rights.statements",
                    format!(
                        "tell the subject of the right to lodge a complaint with a supervisory authority (Art. 77: any authority, in particular in the subject's State of residence or work; the authority of the controller's State is {controllers}); add a statement for `complaint`"
                    ),
                )
            }
            _ => lint.add(
                RIGHT_NOT_MENTIONED,
                "rights.statements",
                format!(
                    "the {} ({}) exists for {} but is not described; add a statement for `{}`",
                    right.title(crate::Language::En),
                    right.article(),
                    purpose_list(&purposes),
                    right.code()
                ),
            ),
        }
    }
    let separate = register
        .rights
        .statements
        .iter()
        .any(|s| s.rights == [Right::Objection]);
    for (i, purpose) in register.purposes.iter().enumerate() {
        if purpose.direct_marketing && !separate {
            lint.add(
                DIRECT_MARKETING_OBJECTION_NOT_SEPARATE,
                format!("purposes[{i}].direct_marketing"),
                format!(
                    "purpose `{}` includes direct marketing: state, in a statement of its own for `objection`, that the subject may object to it at any time and the data will then no longer be used for it (Art. 21(2)-(4))",
                    purpose.id
                ),
            );
        }
    }
    if let Some(procedure) = &register.rights.procedure {
        if procedure.written_only {
            lint.add(
                REQUEST_FORM_RESTRICTED,
                "rights.procedure.written_only",
                "the notice accepts requests only in writing; the GDPR sets no form for requests (Art. 12(2)): offer the written channel without requiring it",
            );
        }
        if procedure.identity_proof_always {
            lint.add(
                IDENTITY_PROOF_ALWAYS,
                "rights.procedure.identity_proof_always",
                "the notice demands proof of identity from everyone; ask for it only where there are reasonable doubts about who the requester is (Art. 12(6))",
            );
        }
    }
}

fn purpose_list(ids: &[&str]) -> String {
    let quoted: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
    format!(
        "{} {}",
        if ids.len() == 1 {
            "purpose"
        } else {
            "purposes"
        },
        quoted.join(", ")
    )
}

fn other_items(lint: &mut Lint<'_>) {
    let register = lint.register;
    if register.anonymous {
        return;
    }
    let collects_from_subject = register.sources.iter().any(|s| s.from_data_subject())
        || register.information_article() == InformationArticle::Article13;
    if collects_from_subject && register.provision.is_none() {
        lint.add(
            PROVISION_REQUIREMENT_NOT_STATED,
            "provision",
            "say whether providing the data is a statutory or contractual requirement, whether the subject must provide it, and what follows from not providing it; add [provision]",
        );
    }
    match &register.automated_decisions {
        None => lint.add(
            AUTOMATED_DECISIONS_NOT_STATED,
            "automated_decisions",
            "say whether decisions are made solely by automated means; add [automated_decisions] with used = false if none are",
        ),
        Some(automated) if automated.used && (automated.logic.is_none() || automated.consequences.is_none()) => lint.add(
            AUTOMATED_DECISION_LOGIC_MISSING,
            "automated_decisions",
            "automated decisions are made: describe the logic involved (`logic`) and the significance and consequences for the subject (`consequences`)",
        ),
        Some(_) => {}
    }
    if register.security.as_ref().is_none_or(|s| s.is_empty()) {
        lint.add(
            SECURITY_NOT_DESCRIBED,
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

/// A localized text, alone (`{fi, sv}`) or beside keys of its own (a data item's `special`,
/// a source item's `kind`): an object with a string under `fi`, `sv` or `en`.
fn is_localized_text(map: &serde_json::Map<String, Value>) -> bool {
    ["fi", "sv", "en"]
        .iter()
        .any(|key| map.get(*key).is_some_and(Value::is_string))
}

/// Walks the serialized register: every object holding a localized text is checked for the
/// declared languages, every object with a statute `number` against the tables of repealed
/// and amending acts. Walking the serialized form keeps the checks complete as the model grows.
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
                        TEXT_MISSING_LANGUAGE,
                        path.clone(),
                        format!("the text has no `{language}` version; the register declares {language}, so add `{language} = \"...\"`"),
                    ));
                }
            }
        }
        Value::Object(map) => {
            let number = map
                .get("number")
                .and_then(Value::as_str)
                .and_then(|n| n.parse::<StatuteNumber>().ok());
            if let Some(repeal) = number.as_ref().and_then(StatuteNumber::repeal) {
                let rule = if repeal.still_applies_to.is_some() {
                    REPEALED_ACT_STILL_APPLIED
                } else {
                    REPEALED_ACT
                };
                found.push((rule, path.clone(), repeal.message()));
            }
            if let Some(amendment) = number.as_ref().and_then(StatuteNumber::amendment) {
                found.push((
                    AMENDING_ACT_CITED,
                    path.clone(),
                    format!(
                        "Act {} only amends Act {} ({}) and is not an act of its own; cite {}",
                        amendment.number,
                        amendment.amends,
                        amendment.amended_title_fi,
                        amendment.amends
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

#[cfg(test)]
mod names {
    #[test]
    fn each_rule_constant_is_named_after_its_code() {
        for (name, code) in super::NAMES {
            assert_eq!(*name, code.to_uppercase().replace('-', "_"));
        }
    }
}
