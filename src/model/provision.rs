//! Whether the subject must provide the data (Art. 13(2)(e)) and automated decisions (Art. 22).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::text::LocalizedText;

/// Why a data subject provides the data, Art. 13(2)(e).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "proptest", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RequirementKind {
    /// Required by statute.
    Statutory,
    /// Required by a contract.
    Contractual,
    /// Necessary to enter into a contract.
    ContractPrerequisite,
    /// Voluntary.
    Voluntary,
}

/// What a notice says about the obligation to provide data and the consequences of not
/// providing it, Art. 13(2)(e).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProvisionRequirement {
    /// Why the data is provided, where stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requirement: Option<RequirementKind>,
    /// Whether the subject is obliged to provide the data, where stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obligatory: Option<bool>,
    /// The consequences of not providing the data, in the notice's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consequences: Option<LocalizedText>,
}

/// What a notice says about automated decision-making and profiling, Art. 13(2)(f), 22.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AutomatedDecisions {
    /// Whether decisions based solely on automated processing, including profiling, are made.
    pub used: bool,
    /// Meaningful information about the logic involved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logic: Option<LocalizedText>,
    /// The significance and envisaged consequences for the subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consequences: Option<LocalizedText>,
}
