use crate::macros::legal_enum;
use crate::text::Language;

legal_enum! {
    /// A right of the data subject that a notice must describe (Art. 13(2)(b)–(d), 14(2)(c)–(e)).
    ///
    /// Which rights apply to a purpose is decided by [`crate::matrix::decide`].
    pub enum Right ("right") {
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
        /// Art. 21: to object, for processing under Art. 6(1)(e) or (f), and to direct
        /// marketing whatever the basis.
        Objection = "objection",
        /// Art. 7(3): to withdraw consent at any time, as easily as it was given.
        WithdrawConsent = "withdraw-consent",
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
                "oikeus olla joutumatta pelkästään automaattiseen käsittelyyn perustuvan päätöksen kohteeksi",
                "rätt att inte bli föremål för beslut som enbart grundas på automatiserad behandling",
                "right not to be subject to a decision based solely on automated processing",
            ),
            Self::Complaint => language.pick(
                "oikeus tehdä valitus valvontaviranomaiselle",
                "rätt att lämna in klagomål till en tillsynsmyndighet",
                "right to lodge a complaint with a supervisory authority",
            ),
        }
    }
}
