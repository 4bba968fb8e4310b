//! What a notice tells data subjects about their rights, in its own words.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::legal::Right;
use crate::text::LocalizedText;

/// A passage of the notice about one or more rights.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RightStatement {
    /// The passage's heading, where the notice gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<LocalizedText>,
    /// The rights the passage covers.
    pub rights: Vec<Right>,
    /// The passage.
    pub text: LocalizedText,
}

/// The register-specific text on data subjects' rights (Art. 13(2)(b)–(d), 14(2)(c)–(e)).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RightsInfo {
    /// The lead-in to the rights, e.g. "Rekisterissä olevalla henkilöllä on oikeus:".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<LocalizedText>,
    /// How to make a request: where, in what form, how identity is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_to_request: Option<LocalizedText>,
    /// The notice's passages on particular rights.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<RightStatement>,
}

impl RightsInfo {
    /// Whether the notice says anything about `right`.
    pub fn mentions(&self, right: Right) -> bool {
        self.statements
            .iter()
            .any(|statement| statement.rights.contains(&right))
    }

    /// Whether nothing is stated.
    pub fn is_empty(&self) -> bool {
        self.introduction.is_none() && self.how_to_request.is_none() && self.statements.is_empty()
    }
}
