use crate::macros::legal_enum;
use crate::text::Language;

legal_enum! {
    /// A special category of personal data, Art. 9(1) GDPR, or data on criminal convictions
    /// and offences, Art. 10 GDPR.
    ///
    /// Processing an Art. 9(1) category is prohibited unless a condition of Art. 9(2) applies
    /// ([`Article9Condition`]). Art. 10 data is not an Art. 9 category: it may be processed only
    /// under the control of official authority or when authorised by Union or Member State law.
    pub enum SpecialCategory ("special category") {
        /// Art. 9(1): racial or ethnic origin.
        RacialOrEthnicOrigin = "racial-or-ethnic-origin",
        /// Art. 9(1): political opinions.
        PoliticalOpinions = "political-opinions",
        /// Art. 9(1): religious or philosophical beliefs.
        ReligiousOrPhilosophicalBeliefs = "religious-or-philosophical-beliefs",
        /// Art. 9(1): trade union membership.
        TradeUnionMembership = "trade-union-membership",
        /// Art. 9(1): genetic data (Art. 4(13)).
        Genetic = "genetic",
        /// Art. 9(1): biometric data for the purpose of uniquely identifying a person (Art. 4(14)).
        Biometric = "biometric",
        /// Art. 9(1): data concerning health (Art. 4(15)), including functional and working
        /// capacity where it describes a person's health.
        Health = "health",
        /// Art. 9(1): data concerning a person's sex life or sexual orientation.
        SexLifeOrOrientation = "sex-life-or-orientation",
        /// Art. 10: personal data relating to criminal convictions and offences or related
        /// security measures.
        CriminalConvictions = "criminal-convictions",
    }
}

impl SpecialCategory {
    /// The citation: `Art. 9(1)` or `Art. 10`.
    pub const fn article(self) -> &'static str {
        match self {
            Self::CriminalConvictions => "Art. 10",
            _ => "Art. 9(1)",
        }
    }

    /// Whether Art. 9 applies (and a 9(2) condition is needed); `false` for Art. 10 data.
    pub const fn is_article_9(self) -> bool {
        !matches!(self, Self::CriminalConvictions)
    }

    /// The W3C DPV 2.3 personal-data terms (`pd:`) the category covers. Art. 9(1) names some
    /// categories that DPV splits: racial or ethnic origin is `pd:Race` and `pd:EthnicOrigin`,
    /// religious or philosophical beliefs `pd:ReligiousBelief` and `pd:PhilosophicalBelief`;
    /// DPV has no term for sexual orientation apart from sexuality, `pd:Sexual`.
    pub const fn dpv(self) -> &'static [&'static str] {
        match self {
            Self::RacialOrEthnicOrigin => &["pd:Race", "pd:EthnicOrigin"],
            Self::PoliticalOpinions => &["pd:PoliticalOpinion"],
            Self::ReligiousOrPhilosophicalBeliefs => {
                &["pd:ReligiousBelief", "pd:PhilosophicalBelief"]
            }
            Self::TradeUnionMembership => &["pd:TradeUnionMembership"],
            Self::Genetic => &["pd:Genetic"],
            Self::Biometric => &["pd:Biometric"],
            Self::Health => &["pd:Health"],
            Self::SexLifeOrOrientation => &["pd:Sexual"],
            Self::CriminalConvictions => &["pd:CriminalConviction", "pd:CriminalOffence"],
        }
    }

    /// The DPV class of personal data of this kind: `dpv:SpecialCategoryPersonalData` for
    /// Art. 9(1) data; criminal-offence data (Art. 10) is not a special category in the GDPR
    /// nor in DPV, only `dpv:SensitivePersonalData`.
    pub const fn dpv_class(self) -> &'static str {
        if self.is_article_9() {
            "dpv:SpecialCategoryPersonalData"
        } else {
            "dpv:SensitivePersonalData"
        }
    }

    /// The title in `language`.
    pub const fn title(self, language: Language) -> &'static str {
        match self {
            Self::RacialOrEthnicOrigin => language.pick(
                "rotu tai etninen alkuperä",
                "ras eller etniskt ursprung",
                "racial or ethnic origin",
            ),
            Self::PoliticalOpinions => language.pick(
                "poliittiset mielipiteet",
                "politiska åsikter",
                "political opinions",
            ),
            Self::ReligiousOrPhilosophicalBeliefs => language.pick(
                "uskonnollinen tai filosofinen vakaumus",
                "religiös eller filosofisk övertygelse",
                "religious or philosophical beliefs",
            ),
            Self::TradeUnionMembership => language.pick(
                "ammattiliiton jäsenyys",
                "medlemskap i fackförening",
                "trade union membership",
            ),
            Self::Genetic => {
                language.pick("geneettiset tiedot", "genetiska uppgifter", "genetic data")
            }
            Self::Biometric => language.pick(
                "biometriset tunnistetiedot",
                "biometriska uppgifter",
                "biometric data",
            ),
            Self::Health => language.pick(
                "terveystiedot",
                "uppgifter om hälsa",
                "data concerning health",
            ),
            Self::SexLifeOrOrientation => language.pick(
                "seksuaalinen käyttäytyminen tai suuntautuminen",
                "sexualliv eller sexuell läggning",
                "sex life or sexual orientation",
            ),
            Self::CriminalConvictions => language.pick(
                "rikostuomiot ja rikokset",
                "fällande domar i brottmål och överträdelser",
                "criminal convictions and offences",
            ),
        }
    }
}

legal_enum! {
    /// A condition of Art. 9(2) GDPR under which a special category of data may be processed.
    pub enum Article9Condition ("Art. 9(2) condition") {
        /// Art. 9(2)(a): explicit consent.
        ExplicitConsent = "9-2-a",
        /// Art. 9(2)(b): obligations and rights in employment, social security and social
        /// protection law.
        EmploymentSocialSecurity = "9-2-b",
        /// Art. 9(2)(c): vital interests where the subject cannot give consent.
        VitalInterests = "9-2-c",
        /// Art. 9(2)(d): a not-for-profit body, concerning its members.
        NotForProfitBody = "9-2-d",
        /// Art. 9(2)(e): data manifestly made public by the data subject.
        MadePublicBySubject = "9-2-e",
        /// Art. 9(2)(f): legal claims or courts acting in their judicial capacity.
        LegalClaims = "9-2-f",
        /// Art. 9(2)(g): substantial public interest on the basis of Union or Member State law.
        SubstantialPublicInterest = "9-2-g",
        /// Art. 9(2)(h): preventive or occupational medicine, health or social care.
        HealthOrSocialCare = "9-2-h",
        /// Art. 9(2)(i): public health.
        PublicHealth = "9-2-i",
        /// Art. 9(2)(j): archiving in the public interest, research or statistics (Art. 89(1)).
        ArchivingResearchStatistics = "9-2-j",
    }
}

impl Article9Condition {
    /// The citation, e.g. `Art. 9(2)(h)`.
    pub const fn article(self) -> &'static str {
        match self {
            Self::ExplicitConsent => "Art. 9(2)(a)",
            Self::EmploymentSocialSecurity => "Art. 9(2)(b)",
            Self::VitalInterests => "Art. 9(2)(c)",
            Self::NotForProfitBody => "Art. 9(2)(d)",
            Self::MadePublicBySubject => "Art. 9(2)(e)",
            Self::LegalClaims => "Art. 9(2)(f)",
            Self::SubstantialPublicInterest => "Art. 9(2)(g)",
            Self::HealthOrSocialCare => "Art. 9(2)(h)",
            Self::PublicHealth => "Art. 9(2)(i)",
            Self::ArchivingResearchStatistics => "Art. 9(2)(j)",
        }
    }

    /// The W3C DPV EU-GDPR term, e.g. `eu-gdpr:A9-2-a`.
    pub const fn dpv(self) -> &'static str {
        match self {
            Self::ExplicitConsent => "eu-gdpr:A9-2-a",
            Self::EmploymentSocialSecurity => "eu-gdpr:A9-2-b",
            Self::VitalInterests => "eu-gdpr:A9-2-c",
            Self::NotForProfitBody => "eu-gdpr:A9-2-d",
            Self::MadePublicBySubject => "eu-gdpr:A9-2-e",
            Self::LegalClaims => "eu-gdpr:A9-2-f",
            Self::SubstantialPublicInterest => "eu-gdpr:A9-2-g",
            Self::HealthOrSocialCare => "eu-gdpr:A9-2-h",
            Self::PublicHealth => "eu-gdpr:A9-2-i",
            Self::ArchivingResearchStatistics => "eu-gdpr:A9-2-j",
        }
    }

    /// The title in `language`.
    pub const fn title(self, language: Language) -> &'static str {
        match self {
            Self::ExplicitConsent => language.pick(
                "rekisteröidyn nimenomainen suostumus",
                "den registrerades uttryckliga samtycke",
                "explicit consent of the data subject",
            ),
            Self::EmploymentSocialSecurity => language.pick(
                "työoikeuden, sosiaaliturvan ja sosiaalisen suojelun velvollisuudet",
                "skyldigheter inom arbetsrätt, social trygghet och socialt skydd",
                "obligations in employment, social security and social protection law",
            ),
            Self::VitalInterests => language.pick(
                "elintärkeiden etujen suojaaminen",
                "skydd av grundläggande intressen",
                "vital interests",
            ),
            Self::NotForProfitBody => language.pick(
                "voittoa tavoittelemattoman yhteisön jäseniä koskeva käsittely",
                "ideell organisations behandling av uppgifter om medlemmar",
                "not-for-profit body, concerning its members",
            ),
            Self::MadePublicBySubject => language.pick(
                "rekisteröidyn nimenomaisesti julkisiksi saattamat tiedot",
                "uppgifter som på ett tydligt sätt har offentliggjorts av den registrerade",
                "data manifestly made public by the data subject",
            ),
            Self::LegalClaims => language.pick(
                "oikeusvaateen laatiminen, esittäminen tai puolustaminen",
                "fastställande, gällande eller försvar av rättsliga anspråk",
                "establishment, exercise or defence of legal claims",
            ),
            Self::SubstantialPublicInterest => language.pick(
                "tärkeä yleinen etu",
                "viktigt allmänt intresse",
                "substantial public interest",
            ),
            Self::HealthOrSocialCare => language.pick(
                "terveydenhuolto tai sosiaalihuolto",
                "hälso- och sjukvård eller social omsorg",
                "health or social care",
            ),
            Self::PublicHealth => language.pick("kansanterveys", "folkhälsa", "public health"),
            Self::ArchivingResearchStatistics => language.pick(
                "arkistointi, tutkimus tai tilastointi",
                "arkivändamål, forskning eller statistik",
                "archiving, research or statistics",
            ),
        }
    }
}
