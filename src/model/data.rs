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
    /// How fine-grained the records on the group are, where the notice says. It matters for
    /// data called anonymous: records of single visits or events in a small service are
    /// often identifiable (Recital 26), which the linter reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_level: Option<RecordLevel>,
    /// The categories of data held.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<DataCategory>,
}

/// How fine-grained the records on a group of data subjects are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "proptest", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RecordLevel {
    /// One record per person.
    PerPerson,
    /// One record per visit, contact or other event ("käyntikohtainen").
    PerEvent,
    /// Only counts or other aggregates over many people.
    Aggregate,
}

/// A category of personal data, with its items and whether it is special (Art. 9, 10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    /// The category as the notice names it.
    pub name: LocalizedText,
    /// The items the notice lists under it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<DataItem>,
    /// The special category (Art. 9(1)) or criminal data (Art. 10) the whole category is, if
    /// it is one. Where only some items are, mark those items instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special: Option<SpecialCategory>,
    /// The Art. 9(2) condition for this category, where the notice ties one to it.
    /// A condition stated for a purpose ([`super::Purpose::special_conditions`]) also counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Article9Condition>,
}

/// One item a notice lists under a data category, with the special category it is where it
/// is one (Art. 9(1), 10).
///
/// In a register file an item is a text, with `special` (and `condition`) beside the
/// languages where the item is special-category data:
///
/// ```toml
/// items = [
///     { fi = "palvelun tarve" },
///     { fi = "työ- ja toimintakykyyn liittyvät tiedot", special = "health" },
/// ]
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawDataItem", into = "RawDataItem")]
pub struct DataItem {
    /// The item as the notice names it.
    pub text: LocalizedText,
    /// The special category (Art. 9(1)) or criminal data (Art. 10) it is, if any.
    pub special: Option<SpecialCategory>,
    /// The Art. 9(2) condition for it, where the notice ties one to it.
    pub condition: Option<Article9Condition>,
}

#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "DataItem")]
struct RawDataItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fi: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sv: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    special: Option<SpecialCategory>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    condition: Option<Article9Condition>,
}

impl TryFrom<RawDataItem> for DataItem {
    type Error = crate::text::ParseError;
    fn try_from(raw: RawDataItem) -> Result<Self, Self::Error> {
        Ok(Self {
            text: LocalizedText::from_parts(raw.fi, raw.sv, raw.en)?,
            special: raw.special,
            condition: raw.condition,
        })
    }
}

impl From<DataItem> for RawDataItem {
    fn from(item: DataItem) -> Self {
        let (fi, sv, en) = item.text.into_parts();
        Self {
            fi,
            sv,
            en,
            special: item.special,
            condition: item.condition,
        }
    }
}

impl JsonSchema for DataItem {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DataItem".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        RawDataItem::json_schema(generator)
    }
}

impl DataItem {
    /// An item that is not special-category data.
    pub fn new(text: LocalizedText) -> Self {
        Self {
            text,
            special: None,
            condition: None,
        }
    }

    /// Marks the item as special-category data.
    pub fn special(mut self, category: SpecialCategory) -> Self {
        self.special = Some(category);
        self
    }
}

impl From<LocalizedText> for DataItem {
    fn from(text: LocalizedText) -> Self {
        Self::new(text)
    }
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
            record_level: None,
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
    pub fn item(mut self, item: impl Into<DataItem>) -> Self {
        self.items.push(item.into());
        self
    }

    /// The special categories in it: its own, and those of its items, with the index of the
    /// item (`None` for the category itself).
    pub fn specials(
        &self,
    ) -> impl Iterator<Item = (Option<usize>, SpecialCategory, Option<Article9Condition>)> + '_
    {
        self.special
            .map(|special| (None, special, self.condition))
            .into_iter()
            .chain(self.items.iter().enumerate().filter_map(|(i, item)| {
                item.special
                    .map(|special| (Some(i), special, item.condition))
            }))
    }

    /// Marks the category as special.
    pub fn special(mut self, category: SpecialCategory) -> Self {
        self.special = Some(category);
        self
    }
}
