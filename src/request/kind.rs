//! What a data subject asks for.

use serde::{Deserialize, Serialize};

use crate::legal::Right;
use crate::macros::legal_enum;

legal_enum! {
    /// The kind of a data subject request: the right exercised.
    pub enum RequestKind ("request kind") {
        /// Art. 15: access to the data and a copy of it.
        Access = "access",
        /// Art. 16: rectification.
        Rectification = "rectification",
        /// Art. 17: erasure.
        Erasure = "erasure",
        /// Art. 18: restriction of processing.
        Restriction = "restriction",
        /// Art. 20: data portability.
        Portability = "portability",
        /// Art. 21: objection.
        Objection = "objection",
        /// Art. 22: not to be subject to a decision based solely on automated processing.
        AutomatedDecision = "automated-decision",
        /// Art. 7(3): withdrawal of consent.
        WithdrawConsent = "withdraw-consent",
    }
}

impl RequestKind {
    /// The right the request exercises.
    pub const fn right(self) -> Right {
        match self {
            Self::Access => Right::Access,
            Self::Rectification => Right::Rectification,
            Self::Erasure => Right::Erasure,
            Self::Restriction => Right::Restriction,
            Self::Portability => Right::Portability,
            Self::Objection => Right::Objection,
            Self::AutomatedDecision => Right::AutomatedDecision,
            Self::WithdrawConsent => Right::WithdrawConsent,
        }
    }

    /// The article, e.g. `Art. 15`.
    pub const fn article(self) -> &'static str {
        self.right().article()
    }
}

/// How a request arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Channel {
    /// E-mail.
    Email,
    /// Letter.
    Post,
    /// A web form or e-service.
    Web,
    /// In person at a service point.
    InPerson,
    /// Phone.
    Phone,
    /// Any other channel.
    Other,
}
