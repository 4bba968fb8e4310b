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
    /// The request procedure the notice imposes, where it states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<RequestProcedure>,
    /// Render the rights that apply to each purpose, as the crate derives them from the
    /// lawful bases (`gdpr rights`), in the notice, marked as derived. Off by default: a
    /// notice then says only what the register says.
    #[serde(default, skip_serializing_if = "is_false")]
    pub derived: bool,
    /// Add the standard passages whose content the law fixes (Art. 12(3)–(5) on answering
    /// requests, Art. 77 on complaints) to the notice, marked as standard text.
    #[serde(default, skip_serializing_if = "is_false")]
    pub standard_text: bool,
}

/// What a notice demands of a person making a request. The GDPR sets no form for requests
/// (Art. 12(2): the controller facilitates them) and allows asking for proof of identity only
/// where there are reasonable doubts (Art. 12(6)).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RequestProcedure {
    /// Requests must be made in writing ("pyyntö tulee lähettää kirjallisesti").
    #[serde(default, skip_serializing_if = "is_false")]
    pub written_only: bool,
    /// Every requester must prove their identity ("henkilöllisyys on todistettava").
    #[serde(default, skip_serializing_if = "is_false")]
    pub identity_proof_always: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
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
        self.introduction.is_none()
            && self.how_to_request.is_none()
            && self.statements.is_empty()
            && self.procedure.is_none()
            && !self.derived
            && !self.standard_text
    }
}
