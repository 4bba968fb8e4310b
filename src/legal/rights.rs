use crate::macros::legal_enum;
use crate::text::Language;

legal_enum! {
    /// A right of the data subject that a notice must describe (Art. 13(2)(b)–(d), 14(2)(c)–(e)).
    pub enum Right ("right") {
        /// Art. 7(3): to withdraw consent at any time, as easily as it was given.
        WithdrawConsent = "withdraw-consent",
        /// Art. 15: of access to the data and to a copy of it.
        Access = "access",
        /// Art. 16: to rectification of inaccurate data and completion of incomplete data.
        Rectification = "rectification",
        /// Art. 17: to erasure ("to be forgotten"), within the limits of Art. 17(3).
        Erasure = "erasure",
        /// Art. 18: to restriction of processing.
        Restriction = "restriction",
        /// Art. 20: to data portability, for consent or contract and automated processing.
        Portability = "portability",
        /// Art. 21: to object, for processing under Art. 6(1)(e) or (f) and direct marketing.
        Objection = "objection",
        /// Art. 22: not to be subject to a decision based solely on automated processing.
        AutomatedDecision = "automated-decision",
        /// Art. 77: to lodge a complaint with a supervisory authority (in Finland the Data
        /// Protection Ombudsman).
        Complaint = "complaint",
    }
}

impl Right {
    /// The citation, e.g. `Art. 15`.
    pub const fn article(self) -> &'static str {
        match self {
            Self::WithdrawConsent => "Art. 7(3)",
            Self::Access => "Art. 15",
            Self::Rectification => "Art. 16",
            Self::Erasure => "Art. 17",
            Self::Restriction => "Art. 18",
            Self::Portability => "Art. 20",
            Self::Objection => "Art. 21",
            Self::AutomatedDecision => "Art. 22",
            Self::Complaint => "Art. 77",
        }
    }

    /// The W3C DPV EU-GDPR term, e.g. `eu-gdpr:A15`.
    pub const fn dpv(self) -> &'static str {
        match self {
            Self::WithdrawConsent => "eu-gdpr:A7-3",
            Self::Access => "eu-gdpr:A15",
            Self::Rectification => "eu-gdpr:A16",
            Self::Erasure => "eu-gdpr:A17",
            Self::Restriction => "eu-gdpr:A18",
            Self::Portability => "eu-gdpr:A20",
            Self::Objection => "eu-gdpr:A21",
            Self::AutomatedDecision => "eu-gdpr:A22",
            Self::Complaint => "eu-gdpr:A77",
        }
    }

    /// The title in `language`.
    pub const fn title(self, language: Language) -> &'static str {
        match self {
            Self::WithdrawConsent => language.pick(
                "oikeus peruuttaa suostumus",
                "rätt att återkalla samtycke",
                "right to withdraw consent",
            ),
            Self::Access => language.pick(
                "oikeus saada pääsy tietoihin",
                "rätt till tillgång",
                "right of access",
            ),
            Self::Rectification => language.pick(
                "oikeus tietojen oikaisemiseen",
                "rätt till rättelse",
                "right to rectification",
            ),
            Self::Erasure => language.pick(
                "oikeus tietojen poistamiseen",
                "rätt till radering",
                "right to erasure",
            ),
            Self::Restriction => language.pick(
                "oikeus käsittelyn rajoittamiseen",
                "rätt till begränsning av behandling",
                "right to restriction of processing",
            ),
            Self::Portability => language.pick(
                "oikeus siirtää tiedot järjestelmästä toiseen",
                "rätt till dataportabilitet",
                "right to data portability",
            ),
            Self::Objection => language.pick(
                "vastustamisoikeus",
                "rätt att göra invändningar",
                "right to object",
            ),
            Self::AutomatedDecision => language.pick(
                "oikeus olla joutumatta automaattisen päätöksenteon kohteeksi",
                "rätt att inte bli föremål för automatiserat beslutsfattande",
                "right not to be subject to automated decision-making",
            ),
            Self::Complaint => language.pick(
                "oikeus tehdä valitus valvontaviranomaiselle",
                "rätt att inge klagomål till en tillsynsmyndighet",
                "right to lodge a complaint with a supervisory authority",
            ),
        }
    }
}

/// Whether a right applies to processing on one lawful basis.
///
/// Access (Art. 15), rectification (16) and restriction (18) apply whatever the basis; the
/// others depend on it (Art. 7(3), 17(3), 20(1) and 20(3), 21(1)). A register with several
/// bases combines them per purpose; see `gdpr::request::applicability` for that.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Applicability {
    /// The right applies.
    Applies,
    /// The right applies only under a condition the register alone cannot show, e.g.
    /// portability only for processing carried out by automated means (Art. 20(1)(b)).
    Conditional {
        /// The article setting the condition.
        article: &'static str,
        /// The condition, in English.
        condition: &'static str,
    },
    /// The right applies, limited by exceptions (Art. 17(3)).
    WithExceptions {
        /// The exceptions that may limit it.
        exceptions: &'static [super::ErasureException],
    },
    /// The right does not apply.
    DoesNotApply {
        /// The article that says so.
        article: &'static str,
    },
}

impl Applicability {
    /// Whether the right can be exercised at all (everything but `DoesNotApply`).
    pub const fn is_available(self) -> bool {
        !matches!(self, Applicability::DoesNotApply { .. })
    }
}

impl Right {
    /// Whether this right applies to processing on `basis` (LEGAL.md, "Which rights apply").
    ///
    /// ```
    /// use gdpr::legal::{Applicability, LawfulBasis, Right};
    /// assert_eq!(
    ///     Right::Portability.applicability(LawfulBasis::PublicInterest),
    ///     Applicability::DoesNotApply { article: "Art. 20(3)" },
    /// );
    /// assert!(Right::Objection.applicability(LawfulBasis::OfficialAuthority).is_available());
    /// ```
    pub const fn applicability(self, basis: crate::legal::LawfulBasis) -> Applicability {
        use super::ErasureException as X;
        use crate::legal::LawfulBasis as B;
        match (self, basis) {
            (Right::Access | Right::Rectification | Right::Restriction | Right::Complaint, _) => {
                Applicability::Applies
            }
            // Art. 22 protects whatever the basis; whether it bites depends on automated decisions being made.
            (Right::AutomatedDecision, _) => Applicability::Applies,
            (Right::WithdrawConsent, B::Consent) => Applicability::Applies,
            (Right::WithdrawConsent, _) => Applicability::DoesNotApply {
                article: "Art. 7(3)",
            },
            (Right::Erasure, B::LegalObligation | B::PublicInterest | B::OfficialAuthority) => {
                Applicability::WithExceptions {
                    exceptions: &[X::LegalObligationOrPublicTask],
                }
            }
            (Right::Erasure, B::Contract) => Applicability::WithExceptions {
                exceptions: &[
                    X::FreedomOfExpression,
                    X::PublicHealth,
                    X::ArchivingResearchStatistics,
                    X::LegalClaims,
                ],
            },
            (Right::Erasure, _) => Applicability::Applies,
            (Right::Portability, B::Consent | B::Contract) => Applicability::Conditional {
                article: "Art. 20(1)(b)",
                condition: "the processing is carried out by automated means",
            },
            (Right::Portability, B::PublicInterest | B::OfficialAuthority) => {
                Applicability::DoesNotApply {
                    article: "Art. 20(3)",
                }
            }
            (Right::Portability, _) => Applicability::DoesNotApply {
                article: "Art. 20(1)(a)",
            },
            (
                Right::Objection,
                B::PublicInterest | B::OfficialAuthority | B::LegitimateInterests,
            ) => Applicability::Applies,
            (Right::Objection, _) => Applicability::DoesNotApply {
                article: "Art. 21(1)",
            },
        }
    }
}
