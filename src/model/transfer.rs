//! Transfers to third countries or international organisations, Art. 13(1)(f), 30(1)(e), 44–49.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::legal::TransferSafeguard;
use crate::text::{Label, LocalizedText};

/// What a notice says about transfers outside the EU/EEA.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transfers {
    /// Whether data is transferred outside the EU/EEA.
    pub outside_eea: bool,
    /// The notice's statement, in its words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<LocalizedText>,
    /// The transfers, when there are any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transfers: Vec<Transfer>,
}

/// One transfer to a third country or international organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// The third country or international organisation.
    pub destination: Label,
    /// Who receives the data there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<LocalizedText>,
    /// The safeguard or derogation relied on (Chapter V). Absent when the notice names none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safeguard: Option<TransferSafeguard>,
    /// Where a copy of the safeguards can be obtained (Art. 13(1)(f)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safeguard_copy: Option<LocalizedText>,
}

impl Transfers {
    /// The notice states that nothing is transferred outside the EU/EEA.
    pub fn none(statement: LocalizedText) -> Self {
        Self {
            outside_eea: false,
            statement: Some(statement),
            transfers: Vec::new(),
        }
    }
}
