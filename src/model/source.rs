//! Where the data comes from, Art. 14(2)(f); whether the subject is the source decides
//! between Art. 13 and Art. 14.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::contact::is_false;
use crate::legal::{InformationExemption, StatuteRef};
use crate::text::{Id, LocalizedText};

/// Who provides the data of a source.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "proptest", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum SourceKind {
    /// The data subject (Art. 13 applies).
    DataSubject,
    /// Another person or organisation (Art. 14 applies).
    ThirdParty,
    /// Another authority, e.g. under a statutory right to information (Art. 14).
    Authority,
    /// A public register or other publicly accessible source (Art. 14(2)(f)).
    PublicRegister,
    /// Created by the controller in the course of processing (notes, decisions, logs).
    Controller,
    /// The notice names the source without saying who provides the data.
    NotStated,
}

impl SourceKind {
    /// Whether data from such a source is collected from the data subject (Art. 13).
    pub const fn is_data_subject(self) -> bool {
        matches!(self, SourceKind::DataSubject)
    }

    /// Whether data from such a source is "not obtained from the data subject" (Art. 14):
    /// another person, an authority or a public register. Data the controller itself records
    /// in serving the subject (notes, decisions, logs) is observed, not obtained elsewhere; a
    /// source whose kind is not stated counts as Art. 14, whose items are the superset.
    pub const fn is_article_14(self) -> bool {
        matches!(
            self,
            SourceKind::ThirdParty
                | SourceKind::Authority
                | SourceKind::PublicRegister
                | SourceKind::NotStated
        )
    }
}

/// A source of the data, as the notice names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The source in the notice's words.
    pub description: LocalizedText,
    /// Who provides the data.
    pub kind: SourceKind,
    /// Named sources listed under this one; an item may say who it is when that differs
    /// from the source's `kind` (a list that mixes authorities and a public register).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<SourceItem>,
    /// How the data is collected from this source (forms, tools), in the notice's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub means: Option<LocalizedText>,
    /// The data subject groups it concerns; empty means all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subject_groups: Vec<Id>,
    /// Data is obtained from it only with the subject's specific consent.
    #[serde(default, skip_serializing_if = "is_false")]
    pub consent_required: bool,
    /// Whether the source is publicly accessible (Art. 14(2)(f)), where stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publicly_accessible: Option<bool>,
    /// Statutes giving the right to obtain the data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statutes: Vec<StatuteRef>,
    /// The Art. 14(5) exemption the notice claims for data from this source, if it claims
    /// one (e.g. `14-5-c`: obtaining is expressly laid down by law).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exemption: Option<InformationExemption>,
}

/// A named source listed under a [`Source`], with its own kind where it differs.
///
/// ```toml
/// items = [
///     { fi = "Kela", kind = "authority" },
///     { fi = "Yritys- ja yhteisötietojärjestelmä (YTJ)", kind = "public-register" },
/// ]
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawSourceItem", into = "RawSourceItem")]
pub struct SourceItem {
    /// The source as the notice names it.
    pub text: LocalizedText,
    /// Who provides the data, where it differs from the enclosing source's kind.
    pub kind: Option<SourceKind>,
}

#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "SourceItem")]
struct RawSourceItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fi: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sv: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kind: Option<SourceKind>,
}

impl TryFrom<RawSourceItem> for SourceItem {
    type Error = crate::text::ParseError;
    fn try_from(raw: RawSourceItem) -> Result<Self, Self::Error> {
        Ok(Self {
            text: LocalizedText::from_parts(raw.fi, raw.sv, raw.en)?,
            kind: raw.kind,
        })
    }
}

impl From<SourceItem> for RawSourceItem {
    fn from(item: SourceItem) -> Self {
        let (fi, sv, en) = item.text.into_parts();
        Self {
            fi,
            sv,
            en,
            kind: item.kind,
        }
    }
}

impl JsonSchema for SourceItem {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SourceItem".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        RawSourceItem::json_schema(generator)
    }
}

impl From<LocalizedText> for SourceItem {
    fn from(text: LocalizedText) -> Self {
        Self { text, kind: None }
    }
}

impl Source {
    /// A source of the given kind.
    pub fn new(kind: SourceKind, description: LocalizedText) -> Self {
        Self {
            description,
            kind,
            items: Vec::new(),
            subject_groups: Vec::new(),
            consent_required: false,
            publicly_accessible: None,
            statutes: Vec::new(),
            means: None,
            exemption: None,
        }
    }

    /// The kinds of provider of this source: its own, and those its items name.
    pub fn kinds(&self) -> impl Iterator<Item = SourceKind> + '_ {
        std::iter::once(self.kind).chain(self.items.iter().filter_map(|item| item.kind))
    }

    /// Whether any of the data from this source is provided by the data subject.
    pub fn from_data_subject(&self) -> bool {
        self.kinds().any(SourceKind::is_data_subject)
    }

    /// Whether any of the data from this source is obtained otherwise than from the data
    /// subject (Art. 14).
    pub fn is_article_14(&self) -> bool {
        self.kinds().any(SourceKind::is_article_14)
    }

    /// Restricts the source to a data subject group.
    pub fn for_group(mut self, group: Id) -> Self {
        self.subject_groups.push(group);
        self
    }

    /// Whether the source concerns `group`.
    pub fn concerns(&self, group: &Id) -> bool {
        self.subject_groups.is_empty() || self.subject_groups.contains(group)
    }
}
