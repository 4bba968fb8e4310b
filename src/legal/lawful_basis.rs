use crate::macros::legal_enum;
use crate::text::Language;

legal_enum! {
    /// A lawful basis for processing, Art. 6(1) GDPR.
    ///
    /// Point (e) is split in two, as the W3C DPV does: a task carried out in the public
    /// interest and the exercise of official authority are different grounds and notices of
    /// Finnish authorities name them separately ("yleinen etu ja julkisen vallan käyttö").
    ///
    /// ```
    /// use gdpr::LawfulBasis;
    /// let basis: LawfulBasis = "6-1-e-official-authority".parse()?;
    /// assert_eq!(basis.article(), "Art. 6(1)(e)");
    /// assert_eq!(basis.dpv(), "eu-gdpr:A6-1-e-official-authority");
    /// # Ok::<(), gdpr::text::ParseError>(())
    /// ```
    pub enum LawfulBasis ("lawful basis") {
        /// Art. 6(1)(a): the data subject has given consent to the processing for one or more
        /// specific purposes. Consent can be withdrawn at any time (Art. 7(3)).
        Consent = "6-1-a",
        /// Art. 6(1)(b): necessary for the performance of a contract with the data subject, or
        /// for steps taken at the subject's request before entering into one.
        Contract = "6-1-b",
        /// Art. 6(1)(c): necessary for compliance with a legal obligation of the controller.
        LegalObligation = "6-1-c",
        /// Art. 6(1)(d): necessary to protect the vital interests of the data subject or of
        /// another natural person.
        VitalInterests = "6-1-d",
        /// Art. 6(1)(e), first limb: necessary for a task carried out in the public interest.
        PublicInterest = "6-1-e-public-interest",
        /// Art. 6(1)(e), second limb: necessary in the exercise of official authority vested in
        /// the controller.
        OfficialAuthority = "6-1-e-official-authority",
        /// Art. 6(1)(f): necessary for the legitimate interests of the controller or a third
        /// party. Art. 6(1) second subparagraph: not for public authorities in the performance
        /// of their tasks.
        LegitimateInterests = "6-1-f",
    }
}

impl LawfulBasis {
    /// The citation, e.g. `Art. 6(1)(c)`.
    pub const fn article(self) -> &'static str {
        match self {
            Self::Consent => "Art. 6(1)(a)",
            Self::Contract => "Art. 6(1)(b)",
            Self::LegalObligation => "Art. 6(1)(c)",
            Self::VitalInterests => "Art. 6(1)(d)",
            Self::PublicInterest | Self::OfficialAuthority => "Art. 6(1)(e)",
            Self::LegitimateInterests => "Art. 6(1)(f)",
        }
    }

    /// The W3C DPV EU-GDPR term, e.g. `eu-gdpr:A6-1-a`.
    pub const fn dpv(self) -> &'static str {
        match self {
            Self::Consent => "eu-gdpr:A6-1-a",
            Self::Contract => "eu-gdpr:A6-1-b",
            Self::LegalObligation => "eu-gdpr:A6-1-c",
            Self::VitalInterests => "eu-gdpr:A6-1-d",
            Self::PublicInterest => "eu-gdpr:A6-1-e-public-interest",
            Self::OfficialAuthority => "eu-gdpr:A6-1-e-official-authority",
            Self::LegitimateInterests => "eu-gdpr:A6-1-f",
        }
    }

    /// The title in `language`, as notices word it.
    pub const fn title(self, language: Language) -> &'static str {
        match self {
            Self::Consent => language.pick(
                "rekisteröidyn suostumus",
                "den registrerades samtycke",
                "consent of the data subject",
            ),
            Self::Contract => language.pick(
                "sopimuksen täytäntöönpano",
                "fullgörande av avtal",
                "performance of a contract",
            ),
            Self::LegalObligation => language.pick(
                "rekisterinpitäjän lakisääteisen velvoitteen noudattaminen",
                "fullgörande av en rättslig förpliktelse som åvilar den personuppgiftsansvarige",
                "compliance with a legal obligation of the controller",
            ),
            Self::VitalInterests => language.pick(
                "rekisteröidyn tai toisen luonnollisen henkilön elintärkeiden etujen suojaaminen",
                "skydd av intressen som är av grundläggande betydelse för den registrerade eller för en annan fysisk person",
                "protection of the vital interests of the data subject or another natural person",
            ),
            Self::PublicInterest => language.pick(
                "yleistä etua koskevan tehtävän suorittaminen",
                "utförande av en uppgift av allmänt intresse",
                "performance of a task carried out in the public interest",
            ),
            Self::OfficialAuthority => language.pick(
                "rekisterinpitäjälle kuuluvan julkisen vallan käyttäminen",
                "den personuppgiftsansvariges myndighetsutövning",
                "exercise of official authority vested in the controller",
            ),
            Self::LegitimateInterests => language.pick(
                "rekisterinpitäjän tai kolmannen osapuolen oikeutettujen etujen toteuttaminen",
                "den personuppgiftsansvariges eller tredje parts berättigade intressen",
                "legitimate interests of the controller or a third party",
            ),
        }
    }

    /// Whether this is one of the two limbs of Art. 6(1)(e).
    pub const fn is_public_task(self) -> bool {
        matches!(self, Self::PublicInterest | Self::OfficialAuthority)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_codes_are_named() {
        for basis in LawfulBasis::ALL {
            assert_eq!(basis.code().parse::<LawfulBasis>().unwrap(), *basis);
            let json = serde_json::to_string(basis).unwrap();
            assert_eq!(json, format!("\"{}\"", basis.code()));
        }
        let err = "6-1-g".parse::<LawfulBasis>().unwrap_err().to_string();
        assert!(err.contains("unknown lawful basis `6-1-g`"), "{err}");
        assert!(err.contains("6-1-e-official-authority"), "{err}");
    }

    #[test]
    fn point_e_has_two_dpv_terms_and_one_article() {
        assert_eq!(
            LawfulBasis::PublicInterest.article(),
            LawfulBasis::OfficialAuthority.article()
        );
        assert_ne!(
            LawfulBasis::PublicInterest.dpv(),
            LawfulBasis::OfficialAuthority.dpv()
        );
    }
}
