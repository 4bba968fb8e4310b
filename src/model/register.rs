//! The register (processing activity) and its validation.

use std::collections::HashSet;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::change::Change;
use super::controller::Controller;
use super::data::SubjectGroup;
use super::provision::{AutomatedDecisions, ProvisionRequirement};
use super::purpose::Purpose;
use super::recipient::{InformationSystem, Processor, Recipient};
use super::retention::{RetentionPolicy, RetentionRule};
use super::rights::RightsInfo;
use super::security::{Confidentiality, Security};
use super::source::Source;
use super::transfer::Transfers;
use super::{contact::is_false, date};
use crate::legal::{LawfulBasis, StatuteRef};
use crate::text::{Id, Label, Language, LocalizedText};

/// A register (rekisteri): one processing activity as its privacy notice describes it, with
/// every item of Art. 13/14 and Art. 30(1) the notice states. What the notice leaves out stays
/// absent, and [`crate::lint`] reports it.
///
/// Registers are usually loaded from TOML ([`crate::files::load`]) or built with
/// [`Register::builder`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Register {
    /// Stable id, e.g. `keha-alpo`.
    pub id: Id,
    /// The register's name.
    pub name: LocalizedText,
    /// The larger register this one is part of, if it is a sub-register (osarekisteri).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<LocalizedText>,
    /// The notice's introduction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// The controller's reference number, e.g. `KEHA/1516/2017`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<Label>,
    /// The languages the notice is published in; every text must be stated in each of them.
    pub languages: Vec<Language>,
    /// When the notice was drawn up ("laadittu"), where it says so.
    #[serde(
        default,
        with = "date::option",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<NaiveDate>")]
    pub drawn_up: Option<NaiveDate>,
    /// When the notice was published ("julkaisupäivämäärä"), where it says so.
    #[serde(
        default,
        with = "date::option",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<NaiveDate>")]
    pub published: Option<NaiveDate>,
    /// When the notice was last updated.
    #[serde(
        default,
        with = "date::option",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<NaiveDate>")]
    pub updated: Option<NaiveDate>,
    /// The notice's version history (`[[changes]]`), as the register states it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    /// Statutes the notice document itself cites as its basis (e.g. an old notice citing the
    /// repealed Personal Data Act 523/1999, s. 10 and 24).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub document_basis: Vec<StatuteRef>,
    /// The controller.
    pub controller: Controller,
    /// The body that publishes the notice, when the notice names one that is not the
    /// controller (e.g. a letterhead of a service centre acting for a ministry).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<super::contact::Party>,
    /// Purposes and their legal grounds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<Purpose>,
    /// Data subject groups and their data categories.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subject_groups: Vec<SubjectGroup>,
    /// Sources of the data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// The notice's general statement on disclosures, e.g. that nothing is disclosed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosure_statement: Option<LocalizedText>,
    /// Recipients and regular disclosures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<Recipient>,
    /// Processors, Art. 28.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processors: Vec<Processor>,
    /// Information systems holding the data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub systems: Vec<InformationSystem>,
    /// Transfers outside the EU/EEA; absent when the notice says nothing about them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfers: Option<Transfers>,
    /// Retention rules.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retention: Vec<RetentionRule>,
    /// Security measures, Art. 32.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security: Option<Security>,
    /// Duties of confidentiality covering the register.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub confidentiality: Vec<Confidentiality>,
    /// Whether providing the data is required, and the consequences of not providing it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<ProvisionRequirement>,
    /// Automated decision-making, Art. 22.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automated_decisions: Option<AutomatedDecisions>,
    /// What the notice says about cookies, where it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookies: Option<LocalizedText>,
    /// The register-specific text on data subjects' rights.
    #[serde(default, skip_serializing_if = "RightsInfo::is_empty")]
    pub rights: RightsInfo,
    /// The notice is maintained only for anonymised data (nothing here is personal data).
    #[serde(default, skip_serializing_if = "is_false")]
    pub anonymous: bool,
}

/// Which article governs the information duty: Art. 13 when every source of personal data is
/// the data subject, Art. 14 when any is not (its extra items then apply too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum InformationArticle {
    /// Art. 13: collected from the data subject.
    #[serde(rename = "13")]
    Article13,
    /// Art. 14: not (only) collected from the data subject.
    #[serde(rename = "14")]
    Article14,
}

impl InformationArticle {
    /// The citation, `Art. 13` or `Art. 14`.
    pub const fn article(self) -> &'static str {
        match self {
            Self::Article13 => "Art. 13",
            Self::Article14 => "Art. 14",
        }
    }
}

/// The longest retention period a rule may state: 200 years. Longer ones are typing errors
/// (`years = 9999`); data kept for good is `indefinite`.
pub const MAX_PERIOD_MONTHS: u32 = 200 * 12;

/// A register that breaks a rule of the model itself (not a gap in the notice: those are lint
/// findings). `path` uses the file's field names, e.g. `retention[1].id`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct ValidationError {
    /// Where, e.g. `purposes[0].subject_groups[1]`.
    pub path: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl Register {
    /// Starts building a register in Rust.
    pub fn builder(id: Id, name: LocalizedText, controller: Controller) -> RegisterBuilder {
        RegisterBuilder::new(id, name, controller)
    }

    /// Art. 13 or Art. 14, from the sources of the personal data (see [`InformationArticle`]
    /// and [`crate::model::SourceKind::is_article_14`]). With no source stated, Art. 14 is assumed: its
    /// items are a superset.
    pub fn information_article(&self) -> InformationArticle {
        let elsewhere =
            self.sources.is_empty() || self.sources.iter().any(|source| source.is_article_14());
        if elsewhere {
            InformationArticle::Article14
        } else {
            InformationArticle::Article13
        }
    }

    /// Every lawful basis any purpose names, without duplicates, in article order.
    pub fn lawful_bases(&self) -> Vec<LawfulBasis> {
        let mut bases: Vec<LawfulBasis> = self
            .purposes
            .iter()
            .flat_map(|purpose| purpose.lawful_bases.iter().copied())
            .collect();
        bases.sort();
        bases.dedup();
        bases
    }

    /// The retention rule with this id.
    pub fn retention_rule(&self, id: &str) -> Option<&RetentionRule> {
        self.retention.iter().find(|rule| rule.id.as_str() == id)
    }

    /// The data subject group with this id.
    pub fn subject_group(&self, id: &str) -> Option<&SubjectGroup> {
        self.subject_groups
            .iter()
            .find(|group| group.id.as_str() == id)
    }

    /// Checks the rules of the model that serde cannot: unique ids, references to groups
    /// that exist, a non-empty language list, periods longer than zero, transfers consistent
    /// with `outside_eea`.
    ///
    /// # Errors
    /// Every violation found, each with its path.
    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut errors = Errors(Vec::new());
        self.check_languages_and_dates(&mut errors);
        self.check_unique_ids(&mut errors);
        self.check_group_references(&mut errors);
        self.check_retention(&mut errors);
        self.check_categories_and_transfers(&mut errors);
        if errors.0.is_empty() {
            Ok(())
        } else {
            Err(errors.0)
        }
    }

    fn check_languages_and_dates(&self, errors: &mut Errors) {
        if self.languages.is_empty() {
            errors.add(
                "languages".into(),
                "declare at least one language, e.g. languages = [\"fi\"]".into(),
            );
        }
        let mut seen_languages = HashSet::new();
        for (i, language) in self.languages.iter().enumerate() {
            if !seen_languages.insert(language) {
                errors.add(
                    format!("languages[{i}]"),
                    format!("`{language}` is listed twice"),
                );
            }
        }
        for (name, earlier) in [("drawn_up", self.drawn_up), ("published", self.published)] {
            if let (Some(earlier), Some(updated)) = (earlier, self.updated)
                && updated < earlier
            {
                errors.add(
                    "updated".into(),
                    format!("updated {updated} is before {name} {earlier}"),
                );
            }
        }
    }

    fn check_unique_ids(&self, errors: &mut Errors) {
        let mut check_unique = |kind: &str, ids: Vec<(String, &Id)>| {
            let mut seen = HashSet::new();
            for (path, id) in ids {
                if !seen.insert(id.as_str()) {
                    errors.add(
                        path,
                        format!("{kind} id `{id}` is used twice; ids must be unique"),
                    );
                }
            }
        };
        check_unique(
            "subject group",
            paths("subject_groups", self.subject_groups.iter().map(|g| &g.id)),
        );
        check_unique(
            "purpose",
            paths("purposes", self.purposes.iter().map(|p| &p.id)),
        );
        check_unique(
            "retention rule",
            paths("retention", self.retention.iter().map(|r| &r.id)),
        );
    }

    fn check_group_references(&self, errors: &mut Errors) {
        let groups: HashSet<&str> = self.subject_groups.iter().map(|g| g.id.as_str()).collect();
        let listed = |field: &'static str, i: usize, ids: &'_ [Id]| {
            ids.iter()
                .enumerate()
                .map(move |(j, g)| (format!("{field}[{i}].subject_groups[{j}]"), g.clone()))
                .collect::<Vec<_>>()
        };
        let references = self
            .purposes
            .iter()
            .enumerate()
            .flat_map(|(i, p)| listed("purposes", i, &p.subject_groups))
            .chain(
                self.sources
                    .iter()
                    .enumerate()
                    .flat_map(|(i, s)| listed("sources", i, &s.subject_groups)),
            )
            .chain(
                self.retention
                    .iter()
                    .enumerate()
                    .flat_map(|(i, r)| listed("retention", i, &r.subject_groups)),
            );
        for (path, group) in references {
            if !groups.contains(group.as_str()) {
                errors.add(
                    path,
                    format!(
                        "no subject group has the id `{group}`; add it under [[subject_groups]] or fix the id"
                    ),
                );
            }
        }
    }

    fn check_retention(&self, errors: &mut Errors) {
        for (i, rule) in self.retention.iter().enumerate() {
            match rule.policy.total_months() {
                Some(0) => errors.add(
                    format!("retention[{i}].policy"),
                    "a period needs `years` or `months` greater than zero; for \"until an event\" use kind = \"until\"".into(),
                ),
                Some(months) if months > MAX_PERIOD_MONTHS => errors.add(
                    format!("retention[{i}].policy"),
                    format!(
                        "a period of {} years and {} months is longer than {} years, which no retention rule needs; for data kept for good use kind = \"indefinite\"",
                        months / 12,
                        months % 12,
                        MAX_PERIOD_MONTHS / 12
                    ),
                ),
                _ => {}
            }
            if let RetentionPolicy::Until { trigger } = &rule.policy
                && *trigger == super::retention::Trigger::NotStated
            {
                errors.add(
                    format!("retention[{i}].policy.trigger"),
                    "\"until\" needs the event that ends retention".into(),
                );
            }
        }
    }

    fn check_categories_and_transfers(&self, errors: &mut Errors) {
        for (i, group) in self.subject_groups.iter().enumerate() {
            for (j, category) in group.categories.iter().enumerate() {
                if category.condition.is_some()
                    && !category.special.is_some_and(|s| s.is_article_9())
                {
                    errors.add(
                        format!("subject_groups[{i}].categories[{j}].condition"),
                        "an Art. 9(2) condition is given but `special` names no Art. 9(1) category"
                            .into(),
                    );
                }
            }
        }
        if let Some(transfers) = &self.transfers
            && !transfers.outside_eea
            && !transfers.transfers.is_empty()
        {
            errors.add(
                "transfers.outside_eea".into(),
                "transfers are listed but outside_eea = false; set it to true or remove the list"
                    .into(),
            );
        }
    }
}

/// `field[i].id` for each id, in order.
fn paths<'a>(field: &str, ids: impl Iterator<Item = &'a Id>) -> Vec<(String, &'a Id)> {
    ids.enumerate()
        .map(|(i, id)| (format!("{field}[{i}].id"), id))
        .collect()
}

/// The violations [`Register::validate`] collects, in the order it checks.
struct Errors(Vec<ValidationError>);

impl Errors {
    fn add(&mut self, path: String, message: String) {
        self.0.push(ValidationError { path, message });
    }
}

/// Builds a [`Register`] in Rust; [`RegisterBuilder::build`] validates it.
///
/// ```
/// use gdpr::{Controller, LawfulBasis, LocalizedText, Purpose, Register};
///
/// let register = Register::builder(
///     "newsletter".parse()?,
///     LocalizedText::en("Newsletter subscribers"),
///     Controller::new(LocalizedText::en("City of Example")).public_authority(),
/// )
/// .language(gdpr::Language::En)
/// .purpose(Purpose::new("newsletter".parse()?, LocalizedText::en("Sending the newsletter")).basis(LawfulBasis::Consent))
/// .build()
/// .expect("a valid register");
/// assert_eq!(register.lawful_bases(), vec![LawfulBasis::Consent]);
/// # Ok::<(), gdpr::text::ParseError>(())
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct RegisterBuilder {
    register: Register,
}

macro_rules! push_methods {
    ($($(#[$doc:meta])* $method:ident => $field:ident: $ty:ty;)*) => {
        $(
            $(#[$doc])*
            pub fn $method(mut self, value: $ty) -> Self {
                self.register.$field.push(value);
                self
            }
        )*
    };
}

macro_rules! set_methods {
    ($($(#[$doc:meta])* $method:ident => $field:ident: $ty:ty;)*) => {
        $(
            $(#[$doc])*
            pub fn $method(mut self, value: $ty) -> Self {
                self.register.$field = Some(value);
                self
            }
        )*
    };
}

impl RegisterBuilder {
    fn new(id: Id, name: LocalizedText, controller: Controller) -> Self {
        Self {
            register: Register {
                id,
                name,
                part_of: None,
                description: None,
                reference: None,
                languages: Vec::new(),
                drawn_up: None,
                published: None,
                updated: None,
                changes: Vec::new(),
                document_basis: Vec::new(),
                controller,
                publisher: None,
                purposes: Vec::new(),
                subject_groups: Vec::new(),
                sources: Vec::new(),
                disclosure_statement: None,
                recipients: Vec::new(),
                processors: Vec::new(),
                systems: Vec::new(),
                transfers: None,
                retention: Vec::new(),
                security: None,
                confidentiality: Vec::new(),
                provision: None,
                automated_decisions: None,
                cookies: None,
                rights: RightsInfo::default(),
                anonymous: false,
            },
        }
    }

    push_methods! {
        /// Declares a language of the notice.
        language => languages: Language;
        /// Adds an entry to the notice's version history.
        change => changes: Change;
        /// Adds a statute the notice document cites as its basis.
        document_basis => document_basis: StatuteRef;
        /// Adds a purpose.
        purpose => purposes: Purpose;
        /// Adds a data subject group.
        subject_group => subject_groups: SubjectGroup;
        /// Adds a source.
        source => sources: Source;
        /// Adds a recipient.
        recipient => recipients: Recipient;
        /// Adds a processor.
        processor => processors: Processor;
        /// Adds an information system.
        system => systems: InformationSystem;
        /// Adds a retention rule.
        retention => retention: RetentionRule;
        /// Adds a duty of confidentiality.
        confidentiality => confidentiality: Confidentiality;
    }

    set_methods! {
        /// Sets the publisher of the notice.
        publisher => publisher: super::contact::Party;
        /// Sets the larger register this one is part of.
        part_of => part_of: LocalizedText;
        /// Sets the introduction.
        description => description: LocalizedText;
        /// Sets the reference number.
        reference => reference: Label;
        /// Sets the date the notice was drawn up.
        drawn_up => drawn_up: NaiveDate;
        /// Sets the publication date.
        published => published: NaiveDate;
        /// Sets the update date.
        updated => updated: NaiveDate;
        /// Sets the general statement on disclosures.
        disclosure_statement => disclosure_statement: LocalizedText;
        /// Sets what the notice says about transfers outside the EU/EEA.
        transfers => transfers: Transfers;
        /// Sets the security measures.
        security => security: Security;
        /// Sets the Art. 13(2)(e) information.
        provision => provision: ProvisionRequirement;
        /// Sets the Art. 22 information.
        automated_decisions => automated_decisions: AutomatedDecisions;
        /// Sets what the notice says about cookies.
        cookies => cookies: LocalizedText;
    }

    /// Sets the register-specific rights text.
    pub fn rights(mut self, rights: RightsInfo) -> Self {
        self.register.rights = rights;
        self
    }

    /// Validates and returns the register.
    ///
    /// # Errors
    /// [`Register::validate`] fails.
    pub fn build(self) -> Result<Register, Vec<ValidationError>> {
        self.register.validate()?;
        Ok(self.register)
    }
}
