//! The notice view model: a register's Art. 13/14 items in one language, in a fixed order.

use chrono::NaiveDate;
use serde::Serialize;

use crate::legal::{Right, StatuteRef};
use crate::model::*;
use crate::request::{RequestKind, RightApplicability, applicability};
use crate::text::{Language, LocalizedText};

/// A privacy notice for one register in one language: every item of Art. 13 (or Art. 14,
/// which follows from the register's sources) as the register states it, plus what the law
/// derives from it (the rights that apply, the Art. 12(3) periods, the supervisory authority).
///
/// Absent items stay `None` or empty: the templates print that the register does not state
/// them, so a notice never silently lacks an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoticeDocument {
    /// The language of the notice.
    pub language: Language,
    /// `13` or `14`: which article's items the notice gives.
    pub information_article: InformationArticle,
    /// The register's name and identifiers.
    pub register: RegisterInfo,
    /// The controller and its contact details (Art. 13(1)(a)).
    pub controller: ControllerInfo,
    /// The body publishing the notice, when it is not the controller.
    pub publisher: Option<PartyInfo>,
    /// The data protection officer (Art. 13(1)(b)).
    pub dpo: Option<PartyInfo>,
    /// Purposes and lawful bases (Art. 13(1)(c), (d)).
    pub purposes: Vec<PurposeInfo>,
    /// Data subject groups and data categories (Art. 14(1)(d)).
    pub subject_groups: Vec<GroupInfo>,
    /// Sources (Art. 14(2)(f)).
    pub sources: Vec<SourceInfo>,
    /// The general statement on disclosures.
    pub disclosure_statement: Option<String>,
    /// Recipients and regular disclosures (Art. 13(1)(e)).
    pub recipients: Vec<RecipientInfo>,
    /// Processors (Art. 28).
    pub processors: Vec<ProcessorInfo>,
    /// Information systems.
    pub systems: Vec<SystemInfo>,
    /// Transfers outside the EU/EEA (Art. 13(1)(f)); `None` when not stated.
    pub transfers: Option<TransfersInfo>,
    /// Retention (Art. 13(2)(a)).
    pub retention: Vec<RetentionInfo>,
    /// Security measures (Art. 32).
    pub security: Option<SecurityInfo>,
    /// Duties of confidentiality.
    pub confidentiality: Vec<ConfidentialityInfo>,
    /// The rights: which apply, and the register's own text (Art. 13(2)(b)–(d)).
    pub rights: RightsSection,
    /// How to make a request and when it is answered (Art. 12(3)).
    pub requests: RequestsInfo,
    /// Automated decision-making (Art. 13(2)(f)); `None` when not stated.
    pub automated_decisions: Option<AutomatedInfo>,
    /// Whether providing the data is required (Art. 13(2)(e)); `None` when not stated.
    pub provision: Option<ProvisionInfo>,
    /// Cookies, where stated.
    pub cookies: Option<String>,
    /// Paths of register texts that lack the notice's language (shown in another language).
    pub missing_translations: Vec<String>,
}

/// The register's name and identifiers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegisterInfo {
    /// Stable id.
    pub id: String,
    /// Name.
    pub name: String,
    /// The larger register it belongs to.
    pub part_of: Option<String>,
    /// Introduction.
    pub description: Option<String>,
    /// Reference number.
    pub reference: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Update date.
    pub updated: Option<NaiveDate>,
    /// Statutes the notice document cites as its basis.
    pub document_basis: Vec<StatuteInfo>,
}

/// Contact details, resolved to one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ContactInfo {
    /// Postal address.
    pub postal_address: Option<String>,
    /// Visiting address.
    pub visiting_address: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// What the phone number reaches.
    pub phone_note: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// The notice gives an e-mail address that its published copy hides.
    pub email_withheld: bool,
    /// Web address.
    pub web: Option<String>,
    /// Other contact information.
    pub other: Option<String>,
    /// Whether anything at all is stated.
    pub stated: bool,
}

/// A named person or office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartyInfo {
    /// Name.
    pub name: Option<String>,
    /// Title or office.
    pub title: Option<String>,
    /// Organisation.
    pub organisation: Option<String>,
    /// Contact details.
    pub contact: ContactInfo,
}

/// The controller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ControllerInfo {
    /// Name.
    pub name: String,
    /// Business ID.
    pub business_id: Option<String>,
    /// Its role, in the notice's words.
    pub role: Option<String>,
    /// Contact details.
    pub contact: ContactInfo,
    /// The responsible person.
    pub responsible_person: Option<PartyInfo>,
    /// The contact person.
    pub contact_person: Option<PartyInfo>,
    /// The representative (Art. 27).
    pub representative: Option<PartyInfo>,
    /// Joint controllers (Art. 26).
    pub joint_controllers: Vec<JointControllerInfo>,
}

/// A joint controller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JointControllerInfo {
    /// Name.
    pub name: String,
    /// Responsibilities.
    pub responsibilities: Option<String>,
    /// Contact details.
    pub contact: ContactInfo,
}

/// A legal provision with its citation and title in the notice's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProvisionRef {
    /// Stable code, e.g. `6-1-a`.
    pub code: String,
    /// Citation, e.g. `Art. 6(1)(a)`.
    pub article: String,
    /// Title in the notice's language.
    pub title: String,
}

/// A statute reference in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatuteInfo {
    /// Number, e.g. `916/2012`.
    pub number: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Section.
    pub section: Option<String>,
    /// The act that replaced it, when it is known to be repealed.
    pub repealed_by: Option<String>,
}

/// A purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PurposeInfo {
    /// Stable id.
    pub id: String,
    /// The purpose.
    pub description: String,
    /// Sub-purposes.
    pub details: Vec<String>,
    /// Lawful bases.
    pub lawful_bases: Vec<ProvisionRef>,
    /// The notice's own wording of the bases.
    pub basis_statements: Vec<String>,
    /// Art. 9(2) conditions.
    pub special_conditions: Vec<ProvisionRef>,
    /// Statutes.
    pub statutes: Vec<StatuteInfo>,
    /// Legitimate interests (Art. 6(1)(f)).
    pub legitimate_interests: Option<String>,
    /// Only anonymised data.
    pub anonymous: bool,
}

/// A data subject group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupInfo {
    /// Name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// No personal data is held on the group.
    pub anonymous: bool,
    /// Statutes defining the content.
    pub statutes: Vec<StatuteInfo>,
    /// Data categories.
    pub categories: Vec<CategoryInfo>,
}

/// A data category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryInfo {
    /// Name.
    pub name: String,
    /// Items.
    pub items: Vec<String>,
    /// The special category, if any.
    pub special: Option<ProvisionRef>,
    /// Its Art. 9(2) condition, if tied to it.
    pub condition: Option<ProvisionRef>,
}

/// A source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceInfo {
    /// The source.
    pub description: String,
    /// `data-subject`, `third-party`, ...
    pub kind: SourceKind,
    /// Named sources.
    pub items: Vec<String>,
    /// Only with the subject's consent.
    pub consent_required: bool,
    /// Publicly accessible, where stated.
    pub publicly_accessible: Option<bool>,
    /// Statutes.
    pub statutes: Vec<StatuteInfo>,
}

/// A recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecipientInfo {
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: RecipientKind,
    /// Description.
    pub description: Option<String>,
    /// A regular disclosure.
    pub regular: bool,
    /// Only with consent.
    pub consent_required: bool,
    /// Legal ground.
    pub legal_ground: Option<String>,
    /// Statutes.
    pub statutes: Vec<StatuteInfo>,
    /// Named recipients.
    pub items: Vec<String>,
}

/// A processor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProcessorInfo {
    /// Proper name.
    pub name: Option<String>,
    /// Description.
    pub description: Option<String>,
}

/// An information system.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SystemInfo {
    /// Name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// Its controller.
    pub controller: Option<String>,
}

/// Transfers outside the EU/EEA.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TransfersInfo {
    /// Whether data leaves the EU/EEA.
    pub outside_eea: bool,
    /// The statement.
    pub statement: Option<String>,
    /// The transfers.
    pub transfers: Vec<TransferInfo>,
}

/// One transfer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TransferInfo {
    /// Destination.
    pub destination: String,
    /// Recipient.
    pub recipient: Option<String>,
    /// Safeguard.
    pub safeguard: Option<ProvisionRef>,
    /// Where to get a copy of the safeguards.
    pub safeguard_copy: Option<String>,
}

/// A retention rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RetentionInfo {
    /// Rule id.
    pub id: String,
    /// What it applies to.
    pub applies_to: String,
    /// `period`, `until`, `indefinite`, `statute` or `not-stated`.
    pub kind: &'static str,
    /// Years of a period.
    pub years: u16,
    /// Months of a period.
    pub months: u16,
    /// The trigger: `collected`, `last-activity`, `relationship-ended`, `superseded`, `event`
    /// or `not-stated`.
    pub trigger: Option<&'static str>,
    /// The event's name for an `event` trigger.
    pub event: Option<String>,
    /// For `indefinite`: the data is anonymised.
    pub anonymised: bool,
    /// For `statute`: the statute.
    pub statute: Option<StatuteInfo>,
    /// `erase` or `anonymise`.
    pub action: DisposalAction,
    /// The notice's own words.
    pub description: Option<String>,
    /// Early disposal.
    pub early_disposal: Option<String>,
}

/// Security measures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecurityInfo {
    /// General principles.
    pub general: Vec<String>,
    /// Manual material.
    pub manual: Vec<String>,
    /// Information systems.
    pub electronic: Vec<String>,
}

/// A duty of confidentiality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConfidentialityInfo {
    /// The duty.
    pub text: String,
    /// Its statute.
    pub statute: Option<StatuteInfo>,
}

/// The rights section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RightsSection {
    /// The register's lead-in.
    pub introduction: Option<String>,
    /// The register's passages.
    pub statements: Vec<RightStatementInfo>,
    /// Each right and whether it applies, derived from the lawful bases.
    pub applicable: Vec<RightInfo>,
}

/// A passage of the register on rights.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RightStatementInfo {
    /// Heading.
    pub heading: Option<String>,
    /// The rights covered.
    pub rights: Vec<ProvisionRef>,
    /// The passage.
    pub text: String,
}

/// One right and whether it applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RightInfo {
    /// The right.
    pub right: ProvisionRef,
    /// `applies`, `applies-with-exceptions`, `does-not-apply` or `undetermined`.
    pub status: &'static str,
    /// Art. 17(3) exceptions that limit it.
    pub exceptions: Vec<ProvisionRef>,
    /// Conditions (article) that must hold, e.g. automated processing for portability.
    pub conditions: Vec<String>,
    /// For `does-not-apply`: the article that says so.
    pub excluded_by: Option<String>,
    /// When the right covers only part of the processing: the lawful bases (and Art. 9(2)(a)
    /// explicit consent) of the processing it covers.
    pub only_for: Vec<ProvisionRef>,
}

/// How to make a request and the Art. 12(3) periods.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequestsInfo {
    /// The register's own text on making a request.
    pub how_to_request: Option<String>,
    /// The answer is due within this many months of receipt (Art. 12(3)).
    pub answer_months: u8,
    /// The period can be extended by this many further months.
    pub extension_months: u8,
}

/// Automated decision-making.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AutomatedInfo {
    /// Whether used.
    pub used: bool,
    /// The logic.
    pub logic: Option<String>,
    /// Consequences.
    pub consequences: Option<String>,
}

/// Art. 13(2)(e).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProvisionInfo {
    /// Why the data is provided.
    pub requirement: Option<RequirementKind>,
    /// Whether obligatory.
    pub obligatory: Option<bool>,
    /// Consequences of not providing.
    pub consequences: Option<String>,
}

struct Resolver {
    language: Language,
    missing: Vec<String>,
}

impl Resolver {
    fn text(&mut self, text: &LocalizedText, path: &str) -> String {
        match text.get(self.language) {
            Some(value) => value.to_owned(),
            None => {
                self.missing.push(path.to_owned());
                // Shown in another language the register has, and reported.
                text.languages()
                    .next()
                    .and_then(|l| text.get(l))
                    .unwrap_or_default()
                    .to_owned()
            }
        }
    }

    fn opt(&mut self, text: Option<&LocalizedText>, path: &str) -> Option<String> {
        text.map(|text| self.text(text, path))
    }

    fn list(&mut self, texts: &[LocalizedText], path: &str) -> Vec<String> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| self.text(t, &format!("{path}[{i}]")))
            .collect()
    }

    fn contact(&mut self, contact: &Contact, path: &str) -> ContactInfo {
        ContactInfo {
            postal_address: self.opt(
                contact.postal_address.as_ref(),
                &format!("{path}.postal_address"),
            ),
            visiting_address: self.opt(
                contact.visiting_address.as_ref(),
                &format!("{path}.visiting_address"),
            ),
            phone: contact.phone.as_ref().map(|p| p.as_str().to_owned()),
            phone_note: self.opt(contact.phone_note.as_ref(), &format!("{path}.phone_note")),
            email: contact.email.as_ref().map(|e| e.as_str().to_owned()),
            email_withheld: contact.email_withheld,
            web: contact.web.as_ref().map(|w| w.as_str().to_owned()),
            other: self.opt(contact.other.as_ref(), &format!("{path}.other")),
            stated: !contact.is_empty(),
        }
    }

    fn party(&mut self, party: Option<&Party>, path: &str) -> Option<PartyInfo> {
        party.map(|party| PartyInfo {
            name: party.name.as_ref().map(|n| n.as_str().to_owned()),
            title: self.opt(party.title.as_ref(), &format!("{path}.title")),
            organisation: self.opt(party.organisation.as_ref(), &format!("{path}.organisation")),
            contact: self.contact(&party.contact, &format!("{path}.contact")),
        })
    }

    fn statute(&mut self, statute: &StatuteRef, path: &str) -> StatuteInfo {
        StatuteInfo {
            number: statute.number.as_ref().map(|n| n.as_str().to_owned()),
            title: self.opt(statute.title.as_ref(), &format!("{path}.title")),
            section: self.opt(statute.section.as_ref(), &format!("{path}.section")),
            repealed_by: statute.repeal().map(|r| r.replaced_by.join(", ")),
        }
    }

    fn statutes(&mut self, statutes: &[StatuteRef], path: &str) -> Vec<StatuteInfo> {
        statutes
            .iter()
            .enumerate()
            .map(|(i, s)| self.statute(s, &format!("{path}[{i}]")))
            .collect()
    }
}

fn provision(code: &str, article: &str, title: &str) -> ProvisionRef {
    ProvisionRef {
        code: code.to_owned(),
        article: article.to_owned(),
        title: title.to_owned(),
    }
}

fn right_ref(right: Right, language: Language) -> ProvisionRef {
    provision(right.code(), right.article(), right.title(language))
}

fn trigger_code(trigger: &Trigger) -> (&'static str, Option<String>) {
    match trigger {
        Trigger::Collected => ("collected", None),
        Trigger::LastActivity => ("last-activity", None),
        Trigger::RelationshipEnded => ("relationship-ended", None),
        Trigger::Superseded => ("superseded", None),
        Trigger::Event(name) => ("event", Some(name.as_str().to_owned())),
        Trigger::NotStated => ("not-stated", None),
    }
}

impl NoticeDocument {
    /// Builds the notice of `register` in `language`. A register text that lacks `language`
    /// is shown in another language the register has, and its path is listed in
    /// [`NoticeDocument::missing_translations`]; [`crate::lint`] reports the same gaps.
    pub fn build(register: &Register, language: Language) -> NoticeDocument {
        let mut r = Resolver {
            language,
            missing: Vec::new(),
        };
        let c = &register.controller;
        let controller = ControllerInfo {
            name: r.text(&c.name, "controller.name"),
            business_id: c.business_id.as_ref().map(|id| id.as_str().to_owned()),
            role: r.opt(c.role.as_ref(), "controller.role"),
            contact: r.contact(&c.contact, "controller.contact"),
            responsible_person: r.party(
                c.responsible_person.as_ref(),
                "controller.responsible_person",
            ),
            contact_person: r.party(c.contact_person.as_ref(), "controller.contact_person"),
            representative: r.party(c.representative.as_ref(), "controller.representative"),
            joint_controllers: c
                .joint_controllers
                .iter()
                .enumerate()
                .map(|(i, j)| JointControllerInfo {
                    name: r.text(&j.name, &format!("controller.joint_controllers[{i}].name")),
                    responsibilities: r.opt(
                        j.responsibilities.as_ref(),
                        &format!("controller.joint_controllers[{i}].responsibilities"),
                    ),
                    contact: r.contact(
                        &j.contact,
                        &format!("controller.joint_controllers[{i}].contact"),
                    ),
                })
                .collect(),
        };
        let register_info = RegisterInfo {
            id: register.id.to_string(),
            name: r.text(&register.name, "name"),
            part_of: r.opt(register.part_of.as_ref(), "part_of"),
            description: r.opt(register.description.as_ref(), "description"),
            reference: register.reference.as_ref().map(|l| l.as_str().to_owned()),
            published: register.published,
            updated: register.updated,
            document_basis: r.statutes(&register.document_basis, "document_basis"),
        };
        let purposes = register
            .purposes
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let path = format!("purposes[{i}]");
                PurposeInfo {
                    id: p.id.to_string(),
                    description: r.text(&p.description, &format!("{path}.description")),
                    details: r.list(&p.details, &format!("{path}.details")),
                    lawful_bases: p
                        .lawful_bases
                        .iter()
                        .map(|b| provision(b.code(), b.article(), b.title(language)))
                        .collect(),
                    basis_statements: r
                        .list(&p.basis_statements, &format!("{path}.basis_statements")),
                    special_conditions: p
                        .special_conditions
                        .iter()
                        .map(|c| provision(c.code(), c.article(), c.title(language)))
                        .collect(),
                    statutes: r.statutes(&p.statutes, &format!("{path}.statutes")),
                    legitimate_interests: r.opt(
                        p.legitimate_interests.as_ref(),
                        &format!("{path}.legitimate_interests"),
                    ),
                    anonymous: p.anonymous,
                }
            })
            .collect();
        let subject_groups = register
            .subject_groups
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let path = format!("subject_groups[{i}]");
                GroupInfo {
                    name: r.text(&g.name, &format!("{path}.name")),
                    description: r.opt(g.description.as_ref(), &format!("{path}.description")),
                    anonymous: g.anonymous,
                    statutes: r.statutes(&g.statutes, &format!("{path}.statutes")),
                    categories: g
                        .categories
                        .iter()
                        .enumerate()
                        .map(|(j, cat)| CategoryInfo {
                            name: r.text(&cat.name, &format!("{path}.categories[{j}].name")),
                            items: r.list(&cat.items, &format!("{path}.categories[{j}].items")),
                            special: cat
                                .special
                                .map(|s| provision(s.code(), s.article(), s.title(language))),
                            condition: cat
                                .condition
                                .map(|c| provision(c.code(), c.article(), c.title(language))),
                        })
                        .collect(),
                }
            })
            .collect();
        let sources = register
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| SourceInfo {
                description: r.text(&s.description, &format!("sources[{i}].description")),
                kind: s.kind,
                items: r.list(&s.items, &format!("sources[{i}].items")),
                consent_required: s.consent_required,
                publicly_accessible: s.publicly_accessible,
                statutes: r.statutes(&s.statutes, &format!("sources[{i}].statutes")),
            })
            .collect();
        let recipients = register
            .recipients
            .iter()
            .enumerate()
            .map(|(i, rec)| RecipientInfo {
                name: r.text(&rec.name, &format!("recipients[{i}].name")),
                kind: rec.kind,
                description: r.opt(
                    rec.description.as_ref(),
                    &format!("recipients[{i}].description"),
                ),
                regular: rec.regular,
                consent_required: rec.consent_required,
                legal_ground: r.opt(
                    rec.legal_ground.as_ref(),
                    &format!("recipients[{i}].legal_ground"),
                ),
                statutes: r.statutes(&rec.statutes, &format!("recipients[{i}].statutes")),
                items: r.list(&rec.items, &format!("recipients[{i}].items")),
            })
            .collect();
        let processors = register
            .processors
            .iter()
            .enumerate()
            .map(|(i, p)| ProcessorInfo {
                name: p.name.as_ref().map(|n| n.as_str().to_owned()),
                description: r.opt(
                    p.description.as_ref(),
                    &format!("processors[{i}].description"),
                ),
            })
            .collect();
        let systems = register
            .systems
            .iter()
            .enumerate()
            .map(|(i, s)| SystemInfo {
                name: s.name.as_str().to_owned(),
                description: r.opt(s.description.as_ref(), &format!("systems[{i}].description")),
                controller: r.opt(s.controller.as_ref(), &format!("systems[{i}].controller")),
            })
            .collect();
        let transfers = register.transfers.as_ref().map(|t| TransfersInfo {
            outside_eea: t.outside_eea,
            statement: r.opt(t.statement.as_ref(), "transfers.statement"),
            transfers: t
                .transfers
                .iter()
                .enumerate()
                .map(|(i, tr)| TransferInfo {
                    destination: tr.destination.as_str().to_owned(),
                    recipient: r.opt(
                        tr.recipient.as_ref(),
                        &format!("transfers.transfers[{i}].recipient"),
                    ),
                    safeguard: tr
                        .safeguard
                        .map(|s| provision(s.code(), s.article(), s.title(language))),
                    safeguard_copy: r.opt(
                        tr.safeguard_copy.as_ref(),
                        &format!("transfers.transfers[{i}].safeguard_copy"),
                    ),
                })
                .collect(),
        });
        let retention = register
            .retention
            .iter()
            .enumerate()
            .map(|(i, rule)| {
                let path = format!("retention[{i}]");
                let (kind, years, months, trigger, anonymised, statute) = match &rule.policy {
                    RetentionPolicy::Period {
                        years,
                        months,
                        trigger,
                    } => ("period", *years, *months, Some(trigger), false, None),
                    RetentionPolicy::Until { trigger } => {
                        ("until", 0, 0, Some(trigger), false, None)
                    }
                    RetentionPolicy::Indefinite { anonymised } => {
                        ("indefinite", 0, 0, None, *anonymised, None)
                    }
                    RetentionPolicy::Statute { statute } => (
                        "statute",
                        0,
                        0,
                        None,
                        false,
                        Some(r.statute(statute, &format!("{path}.policy.statute"))),
                    ),
                    RetentionPolicy::NotStated => ("not-stated", 0, 0, None, false, None),
                };
                let (trigger, event) = match trigger.map(trigger_code) {
                    Some((code, event)) => (Some(code), event),
                    None => (None, None),
                };
                RetentionInfo {
                    id: rule.id.to_string(),
                    applies_to: r.text(&rule.applies_to, &format!("{path}.applies_to")),
                    kind,
                    years,
                    months,
                    trigger,
                    event,
                    anonymised,
                    statute,
                    action: rule.action,
                    description: r.opt(rule.description.as_ref(), &format!("{path}.description")),
                    early_disposal: r.opt(
                        rule.early_disposal.as_ref(),
                        &format!("{path}.early_disposal"),
                    ),
                }
            })
            .collect();
        let security = register
            .security
            .as_ref()
            .filter(|s| !s.is_empty())
            .map(|s| SecurityInfo {
                general: r.list(&s.general, "security.general"),
                manual: r.list(&s.manual, "security.manual"),
                electronic: r.list(&s.electronic, "security.electronic"),
            });
        let confidentiality = register
            .confidentiality
            .iter()
            .enumerate()
            .map(|(i, c)| ConfidentialityInfo {
                text: r.text(&c.text, &format!("confidentiality[{i}].text")),
                statute: c
                    .statute
                    .as_ref()
                    .map(|s| r.statute(s, &format!("confidentiality[{i}].statute"))),
            })
            .collect();
        let rights = RightsSection {
            introduction: r.opt(register.rights.introduction.as_ref(), "rights.introduction"),
            statements: register
                .rights
                .statements
                .iter()
                .enumerate()
                .map(|(i, s)| RightStatementInfo {
                    heading: r.opt(
                        s.heading.as_ref(),
                        &format!("rights.statements[{i}].heading"),
                    ),
                    rights: s
                        .rights
                        .iter()
                        .map(|right| right_ref(*right, language))
                        .collect(),
                    text: r.text(&s.text, &format!("rights.statements[{i}].text")),
                })
                .collect(),
            applicable: RequestKind::ALL
                .iter()
                .map(|kind| right_info(register, *kind, language))
                .collect(),
        };
        let requests = RequestsInfo {
            how_to_request: r.opt(
                register.rights.how_to_request.as_ref(),
                "rights.how_to_request",
            ),
            answer_months: 1,
            extension_months: 2,
        };
        let automated_decisions = register
            .automated_decisions
            .as_ref()
            .map(|a| AutomatedInfo {
                used: a.used,
                logic: r.opt(a.logic.as_ref(), "automated_decisions.logic"),
                consequences: r.opt(a.consequences.as_ref(), "automated_decisions.consequences"),
            });
        let provision_info = register.provision.as_ref().map(|p| ProvisionInfo {
            requirement: p.requirement,
            obligatory: p.obligatory,
            consequences: r.opt(p.consequences.as_ref(), "provision.consequences"),
        });
        NoticeDocument {
            language,
            information_article: register.information_article(),
            publisher: r.party(register.publisher.as_ref(), "publisher"),
            dpo: r.party(c.dpo.as_ref(), "controller.dpo"),
            register: register_info,
            controller,
            purposes,
            subject_groups,
            sources,
            disclosure_statement: r.opt(
                register.disclosure_statement.as_ref(),
                "disclosure_statement",
            ),
            recipients,
            processors,
            systems,
            transfers,
            retention,
            security,
            confidentiality,
            rights,
            requests,
            automated_decisions,
            provision: provision_info,
            cookies: r.opt(register.cookies.as_ref(), "cookies"),
            missing_translations: r.missing,
        }
    }
}

fn right_info(register: &Register, kind: RequestKind, language: Language) -> RightInfo {
    let right = kind.right();
    let mut info = RightInfo {
        right: right_ref(right, language),
        status: "applies",
        exceptions: Vec::new(),
        conditions: Vec::new(),
        excluded_by: None,
        only_for: Vec::new(),
    };
    match applicability(register, kind) {
        RightApplicability::Applies => {}
        RightApplicability::AppliesWithExceptions {
            exceptions,
            conditions,
            ..
        } => {
            info.status = "applies-with-exceptions";
            info.exceptions = exceptions
                .iter()
                .map(|e| provision(e.code(), e.article(), e.title(language)))
                .collect();
            info.conditions = conditions
                .iter()
                .map(|(article, _)| (*article).to_owned())
                .collect();
            let bases = register.lawful_bases();
            let covered: Vec<_> = bases
                .iter()
                .filter(|b| right.applicability(**b).is_available())
                .collect();
            if covered.len() < bases.len() {
                info.only_for = covered
                    .iter()
                    .map(|b| provision(b.code(), b.article(), b.title(language)))
                    .collect();
            }
            let explicit_consent = register
                .purposes
                .iter()
                .flat_map(|p| &p.special_conditions)
                .find(|c| **c == crate::legal::Article9Condition::ExplicitConsent);
            if right == Right::WithdrawConsent
                && let Some(condition) = explicit_consent
            {
                info.only_for.push(provision(
                    condition.code(),
                    condition.article(),
                    condition.title(language),
                ));
            }
        }
        RightApplicability::DoesNotApply { article, .. } => {
            info.status = "does-not-apply";
            info.excluded_by = Some(article.to_owned());
        }
        RightApplicability::Undetermined { .. } => info.status = "undetermined",
    }
    info
}
