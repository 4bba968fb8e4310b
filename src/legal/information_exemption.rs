use crate::macros::legal_enum;
use crate::text::Language;

legal_enum! {
    /// An exception to the duty to inform where the data was not obtained from the data
    /// subject, Art. 14(5) GDPR. It must be claimed for a source, never assumed.
    pub enum InformationExemption ("Art. 14(5) exemption") {
        /// Art. 14(5)(a): the data subject already has the information.
        AlreadyInformed = "14-5-a",
        /// Art. 14(5)(b): informing is impossible or would involve a disproportionate effort.
        DisproportionateEffort = "14-5-b",
        /// Art. 14(5)(c): obtaining or disclosure is expressly laid down by Union or Member
        /// State law that provides measures to protect the data subject's legitimate interests.
        LaidDownByLaw = "14-5-c",
        /// Art. 14(5)(d): the data must remain confidential under a professional or statutory
        /// obligation of secrecy.
        ProfessionalSecrecy = "14-5-d",
    }
}

impl InformationExemption {
    /// The citation, e.g. `Art. 14(5)(c)`.
    pub const fn article(self) -> &'static str {
        match self {
            Self::AlreadyInformed => "Art. 14(5)(a)",
            Self::DisproportionateEffort => "Art. 14(5)(b)",
            Self::LaidDownByLaw => "Art. 14(5)(c)",
            Self::ProfessionalSecrecy => "Art. 14(5)(d)",
        }
    }

    /// The title in `language`.
    pub const fn title(self, language: Language) -> &'static str {
        match self {
            Self::AlreadyInformed => language.pick(
                "rekisteröidyllä on jo tiedot",
                "den registrerade har redan informationen",
                "the data subject already has the information",
            ),
            Self::DisproportionateEffort => language.pick(
                "tietojen antaminen on mahdotonta tai vaatisi kohtuuttomia ponnisteluja",
                "informationen är omöjlig att lämna eller skulle medföra en oproportionerlig ansträngning",
                "providing the information is impossible or would involve a disproportionate effort",
            ),
            Self::LaidDownByLaw => language.pick(
                "tietojen hankkimisesta tai luovuttamisesta säädetään nimenomaisesti laissa",
                "insamlingen eller utlämnandet av uppgifterna är uttryckligen föreskrivet i lag",
                "obtaining or disclosure is expressly laid down by law",
            ),
            Self::ProfessionalSecrecy => language.pick(
                "tiedot on pidettävä luottamuksellisina lakisääteisen salassapitovelvollisuuden perusteella",
                "uppgifterna måste förbli konfidentiella på grund av lagstadgad tystnadsplikt",
                "the data must remain confidential under an obligation of secrecy",
            ),
        }
    }
}
