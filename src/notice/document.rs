//! The notice view model: a register's Art. 13/14 items in one language, in a fixed order.
//!
//! The view model keeps three kinds of text apart (see [`NoticeOptions`]): what the register
//! states, which is always shown; what the crate derives from the law (the rights matrix, the
//! article that governs the notice, repeals of the acts it cites), shown only when asked for;
//! and standard text whose content the law fixes (Art. 12(3)–(5), Art. 77), added only when
//! asked for and marked as standard.

use chrono::NaiveDate;
use serde::Serialize;

use super::statute_text::statute_citation;
use crate::legal::{Country, LawfulBasis, Right, StatuteRef, cite};
use crate::matrix::{RightStatus, matrix};
use crate::model::*;
use crate::text::{Language, LocalizedText};

/// What a notice adds to the register's own words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct NoticeOptions {
    /// Show what the crate derives from the law: the rights of each purpose from the rights
    /// matrix, the article (13 or 14) that governs the notice, repeals of the acts it cites.
    /// Marked in the notice as derived, not as the controller's words.
    pub derived: bool,
    /// Add the standard passages whose content the law fixes: answering requests
    /// (Art. 12(3)–(5)) and the right to complain (Art. 77). Marked as standard text.
    pub standard_text: bool,
}

impl NoticeOptions {
    /// Everything: derived rights and standard text (`gdpr notice --complete`).
    pub const COMPLETE: Self = Self {
        derived: true,
        standard_text: true,
    };

    /// What the register asks for (`rights.derived`, `rights.standard_text`).
    pub fn of(register: &Register) -> Self {
        Self {
            derived: register.rights.derived,
            standard_text: register.rights.standard_text,
        }
    }

    /// Both sets of options together.
    #[must_use]
    pub fn or(self, other: Self) -> Self {
        Self {
            derived: self.derived || other.derived,
            standard_text: self.standard_text || other.standard_text,
        }
    }
}

/// A privacy notice for one register in one language: every item of Art. 13 (or Art. 14,
/// which follows from the register's sources) as the register states it, and, when
/// [`NoticeOptions`] ask for them, what the law derives from it and the standard passages.
///
/// Absent items stay `None` or empty: the templates print that the notice does not state
/// them, so a notice never silently lacks an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct NoticeDocument {
    /// The language of the notice.
    pub language: Language,
    /// What the notice adds to the register's words.
    pub options: NoticeOptions,
    /// `13` or `14`: which article's items the notice gives (derived from the sources).
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
    /// The rights: the register's own text, what it leaves out, and (when asked) what
    /// applies to each purpose (Art. 13(2)(b)–(d)).
    pub rights: RightsSection,
    /// How to make a request and when it is answered (Art. 12(3)).
    pub requests: RequestsInfo,
    /// The supervisory authority of the controller's state (Art. 51, 77): derived from
    /// `controller.country`, shown only in the standard text on complaints.
    pub authority: AuthorityInfo,
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
#[non_exhaustive]
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
    /// The date the notice was drawn up.
    pub drawn_up: Option<NaiveDate>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Update date.
    pub updated: Option<NaiveDate>,
    /// Statutes the notice document cites as its basis.
    pub document_basis: Vec<StatuteInfo>,
    /// The notice's version history, newest first (the register's `[[changes]]`).
    pub changes: Vec<ChangeInfo>,
}

/// One entry of the notice's version history, resolved to one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ChangeInfo {
    /// The day the changed notice took effect.
    pub date: NaiveDate,
    /// What changed.
    pub description: String,
}

/// Contact details, resolved to one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
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
    /// The notice gives an e-mail address that the register file does not hold.
    pub email_not_captured: bool,
    /// Web address.
    pub web: Option<String>,
    /// Other contact information.
    pub other: Option<String>,
    /// Whether anything at all is stated.
    pub stated: bool,
}

/// A named person or office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
pub struct ProvisionRef {
    /// Stable code, e.g. `6-1-a`.
    pub code: String,
    /// Citation in the crate's form, e.g. `Art. 6(1)(a)`.
    pub article: String,
    /// Citation as the notice's language writes it, e.g. "tietosuoja-asetuksen 6 artiklan
    /// 1 kohdan a alakohta".
    pub citation: String,
    /// Title in the notice's language.
    pub title: String,
}

/// A statute reference in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct StatuteInfo {
    /// Number, e.g. `916/2012`.
    pub number: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Section.
    pub section: Option<String>,
    /// The whole reference as the language cites it, e.g. "lain julkisesta työvoima- ja
    /// yrityspalvelusta (916/2012) 13 luvun 4 §".
    pub text: String,
    /// Derived: that the act is no longer in force and what took its place, in the notice's
    /// language; shown only with [`NoticeOptions::derived`].
    pub repeal: Option<String>,
}

/// A purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct PurposeInfo {
    /// Stable id.
    pub id: String,
    /// The purpose.
    pub description: String,
    /// Sub-purposes.
    pub details: Vec<String>,
    /// Lawful bases.
    pub lawful_bases: Vec<ProvisionRef>,
    /// The lawful bases in one phrase, each provision once with its titles ("artikel 6.1 a
    /// (…) och 6.1 e (…) i dataskyddsförordningen"); `None` when none is stated.
    pub lawful_basis_text: Option<String>,
    /// How many distinct provisions the bases cite (the two limbs of 6(1)(e) are one), for
    /// choosing between "basis" and "bases".
    pub lawful_basis_count: usize,
    /// The notice's own wording of the bases.
    pub basis_statements: Vec<String>,
    /// Art. 9(2) conditions.
    pub special_conditions: Vec<ProvisionRef>,
    /// Statutes.
    pub statutes: Vec<StatuteInfo>,
    /// Legitimate interests (Art. 6(1)(f)).
    pub legitimate_interests: Option<String>,
    /// The purpose includes direct marketing.
    pub direct_marketing: bool,
    /// Only anonymised data.
    pub anonymous: bool,
}

/// A data subject group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
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
#[non_exhaustive]
pub struct CategoryInfo {
    /// Name.
    pub name: String,
    /// Items.
    pub items: Vec<ItemInfo>,
    /// The special category the whole category is, if any.
    pub special: Option<ProvisionRef>,
    /// Its Art. 9(2) condition, if tied to it.
    pub condition: Option<ProvisionRef>,
}

/// An item of a data category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ItemInfo {
    /// The item.
    pub text: String,
    /// The special category it is, if any.
    pub special: Option<ProvisionRef>,
    /// Its Art. 9(2) condition, if tied to it.
    pub condition: Option<ProvisionRef>,
}

/// A source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SourceInfo {
    /// The source.
    pub description: String,
    /// `data-subject`, `third-party`, ...
    pub kind: SourceKind,
    /// Named sources.
    pub items: Vec<String>,
    /// How the data is collected.
    pub means: Option<String>,
    /// The data is obtained with the subject's specific consent, as the description says.
    pub consent_required: bool,
    /// Publicly accessible, where stated.
    pub publicly_accessible: Option<bool>,
    /// Statutes.
    pub statutes: Vec<StatuteInfo>,
    /// The Art. 14(5) exemption claimed for it.
    pub exemption: Option<ProvisionRef>,
}

/// A recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
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
    /// Legal ground, unless the description already says it in the same words.
    pub legal_ground: Option<String>,
    /// Statutes.
    pub statutes: Vec<StatuteInfo>,
    /// Named recipients.
    pub items: Vec<String>,
}

/// A processor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ProcessorInfo {
    /// Proper name.
    pub name: Option<String>,
    /// Description.
    pub description: Option<String>,
}

/// An information system.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
pub struct RetentionInfo {
    /// Rule id.
    pub id: String,
    /// What it applies to.
    pub applies_to: String,
    /// `period`, `until`, `indefinite`, `statute`, `criteria` or `not-stated`.
    pub kind: PolicyKind,
    /// Years of a period.
    pub years: u16,
    /// Months of a period.
    pub months: u16,
    /// The trigger: `collected`, `last-activity`, `relationship-ended`, `superseded`, `event`
    /// or `not-stated`.
    pub trigger: Option<TriggerKind>,
    /// The event's name for an `event` trigger.
    pub event: Option<String>,
    /// The notice's own words for the trigger; rendered instead of the standard wording.
    pub trigger_text: Option<String>,
    /// For `indefinite`: the data is anonymised.
    pub anonymised: bool,
    /// For `statute`: the statute.
    pub statute: Option<StatuteInfo>,
    /// For `criteria`: the criteria.
    pub criteria: Option<String>,
    /// `erase`, `anonymise` or `archive`, where the register states it.
    pub action: Option<DisposalAction>,
    /// The notice's own words.
    pub description: Option<String>,
    /// Early disposal.
    pub early_disposal: Option<String>,
}

/// Security measures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
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
#[non_exhaustive]
pub struct ConfidentialityInfo {
    /// The duty.
    pub text: String,
    /// Its statute.
    pub statute: Option<StatuteInfo>,
}

/// The rights section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RightsSection {
    /// The register's lead-in.
    pub introduction: Option<String>,
    /// The register's passages.
    pub statements: Vec<RightStatementInfo>,
    /// The rights the notice must describe and does not: exactly what `gdpr check` reports
    /// (`right-not-mentioned`, `consent-withdrawal-missing`, `complaint-right-missing`).
    pub not_stated: Vec<ProvisionRef>,
    /// Derived: the rights of each purpose from the rights matrix, when asked for.
    pub derived: Vec<PurposeRightsInfo>,
}

/// A passage of the register on rights.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RightStatementInfo {
    /// Heading.
    pub heading: Option<String>,
    /// The rights covered.
    pub rights: Vec<ProvisionRef>,
    /// The passage.
    pub text: String,
}

/// The rights of one purpose, derived from its lawful bases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct PurposeRightsInfo {
    /// The purpose's id.
    pub purpose: String,
    /// The sentence of the purpose's description that states the purpose (the first that
    /// names it, else the first sentence).
    pub summary: String,
    /// Its lawful bases.
    pub lawful_bases: Vec<ProvisionRef>,
    /// The lawful bases cited in one phrase without titles ("artikel 6.1 a, c och e i
    /// dataskyddsförordningen"); `None` when none is stated.
    pub lawful_basis_text: Option<String>,
    /// How many distinct provisions the bases cite.
    pub lawful_basis_count: usize,
    /// The purpose includes direct marketing: the notice states the right to object to it
    /// separately from other information (Art. 21(4)).
    pub direct_marketing: bool,
    /// Each right.
    pub rights: Vec<DerivedRightInfo>,
}

/// One right of a purpose, derived.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct DerivedRightInfo {
    /// The right.
    pub right: ProvisionRef,
    /// `applies`, `limited` or `not-applicable`.
    pub status: RightStatus,
    /// The deciding provision, cited in the notice's language.
    pub citation: String,
    /// What the decision means, in the notice's language.
    pub explanation: String,
    /// Presented apart from the other rights: the right to object where it exists
    /// (Art. 21(4): "clearly and separately from any other information").
    pub separate: bool,
}

/// How to make a request and the Art. 12(3) periods.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RequestsInfo {
    /// The register's own text on making a request.
    pub how_to_request: Option<String>,
    /// The answer is due within this many months of receipt (Art. 12(3)).
    pub answer_months: u8,
    /// The period can be extended by this many further months.
    pub extension_months: u8,
}

/// A supervisory authority as a notice names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct AuthorityInfo {
    /// The state's ISO 3166-1 code (`FI`).
    pub country: Country,
    /// The state's name in the notice's language (`Ruotsi`, `Sverige`, `Sweden`).
    pub state: String,
    /// The authority's name in the notice's language where it has one, otherwise its own name
    /// with the English one.
    pub name: String,
    /// Its web address without the scheme (`tietosuoja.fi`).
    pub web: String,
}

/// Automated decision-making.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
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
#[non_exhaustive]
pub struct ProvisionInfo {
    /// Why the data is provided.
    pub requirement: Option<RequirementKind>,
    /// Whether obligatory.
    pub obligatory: Option<bool>,
    /// Consequences of not providing.
    pub consequences: Option<String>,
}

/// Resolves the register's texts to one language, remembering the ones that lack it.
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

    /// The text in the notice's language (or another), without reporting a gap: for text
    /// shown a second time, whose gap the first showing reported.
    fn again(&self, text: &LocalizedText) -> String {
        text.get(self.language)
            .or_else(|| text.languages().next().and_then(|l| text.get(l)))
            .unwrap_or_default()
            .to_owned()
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
            email_not_captured: contact.email_not_captured,
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
        let language = self.language;
        let number = statute.number.as_ref().map(|n| n.as_str().to_owned());
        // A Swedish (English) notice cites an act the register names only in Finnish by its
        // official Swedish (translated English) title where the crate knows it, and a Swedish
        // one translates the section's numbering
        // ("13 luku 4 §" → "13 kap. 4 §"); what it cannot translate stays Finnish and is
        // cited in the Finnish order, never Finnish words in a Swedish construction.
        let (title, title_language) = match &statute.title {
            Some(text) if text.get(language).is_some() => (Some(self.text(text, path)), language),
            Some(text) => match (language, statute.number.as_ref().and_then(|n| n.titles())) {
                (Language::Sv, Some(titles)) => (Some(titles.sv.to_owned()), language),
                (Language::En, Some(titles)) if titles.en.is_some() => {
                    (titles.en.map(str::to_owned), language)
                }
                _ => (
                    Some(self.text(text, &format!("{path}.title"))),
                    text.languages().next().unwrap_or(language),
                ),
            },
            None => (None, language),
        };
        let (section, section_language) = match &statute.section {
            Some(text) if text.get(language).is_some() => (Some(self.text(text, path)), language),
            Some(text) => {
                let translated = (language == Language::Sv && title_language == Language::Sv)
                    .then(|| text.get(Language::Fi))
                    .flatten()
                    .and_then(super::statute_text::swedish_section);
                match translated {
                    Some(swedish) => (Some(swedish), language),
                    None => (
                        Some(self.text(text, &format!("{path}.section"))),
                        text.languages().next().unwrap_or(language),
                    ),
                }
            }
            None => (None, language),
        };
        let citation_language = if title.is_some() && title_language != language {
            title_language
        } else if section.is_some() && section_language != language {
            section_language
        } else {
            language
        };
        let text = statute_citation(
            citation_language,
            title.as_deref(),
            number.as_deref(),
            section.as_deref(),
        );
        StatuteInfo {
            repeal: statute
                .repeal()
                .map(|r| super::statute_text::repeal_note(r, language)),
            number,
            title,
            section,
            text,
        }
    }

    fn statutes(&mut self, statutes: &[StatuteRef], path: &str) -> Vec<StatuteInfo> {
        statutes
            .iter()
            .enumerate()
            .map(|(i, s)| self.statute(s, &format!("{path}[{i}]")))
            .collect()
    }

    fn provision(&self, code: &str, article: &str, title: &str) -> ProvisionRef {
        ProvisionRef {
            code: code.to_owned(),
            article: article.to_owned(),
            citation: cite(article, self.language),
            title: title.to_owned(),
        }
    }

    fn right(&self, right: Right) -> ProvisionRef {
        self.provision(right.code(), right.article(), right.title(self.language))
    }
}

impl NoticeDocument {
    /// Builds the notice of `register` in `language`, with what the register asks for in
    /// `rights.derived` and `rights.standard_text`. A register text that lacks `language` is
    /// shown in another language the register has, and its path is listed in
    /// [`NoticeDocument::missing_translations`]; [`crate::lint`] reports the same gaps.
    ///
    /// # Examples
    ///
    /// ```
    /// use gdpr::notice::NoticeDocument;
    /// use gdpr::Language;
    /// let register = gdpr::files::load("examples/registers/tem-tno-contacts.toml")?;
    /// let swedish = NoticeDocument::build(&register, Language::Sv);
    /// assert!(swedish.missing_translations.is_empty());
    /// // The derived rights are not the ministry's words: not shown unless asked for.
    /// assert!(swedish.rights.derived.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(register: &Register, language: Language) -> NoticeDocument {
        Self::build_with(register, language, NoticeOptions::of(register))
    }

    /// Builds the notice with `options` (e.g. [`NoticeOptions::COMPLETE`]) instead of the
    /// register's own choice.
    ///
    /// ```
    /// use gdpr::notice::{NoticeDocument, NoticeOptions};
    /// use gdpr::Language;
    /// let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
    /// // The register does not ask for derived rights: the notice says only what it says.
    /// assert!(NoticeDocument::build(&register, Language::Fi).rights.derived.is_empty());
    /// let complete = NoticeDocument::build_with(&register, Language::Fi, NoticeOptions::COMPLETE);
    /// assert_eq!(complete.rights.derived.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build_with(
        register: &Register,
        language: Language,
        options: NoticeOptions,
    ) -> NoticeDocument {
        let mut r = Resolver {
            language,
            missing: Vec::new(),
        };
        let c = &register.controller;
        NoticeDocument {
            language,
            options,
            information_article: register.information_article(),
            controller: controller(&mut r, c),
            publisher: r.party(register.publisher.as_ref(), "publisher"),
            dpo: r.party(c.dpo.as_ref(), "controller.dpo"),
            register: register_info(&mut r, register),
            purposes: purposes(&mut r, register),
            subject_groups: subject_groups(&mut r, register),
            sources: sources(&mut r, register),
            disclosure_statement: r.opt(
                register.disclosure_statement.as_ref(),
                "disclosure_statement",
            ),
            recipients: recipients(&mut r, register),
            processors: processors(&mut r, register),
            systems: systems(&mut r, register),
            transfers: transfers(&mut r, register),
            retention: retention(&mut r, register),
            security: security(&mut r, register),
            confidentiality: confidentiality(&mut r, register),
            rights: rights(&mut r, register, options),
            requests: RequestsInfo {
                how_to_request: r.opt(
                    register.rights.how_to_request.as_ref(),
                    "rights.how_to_request",
                ),
                answer_months: 1,
                extension_months: 2,
            },
            authority: {
                let country = register.controller.country();
                let authority = country.supervisory_authority();
                AuthorityInfo {
                    country,
                    state: country.name_in(language).to_owned(),
                    name: authority.name_in(language),
                    web: authority.web_short().to_owned(),
                }
            },
            automated_decisions: register
                .automated_decisions
                .as_ref()
                .map(|a| AutomatedInfo {
                    used: a.used,
                    logic: r.opt(a.logic.as_ref(), "automated_decisions.logic"),
                    consequences: r
                        .opt(a.consequences.as_ref(), "automated_decisions.consequences"),
                }),
            provision: register.provision.as_ref().map(|p| ProvisionInfo {
                requirement: p.requirement,
                obligatory: p.obligatory,
                consequences: r.opt(p.consequences.as_ref(), "provision.consequences"),
            }),
            cookies: r.opt(register.cookies.as_ref(), "cookies"),
            missing_translations: std::mem::take(&mut r.missing),
        }
    }
}

fn controller(r: &mut Resolver, c: &Controller) -> ControllerInfo {
    ControllerInfo {
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
            .map(|(i, j)| {
                let path = format!("controller.joint_controllers[{i}]");
                JointControllerInfo {
                    name: r.text(&j.name, &format!("{path}.name")),
                    responsibilities: r.opt(
                        j.responsibilities.as_ref(),
                        &format!("{path}.responsibilities"),
                    ),
                    contact: r.contact(&j.contact, &format!("{path}.contact")),
                }
            })
            .collect(),
    }
}

fn register_info(r: &mut Resolver, register: &Register) -> RegisterInfo {
    RegisterInfo {
        id: register.id.to_string(),
        name: r.text(&register.name, "name"),
        part_of: r.opt(register.part_of.as_ref(), "part_of"),
        description: r.opt(register.description.as_ref(), "description"),
        reference: register.reference.as_ref().map(|l| l.as_str().to_owned()),
        drawn_up: register.drawn_up,
        published: register.published,
        updated: register.updated,
        document_basis: r.statutes(&register.document_basis, "document_basis"),
        changes: changes(r, register),
    }
}

/// The version history newest first; entries of one day keep the file's order.
fn changes(r: &mut Resolver, register: &Register) -> Vec<ChangeInfo> {
    let mut changes: Vec<ChangeInfo> = register
        .changes
        .iter()
        .enumerate()
        .map(|(i, change)| ChangeInfo {
            date: change.date,
            description: r.text(&change.description, &format!("changes[{i}].description")),
        })
        .collect();
    changes.sort_by_key(|change| std::cmp::Reverse(change.date));
    changes
}

fn purposes(r: &mut Resolver, register: &Register) -> Vec<PurposeInfo> {
    let language = r.language;
    register
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
                    .map(|b| r.provision(b.code(), b.article(), b.title(language)))
                    .collect(),
                lawful_basis_text: basis_text(&p.lawful_bases, language, true),
                lawful_basis_count: basis_count(&p.lawful_bases),
                basis_statements: r.list(&p.basis_statements, &format!("{path}.basis_statements")),
                special_conditions: p
                    .special_conditions
                    .iter()
                    .map(|c| r.provision(c.code(), c.article(), c.title(language)))
                    .collect(),
                statutes: r.statutes(&p.statutes, &format!("{path}.statutes")),
                legitimate_interests: r.opt(
                    p.legitimate_interests.as_ref(),
                    &format!("{path}.legitimate_interests"),
                ),
                direct_marketing: p.direct_marketing,
                anonymous: p.anonymous,
            }
        })
        .collect()
}

fn subject_groups(r: &mut Resolver, register: &Register) -> Vec<GroupInfo> {
    let language = r.language;
    let special = |r: &Resolver, s: Option<crate::legal::SpecialCategory>| {
        s.map(|s| r.provision(s.code(), s.article(), s.title(language)))
    };
    let condition = |r: &Resolver, c: Option<crate::legal::Article9Condition>| {
        c.map(|c| r.provision(c.code(), c.article(), c.title(language)))
    };
    register
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
                    .map(|(j, cat)| {
                        let path = format!("{path}.categories[{j}]");
                        CategoryInfo {
                            name: r.text(&cat.name, &format!("{path}.name")),
                            items: cat
                                .items
                                .iter()
                                .enumerate()
                                .map(|(k, item)| ItemInfo {
                                    text: r.text(&item.text, &format!("{path}.items[{k}]")),
                                    special: special(r, item.special),
                                    condition: condition(r, item.condition),
                                })
                                .collect(),
                            special: special(r, cat.special),
                            condition: condition(r, cat.condition),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

fn sources(r: &mut Resolver, register: &Register) -> Vec<SourceInfo> {
    let language = r.language;
    register
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let path = format!("sources[{i}]");
            SourceInfo {
                description: r.text(&s.description, &format!("{path}.description")),
                kind: s.kind,
                items: s
                    .items
                    .iter()
                    .enumerate()
                    .map(|(j, item)| r.text(&item.text, &format!("{path}.items[{j}]")))
                    .collect(),
                means: r.opt(s.means.as_ref(), &format!("{path}.means")),
                consent_required: s.consent_required,
                publicly_accessible: s.publicly_accessible,
                statutes: r.statutes(&s.statutes, &format!("{path}.statutes")),
                exemption: s
                    .exemption
                    .map(|e| r.provision(e.code(), e.article(), e.title(language))),
            }
        })
        .collect()
}

fn recipients(r: &mut Resolver, register: &Register) -> Vec<RecipientInfo> {
    register
        .recipients
        .iter()
        .enumerate()
        .map(|(i, rec)| {
            let path = format!("recipients[{i}]");
            let description = r.opt(rec.description.as_ref(), &format!("{path}.description"));
            // The legal ground is usually quoted from the description: render it once.
            let legal_ground = r
                .opt(rec.legal_ground.as_ref(), &format!("{path}.legal_ground"))
                .filter(|ground| {
                    !description
                        .as_deref()
                        .is_some_and(|text| text.contains(ground.as_str()))
                });
            RecipientInfo {
                name: r.text(&rec.name, &format!("{path}.name")),
                kind: rec.kind,
                description,
                regular: rec.regular,
                consent_required: rec.consent_required,
                legal_ground,
                statutes: r.statutes(&rec.statutes, &format!("{path}.statutes")),
                items: r.list(&rec.items, &format!("{path}.items")),
            }
        })
        .collect()
}

fn processors(r: &mut Resolver, register: &Register) -> Vec<ProcessorInfo> {
    register
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
        .collect()
}

fn systems(r: &mut Resolver, register: &Register) -> Vec<SystemInfo> {
    register
        .systems
        .iter()
        .enumerate()
        .map(|(i, s)| SystemInfo {
            name: s.name.as_str().to_owned(),
            description: r.opt(s.description.as_ref(), &format!("systems[{i}].description")),
            controller: r.opt(s.controller.as_ref(), &format!("systems[{i}].controller")),
        })
        .collect()
}

fn transfers(r: &mut Resolver, register: &Register) -> Option<TransfersInfo> {
    let language = r.language;
    register.transfers.as_ref().map(|t| TransfersInfo {
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
                    .map(|s| r.provision(s.code(), s.article(), s.title(language))),
                safeguard_copy: r.opt(
                    tr.safeguard_copy.as_ref(),
                    &format!("transfers.transfers[{i}].safeguard_copy"),
                ),
            })
            .collect(),
    })
}

fn retention(r: &mut Resolver, register: &Register) -> Vec<RetentionInfo> {
    register
        .retention
        .iter()
        .enumerate()
        .map(|(i, rule)| {
            let path = format!("retention[{i}]");
            let mut info = RetentionInfo {
                id: rule.id.to_string(),
                applies_to: r.text(&rule.applies_to, &format!("{path}.applies_to")),
                kind: rule.policy.kind(),
                years: 0,
                months: 0,
                trigger: None,
                event: None,
                trigger_text: r.opt(rule.trigger_text.as_ref(), &format!("{path}.trigger_text")),
                anonymised: false,
                statute: None,
                criteria: None,
                action: rule.action,
                description: r.opt(rule.description.as_ref(), &format!("{path}.description")),
                early_disposal: r.opt(
                    rule.early_disposal.as_ref(),
                    &format!("{path}.early_disposal"),
                ),
            };
            let set_trigger = |info: &mut RetentionInfo, trigger: &Trigger| {
                info.trigger = Some(trigger.kind());
                info.event = match trigger {
                    Trigger::Event(name) => Some(name.as_str().to_owned()),
                    _ => None,
                };
            };
            match &rule.policy {
                RetentionPolicy::Period {
                    years,
                    months,
                    trigger,
                } => {
                    info.years = *years;
                    info.months = *months;
                    set_trigger(&mut info, trigger);
                }
                RetentionPolicy::Until { trigger } => {
                    set_trigger(&mut info, trigger);
                }
                RetentionPolicy::Indefinite { anonymised } => {
                    info.anonymised = *anonymised;
                }
                RetentionPolicy::Statute { statute } => {
                    info.statute = Some(r.statute(statute, &format!("{path}.policy.statute")));
                }
                RetentionPolicy::Criteria { criteria } => {
                    info.criteria = Some(r.text(criteria, &format!("{path}.policy.criteria")));
                }
                RetentionPolicy::NotStated => {}
            }
            info
        })
        .collect()
}

fn security(r: &mut Resolver, register: &Register) -> Option<SecurityInfo> {
    register
        .security
        .as_ref()
        .filter(|s| !s.is_empty())
        .map(|s| SecurityInfo {
            general: r.list(&s.general, "security.general"),
            manual: r.list(&s.manual, "security.manual"),
            electronic: r.list(&s.electronic, "security.electronic"),
        })
}

fn confidentiality(r: &mut Resolver, register: &Register) -> Vec<ConfidentialityInfo> {
    register
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
        .collect()
}

fn rights(r: &mut Resolver, register: &Register, options: NoticeOptions) -> RightsSection {
    let language = r.language;
    let statements = register
        .rights
        .statements
        .iter()
        .enumerate()
        .map(|(i, s)| RightStatementInfo {
            heading: r.opt(
                s.heading.as_ref(),
                &format!("rights.statements[{i}].heading"),
            ),
            rights: s.rights.iter().map(|right| r.right(*right)).collect(),
            text: r.text(&s.text, &format!("rights.statements[{i}].text")),
        })
        .collect();
    let not_stated = crate::lint::rights_not_described(register)
        .into_iter()
        .map(|right| r.right(right))
        .collect();
    let derived = if options.derived {
        matrix(register)
            .into_iter()
            .filter_map(|row| {
                let purpose = register
                    .purposes
                    .iter()
                    .find(|p| p.id.as_str() == row.purpose)?;
                let description = r.again(&purpose.description);
                Some(PurposeRightsInfo {
                    summary: purpose_sentence(&description, language),
                    lawful_basis_text: basis_text(&purpose.lawful_bases, language, false),
                    lawful_basis_count: basis_count(&purpose.lawful_bases),
                    direct_marketing: purpose.direct_marketing,
                    lawful_bases: purpose
                        .lawful_bases
                        .iter()
                        .map(|b| r.provision(b.code(), b.article(), b.title(language)))
                        .collect(),
                    rights: row
                        .rights
                        .iter()
                        .map(|d| DerivedRightInfo {
                            right: r.right(d.right),
                            status: d.status,
                            citation: cite(d.article, language),
                            explanation: super::statute_text::explain(
                                d, register, purpose, language,
                            ),
                            separate: d.right == Right::Objection && d.status.is_available(),
                        })
                        .collect(),
                    purpose: row.purpose,
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    RightsSection {
        introduction: r.opt(register.rights.introduction.as_ref(), "rights.introduction"),
        statements,
        not_stated,
        derived,
    }
}

/// The lawful bases in one phrase: each provision once, grouped by point, with their titles
/// when `titled`.
fn basis_text(bases: &[LawfulBasis], language: Language, titled: bool) -> Option<String> {
    if bases.is_empty() {
        return None;
    }
    let provisions: Vec<(&str, Option<&str>)> = bases
        .iter()
        .map(|b| (b.article(), titled.then(|| b.title(language))))
        .collect();
    Some(crate::legal::cite_all(&provisions, language))
}

fn basis_count(bases: &[LawfulBasis]) -> usize {
    let mut articles: Vec<&str> = bases.iter().map(|b| b.article()).collect();
    articles.sort_unstable();
    articles.dedup();
    articles.len()
}

/// Abbreviations that end in a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mm.", "esim.", "ns.", "em.", "ym.", "yms.", "jne.", "ts.", "vrt.", "ks.", "bl.a.", "dvs.",
    "t.ex.", "resp.", "m.m.", "o.s.v.", "jfr", "e.g.", "i.e.", "etc.", "cf.",
];

/// The sentences of `text`: each ends at a full stop followed by a space or a line break,
/// unless the stop ends an abbreviation ("mm.", "bl.a.", "e.g.") or a number.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines().filter(|line| !line.trim().is_empty()) {
        let mut start = 0;
        for (at, _) in line.match_indices(". ") {
            let before = &line[start..=at];
            let last_word = before.rsplit(' ').next().unwrap_or_default().to_lowercase();
            let abbreviation = ABBREVIATIONS.contains(&last_word.as_str())
                || last_word
                    .trim_end_matches('.')
                    .bytes()
                    .all(|b| b.is_ascii_digit());
            if !abbreviation {
                out.push(before.trim());
                start = at + 2;
            }
        }
        if start < line.len() {
            out.push(line[start..].trim());
        }
    }
    out
}

/// The sentence of a purpose's description that states the purpose, for labelling its
/// derived rights: the first that says what the purpose is ("tarkoitus on", "ändamålet med",
/// "the purpose of"), else the first sentence. The register's words, never rephrased.
fn purpose_sentence(text: &str, language: Language) -> String {
    let sentences = sentences(text);
    let keywords: &[&str] = match language {
        Language::Fi => &["tarkoitus on", "tarkoituksena on"],
        Language::Sv => &["ändamålet med", "syftet med"],
        Language::En => &["the purpose of", "the purpose is"],
    };
    sentences
        .iter()
        .find(|s| {
            let lower = s.to_lowercase();
            keywords.iter().any(|k| lower.contains(k))
        })
        .or_else(|| sentences.first())
        .map(|s| (*s).to_owned())
        .unwrap_or_default()
}
