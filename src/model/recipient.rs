//! Recipients and regular disclosures (Art. 13(1)(e), 30(1)(d)), processors (Art. 28) and the
//! information systems a register lives in.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::contact::is_false;
use crate::legal::StatuteRef;
use crate::text::{Label, LocalizedText, ParseError};

/// What kind of recipient receives data.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "proptest", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RecipientKind {
    /// Staff or units of the controller itself.
    Internal,
    /// Another public authority.
    Authority,
    /// A joint controller or partner in providing the service.
    Partner,
    /// Any other third party (Art. 4(10)).
    ThirdParty,
}

/// A recipient or category of recipients, with the legal ground of the disclosure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    /// The recipient or category, as the notice names it.
    pub name: LocalizedText,
    /// What kind of recipient it is.
    pub kind: RecipientKind,
    /// Further description: which data, to what extent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// Whether this is a regular disclosure (säännönmukainen luovutus).
    #[serde(default, skip_serializing_if = "is_false")]
    pub regular: bool,
    /// Disclosed only with the data subject's consent.
    #[serde(default, skip_serializing_if = "is_false")]
    pub consent_required: bool,
    /// The legal ground of the disclosure, in the notice's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_ground: Option<LocalizedText>,
    /// Statutes the disclosure rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statutes: Vec<StatuteRef>,
    /// Named recipients listed under this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<LocalizedText>,
}

impl Recipient {
    /// A recipient of the given kind.
    pub fn new(kind: RecipientKind, name: LocalizedText) -> Self {
        Self {
            name,
            kind,
            description: None,
            regular: false,
            consent_required: false,
            legal_ground: None,
            statutes: Vec::new(),
            items: Vec::new(),
        }
    }
}

/// A processor acting on behalf of the controller, Art. 28.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, try_from = "RawProcessor")]
pub struct Processor {
    /// The processor's proper name, e.g. `Netum Oy`, where the notice names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Label>,
    /// What it does or who it is, in the notice's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawProcessor {
    #[serde(default)]
    name: Option<Label>,
    #[serde(default)]
    description: Option<LocalizedText>,
}

impl TryFrom<RawProcessor> for Processor {
    type Error = ParseError;
    fn try_from(raw: RawProcessor) -> Result<Self, Self::Error> {
        if raw.name.is_none() && raw.description.is_none() {
            return Err(ParseError::new(
                "processor",
                "a processor needs a `name` or a `description`",
            ));
        }
        Ok(Self {
            name: raw.name,
            description: raw.description,
        })
    }
}

impl Processor {
    /// A processor known by its proper name.
    ///
    /// # Panics
    /// If `name` is empty.
    pub fn named(name: &str, description: Option<LocalizedText>) -> Self {
        Self {
            name: Some(name.parse().expect("a non-empty name")),
            description,
        }
    }

    /// A processor the notice describes without a proper name.
    pub fn described(description: LocalizedText) -> Self {
        Self {
            name: None,
            description: Some(description),
        }
    }
}

/// An information system in which the register's data is kept, e.g. `URA`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InformationSystem {
    /// The system's name.
    pub name: Label,
    /// What the system is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// Who controls the system's own register, where the notice says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub controller: Option<LocalizedText>,
}
