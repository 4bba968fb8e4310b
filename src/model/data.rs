//! Data subject groups and the categories of data held on them, Art. 14(1)(d), 30(1)(c).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::contact::is_false;
use crate::legal::{Article9Condition, SpecialCategory, StatuteRef};
use crate::text::{Id, LocalizedText};

/// A group of data subjects (rekisteröidyt), e.g. customers, users, contact persons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubjectGroup {
    /// Stable id within the register.
    pub id: Id,
    /// The group's name.
    pub name: LocalizedText,
    /// How the notice describes the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// The notice states that no personal data on this group is stored, only anonymised data.
    #[serde(default, skip_serializing_if = "is_false")]
    pub anonymous: bool,
    /// Statutes that define what is recorded on the group (e.g. Act 1369/2014 s. 9).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statutes: Vec<StatuteRef>,
    /// The categories of data held.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<DataCategory>,
}

/// A category of personal data, with its items and whether it is special (Art. 9, 10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    /// The category as the notice names it.
    pub name: LocalizedText,
    /// The items the notice lists under it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<LocalizedText>,
    /// The special category (Art. 9(1)) or criminal data (Art. 10) this is, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special: Option<SpecialCategory>,
    /// The Art. 9(2) condition for this category, where the notice ties one to it.
    /// A condition stated for a purpose ([`super::Purpose::special_conditions`]) also counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Article9Condition>,
}

impl SubjectGroup {
    /// A group with a name and no categories yet.
    pub fn new(id: Id, name: LocalizedText) -> Self {
        Self {
            id,
            name,
            description: None,
            anonymous: false,
            statutes: Vec::new(),
            categories: Vec::new(),
        }
    }

    /// Adds a category.
    pub fn category(mut self, category: DataCategory) -> Self {
        self.categories.push(category);
        self
    }
}

impl DataCategory {
    /// A category with a name only.
    pub fn new(name: LocalizedText) -> Self {
        Self {
            name,
            items: Vec::new(),
            special: None,
            condition: None,
        }
    }

    /// Adds an item.
    pub fn item(mut self, item: LocalizedText) -> Self {
        self.items.push(item);
        self
    }

    /// Marks the category as special.
    pub fn special(mut self, category: SpecialCategory) -> Self {
        self.special = Some(category);
        self
    }
}
