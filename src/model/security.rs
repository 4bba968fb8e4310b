//! Security measures, Art. 32 and 30(1)(g), and confidentiality duties.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::legal::StatuteRef;
use crate::text::LocalizedText;

/// The technical and organisational security measures a notice describes (Art. 32(1)).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Security {
    /// General principles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub general: Vec<LocalizedText>,
    /// Measures for manual (paper) material.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub manual: Vec<LocalizedText>,
    /// Measures for data in information systems.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub electronic: Vec<LocalizedText>,
}

impl Security {
    /// Whether no measure is described.
    pub fn is_empty(&self) -> bool {
        self.general.is_empty() && self.manual.is_empty() && self.electronic.is_empty()
    }
}

/// A duty of confidentiality that covers the register, e.g. Act 621/1999 s. 24.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Confidentiality {
    /// The duty in the notice's words.
    pub text: LocalizedText,
    /// The statute that sets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statute: Option<StatuteRef>,
}
