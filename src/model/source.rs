//! Where the data comes from, Art. 14(2)(f); whether the subject is the source decides
//! between Art. 13 and Art. 14.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::contact::is_false;
use crate::legal::StatuteRef;
use crate::text::{Id, LocalizedText};

/// Who provides the data of a source.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "proptest", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "kebab-case")]
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
    /// Named sources listed under this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<LocalizedText>,
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
        }
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
