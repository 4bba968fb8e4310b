//! What changed between two versions of a register, and which changes the data subjects must
//! be told of ([`diff`]).

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::document::ChangeInfo;
use super::ropa::{retention_summary, text, trigger_phrase};
use super::statute_text::statute_citation;
use crate::legal::{
    Article9Condition, Citation, InformationExemption, SpecialCategory, StatuteRef,
    TransferSafeguard,
};
use crate::model::{
    DisposalAction, Processor, Purpose, Recipient, Register, RetentionPolicy, RetentionRule,
    Source, SourceKind, Transfer,
};
use crate::text::{Language, LocalizedText};

/// The kind of a difference between two versions of a register: a substantive change the data
/// subjects must be told of (Art. 13(3), 14(4); WP260 rev.01, section "Changes to Article 13 and
/// Article 14 information"), or wording only.
///
/// Each kind has a stable kebab-case code ([`DifferenceKind::code`]), the one JSON output uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum DifferenceKind {
    /// `purpose-added`: a purpose with a new `id`. Art. 13(3), 14(4): the data subjects must be
    /// informed before the processing for it starts.
    PurposeAdded,
    /// `purpose-removed`: a purpose the new version no longer has (Art. 13(1)(c), 14(1)(c)).
    PurposeRemoved,
    /// `lawful-basis-changed`: an Art. 6(1) basis of a purpose added or removed, its Art. 9(2)
    /// conditions changed, the statutes it names as the basis laid down by law (Art. 6(3)), the
    /// legitimate interests it rests on, or whether it is direct marketing (Art. 21(2)–(4))
    /// (Art. 13(1)(c), 14(1)(c)).
    LawfulBasisChanged,
    /// `special-category-added`: a group of data subjects now has data of an Art. 9(1) special
    /// category, or Art. 10 data on criminal convictions and offences, that it did not have.
    SpecialCategoryAdded,
    /// `data-category-added`: a new category of personal data (Art. 14(1)(d), 30(1)(c)).
    DataCategoryAdded,
    /// `source-added`: a new source of the data (Art. 14(2)(f): from which source the personal
    /// data originate, and if applicable, whether from publicly accessible sources).
    SourceAdded,
    /// `source-changed`: who provides the data of a source (its `kind`), whether it is
    /// publicly accessible, or the Art. 14(5) exemption claimed for it changed (Art. 14(2)(f),
    /// 14(5)). A change of kind can move the data between Art. 13 and Art. 14.
    SourceChanged,
    /// `recipient-added`: a new recipient or category of recipients, or a new processor: a
    /// processor is a recipient too (Art. 4(9), 13(1)(e), 14(1)(e)).
    RecipientAdded,
    /// `recipient-changed`: the legal ground of a disclosure to a recipient, the statutes it
    /// rests on, or whether it needs the data subject's consent changed (Art. 13(1)(e),
    /// 14(1)(e)). A recipient removed is wording only.
    RecipientChanged,
    /// `transfer-added`: a new transfer to a third country or an international organisation
    /// (Art. 13(1)(f), 14(1)(f), 44–49).
    TransferAdded,
    /// `transfer-changed`: a transfer to the same destination now relies on another
    /// safeguard, goes to another recipient, or says otherwise where a copy of the safeguards
    /// is available (Art. 13(1)(f), 14(1)(f)).
    TransferChanged,
    /// `outside-eea-changed`: the statement whether data is transferred outside the EU/EEA
    /// flipped (Art. 13(1)(f), 14(1)(f)).
    OutsideEeaChanged,
    /// `retention-changed`: a retention rule's period or criteria changed, or what happens when
    /// it ends, or a rule was added or removed (Art. 13(2)(a), 14(2)(a)).
    RetentionChanged,
    /// `controller-contact-changed`: the controller's name, business ID or contact details, or
    /// those of its contact person, the person responsible for the register or its
    /// representative (Art. 27), changed; or a joint controller was added, removed or changed
    /// (Art. 13(1)(a), 14(1)(a), 26(2)).
    ControllerContactChanged,
    /// `dpo-contact-changed`: the data protection officer's contact details changed
    /// (Art. 13(1)(b), 14(1)(b)).
    DpoContactChanged,
    /// `rights-exercise-changed`: how data subjects make their requests changed: the
    /// instructions, or whether requests must be written or identity always proven
    /// (Art. 12(2), 13(2)(b), 14(2)(c); WP260 rev.01, section "Changes to Article 13 and
    /// Article 14 information", names a change "as to how data subjects can exercise their
    /// rights" among those always to be communicated).
    RightsExerciseChanged,
    /// `wording`: any other difference (a text reworded, a date, a reference number). The
    /// notice must still be accurate (Art. 12(1)), but the change need not be announced.
    Wording,
}

impl DifferenceKind {
    /// The stable code, e.g. `lawful-basis-changed`.
    pub const fn code(self) -> &'static str {
        match self {
            Self::PurposeAdded => "purpose-added",
            Self::PurposeRemoved => "purpose-removed",
            Self::LawfulBasisChanged => "lawful-basis-changed",
            Self::SpecialCategoryAdded => "special-category-added",
            Self::DataCategoryAdded => "data-category-added",
            Self::SourceAdded => "source-added",
            Self::SourceChanged => "source-changed",
            Self::RecipientAdded => "recipient-added",
            Self::RecipientChanged => "recipient-changed",
            Self::TransferAdded => "transfer-added",
            Self::TransferChanged => "transfer-changed",
            Self::OutsideEeaChanged => "outside-eea-changed",
            Self::RetentionChanged => "retention-changed",
            Self::ControllerContactChanged => "controller-contact-changed",
            Self::DpoContactChanged => "dpo-contact-changed",
            Self::RightsExerciseChanged => "rights-exercise-changed",
            Self::Wording => "wording",
        }
    }

    /// Whether the data subjects must be told of a difference of this kind.
    pub const fn is_substantive(self) -> bool {
        !matches!(self, Self::Wording)
    }
}

impl fmt::Display for DifferenceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One difference between two versions of a register.
///
/// `old` and `new` summarise the values (long texts are shortened); they and `description`
/// may hold contact details, so `Debug` shows only the kind and the path.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Difference {
    /// What kind of difference it is; `code` in JSON.
    #[serde(rename = "code")]
    pub kind: DifferenceKind,
    /// Where, with the file's field names: the path in the new version, or in the old one for
    /// what was removed, e.g. `purposes[1].lawful_bases`.
    pub path: String,
    /// The old value, summarised; `None` when it was not stated.
    pub old: Option<String>,
    /// The new value, summarised; `None` when it is no longer stated.
    pub new: Option<String>,
    /// The change as a sentence in the language asked for.
    pub description: String,
}

impl fmt::Debug for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Difference")
            .field("kind", &self.kind)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// The differences between two versions of a register ([`diff`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RegisterDiff {
    /// The changes the data subjects must be told of.
    pub substantive: Vec<Difference>,
    /// Every other difference, with its path; the version history itself is left out.
    pub wording: Vec<Difference>,
    /// The `[[changes]]` entries of the new version that the old one does not have.
    pub history_added: Vec<ChangeInfo>,
}

impl RegisterDiff {
    /// Whether any change must be told to the data subjects.
    pub fn has_substantive(&self) -> bool {
        !self.substantive.is_empty()
    }

    /// Whether the two versions state the same things, version history included.
    pub fn is_empty(&self) -> bool {
        self.substantive.is_empty() && self.wording.is_empty() && self.history_added.is_empty()
    }

    /// Whether there are substantive changes and the new version adds no `[[changes]]` entry
    /// to describe them.
    pub fn needs_history_entry(&self) -> bool {
        self.has_substantive() && self.history_added.is_empty()
    }
}

/// Compares two versions of a register and describes each difference in `language` (a text
/// the register lacks in that language is taken from another it is written in).
///
/// Only Art. 13(3) and 14(4) make telling of a change a legal duty before it takes effect: the
/// data subjects must be informed of a new purpose before the processing for it starts. The
/// Article 29 Working Party's transparency guidelines (WP260 rev.01, endorsed by the EDPB, in
/// their section "Changes to Article 13 and Article 14 information") ask that other substantive
/// or material changes be told in good time too, on the basis of the principles of fairness,
/// transparency and accountability (Art. 5(1)(a), 5(2), 12(1)). The guidelines give changes
/// that are always to be communicated: of a purpose, of the controller's identity, and of how
/// data subjects can exercise their rights. This function sorts the differences between two
/// versions of a register into those substantive changes ([`DifferenceKind`], each with the
/// article that makes it one) and everything else (wording, dates, reference numbers), and
/// lists the `[[changes]]` entries the new version adds to its version history.
///
/// ```
/// use gdpr::notice::{diff, DifferenceKind};
/// use gdpr::Language;
///
/// let old_text = std::fs::read_to_string("examples/registers/keha-alpo.toml")?;
/// let new_text = old_text.replace(
///     "policy = { kind = \"period\", months = 12, trigger = \"last-activity\" }",
///     "policy = { kind = \"period\", months = 24, trigger = \"last-activity\" }",
/// );
/// let old = gdpr::files::from_toml_str(&old_text, "old.toml")?;
/// let new = gdpr::files::from_toml_str(&new_text, "new.toml")?;
///
/// let changes = diff(&old, &new, Language::En);
/// assert_eq!(changes.substantive.len(), 1);
/// let change = &changes.substantive[0];
/// assert_eq!(change.kind, DifferenceKind::RetentionChanged);
/// assert_eq!(change.path, "retention[0].policy");
/// assert_eq!(
///     change.description,
///     "The retention period has changed (“Neuvontapisteiden ALPO-rekisterin käyttäjien tiedot”): \
///      previously 12 months käyttäjän viimeisimmästä kirjautumisesta, \
///      now 24 months käyttäjän viimeisimmästä kirjautumisesta"
/// );
/// assert!(changes.wording.is_empty());
/// assert!(changes.needs_history_entry(), "no [[changes]] entry describes it");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Purposes, subject groups and retention rules are matched by their `id`. Sources, recipients,
/// data categories and transfers carry no id and are matched by their text (or destination):
/// one that is reworded in every language it is written in shows as added, since a false alarm
/// costs a look and a missed new recipient costs the data subjects their information.
pub fn diff(old: &Register, new: &Register, language: Language) -> RegisterDiff {
    let mut differ = Differ {
        old,
        new,
        l: language,
        found: Vec::new(),
        covered: Vec::new(),
    };
    differ.controller();
    differ.purposes();
    differ.data_categories();
    differ.sources();
    differ.recipients();
    differ.transfers();
    differ.retention();
    differ.rights_exercise();
    let substantive = std::mem::take(&mut differ.found);
    let old_value = serde_json::to_value(old).unwrap_or(Value::Null);
    let new_value = serde_json::to_value(new).unwrap_or(Value::Null);
    differ.walk("", "", Some(&old_value), Some(&new_value));
    let wording = std::mem::take(&mut differ.found);
    let history_added = new
        .changes
        .iter()
        .filter(|change| !old.changes.contains(change))
        .map(|change| ChangeInfo {
            date: change.date,
            description: text(&change.description, language),
        })
        .collect();
    RegisterDiff {
        substantive,
        wording,
        history_added,
    }
}

/// Which version a path is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Old,
    New,
}

/// Whose details a contact change concerns.
#[derive(Debug, Clone, Copy)]
enum Who {
    Controller,
    ContactPerson,
    ResponsiblePerson,
    Representative,
    Dpo,
}

impl Who {
    /// The sentence's opening: whose details changed.
    fn intro(self, l: Language) -> &'static str {
        match self {
            Who::Controller => l.pick(
                "Rekisterinpitäjän tiedot ovat muuttuneet",
                "Uppgifterna om den personuppgiftsansvarige har ändrats",
                "The controller's details have changed",
            ),
            Who::ContactPerson => l.pick(
                "Rekisterin yhteyshenkilön tiedot ovat muuttuneet",
                "Uppgifterna om registrets kontaktperson har ändrats",
                "The details of the register's contact person have changed",
            ),
            Who::ResponsiblePerson => l.pick(
                "Rekisterin vastuuhenkilön tiedot ovat muuttuneet",
                "Uppgifterna om registrets ansvarsperson har ändrats",
                "The details of the person responsible for the register have changed",
            ),
            Who::Representative => l.pick(
                "Rekisterinpitäjän edustajan tiedot ovat muuttuneet",
                "Uppgifterna om den personuppgiftsansvariges företrädare har ändrats",
                "The details of the controller's representative have changed",
            ),
            Who::Dpo => l.pick(
                "Tietosuojavastaavan tiedot ovat muuttuneet",
                "Uppgifterna om dataskyddsombudet har ändrats",
                "The data protection officer's details have changed",
            ),
        }
    }
}

struct Differ<'a> {
    old: &'a Register,
    new: &'a Register,
    l: Language,
    found: Vec<Difference>,
    /// Paths a substantive change already reports, so that the wording pass does not repeat
    /// them.
    covered: Vec<(Side, String)>,
}

/// The longest value shown in a sentence or a summary, in characters.
const SHOWN_CHARS: usize = 100;

impl Differ<'_> {
    fn add(
        &mut self,
        kind: DifferenceKind,
        side: Side,
        path: String,
        old: Option<String>,
        new: Option<String>,
        description: String,
    ) {
        // A path outside lists names the same field in both versions.
        if !path.contains('[') {
            self.covered.push((Side::Old, path.clone()));
            self.covered.push((Side::New, path.clone()));
        } else {
            self.covered.push((side, path.clone()));
        }
        self.found.push(Difference {
            kind,
            path,
            old,
            new,
            description,
        });
    }

    fn cover(&mut self, side: Side, path: String) {
        self.covered.push((side, path));
    }

    fn is_covered(&self, side: Side, path: &str) -> bool {
        self.covered.iter().any(|(covered_side, covered)| {
            *covered_side == side
                && path.strip_prefix(covered.as_str()).is_some_and(|rest| {
                    rest.is_empty() || rest.starts_with('.') || rest.starts_with('[')
                })
        })
    }

    /// Whether a substantive change covers something inside `path` (not `path` itself).
    fn is_covered_under(&self, side: Side, path: &str) -> bool {
        self.covered.iter().any(|(covered_side, covered)| {
            *covered_side == side
                && covered
                    .strip_prefix(path)
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
        })
    }

    fn say(&self, fi: String, sv: String, en: String) -> String {
        self.l.pick_owned(fi, sv, en)
    }

    fn quote(&self, value: &str) -> String {
        quote(self.l, value)
    }

    fn shown(&self, localized: &LocalizedText) -> String {
        shorten(&text(localized, self.l))
    }

    // --- Art. 13(1)(a)-(b): the controller and the DPO ---

    fn controller(&mut self) {
        let old = serde_json::to_value(&self.old.controller).unwrap_or(Value::Null);
        let new = serde_json::to_value(&self.new.controller).unwrap_or(Value::Null);
        let l = self.l;
        self.fields(
            DifferenceKind::ControllerContactChanged,
            Who::Controller.intro(l),
            "controller",
            old.get("name").map(|_| &old),
            new.get("name").map(|_| &new),
            Some(&["name", "business_id", "contact"]),
        );
        for (key, who, kind) in [
            (
                "contact_person",
                Who::ContactPerson,
                DifferenceKind::ControllerContactChanged,
            ),
            (
                "responsible_person",
                Who::ResponsiblePerson,
                DifferenceKind::ControllerContactChanged,
            ),
            (
                "representative",
                Who::Representative,
                DifferenceKind::ControllerContactChanged,
            ),
            ("dpo", Who::Dpo, DifferenceKind::DpoContactChanged),
        ] {
            self.fields(
                kind,
                who.intro(l),
                &format!("controller.{key}"),
                old.get(key),
                new.get(key),
                None,
            );
        }
        self.joint_controllers();
    }

    /// Joint controllers added, removed or changed (Art. 26(2)), matched by name.
    fn joint_controllers(&mut self) {
        let (old, new) = (
            &self.old.controller.joint_controllers,
            &self.new.controller.joint_controllers,
        );
        for (i, joint) in new.iter().enumerate() {
            let shown = self.shown(&joint.name);
            let quoted = self.quote(&shown);
            let path = format!("controller.joint_controllers[{i}]");
            let Some(j) = old.iter().position(|b| same_text(&b.name, &joint.name)) else {
                let description = self.say(
                    format!("Uusi yhteisrekisterinpitäjä: {quoted}"),
                    format!("Ny gemensamt personuppgiftsansvarig: {quoted}"),
                    format!("New joint controller: {quoted}"),
                );
                self.add(
                    DifferenceKind::ControllerContactChanged,
                    Side::New,
                    path,
                    None,
                    Some(shown),
                    description,
                );
                continue;
            };
            let intro = self.say(
                format!("Yhteisrekisterinpitäjän {quoted} tiedot ovat muuttuneet"),
                format!(
                    "Uppgifterna om den gemensamt personuppgiftsansvarige {quoted} har ändrats"
                ),
                format!("The details of the joint controller {quoted} have changed"),
            );
            let before = serde_json::to_value(&old[j]).unwrap_or(Value::Null);
            let after = serde_json::to_value(joint).unwrap_or(Value::Null);
            if before != after {
                self.cover(Side::Old, format!("controller.joint_controllers[{j}]"));
            }
            self.fields(
                DifferenceKind::ControllerContactChanged,
                &intro,
                &path,
                Some(&before),
                Some(&after),
                None,
            );
        }
        for (j, joint) in old.iter().enumerate() {
            if new.iter().any(|n| same_text(&n.name, &joint.name)) {
                continue;
            }
            let shown = self.shown(&joint.name);
            let quoted = self.quote(&shown);
            let description = self.say(
                format!("Yhteisrekisterinpitäjä on poistettu: {quoted}"),
                format!("Den gemensamt personuppgiftsansvarige har strukits: {quoted}"),
                format!("Joint controller removed: {quoted}"),
            );
            self.add(
                DifferenceKind::ControllerContactChanged,
                Side::Old,
                format!("controller.joint_controllers[{j}]"),
                Some(shown),
                None,
                description,
            );
        }
    }

    /// Reports each field of a party or a contact that differs, one difference per field.
    fn fields(
        &mut self,
        kind: DifferenceKind,
        intro: &str,
        path: &str,
        old: Option<&Value>,
        new: Option<&Value>,
        only: Option<&[&str]>,
    ) {
        if old == new {
            return;
        }
        for key in keys(old, new) {
            // Whether the file captured an e-mail address is about the file, not the notice.
            if key == "email_not_captured" || only.is_some_and(|only| !only.contains(&key)) {
                continue;
            }
            let old_field = old.and_then(|v| v.get(key));
            let new_field = new.and_then(|v| v.get(key));
            let field_path = format!("{path}.{key}");
            if key == "contact" {
                self.fields(kind, intro, &field_path, old_field, new_field, None);
            } else if old_field != new_field {
                let (old_shown, new_shown) = show_pair(old_field, new_field, self.l);
                let l = self.l;
                let description = format!(
                    "{intro}: {} {} → {}",
                    field_label(key, l),
                    self.quoted_or_not_stated(old_shown.as_deref()),
                    self.quoted_or_not_stated(new_shown.as_deref()),
                );
                self.add(
                    kind,
                    Side::New,
                    field_path,
                    old_shown,
                    new_shown,
                    description,
                );
            }
        }
    }

    fn quoted_or_not_stated(&self, value: Option<&str>) -> String {
        match value {
            Some(value) => self.quote(value),
            None => not_stated(self.l).to_owned(),
        }
    }

    // --- Art. 13(1)(c), 13(3): purposes and their lawful bases ---

    fn purposes(&mut self) {
        let (old, new) = (self.old, self.new);
        for (i, purpose) in new.purposes.iter().enumerate() {
            let shown = self.shown(&purpose.description);
            let Some(j) = old.purposes.iter().position(|p| p.id == purpose.id) else {
                let quoted = self.quote(&shown);
                let description = self.say(
                    format!("Uusi käsittelyn tarkoitus: {quoted}"),
                    format!("Nytt ändamål med behandlingen: {quoted}"),
                    format!("New purpose of processing: {quoted}"),
                );
                self.add(
                    DifferenceKind::PurposeAdded,
                    Side::New,
                    format!("purposes[{i}]"),
                    None,
                    Some(shown),
                    description,
                );
                continue;
            };
            let before = &old.purposes[j];
            let quoted = self.quote(&shown);
            if let Some((old_codes, new_codes, change)) =
                self.set_change(&before.lawful_bases, &purpose.lawful_bases, |basis, l| {
                    cited(basis.title(l), basis.article(), l)
                })
            {
                let description = self.say(
                    format!("Käsittelytarkoituksen {quoted} oikeusperuste on muuttunut: {change}"),
                    format!("Den rättsliga grunden för ändamålet {quoted} har ändrats: {change}"),
                    format!("The lawful basis of the purpose {quoted} has changed: {change}"),
                );
                self.cover(Side::Old, format!("purposes[{j}].lawful_bases"));
                self.add(
                    DifferenceKind::LawfulBasisChanged,
                    Side::New,
                    format!("purposes[{i}].lawful_bases"),
                    old_codes,
                    new_codes,
                    description,
                );
            }
            if let Some((old_codes, new_codes, change)) = self.set_change(
                &before.special_conditions,
                &purpose.special_conditions,
                |condition: Article9Condition, l| cited(condition.title(l), condition.article(), l),
            ) {
                let description = self.say(
                    format!(
                        "Käsittelytarkoituksen {quoted} edellytys käsitellä erityisiin henkilötietoryhmiin kuuluvia tietoja on muuttunut: {change}"
                    ),
                    format!(
                        "Villkoret för behandling av särskilda kategorier av personuppgifter för ändamålet {quoted} har ändrats: {change}"
                    ),
                    format!(
                        "The condition for processing special categories of personal data for the purpose {quoted} has changed: {change}"
                    ),
                );
                self.cover(Side::Old, format!("purposes[{j}].special_conditions"));
                self.add(
                    DifferenceKind::LawfulBasisChanged,
                    Side::New,
                    format!("purposes[{i}].special_conditions"),
                    old_codes,
                    new_codes,
                    description,
                );
            }
            self.purpose_basis_details(before, purpose, j, i, &quoted);
        }
        for (j, purpose) in old.purposes.iter().enumerate() {
            if new.purposes.iter().any(|p| p.id == purpose.id) {
                continue;
            }
            let shown = self.shown(&purpose.description);
            let quoted = self.quote(&shown);
            let description = self.say(
                format!("Käsittelyn tarkoitus on poistettu: {quoted}"),
                format!("Ändamålet med behandlingen har strukits: {quoted}"),
                format!("Purpose of processing removed: {quoted}"),
            );
            self.add(
                DifferenceKind::PurposeRemoved,
                Side::Old,
                format!("purposes[{j}]"),
                Some(shown),
                None,
                description,
            );
        }
    }

    /// The statutes (Art. 6(3)), the legitimate interests (Art. 13(1)(d)) and the direct
    /// marketing (Art. 21(2)–(4)) of a purpose in both versions, old index `j`, new `i`.
    fn purpose_basis_details(
        &mut self,
        before: &Purpose,
        purpose: &Purpose,
        j: usize,
        i: usize,
        quoted: &str,
    ) {
        let l = self.l;
        if let Some((was, now, change)) = self.statutes_change(&before.statutes, &purpose.statutes)
        {
            let description = self.say(
                format!(
                    "Käsittelytarkoituksen {quoted} oikeusperusteena mainitut säädökset ovat muuttuneet: {change}"
                ),
                format!(
                    "De författningar som anges som rättslig grund för ändamålet {quoted} har ändrats: {change}"
                ),
                format!(
                    "The statutes given as the legal basis of the purpose {quoted} have changed: {change}"
                ),
            );
            self.cover(Side::Old, format!("purposes[{j}].statutes"));
            self.add(
                DifferenceKind::LawfulBasisChanged,
                Side::New,
                format!("purposes[{i}].statutes"),
                was,
                now,
                description,
            );
        }
        if before.legitimate_interests != purpose.legitimate_interests {
            let to_value = |text: &Option<LocalizedText>| {
                text.as_ref().and_then(|t| serde_json::to_value(t).ok())
            };
            let (was, now) = show_pair(
                to_value(&before.legitimate_interests).as_ref(),
                to_value(&purpose.legitimate_interests).as_ref(),
                l,
            );
            let change = format!(
                "{} → {}",
                self.quoted_or_not_stated(was.as_deref()),
                self.quoted_or_not_stated(now.as_deref())
            );
            let description = self.say(
                format!(
                    "Käsittelytarkoituksen {quoted} perusteena oleva oikeutettu etu on muuttunut: {change}"
                ),
                format!(
                    "Det berättigade intresse som ändamålet {quoted} grundar sig på har ändrats: {change}"
                ),
                format!(
                    "The legitimate interest on which the purpose {quoted} rests has changed: {change}"
                ),
            );
            self.cover(Side::Old, format!("purposes[{j}].legitimate_interests"));
            self.add(
                DifferenceKind::LawfulBasisChanged,
                Side::New,
                format!("purposes[{i}].legitimate_interests"),
                was,
                now,
                description,
            );
        }
        if before.direct_marketing != purpose.direct_marketing {
            let description = if purpose.direct_marketing {
                self.say(
                    format!("Tietoja käytetään nyt suoramarkkinointiin ({quoted})"),
                    format!("Uppgifterna används nu för direktmarknadsföring ({quoted})"),
                    format!("The data is now used for direct marketing ({quoted})"),
                )
            } else {
                self.say(
                    format!("Tietoja ei enää käytetä suoramarkkinointiin ({quoted})"),
                    format!("Uppgifterna används inte längre för direktmarknadsföring ({quoted})"),
                    format!("The data is no longer used for direct marketing ({quoted})"),
                )
            };
            self.cover(Side::Old, format!("purposes[{j}].direct_marketing"));
            self.add(
                DifferenceKind::LawfulBasisChanged,
                Side::New,
                format!("purposes[{i}].direct_marketing"),
                Some(before.direct_marketing.to_string()),
                Some(purpose.direct_marketing.to_string()),
                description,
            );
        }
    }

    /// What was added to and removed from a set of legal codes: the old and new codes, and
    /// "added …; removed …" in the language; `None` when the sets are equal.
    fn set_change<T: Copy + PartialEq + fmt::Display>(
        &self,
        old: &[T],
        new: &[T],
        title: impl Fn(T, Language) -> String,
    ) -> Option<(Option<String>, Option<String>, String)> {
        let added: Vec<String> = new
            .iter()
            .filter(|item| !old.contains(item))
            .map(|item| title(*item, self.l))
            .collect();
        let removed: Vec<String> = old
            .iter()
            .filter(|item| !new.contains(item))
            .map(|item| title(*item, self.l))
            .collect();
        let change = self.added_removed(&added, &removed)?;
        let codes = |items: &[T]| {
            (!items.is_empty()).then(|| {
                items
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        };
        Some((codes(old), codes(new), change))
    }

    /// "lisätty …; poistettu …" in the language; `None` when nothing was added or removed.
    fn added_removed(&self, added: &[String], removed: &[String]) -> Option<String> {
        if added.is_empty() && removed.is_empty() {
            return None;
        }
        let mut parts = Vec::new();
        if !added.is_empty() {
            let added = added.join(", ");
            parts.push(self.say(
                format!("lisätty {added}"),
                format!("{added} har tillkommit"),
                format!("added {added}"),
            ));
        }
        if !removed.is_empty() {
            let removed = removed.join(", ");
            parts.push(self.say(
                format!("poistettu {removed}"),
                format!("{removed} har utgått"),
                format!("removed {removed}"),
            ));
        }
        Some(parts.join("; "))
    }

    /// The statutes added to and removed from a list, as [`Differ::added_removed`] says it,
    /// with both lists summarised; `None` when the lists name the same statutes.
    fn statutes_change(
        &self,
        old: &[StatuteRef],
        new: &[StatuteRef],
    ) -> Option<(Option<String>, Option<String>, String)> {
        let l = self.l;
        let added: Vec<String> = new
            .iter()
            .filter(|s| !old.iter().any(|o| same_statute(o, s)))
            .map(|s| statute_phrase(s, l))
            .collect();
        let removed: Vec<String> = old
            .iter()
            .filter(|s| !new.iter().any(|n| same_statute(n, s)))
            .map(|s| statute_phrase(s, l))
            .collect();
        let change = self.added_removed(&added, &removed)?;
        let list = |statutes: &[StatuteRef]| {
            (!statutes.is_empty()).then(|| {
                shorten(
                    &statutes
                        .iter()
                        .map(|s| statute_phrase(s, l))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            })
        };
        Some((list(old), list(new), change))
    }

    // --- Art. 9, 10, 14(1)(d): data categories and special categories ---

    fn data_categories(&mut self) {
        let (old, new) = (self.old, self.new);
        for (i, group) in new.subject_groups.iter().enumerate() {
            let before = old.subject_groups.iter().find(|g| g.id == group.id);
            let group_name = self.quote(&self.shown(&group.name));
            for (j, category) in group.categories.iter().enumerate() {
                let known = before.is_some_and(|before| {
                    before
                        .categories
                        .iter()
                        .any(|c| same_text(&c.name, &category.name))
                });
                if known {
                    continue;
                }
                let shown = self.shown(&category.name);
                let quoted = self.quote(&shown);
                let description = self.say(
                    format!(
                        "Rekisteröityjen ryhmästä {group_name} käsitellään uutta henkilötietoryhmää: {quoted}"
                    ),
                    format!(
                        "Om gruppen {group_name} behandlas en ny kategori av personuppgifter: {quoted}"
                    ),
                    format!("New category of personal data about {group_name}: {quoted}"),
                );
                self.add(
                    DifferenceKind::DataCategoryAdded,
                    Side::New,
                    format!("subject_groups[{i}].categories[{j}]"),
                    None,
                    Some(shown),
                    description,
                );
            }
            let mut known: HashSet<SpecialCategory> = before
                .into_iter()
                .flat_map(|g| &g.categories)
                .flat_map(|c| c.specials().map(|(_, special, _)| special))
                .collect();
            for (j, category) in group.categories.iter().enumerate() {
                for (item, special, _) in category.specials() {
                    if !known.insert(special) {
                        continue;
                    }
                    let path = match item {
                        Some(k) => {
                            format!("subject_groups[{i}].categories[{j}].items[{k}].special")
                        }
                        None => format!("subject_groups[{i}].categories[{j}].special"),
                    };
                    let l = self.l;
                    let citation = Citation::parse(special.article())
                        .map_or_else(|| special.article().to_owned(), |c| c.text(l, true));
                    let title = special.title(l);
                    let description = if special.is_article_9() {
                        self.say(
                            format!(
                                "Rekisteröityjen ryhmästä {group_name} käsitellään nyt erityisiin henkilötietoryhmiin kuuluvia tietoja: {title} ({citation})"
                            ),
                            format!(
                                "Om gruppen {group_name} behandlas nu särskilda kategorier av personuppgifter: {title} ({citation})"
                            ),
                            format!(
                                "Special categories of personal data are now processed about {group_name}: {title} ({citation})"
                            ),
                        )
                    } else {
                        self.say(
                            format!(
                                "Rekisteröityjen ryhmästä {group_name} käsitellään nyt rikostuomioihin ja rikkomuksiin liittyviä henkilötietoja ({citation})"
                            ),
                            format!(
                                "Om gruppen {group_name} behandlas nu personuppgifter som rör fällande domar i brottmål och överträdelser ({citation})"
                            ),
                            format!(
                                "Personal data relating to criminal convictions and offences is now processed about {group_name} ({citation})"
                            ),
                        )
                    };
                    self.add(
                        DifferenceKind::SpecialCategoryAdded,
                        Side::New,
                        path,
                        None,
                        Some(special.to_string()),
                        description,
                    );
                }
            }
        }
    }

    // --- Art. 14(2)(f): sources ---

    fn sources(&mut self) {
        let (old, new) = (self.old, self.new);
        for (i, source) in new.sources.iter().enumerate() {
            let before = old
                .sources
                .iter()
                .position(|s| same_text(&s.description, &source.description));
            let mut added = Vec::new();
            match before {
                None => added.push((format!("sources[{i}]"), &source.description)),
                Some(j) => {
                    let before = &old.sources[j];
                    for (k, item) in source.items.iter().enumerate() {
                        match before
                            .items
                            .iter()
                            .position(|b| same_text(&b.text, &item.text))
                        {
                            None => {
                                added.push((format!("sources[{i}].items[{k}]"), &item.text));
                            }
                            // An item without a kind has its source's; a change of the
                            // source's kind is reported for the source.
                            Some(m)
                                if before.items[m].kind != item.kind
                                    && before.items[m].kind.unwrap_or(before.kind)
                                        != item.kind.unwrap_or(source.kind) =>
                            {
                                let l = self.l;
                                self.source_changed(
                                    &item.text,
                                    &format!("sources[{j}].items[{m}].kind"),
                                    format!("sources[{i}].items[{k}].kind"),
                                    "kind",
                                    Some(kind_phrase(
                                        before.items[m].kind.unwrap_or(before.kind),
                                        l,
                                    )),
                                    Some(kind_phrase(item.kind.unwrap_or(source.kind), l)),
                                );
                            }
                            Some(_) => {}
                        }
                    }
                    self.source_details(before, source, j, i);
                }
            }
            for (path, name) in added {
                let shown = self.shown(name);
                let quoted = self.quote(&shown);
                let description = self.say(
                    format!("Uusi henkilötietojen lähde: {quoted}"),
                    format!("Ny källa för personuppgifterna: {quoted}"),
                    format!("New source of personal data: {quoted}"),
                );
                self.add(
                    DifferenceKind::SourceAdded,
                    Side::New,
                    path,
                    None,
                    Some(shown),
                    description,
                );
            }
        }
    }

    /// Who provides the data of a source, whether it is publicly accessible and the
    /// Art. 14(5) exemption claimed for it, in both versions (old index `j`, new `i`).
    fn source_details(&mut self, before: &Source, source: &Source, j: usize, i: usize) {
        let l = self.l;
        if before.kind != source.kind {
            self.source_changed(
                &source.description,
                &format!("sources[{j}].kind"),
                format!("sources[{i}].kind"),
                "kind",
                Some(kind_phrase(before.kind, l)),
                Some(kind_phrase(source.kind, l)),
            );
        }
        if before.publicly_accessible != source.publicly_accessible {
            let yes_no = |value: bool| {
                if value {
                    l.pick("kyllä", "ja", "yes")
                } else {
                    l.pick("ei", "nej", "no")
                }
                .to_owned()
            };
            self.source_changed(
                &source.description,
                &format!("sources[{j}].publicly_accessible"),
                format!("sources[{i}].publicly_accessible"),
                "publicly_accessible",
                before.publicly_accessible.map(yes_no),
                source.publicly_accessible.map(yes_no),
            );
        }
        if before.exemption != source.exemption {
            let exemption = |e: InformationExemption| cited(e.title(l), e.article(), l);
            self.source_changed(
                &source.description,
                &format!("sources[{j}].exemption"),
                format!("sources[{i}].exemption"),
                "exemption",
                before.exemption.map(exemption),
                source.exemption.map(exemption),
            );
        }
    }

    /// A `source-changed` difference: a field of the source (or source item) `name` changed.
    fn source_changed(
        &mut self,
        name: &LocalizedText,
        old_path: &str,
        path: String,
        field: &str,
        was: Option<String>,
        now: Option<String>,
    ) {
        let quoted = self.quote(&self.shown(name));
        let intro = self.say(
            format!("Henkilötietojen lähteen {quoted} tiedot ovat muuttuneet"),
            format!("Uppgifterna om källan {quoted} har ändrats"),
            format!("The details of the source {quoted} have changed"),
        );
        let label = detail_label(field, self.l);
        self.detail_changed(
            DifferenceKind::SourceChanged,
            &intro,
            label,
            old_path,
            path,
            was,
            now,
        );
    }

    /// A difference "{intro}: {label} ”was” → ”now”" at `path`, covering `old_path` too.
    #[allow(clippy::too_many_arguments)]
    fn detail_changed(
        &mut self,
        kind: DifferenceKind,
        intro: &str,
        label: &str,
        old_path: &str,
        path: String,
        was: Option<String>,
        now: Option<String>,
    ) {
        let description = format!(
            "{intro}: {label} {} → {}",
            self.quoted_or_not_stated(was.as_deref()),
            self.quoted_or_not_stated(now.as_deref()),
        );
        self.cover(Side::Old, old_path.to_owned());
        self.add(kind, Side::New, path, was, now, description);
    }

    // --- Art. 13(1)(e)-(f): recipients and transfers ---

    fn recipients(&mut self) {
        let (old, new) = (self.old, self.new);
        for (i, recipient) in new.recipients.iter().enumerate() {
            let before = old
                .recipients
                .iter()
                .position(|r| same_text(&r.name, &recipient.name));
            let mut added = Vec::new();
            match before {
                None => added.push((format!("recipients[{i}]"), &recipient.name)),
                Some(j) => {
                    let before = &old.recipients[j];
                    for (k, item) in recipient.items.iter().enumerate() {
                        if !before.items.iter().any(|b| same_text(b, item)) {
                            added.push((format!("recipients[{i}].items[{k}]"), item));
                        }
                    }
                    self.recipient_details(before, recipient, j, i);
                }
            }
            for (path, name) in added {
                let shown = self.shown(name);
                let quoted = self.quote(&shown);
                let description = self.say(
                    format!("Uusi henkilötietojen vastaanottaja: {quoted}"),
                    format!("Ny mottagare av personuppgifterna: {quoted}"),
                    format!("New recipient of personal data: {quoted}"),
                );
                self.add(
                    DifferenceKind::RecipientAdded,
                    Side::New,
                    path,
                    None,
                    Some(shown),
                    description,
                );
            }
        }
        self.processors();
    }

    /// The legal ground, the statutes and the need for consent of a disclosure to a
    /// recipient, in both versions (old index `j`, new `i`).
    fn recipient_details(&mut self, before: &Recipient, recipient: &Recipient, j: usize, i: usize) {
        let l = self.l;
        let quoted = self.quote(&self.shown(&recipient.name));
        let intro = self.say(
            format!("Henkilötietojen vastaanottajan {quoted} tiedot ovat muuttuneet"),
            format!("Uppgifterna om mottagaren {quoted} har ändrats"),
            format!("The details of the recipient {quoted} have changed"),
        );
        if before.legal_ground != recipient.legal_ground {
            let to_value = |text: &Option<LocalizedText>| {
                text.as_ref().and_then(|t| serde_json::to_value(t).ok())
            };
            let (was, now) = show_pair(
                to_value(&before.legal_ground).as_ref(),
                to_value(&recipient.legal_ground).as_ref(),
                l,
            );
            self.detail_changed(
                DifferenceKind::RecipientChanged,
                &intro,
                detail_label("legal_ground", l),
                &format!("recipients[{j}].legal_ground"),
                format!("recipients[{i}].legal_ground"),
                was,
                now,
            );
        }
        if before.consent_required != recipient.consent_required {
            let change = if recipient.consent_required {
                self.say(
                    "tietoja luovutetaan nyt vain rekisteröidyn suostumuksella".into(),
                    "uppgifterna lämnas nu ut endast med den registrerades samtycke".into(),
                    "the data is now disclosed only with the data subject's consent".into(),
                )
            } else {
                self.say(
                    "tietoja luovutetaan nyt myös ilman rekisteröidyn suostumusta".into(),
                    "uppgifterna lämnas nu ut även utan den registrerades samtycke".into(),
                    "the data is now also disclosed without the data subject's consent".into(),
                )
            };
            self.cover(Side::Old, format!("recipients[{j}].consent_required"));
            self.add(
                DifferenceKind::RecipientChanged,
                Side::New,
                format!("recipients[{i}].consent_required"),
                Some(before.consent_required.to_string()),
                Some(recipient.consent_required.to_string()),
                format!("{intro}: {change}"),
            );
        }
        if let Some((was, now, change)) =
            self.statutes_change(&before.statutes, &recipient.statutes)
        {
            let label = detail_label("statutes", l);
            self.cover(Side::Old, format!("recipients[{j}].statutes"));
            self.add(
                DifferenceKind::RecipientChanged,
                Side::New,
                format!("recipients[{i}].statutes"),
                was,
                now,
                format!("{intro}: {label}: {change}"),
            );
        }
    }

    /// Processors are recipients too (Art. 4(9)): a new one is `recipient-added`.
    fn processors(&mut self) {
        let (old, new) = (self.old, self.new);
        for (i, processor) in new.processors.iter().enumerate() {
            let known = old.processors.iter().any(|b| same_processor(b, processor));
            if known {
                continue;
            }
            let shown = match (&processor.name, &processor.description) {
                (Some(name), _) => name.as_str().to_owned(),
                (None, Some(description)) => self.shown(description),
                (None, None) => continue,
            };
            let quoted = self.quote(&shown);
            let description = self.say(
                format!("Uusi henkilötietojen käsittelijä: {quoted}"),
                format!("Nytt personuppgiftsbiträde: {quoted}"),
                format!("New processor: {quoted}"),
            );
            self.add(
                DifferenceKind::RecipientAdded,
                Side::New,
                format!("processors[{i}]"),
                None,
                Some(shown),
                description,
            );
        }
    }

    fn transfers(&mut self) {
        let (old, new) = (self.old, self.new);
        let old_transfers = old.transfers.as_ref();
        if let Some(transfers) = &new.transfers {
            for (i, transfer) in transfers.transfers.iter().enumerate() {
                let before = old_transfers.and_then(|t| {
                    t.transfers
                        .iter()
                        .position(|b| b.destination == transfer.destination)
                        .map(|j| (j, &t.transfers[j]))
                });
                if let Some((j, before)) = before {
                    self.transfer_details(before, transfer, j, i);
                    continue;
                }
                let destination = transfer.destination.to_string();
                let description = self.say(
                    format!("Uusi siirto EU:n tai ETA:n ulkopuolelle: {destination}"),
                    format!("Ny överföring utanför EU/EES: {destination}"),
                    format!("New transfer outside the EU/EEA: {destination}"),
                );
                self.add(
                    DifferenceKind::TransferAdded,
                    Side::New,
                    format!("transfers.transfers[{i}]"),
                    None,
                    Some(destination),
                    description,
                );
            }
        }
        let before = old_transfers.map(|t| t.outside_eea);
        let after = new.transfers.as_ref().map(|t| t.outside_eea);
        let flipped = match (before, after) {
            (Some(before), Some(after)) => before != after,
            // Saying for the first time that data leaves the EEA is news; saying for the first
            // time that it does not is not.
            (None, Some(after)) => after,
            _ => false,
        };
        if let (true, Some(after)) = (flipped, after) {
            let description = if after {
                self.say(
                    "Selosteen mukaan tietoja siirretään nyt EU:n tai ETA:n ulkopuolelle".into(),
                    "Enligt beskrivningen överförs uppgifter nu till länder utanför EU/EES".into(),
                    "The notice now states that data is transferred outside the EU/EEA".into(),
                )
            } else {
                self.say(
                    "Selosteen mukaan tietoja ei enää siirretä EU:n tai ETA:n ulkopuolelle".into(),
                    "Enligt beskrivningen överförs uppgifter inte längre till länder utanför EU/EES".into(),
                    "The notice now states that data is no longer transferred outside the EU/EEA"
                        .into(),
                )
            };
            self.add(
                DifferenceKind::OutsideEeaChanged,
                Side::New,
                "transfers.outside_eea".into(),
                before.map(|b| b.to_string()),
                Some(after.to_string()),
                description,
            );
        }
    }

    /// The safeguard, the recipient and where a copy of the safeguards is available, of a
    /// transfer to the same destination in both versions (old index `j`, new `i`).
    fn transfer_details(&mut self, before: &Transfer, transfer: &Transfer, j: usize, i: usize) {
        let l = self.l;
        let destination = transfer.destination.as_str();
        let intro = self.say(
            format!("Siirron EU:n tai ETA:n ulkopuolelle ({destination}) tiedot ovat muuttuneet"),
            format!("Uppgifterna om överföringen utanför EU/EES ({destination}) har ändrats"),
            format!("The details of the transfer outside the EU/EEA ({destination}) have changed"),
        );
        let base = |index: usize, field: &str| format!("transfers.transfers[{index}].{field}");
        if before.safeguard != transfer.safeguard {
            let safeguard = |s: TransferSafeguard| cited(s.title(l), s.article(), l);
            self.detail_changed(
                DifferenceKind::TransferChanged,
                &intro,
                detail_label("safeguard", l),
                &base(j, "safeguard"),
                base(i, "safeguard"),
                before.safeguard.map(safeguard),
                transfer.safeguard.map(safeguard),
            );
        }
        for (field, was, now) in [
            ("recipient", &before.recipient, &transfer.recipient),
            (
                "safeguard_copy",
                &before.safeguard_copy,
                &transfer.safeguard_copy,
            ),
        ] {
            if was == now {
                continue;
            }
            let to_value = |text: &Option<LocalizedText>| {
                text.as_ref().and_then(|t| serde_json::to_value(t).ok())
            };
            let (was, now) = show_pair(to_value(was).as_ref(), to_value(now).as_ref(), l);
            self.detail_changed(
                DifferenceKind::TransferChanged,
                &intro,
                detail_label(field, l),
                &base(j, field),
                base(i, field),
                was,
                now,
            );
        }
    }

    // --- Art. 13(2)(a): retention ---

    fn retention(&mut self) {
        let (old, new) = (self.old, self.new);
        let l = self.l;
        for (i, rule) in new.retention.iter().enumerate() {
            let applies_to = self.quote(&self.shown(&rule.applies_to));
            let Some(j) = old.retention.iter().position(|r| r.id == rule.id) else {
                let policy = policy_phrase(rule, l);
                let description = self.say(
                    format!("Uusi säilytysaika ({applies_to}): {policy}"),
                    format!("Ny bevarandetid ({applies_to}): {policy}"),
                    format!("New retention period ({applies_to}): {policy}"),
                );
                self.add(
                    DifferenceKind::RetentionChanged,
                    Side::New,
                    format!("retention[{i}]"),
                    None,
                    Some(policy),
                    description,
                );
                continue;
            };
            let before = &old.retention[j];
            if before.policy != rule.policy {
                let (was, now) = (policy_phrase(before, l), policy_phrase(rule, l));
                let description = self.say(
                    format!("Säilytysaika on muuttunut ({applies_to}): aiemmin {was}, nyt {now}"),
                    format!("Bevarandetiden har ändrats ({applies_to}): tidigare {was}, nu {now}"),
                    format!(
                        "The retention period has changed ({applies_to}): previously {was}, now {now}"
                    ),
                );
                self.cover(Side::Old, format!("retention[{j}].policy"));
                self.add(
                    DifferenceKind::RetentionChanged,
                    Side::New,
                    format!("retention[{i}].policy"),
                    Some(was),
                    Some(now),
                    description,
                );
            }
            if before.action != rule.action {
                let was = action_phrase(before.action, l);
                let now = action_phrase(rule.action, l);
                let description = self.say(
                    format!(
                        "Toimenpide säilytysajan päätyttyä on muuttunut ({applies_to}): aiemmin {was}, nyt {now}"
                    ),
                    format!(
                        "Åtgärden när bevarandetiden har löpt ut har ändrats ({applies_to}): tidigare {was}, nu {now}"
                    ),
                    format!(
                        "What happens when the retention period ends has changed ({applies_to}): previously {was}, now {now}"
                    ),
                );
                self.cover(Side::Old, format!("retention[{j}].action"));
                self.add(
                    DifferenceKind::RetentionChanged,
                    Side::New,
                    format!("retention[{i}].action"),
                    Some(was),
                    Some(now),
                    description,
                );
            }
        }
        for (j, rule) in old.retention.iter().enumerate() {
            if new.retention.iter().any(|r| r.id == rule.id) {
                continue;
            }
            let applies_to = self.quote(&self.shown(&rule.applies_to));
            let policy = policy_phrase(rule, l);
            let description = self.say(
                format!("Säilytysaika on poistettu selosteesta ({applies_to})"),
                format!("Bevarandetiden har strukits ur beskrivningen ({applies_to})"),
                format!("Retention period removed from the notice ({applies_to})"),
            );
            self.add(
                DifferenceKind::RetentionChanged,
                Side::Old,
                format!("retention[{j}]"),
                Some(policy),
                None,
                description,
            );
        }
    }

    // --- Art. 12(2), 13(2)(b): how the rights are exercised ---

    fn rights_exercise(&mut self) {
        let (old, new) = (&self.old.rights, &self.new.rights);
        let l = self.l;
        if old.how_to_request != new.how_to_request {
            let to_value = |text: &Option<LocalizedText>| {
                text.as_ref().and_then(|t| serde_json::to_value(t).ok())
            };
            let (was, now) = show_pair(
                to_value(&old.how_to_request).as_ref(),
                to_value(&new.how_to_request).as_ref(),
                l,
            );
            let change = format!(
                "{} → {}",
                self.quoted_or_not_stated(was.as_deref()),
                self.quoted_or_not_stated(now.as_deref())
            );
            let description = self.say(
                format!("Ohjeet oikeuksien käyttämisestä ovat muuttuneet: {change}"),
                format!(
                    "Anvisningarna om hur de registrerade utövar sina rättigheter har ändrats: {change}"
                ),
                format!("The instructions on how to exercise the rights have changed: {change}"),
            );
            self.add(
                DifferenceKind::RightsExerciseChanged,
                Side::New,
                "rights.how_to_request".into(),
                was,
                now,
                description,
            );
        }
        let (old_procedure, new_procedure) = (
            old.procedure.unwrap_or_default(),
            new.procedure.unwrap_or_default(),
        );
        let demands = [
            (
                "written_only",
                old_procedure.written_only,
                new_procedure.written_only,
                [
                    "Pyynnöt on nyt tehtävä kirjallisesti",
                    "Begäranden ska nu göras skriftligen",
                    "Requests must now be made in writing",
                ],
                [
                    "Pyyntöjä ei enää tarvitse tehdä kirjallisesti",
                    "Begäranden behöver inte längre göras skriftligen",
                    "Requests no longer need to be made in writing",
                ],
            ),
            (
                "identity_proof_always",
                old_procedure.identity_proof_always,
                new_procedure.identity_proof_always,
                [
                    "Henkilöllisyys on nyt aina todistettava",
                    "Identiteten ska nu alltid styrkas",
                    "Proof of identity is now always required",
                ],
                [
                    "Henkilöllisyyttä ei enää tarvitse aina todistaa",
                    "Identiteten behöver inte längre alltid styrkas",
                    "Proof of identity is no longer always required",
                ],
            ),
        ];
        for (field, was, now, demanded, dropped) in demands {
            if was == now {
                continue;
            }
            let [fi, sv, en] = if now { demanded } else { dropped };
            self.add(
                DifferenceKind::RightsExerciseChanged,
                Side::New,
                format!("rights.procedure.{field}"),
                Some(was.to_string()),
                Some(now.to_string()),
                l.pick(fi, sv, en).to_owned(),
            );
        }
    }

    // --- Art. 12(1): everything else, field by field ---

    /// Reports every leaf that differs and that no substantive change covers. Arrays of
    /// items with an `id` are aligned by it; other arrays pair equal items first, then the rest
    /// in order, so that an inserted item shows as one addition.
    fn walk(&mut self, old_path: &str, new_path: &str, old: Option<&Value>, new: Option<&Value>) {
        if old == new
            || (new.is_some() && self.is_covered(Side::New, new_path))
            || (new.is_none() && self.is_covered(Side::Old, old_path))
        {
            return;
        }
        // An added or removed table or list is one difference, unless a substantive change
        // covers part of it: then it is walked item by item so that the rest still shows.
        let empty_object = Value::Object(serde_json::Map::new());
        let empty_array = Value::Array(Vec::new());
        let (old, new) = match (old, new) {
            (None, Some(value)) if self.is_covered_under(Side::New, new_path) => {
                (Some(empty_like(value, &empty_object, &empty_array)), new)
            }
            (Some(value), None) if self.is_covered_under(Side::Old, old_path) => {
                (old, Some(empty_like(value, &empty_object, &empty_array)))
            }
            _ => (old, new),
        };
        match (old, new) {
            (Some(Value::Object(o)), Some(Value::Object(n)))
                if !is_localized(old) || !is_localized(new) =>
            {
                let mut keys: Vec<&String> = n.keys().collect();
                keys.extend(o.keys().filter(|k| !n.contains_key(*k)));
                for key in keys {
                    // The version history is reported on its own.
                    if old_path.is_empty() && key == "changes" {
                        continue;
                    }
                    let child = |path: &str| {
                        if path.is_empty() {
                            key.clone()
                        } else {
                            format!("{path}.{key}")
                        }
                    };
                    self.walk(&child(old_path), &child(new_path), o.get(key), n.get(key));
                }
            }
            (Some(Value::Array(o)), Some(Value::Array(n))) => {
                for (i, j) in align(o, n) {
                    self.walk(
                        &i.map_or_else(String::new, |i| format!("{old_path}[{i}]")),
                        &j.map_or_else(String::new, |j| format!("{new_path}[{j}]")),
                        i.map(|i| &o[i]),
                        j.map(|j| &n[j]),
                    );
                }
            }
            _ => {
                let (old_shown, new_shown) = show_pair(old, new, self.l);
                let description = match (&old_shown, &new_shown) {
                    (Some(was), Some(now)) => {
                        let (was, now) = (self.quote(was), self.quote(now));
                        self.say(
                            format!("Muutettu: {was} → {now}"),
                            format!("Ändrat: {was} → {now}"),
                            format!("Changed: {was} → {now}"),
                        )
                    }
                    (None, Some(now)) => {
                        let now = self.quote(now);
                        self.say(
                            format!("Lisätty: {now}"),
                            format!("Tillagt: {now}"),
                            format!("Added: {now}"),
                        )
                    }
                    (Some(was), None) => {
                        let was = self.quote(was);
                        self.say(
                            format!("Poistettu: {was}"),
                            format!("Borttaget: {was}"),
                            format!("Removed: {was}"),
                        )
                    }
                    (None, None) => return,
                };
                let (side, path) = if new.is_some() {
                    (Side::New, new_path)
                } else {
                    (Side::Old, old_path)
                };
                self.add(
                    DifferenceKind::Wording,
                    side,
                    path.to_owned(),
                    old_shown,
                    new_shown,
                    description,
                );
            }
        }
    }
}

/// Pairs the items of two arrays: by `id` when every item has one, else equal items first and
/// the rest in order. New items come in their order, then the old ones left over.
fn align(old: &[Value], new: &[Value]) -> Vec<(Option<usize>, Option<usize>)> {
    let id = |value: &Value| value.get("id").and_then(Value::as_str).map(str::to_owned);
    let by_id = old.iter().chain(new).all(|value| id(value).is_some());
    let mut used = vec![false; old.len()];
    let mut pairs: Vec<(Option<usize>, Option<usize>)> = Vec::new();
    let mut unpaired_new = Vec::new();
    for (j, value) in new.iter().enumerate() {
        let found = old.iter().enumerate().position(|(i, candidate)| {
            !used[i]
                && if by_id {
                    id(candidate) == id(value)
                } else {
                    candidate == value
                }
        });
        match found {
            Some(i) => {
                used[i] = true;
                pairs.push((Some(i), Some(j)));
            }
            None => {
                unpaired_new.push(pairs.len());
                pairs.push((None, Some(j)));
            }
        }
    }
    if !by_id {
        let mut leftover_old: Vec<usize> = (0..old.len()).filter(|i| !used[*i]).collect();
        leftover_old.reverse();
        for at in unpaired_new {
            if let Some(i) = leftover_old.pop() {
                used[i] = true;
                pairs[at].0 = Some(i);
            }
        }
    }
    pairs.extend(
        (0..old.len())
            .filter(|i| !used[*i])
            .map(|i| (Some(i), None)),
    );
    pairs
}

/// An empty value of the same kind as `value` (an object or a list), else `value` itself:
/// what a missing table or list is compared as.
fn empty_like<'v>(value: &'v Value, object: &'v Value, array: &'v Value) -> &'v Value {
    match value {
        Value::Object(_) if !is_localized(Some(value)) => object,
        Value::Array(_) => array,
        _ => value,
    }
}

/// The keys of two JSON objects, the new one's first.
fn keys<'v>(old: Option<&'v Value>, new: Option<&'v Value>) -> Vec<&'v str> {
    let mut keys: Vec<&str> = Vec::new();
    for value in [new, old].into_iter().flatten() {
        if let Value::Object(map) = value {
            for key in map.keys() {
                if !keys.contains(&key.as_str()) {
                    keys.push(key);
                }
            }
        }
    }
    keys
}

/// Whether a JSON value is a localized text: an object of `fi`, `sv` and `en` strings.
fn is_localized(value: Option<&Value>) -> bool {
    match value {
        Some(Value::Object(map)) => {
            !map.is_empty()
                && map
                    .iter()
                    .all(|(k, v)| matches!(k.as_str(), "fi" | "sv" | "en") && v.is_string())
        }
        _ => false,
    }
}

/// Two values as text in `language`. Where two localized texts agree in that language but
/// differ in another, both are shown in the other, so that the difference is visible.
fn show_pair(
    old: Option<&Value>,
    new: Option<&Value>,
    language: Language,
) -> (Option<String>, Option<String>) {
    let mut shown_in = language;
    if is_localized(old) && is_localized(new) {
        fn variant(value: Option<&Value>, l: Language) -> Option<&Value> {
            value.and_then(|v| v.get(l.code()))
        }
        if variant(old, language) == variant(new, language)
            && let Some(differing) = Language::ALL
                .into_iter()
                .find(|l| variant(old, *l) != variant(new, *l))
        {
            shown_in = differing;
        }
    }
    let old = old.and_then(|v| show_full(v, shown_in));
    let new = new.and_then(|v| show_full(v, shown_in));
    match (old, new) {
        (Some(old), Some(new)) => {
            let (old, new) = focus(&old, &new);
            (Some(old), Some(new))
        }
        (old, new) => (old.map(|v| shorten(&v)), new.map(|v| shorten(&v))),
    }
}

/// Two long texts shortened so that where they differ shows: when their first
/// [`SHOWN_CHARS`] characters agree, both start a few words before the first difference.
fn focus(old: &str, new: &str) -> (String, String) {
    let (short_old, short_new) = (shorten(old), shorten(new));
    if short_old != short_new || old == new {
        return (short_old, short_new);
    }
    let common = old
        .char_indices()
        .zip(new.chars())
        .find(|((_, a), b)| a != b)
        .map_or(old.len().min(new.len()), |((at, _), _)| at);
    // Keep some words before the difference, starting at a word.
    let context_start = old[..common]
        .char_indices()
        .rev()
        .nth(40)
        .map_or(0, |(at, _)| at);
    let start = old[context_start..common]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(context_start, |(at, c)| context_start + at + c.len_utf8());
    (
        format!("…{}", shorten(&old[start..])),
        format!("…{}", shorten(&new[start..])),
    )
}

/// A JSON value as text in `language`: a localized text in that language (or another), an
/// object by its name or description, a list item by item.
fn show_full(value: &Value, language: Language) -> Option<String> {
    let shown = match value {
        Value::Null => return None,
        Value::String(s) => s.clone(),
        Value::Bool(_) | Value::Number(_) => value.to_string(),
        Value::Array(items) => items
            .iter()
            .filter_map(|item| show_full(item, language))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(map) if is_localized(Some(value)) => std::iter::once(language)
            .chain(Language::ALL)
            .find_map(|l| map.get(l.code()).and_then(Value::as_str))
            .unwrap_or_default()
            .to_owned(),
        Value::Object(map) => {
            let named = [
                "name",
                "title",
                "heading",
                "description",
                "applies_to",
                "destination",
                "text",
                "number",
            ]
            .into_iter()
            .find_map(|key| map.get(key).and_then(|v| show_full(v, language)));
            match named {
                Some(named) => named,
                None if is_localized_item(map) => {
                    let texts: serde_json::Map<String, Value> = map
                        .iter()
                        .filter(|(k, _)| matches!(k.as_str(), "fi" | "sv" | "en"))
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect();
                    return show_full(&Value::Object(texts), language);
                }
                None => value.to_string(),
            }
        }
    };
    Some(shown)
}

/// Whether an object is an item written as a text with keys of its own beside the languages
/// (a data item, a source item).
fn is_localized_item(map: &serde_json::Map<String, Value>) -> bool {
    ["fi", "sv", "en"].iter().any(|k| map.contains_key(*k))
}

/// `text` cut at a word boundary to at most [`SHOWN_CHARS`] characters, with "…" when cut.
fn shorten(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= SHOWN_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(SHOWN_CHARS).collect();
    let at_word = cut
        .rfind(char::is_whitespace)
        .map_or(cut.as_str(), |at| &cut[..at]);
    format!("{}…", at_word.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// Whether two texts say the same in some language both are written in.
fn same_text(a: &LocalizedText, b: &LocalizedText) -> bool {
    Language::ALL
        .into_iter()
        .any(|l| a.get(l).is_some_and(|text| b.get(l) == Some(text)))
}

/// Whether two processors are the same: by name where both have one, else by description.
fn same_processor(a: &Processor, b: &Processor) -> bool {
    match (&a.name, &b.name) {
        (Some(x), Some(y)) => x == y,
        _ => match (&a.description, &b.description) {
            (Some(x), Some(y)) => same_text(x, y),
            _ => false,
        },
    }
}

/// Who provides the data of a source, as a phrase.
fn kind_phrase(kind: SourceKind, language: Language) -> String {
    match kind {
        SourceKind::DataSubject => language.pick(
            "rekisteröity itse",
            "den registrerade själv",
            "the data subject",
        ),
        SourceKind::ThirdParty => language.pick(
            "muu henkilö tai taho",
            "en annan person eller organisation",
            "another person or organisation",
        ),
        SourceKind::Authority => language.pick("viranomainen", "en myndighet", "an authority"),
        SourceKind::PublicRegister => language.pick(
            "julkinen rekisteri tai muu yleisesti saatavilla oleva lähde",
            "ett offentligt register eller en annan allmänt tillgänglig källa",
            "a public register or another publicly accessible source",
        ),
        SourceKind::Controller => language.pick(
            "rekisterinpitäjä itse",
            "den personuppgiftsansvarige själv",
            "the controller itself",
        ),
        SourceKind::NotStated => not_stated(language),
    }
    .to_owned()
}

/// The name of a field of a source, a recipient or a transfer, in `language`.
fn detail_label(key: &str, language: Language) -> &'static str {
    match key {
        "kind" => language.pick(
            "tietojen antaja",
            "uppgiftslämnare",
            "who provides the data",
        ),
        "publicly_accessible" => language.pick(
            "yleisesti saatavilla oleva lähde",
            "allmänt tillgänglig",
            "publicly accessible",
        ),
        "exemption" => language.pick(
            "14 artiklan 5 kohdan mukainen poikkeus",
            "undantag enligt artikel 14.5",
            "exemption under Article 14(5)",
        ),
        "legal_ground" => language.pick(
            "luovutuksen peruste",
            "grunden för utlämnandet",
            "legal ground of the disclosure",
        ),
        "statutes" => language.pick("säädökset", "författningar", "statutes"),
        "safeguard" => language.pick(
            "siirron peruste",
            "grunden för överföringen",
            "basis of the transfer",
        ),
        "recipient" => language.pick("vastaanottaja", "mottagare", "recipient"),
        "safeguard_copy" => language.pick(
            "miten suojatoimista saa jäljennöksen",
            "var en kopia av skyddsåtgärderna finns att få",
            "where a copy of the safeguards is available",
        ),
        _ => "",
    }
}

/// Whether two statute references name the same provision: the same number and section, or,
/// without numbers, the same title in some language.
fn same_statute(a: &StatuteRef, b: &StatuteRef) -> bool {
    let same_section = match (&a.section, &b.section) {
        (None, None) => true,
        (Some(a), Some(b)) => same_text(a, b),
        _ => false,
    };
    let same_act = match (&a.number, &b.number) {
        (Some(x), Some(y)) => x == y,
        (None, None) => match (&a.title, &b.title) {
            (Some(x), Some(y)) => same_text(x, y),
            _ => false,
        },
        _ => false,
    };
    same_act && same_section
}

/// A statute as `language` cites it, e.g. "Laki julkisesta työvoima- ja yrityspalvelusta
/// (916/2012)".
fn statute_phrase(statute: &StatuteRef, language: Language) -> String {
    let title = statute.title.as_ref().map(|t| text(t, language));
    let section = statute.section.as_ref().map(|s| text(s, language));
    statute_citation(
        language,
        title.as_deref(),
        statute.number.as_ref().map(|n| n.as_str()),
        section.as_deref(),
    )
}

/// A value in the quotation marks of `language`: ”…” in Finnish and Swedish, “…” in English.
fn quote(language: Language, value: &str) -> String {
    match language {
        Language::En => format!("“{value}”"),
        _ => format!("”{value}”"),
    }
}

fn not_stated(language: Language) -> &'static str {
    language.pick("(ei ilmoitettu)", "(anges inte)", "(not stated)")
}

/// A legal ground with its provision: "rekisteröidyn suostumus (6 artiklan 1 kohdan a
/// alakohta)".
fn cited(title: &str, article: &str, language: Language) -> String {
    match Citation::parse(article) {
        Some(citation) => format!("{title} ({})", citation.text(language, false)),
        None => format!("{title} ({article})"),
    }
}

/// The name of a field of a party or contact, in `language`.
fn field_label(key: &str, language: Language) -> String {
    let label = match key {
        "name" => language.pick("nimi", "namn", "name"),
        "business_id" => language.pick("Y-tunnus", "FO-nummer", "business ID"),
        "title" => language.pick("nimike", "titel", "title"),
        "organisation" => language.pick("organisaatio", "organisation", "organisation"),
        "postal_address" => language.pick("postiosoite", "postadress", "postal address"),
        "visiting_address" => language.pick("käyntiosoite", "besöksadress", "visiting address"),
        "phone" => language.pick("puhelinnumero", "telefonnummer", "phone number"),
        "phone_note" => language.pick(
            "puhelinnumeron lisätieto",
            "upplysning om telefonnumret",
            "note on the phone number",
        ),
        "email" => language.pick("sähköpostiosoite", "e-postadress", "e-mail address"),
        "web" => language.pick("verkkosivu", "webbplats", "website"),
        "responsibilities" => {
            language.pick("vastuualueet", "ansvarsfördelning", "responsibilities")
        }
        "other" => language.pick(
            "muut yhteystiedot",
            "andra kontaktuppgifter",
            "other contact details",
        ),
        other => return other.to_owned(),
    };
    label.to_owned()
}

/// A retention rule's policy as a phrase: "12 kuukautta käyttäjän viimeisimmästä
/// kirjautumisesta", with the rule's own words for the trigger where it has them.
fn policy_phrase(rule: &RetentionRule, language: Language) -> String {
    match &rule.policy {
        RetentionPolicy::Period {
            years,
            months,
            trigger,
        } => {
            let from = rule.trigger_text.as_ref().map_or_else(
                || trigger_phrase(trigger, language),
                |own| text(own, language),
            );
            format!("{} {from}", duration(*years, *months, language))
        }
        _ => retention_summary(rule, language),
    }
}

/// "2 vuotta ja 6 kuukautta" / "2 år och 6 månader" / "2 years and 6 months".
fn duration(years: u16, months: u16, language: Language) -> String {
    let mut parts = Vec::new();
    if years > 0 {
        let unit = match (language, years) {
            (Language::Fi, 1) => "vuosi",
            (Language::Fi, _) => "vuotta",
            (Language::Sv, _) => "år",
            (Language::En, 1) => "year",
            (Language::En, _) => "years",
        };
        parts.push(format!("{years} {unit}"));
    }
    if months > 0 {
        let unit = match (language, months) {
            (Language::Fi, 1) => "kuukausi",
            (Language::Fi, _) => "kuukautta",
            (Language::Sv, 1) => "månad",
            (Language::Sv, _) => "månader",
            (Language::En, 1) => "month",
            (Language::En, _) => "months",
        };
        parts.push(format!("{months} {unit}"));
    }
    parts.join(language.pick(" ja ", " och ", " and "))
}

/// What is done with the data when its period ends, as a noun.
fn action_phrase(action: Option<DisposalAction>, language: Language) -> String {
    match action {
        Some(DisposalAction::Erase) => language.pick("poistaminen", "radering", "erasure"),
        Some(DisposalAction::Anonymise) => {
            language.pick("anonymisointi", "anonymisering", "anonymisation")
        }
        Some(DisposalAction::Archive) => language.pick("arkistointi", "arkivering", "archiving"),
        None => not_stated(language),
    }
    .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keha() -> String {
        std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/registers/keha-alpo.toml"
        ))
        .unwrap()
    }

    fn parse(text: &str) -> Register {
        crate::files::from_toml_str(text, "test.toml").unwrap()
    }

    #[test]
    fn identical_registers_have_no_differences() {
        let register = parse(&keha());
        let changes = diff(&register, &register, Language::Fi);
        assert!(changes.is_empty());
        assert!(!changes.needs_history_entry());
    }

    #[test]
    fn an_inserted_item_is_one_addition() {
        let pairs = align(
            &[Value::from("a"), Value::from("b")],
            &[Value::from("a"), Value::from("x"), Value::from("b")],
        );
        assert_eq!(
            pairs,
            vec![(Some(0), Some(0)), (None, Some(1)), (Some(1), Some(2))]
        );
        let reworded = align(&[Value::from("a")], &[Value::from("b")]);
        assert_eq!(reworded, vec![(Some(0), Some(0))]);
    }

    #[test]
    fn texts_that_differ_late_show_the_difference_even_after_a_wide_space() {
        let common = "sana\u{a0}".repeat(30);
        let (old, new) = focus(&format!("{common}vanha"), &format!("{common}uusi"));
        assert_eq!(
            old,
            "…sana\u{a0}sana\u{a0}sana\u{a0}sana\u{a0}sana\u{a0}sana\u{a0}sana\u{a0}sana\u{a0}vanha"
        );
        assert!(new.ends_with("sana\u{a0}uusi"));
    }

    #[test]
    fn long_texts_are_cut_at_a_word() {
        let long = "sana ".repeat(40);
        let short = shorten(&long);
        assert!(short.ends_with("sana…"));
        assert!(short.chars().count() <= SHOWN_CHARS + 1);
    }

    #[test]
    fn debug_shows_no_values() {
        let old = parse(&keha());
        let new = parse(&keha().replace(
            "tietosuoja.keha@ely-keskus.fi",
            "tietosuojavastaava@keha.example",
        ));
        let changes = diff(&old, &new, Language::Fi);
        assert_eq!(changes.substantive.len(), 1);
        assert_eq!(
            changes.substantive[0].kind,
            DifferenceKind::DpoContactChanged
        );
        assert!(!format!("{changes:?}").contains("tietosuojavastaava@"));
    }

    #[test]
    fn a_new_special_category_is_reported_once_per_group() {
        let old = parse(&keha());
        let new = parse(&keha().replace(
            "    { name.fi = \"paikkakunta\" },\n",
            "    { name.fi = \"paikkakunta\", special = \"health\" },\n    { name.fi = \"terveydentila\", special = \"health\" },\n",
        ));
        let changes = diff(&old, &new, Language::En);
        let codes: Vec<(&str, &str)> = changes
            .substantive
            .iter()
            .map(|d| (d.kind.code(), d.path.as_str()))
            .collect();
        assert_eq!(
            codes,
            [
                ("data-category-added", "subject_groups[2].categories[4]"),
                (
                    "special-category-added",
                    "subject_groups[2].categories[3].special"
                ),
            ]
        );
        assert_eq!(
            changes.substantive[1].description,
            "Special categories of personal data are now processed about “Rekisterin käyttäjät (rekisteröidyt)”: data concerning health (Article 9(1) GDPR)"
        );
        let paths: Vec<&str> = changes.wording.iter().map(|d| d.path.as_str()).collect();
        assert!(paths.is_empty(), "{paths:?}");
    }
}
