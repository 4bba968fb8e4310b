use crate::macros::legal_enum;
use crate::text::Language;

legal_enum! {
    /// An exception to the right to erasure, Art. 17(3) GDPR: erasure does not apply to the
    /// extent that processing is necessary for one of these.
    pub enum ErasureException ("Art. 17(3) exception") {
        /// Art. 17(3)(a): exercising the right of freedom of expression and information.
        FreedomOfExpression = "17-3-a",
        /// Art. 17(3)(b): compliance with a legal obligation, or a task carried out in the
        /// public interest or in the exercise of official authority.
        LegalObligationOrPublicTask = "17-3-b",
        /// Art. 17(3)(c): reasons of public interest in public health (Art. 9(2)(h), (i), 9(3)).
        PublicHealth = "17-3-c",
        /// Art. 17(3)(d): archiving, research or statistics (Art. 89(1)) where erasure would
        /// render impossible or seriously impair the objectives.
        ArchivingResearchStatistics = "17-3-d",
        /// Art. 17(3)(e): establishment, exercise or defence of legal claims.
        LegalClaims = "17-3-e",
    }
}

impl ErasureException {
    /// The citation, e.g. `Art. 17(3)(b)`.
    pub const fn article(self) -> &'static str {
        match self {
            Self::FreedomOfExpression => "Art. 17(3)(a)",
            Self::LegalObligationOrPublicTask => "Art. 17(3)(b)",
            Self::PublicHealth => "Art. 17(3)(c)",
            Self::ArchivingResearchStatistics => "Art. 17(3)(d)",
            Self::LegalClaims => "Art. 17(3)(e)",
        }
    }

    /// The title in `language`.
    pub const fn title(self, language: Language) -> &'static str {
        match self {
            Self::FreedomOfExpression => language.pick(
                "sanan- ja tiedonvälityksen vapaus",
                "yttrande- och informationsfrihet",
                "freedom of expression and information",
            ),
            Self::LegalObligationOrPublicTask => language.pick(
                "lakisääteinen velvoite, yleistä etua koskeva tehtävä tai julkisen vallan käyttö",
                "rättslig förpliktelse, uppgift av allmänt intresse eller myndighetsutövning",
                "legal obligation, public-interest task or official authority",
            ),
            Self::PublicHealth => language.pick(
                "kansanterveyteen liittyvä yleinen etu",
                "allmänt intresse på folkhälsoområdet",
                "public interest in public health",
            ),
            Self::ArchivingResearchStatistics => language.pick(
                "arkistointi, tutkimus tai tilastointi",
                "arkivändamål, forskning eller statistik",
                "archiving, research or statistics",
            ),
            Self::LegalClaims => language.pick(
                "oikeusvaateen laatiminen, esittäminen tai puolustaminen",
                "rättsliga anspråk",
                "legal claims",
            ),
        }
    }
}
