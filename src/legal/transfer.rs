use crate::macros::legal_enum;
use crate::text::Language;

legal_enum! {
    /// The ground for a transfer of personal data to a third country or an international
    /// organisation, Chapter V GDPR (Art. 44–49).
    pub enum TransferSafeguard ("transfer safeguard") {
        /// Art. 45: an adequacy decision of the Commission.
        AdequacyDecision = "adequacy-decision",
        /// Art. 46(2)(c): standard data protection clauses adopted by the Commission.
        StandardContractualClauses = "standard-contractual-clauses",
        /// Art. 46(2)(b), 47: binding corporate rules.
        BindingCorporateRules = "binding-corporate-rules",
        /// Art. 46(2)(a): a legally binding instrument between public authorities.
        PublicAuthorityInstrument = "public-authority-instrument",
        /// Art. 46(2)(e), 40: an approved code of conduct with binding commitments.
        CodeOfConduct = "code-of-conduct",
        /// Art. 46(2)(f), 42: an approved certification mechanism with binding commitments.
        Certification = "certification",
        /// Art. 46(3)(a): contractual clauses authorised by the supervisory authority.
        AuthorisedClauses = "authorised-clauses",
        /// Art. 49: a derogation for a specific situation (e.g. explicit consent, 49(1)(a)).
        Derogation = "derogation",
    }
}

impl TransferSafeguard {
    /// The citation, e.g. `Art. 46(2)(c)`.
    pub const fn article(self) -> &'static str {
        match self {
            Self::AdequacyDecision => "Art. 45",
            Self::StandardContractualClauses => "Art. 46(2)(c)",
            Self::BindingCorporateRules => "Art. 47",
            Self::PublicAuthorityInstrument => "Art. 46(2)(a)",
            Self::CodeOfConduct => "Art. 46(2)(e)",
            Self::Certification => "Art. 46(2)(f)",
            Self::AuthorisedClauses => "Art. 46(3)(a)",
            Self::Derogation => "Art. 49",
        }
    }

    /// The W3C DPV 2.3 term of the ground. Art. 49 derogations have one term per point in DPV
    /// (`eu-gdpr:A49-1-a` …); the crate does not tell the points apart, so a derogation is the
    /// generic `dpv:DataTransferLegalBasis`.
    pub const fn dpv(self) -> &'static str {
        match self {
            Self::AdequacyDecision => "eu-gdpr:A45-3",
            Self::StandardContractualClauses => "eu-gdpr:A46-2-c",
            Self::BindingCorporateRules => "eu-gdpr:A46-2-b",
            Self::PublicAuthorityInstrument => "eu-gdpr:A46-2-a",
            Self::CodeOfConduct => "eu-gdpr:A46-2-e",
            Self::Certification => "eu-gdpr:A46-2-f",
            Self::AuthorisedClauses => "eu-gdpr:A46-3-a",
            Self::Derogation => "dpv:DataTransferLegalBasis",
        }
    }

    /// The title in `language`.
    pub const fn title(self, language: Language) -> &'static str {
        match self {
            Self::AdequacyDecision => language.pick(
                "komission tietosuojan riittävyyttä koskeva päätös",
                "kommissionens beslut om adekvat skyddsnivå",
                "adequacy decision by the Commission",
            ),
            Self::StandardContractualClauses => language.pick(
                "komission vakiosopimuslausekkeet",
                "kommissionens standardavtalsklausuler",
                "standard contractual clauses",
            ),
            Self::BindingCorporateRules => language.pick(
                "yritystä koskevat sitovat säännöt",
                "bindande företagsbestämmelser",
                "binding corporate rules",
            ),
            Self::PublicAuthorityInstrument => language.pick(
                "viranomaisten välinen sitova väline",
                "bindande instrument mellan myndigheter",
                "binding instrument between public authorities",
            ),
            Self::CodeOfConduct => language.pick(
                "hyväksytyt käytännesäännöt",
                "godkänd uppförandekod",
                "approved code of conduct",
            ),
            Self::Certification => language.pick(
                "hyväksytty sertifiointimekanismi",
                "godkänd certifieringsmekanism",
                "approved certification mechanism",
            ),
            Self::AuthorisedClauses => language.pick(
                "valvontaviranomaisen hyväksymät sopimuslausekkeet",
                "avtalsklausuler godkända av tillsynsmyndigheten",
                "contractual clauses authorised by the supervisory authority",
            ),
            Self::Derogation => language.pick(
                "erityistilanteita koskeva poikkeus",
                "undantag i särskilda situationer",
                "derogation for a specific situation",
            ),
        }
    }
}
