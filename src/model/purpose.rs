//! Purposes of processing and their legal grounds, Art. 5(1)(b), 6, 9, 13(1)(c)–(d).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::contact::is_false;
use crate::legal::{Article9Condition, LawfulBasis, StatuteRef};
use crate::text::{Id, LocalizedText};

/// A purpose of processing with its lawful bases (Art. 6(1)), the Art. 9(2) conditions for
/// special categories processed for it, and the statutes it rests on (Art. 6(3)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// Stable id within the register.
    pub id: Id,
    /// The purpose as the notice states it.
    pub description: LocalizedText,
    /// Sub-purposes or examples the notice lists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<LocalizedText>,
    /// The lawful bases, Art. 6(1). Empty when the notice names none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lawful_bases: Vec<LawfulBasis>,
    /// The notice's own wording of the lawful bases, where it explains them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub basis_statements: Vec<LocalizedText>,
    /// Conditions of Art. 9(2) under which special categories are processed for this purpose.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub special_conditions: Vec<Article9Condition>,
    /// The statutes the processing rests on (Art. 6(3)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statutes: Vec<StatuteRef>,
    /// The legitimate interests pursued, required with Art. 6(1)(f) (Art. 13(1)(d)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legitimate_interests: Option<LocalizedText>,
    /// The purpose is direct marketing, or includes it ("markkinointi" aimed at the data
    /// subjects). The right to object to direct marketing then applies whatever the basis,
    /// and must be presented clearly and separately from other information (Art. 21(2)–(4)).
    #[serde(default, skip_serializing_if = "is_false")]
    pub direct_marketing: bool,
    /// Whether the processing is carried out by automated means, where the notice says;
    /// the right to data portability needs it (Art. 20(1)(b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automated_means: Option<bool>,
    /// The notice states that this purpose processes only anonymised data, which is not
    /// personal data (Recital 26): no lawful basis is needed. This is the controller's
    /// claim; the linter questions it where the records are per person or per event.
    #[serde(default, skip_serializing_if = "is_false")]
    pub anonymous: bool,
    /// The data subject groups this purpose concerns; empty means all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subject_groups: Vec<Id>,
}

impl Purpose {
    /// A purpose with its description and nothing else stated yet.
    pub fn new(id: Id, description: LocalizedText) -> Self {
        Self {
            id,
            description,
            details: Vec::new(),
            lawful_bases: Vec::new(),
            basis_statements: Vec::new(),
            special_conditions: Vec::new(),
            statutes: Vec::new(),
            legitimate_interests: None,
            direct_marketing: false,
            automated_means: None,
            anonymous: false,
            subject_groups: Vec::new(),
        }
    }

    /// Adds a lawful basis.
    pub fn basis(mut self, basis: LawfulBasis) -> Self {
        self.lawful_bases.push(basis);
        self
    }

    /// Adds a statute.
    pub fn statute(mut self, statute: StatuteRef) -> Self {
        self.statutes.push(statute);
        self
    }

    /// Restricts the purpose to a data subject group.
    pub fn for_group(mut self, group: Id) -> Self {
        self.subject_groups.push(group);
        self
    }

    /// Marks the purpose as processing only anonymised data.
    pub fn anonymous(mut self) -> Self {
        self.anonymous = true;
        self
    }

    /// Whether the purpose concerns `group`.
    pub fn concerns(&self, group: &Id) -> bool {
        self.subject_groups.is_empty() || self.subject_groups.contains(group)
    }
}
