//! The states where the GDPR applies and their supervisory authorities (Art. 51 GDPR).
//!
//! The GDPR applies in the 27 EU Member States and, through the EEA Agreement (Decision of the
//! EEA Joint Committee No 154/2018), in Iceland, Liechtenstein and Norway. Each has one or
//! more supervisory authorities (Art. 51(1)); where a state has several (Germany's federal and
//! Land authorities, Spain's regional ones), the table names the national one, which Art. 51(3)
//! makes the state's representative in the European Data Protection Board.
//!
//! Names and web addresses were compiled on 2026-11-27 from the authorities' own pages and the
//! CC0 data set datenanfragen/data (commit 0a29c3d6, July 2026), which cites each authority's
//! page; each entry's `source` says which. The EDPB's members page could not be consulted.

use crate::macros::legal_enum;
use crate::text::Language;

legal_enum! {
    /// A state where the GDPR applies, by its ISO 3166-1 alpha-2 code (`GR` for Greece, as
    /// ISO writes it; the EU's own abbreviation is `EL`).
    pub enum Country ("country") {
        /// Austria.
        Austria = "AT",
        /// Belgium.
        Belgium = "BE",
        /// Bulgaria.
        Bulgaria = "BG",
        /// Croatia.
        Croatia = "HR",
        /// Cyprus.
        Cyprus = "CY",
        /// Czechia.
        Czechia = "CZ",
        /// Denmark.
        Denmark = "DK",
        /// Estonia.
        Estonia = "EE",
        /// Finland.
        Finland = "FI",
        /// France.
        France = "FR",
        /// Germany.
        Germany = "DE",
        /// Greece.
        Greece = "GR",
        /// Hungary.
        Hungary = "HU",
        /// Ireland.
        Ireland = "IE",
        /// Italy.
        Italy = "IT",
        /// Latvia.
        Latvia = "LV",
        /// Lithuania.
        Lithuania = "LT",
        /// Luxembourg.
        Luxembourg = "LU",
        /// Malta.
        Malta = "MT",
        /// Netherlands.
        Netherlands = "NL",
        /// Poland.
        Poland = "PL",
        /// Portugal.
        Portugal = "PT",
        /// Romania.
        Romania = "RO",
        /// Slovakia.
        Slovakia = "SK",
        /// Slovenia.
        Slovenia = "SI",
        /// Spain.
        Spain = "ES",
        /// Sweden.
        Sweden = "SE",
        /// Iceland.
        Iceland = "IS",
        /// Liechtenstein.
        Liechtenstein = "LI",
        /// Norway.
        Norway = "NO",
    }
}

impl Country {
    /// The lower-case code that names the state's working-day calendar (`fi`).
    pub fn calendar_code(self) -> String {
        self.code().to_ascii_lowercase()
    }

    /// The state's supervisory authority.
    pub fn supervisory_authority(self) -> &'static SupervisoryAuthority {
        AUTHORITIES
            .iter()
            .find(|a| a.country == self)
            .expect("every country has an authority")
    }

    /// The state's short name in `language`, as the EU's Interinstitutional Style Guide writes
    /// it (nominative; `the Netherlands` in English).
    pub const fn name_in(self, language: Language) -> &'static str {
        let names = match self {
            Self::Austria => ["Itävalta", "Österrike", "Austria"],
            Self::Belgium => ["Belgia", "Belgien", "Belgium"],
            Self::Bulgaria => ["Bulgaria", "Bulgarien", "Bulgaria"],
            Self::Croatia => ["Kroatia", "Kroatien", "Croatia"],
            Self::Cyprus => ["Kypros", "Cypern", "Cyprus"],
            Self::Czechia => ["Tšekki", "Tjeckien", "Czechia"],
            Self::Denmark => ["Tanska", "Danmark", "Denmark"],
            Self::Estonia => ["Viro", "Estland", "Estonia"],
            Self::Finland => ["Suomi", "Finland", "Finland"],
            Self::France => ["Ranska", "Frankrike", "France"],
            Self::Germany => ["Saksa", "Tyskland", "Germany"],
            Self::Greece => ["Kreikka", "Grekland", "Greece"],
            Self::Hungary => ["Unkari", "Ungern", "Hungary"],
            Self::Ireland => ["Irlanti", "Irland", "Ireland"],
            Self::Italy => ["Italia", "Italien", "Italy"],
            Self::Latvia => ["Latvia", "Lettland", "Latvia"],
            Self::Lithuania => ["Liettua", "Litauen", "Lithuania"],
            Self::Luxembourg => ["Luxemburg", "Luxemburg", "Luxembourg"],
            Self::Malta => ["Malta", "Malta", "Malta"],
            Self::Netherlands => ["Alankomaat", "Nederländerna", "the Netherlands"],
            Self::Poland => ["Puola", "Polen", "Poland"],
            Self::Portugal => ["Portugali", "Portugal", "Portugal"],
            Self::Romania => ["Romania", "Rumänien", "Romania"],
            Self::Slovakia => ["Slovakia", "Slovakien", "Slovakia"],
            Self::Slovenia => ["Slovenia", "Slovenien", "Slovenia"],
            Self::Spain => ["Espanja", "Spanien", "Spain"],
            Self::Sweden => ["Ruotsi", "Sverige", "Sweden"],
            Self::Iceland => ["Islanti", "Island", "Iceland"],
            Self::Liechtenstein => ["Liechtenstein", "Liechtenstein", "Liechtenstein"],
            Self::Norway => ["Norja", "Norge", "Norway"],
        };
        match language {
            Language::Fi => names[0],
            Language::Sv => names[1],
            Language::En => names[2],
        }
    }

    /// Whether the state is an EEA EFTA state (Iceland, Liechtenstein, Norway) rather than an
    /// EU Member State.
    pub const fn is_eea_efta(self) -> bool {
        matches!(self, Self::Iceland | Self::Liechtenstein | Self::Norway)
    }
}

impl Default for Country {
    /// Finland: register files written before the country was modelled are Finnish.
    fn default() -> Self {
        Self::Finland
    }
}

/// A supervisory authority (Art. 51 GDPR).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct SupervisoryAuthority {
    /// The state.
    pub country: Country,
    /// The name in the state's official language(s), ` / ` between languages.
    pub name: &'static str,
    /// The name in English.
    pub name_en: &'static str,
    /// The name in Finnish, for Finland's and Sweden's authorities.
    pub name_fi: Option<&'static str>,
    /// The name in Swedish, for Finland's and Sweden's authorities.
    pub name_sv: Option<&'static str>,
    /// The authority's web address.
    pub web: &'static str,
    /// Where the name and address come from.
    pub source: &'static str,
}

impl SupervisoryAuthority {
    /// The name to write in a text in `language`: the name in that language where there is
    /// one, the English name in English, and otherwise the authority's own name (a Finnish or
    /// Swedish text names a foreign authority as it names itself, which is how a reader finds
    /// it).
    ///
    /// ```
    /// use gdpr::legal::Country;
    /// use gdpr::Language;
    /// let finland = Country::Finland.supervisory_authority();
    /// assert_eq!(finland.name_in(Language::Sv), "Dataombudsmannens byrå");
    /// let france = Country::France.supervisory_authority();
    /// assert_eq!(
    ///     france.name_in(Language::Fi),
    ///     "Commission nationale de l'informatique et des libertés (CNIL)"
    /// );
    /// ```
    pub fn name_in(&self, language: Language) -> String {
        let own = match language {
            Language::Fi => self.name_fi,
            Language::Sv => self.name_sv,
            Language::En => Some(self.name_en),
        };
        own.unwrap_or(self.name).to_owned()
    }

    /// The web address without its scheme and trailing slash, as a notice prints it
    /// (`tietosuoja.fi`).
    pub fn web_short(&self) -> &'static str {
        self.web
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_end_matches('/')
    }
}

/// The 30 authorities, one per state.
pub const AUTHORITIES: &[SupervisoryAuthority] = &[
    SupervisoryAuthority {
        country: Country::Austria,
        name: "Datenschutzbehörde (Österreichische Datenschutzbehörde, DSB)",
        name_en: "Austrian Data Protection Authority",
        name_fi: None,
        name_sv: None,
        web: "https://www.dsb.gv.at/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/atdsb.json (CC0; cites https://www.dsb.gv.at/kontakt)",
    },
    SupervisoryAuthority {
        country: Country::Belgium,
        name: "Gegevensbeschermingsautoriteit (GBA) / Autorité de protection des données (APD) / Datenschutzbehörde",
        name_en: "Data Protection Authority (Belgian DPA)",
        name_fi: None,
        name_sv: None,
        web: "https://www.dataprotectionauthority.be/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/beapd.json (CC0; cites https://www.gegevensbeschermingsautoriteit.be/burger/acties/contact); German name: https://www.datenschutzbehorde.be/ and Gesetz zur Schaffung der Datenschutzbehörde (etaamb.be, German coordination of the Act of 3 Dec 2017)",
    },
    SupervisoryAuthority {
        country: Country::Bulgaria,
        name: "Комисия за защита на личните данни (КЗЛД)",
        name_en: "Commission for Personal Data Protection",
        name_fi: None,
        name_sv: None,
        web: "https://www.cpdp.bg/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/bgcpdp.json (CC0; cites https://www.cpdp.bg/en/index.php?p=pages&aid=56); Bulgarian name: chl.co.uk/privacy-law/european-privacy/european-dpas/ (secondary)",
    },
    SupervisoryAuthority {
        country: Country::Croatia,
        name: "Agencija za zaštitu osobnih podataka (AZOP)",
        name_en: "Croatian Personal Data Protection Agency",
        name_fi: None,
        name_sv: None,
        web: "https://azop.hr/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/hrazop.json (CC0; cites https://azop.hr/contact/)",
    },
    SupervisoryAuthority {
        country: Country::Cyprus,
        name: "Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα",
        name_en: "Office of the Commissioner for Personal Data Protection",
        name_fi: None,
        name_sv: None,
        web: "https://www.dataprotection.gov.cy/",
        source: "Greek name: https://www.dataprotection.gov.cy/DATAPROTECTION/DATAPROTECTION.NSF/page6b_gr/page6b_gr?opendocument (search, pages); web: datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/cydp.json (CC0; cites dataprotection.gov.cy contact page) (its Greek name omits 'Προστασίας' - the authority's own page has it); Turkish name not verified",
    },
    SupervisoryAuthority {
        country: Country::Czechia,
        name: "Úřad pro ochranu osobních údajů (ÚOOÚ)",
        name_en: "Office for Personal Data Protection",
        name_fi: None,
        name_sv: None,
        web: "https://uoou.gov.cz/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/czcuooz.json (CC0; cites https://www.uoou.cz/vismo/o_utvar.asp?id_org=200156&id_u=10); new web address uoou.gov.cz (old site moved to old.uoou.cz): https://uoou.gov.cz/o-uoou (search, pages)",
    },
    SupervisoryAuthority {
        country: Country::Denmark,
        name: "Datatilsynet",
        name_en: "Danish Data Protection Agency",
        name_fi: None,
        name_sv: None,
        web: "https://www.datatilsynet.dk/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/dkdi.json (CC0; cites https://www.datatilsynet.dk/kontakt/)",
    },
    SupervisoryAuthority {
        country: Country::Estonia,
        name: "Andmekaitse Inspektsioon (AKI)",
        name_en: "Estonian Data Protection Inspectorate",
        name_fi: None,
        name_sv: None,
        web: "https://www.aki.ee/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/eeaki.json (CC0; cites https://www.aki.ee/en/contacts)",
    },
    SupervisoryAuthority {
        country: Country::Finland,
        name: "Tietosuojavaltuutetun toimisto / Dataombudsmannens byrå",
        name_en: "Office of the Data Protection Ombudsman",
        name_fi: Some("Tietosuojavaltuutetun toimisto"),
        name_sv: Some("Dataombudsmannens byrå"),
        web: "https://tietosuoja.fi/",
        source: "Finnish: https://tietosuoja.fi/yhteystiedot ; Swedish: https://tietosuoja.fi/sv/kontaktuppgifter ; English: https://tietosuoja.fi/en/contact-information (search, pages); datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/fitst.json (CC0; cites https://tietosuoja.fi/en/contact-information). In Åland, processing by the government of Åland and its municipalities is supervised by Ålands Datainspektion under Åland's own data protection act (not modelled; number and address not verified)",
    },
    SupervisoryAuthority {
        country: Country::France,
        name: "Commission nationale de l'informatique et des libertés (CNIL)",
        name_en: "French Data Protection Authority (National Commission on Informatics and Liberty)",
        name_fi: None,
        name_sv: None,
        web: "https://www.cnil.fr/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/frcnil.json (CC0; cites https://www.cnil.fr/fr/contacter-la-cnil-standard-et-permanences-telephoniques)",
    },
    SupervisoryAuthority {
        country: Country::Germany,
        name: "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)",
        name_en: "Federal Commissioner for Data Protection and Freedom of Information",
        name_fi: None,
        name_sv: None,
        web: "https://www.bfdi.bund.de/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/debfdi.json (CC0; cites https://www.bfdi.bund.de/DE/Service/Kontakt/kontakt_node.html); NOTE: BfDI supervises federal public bodies and telecom/postal providers; other controllers are supervised by the 16 Land authorities (not modelled: a register holds no Land; the notice says so)",
    },
    SupervisoryAuthority {
        country: Country::Greece,
        name: "Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα",
        name_en: "Hellenic Data Protection Authority",
        name_fi: None,
        name_sv: None,
        web: "https://www.dpa.gr/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/grdpa.json (CC0; cites https://www.dpa.gr/index.php/en/individuals/complaint-to-the-hellenic-dpa)",
    },
    SupervisoryAuthority {
        country: Country::Hungary,
        name: "Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)",
        name_en: "Hungarian National Authority for Data Protection and Freedom of Information",
        name_fi: None,
        name_sv: None,
        web: "https://naih.hu/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/hunaih.json (CC0; cites https://naih.hu/ugyfelszolgalat-kapcsolat)",
    },
    SupervisoryAuthority {
        country: Country::Ireland,
        name: "An Coimisiún um Chosaint Sonraí / Data Protection Commission",
        name_en: "Data Protection Commission (DPC)",
        name_fi: None,
        name_sv: None,
        web: "https://www.dataprotection.ie/",
        source: "Irish name: https://dataprotection.ie/ga/about-our-site/beartas-priobhaideachta ; English: https://dataprotection.ie/en/about-our-site/data-protection-statement (search, pages); datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/iedpc.json (CC0; cites https://www.dataprotection.ie/en/contact/how-contact-us)",
    },
    SupervisoryAuthority {
        country: Country::Italy,
        name: "Garante per la protezione dei dati personali",
        name_en: "Italian Data Protection Authority",
        name_fi: None,
        name_sv: None,
        web: "https://www.garanteprivacy.it/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/itgpdp.json (CC0; cites https://www.garanteprivacy.it/web/garante-privacy-en)",
    },
    SupervisoryAuthority {
        country: Country::Latvia,
        name: "Datu valsts inspekcija (DVI)",
        name_en: "Data State Inspectorate",
        name_fi: None,
        name_sv: None,
        web: "https://www.dvi.gov.lv/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/lvdvi.json (CC0; cites https://www.dvi.gov.lv/lv/iestades-kontakti)",
    },
    SupervisoryAuthority {
        country: Country::Lithuania,
        name: "Valstybinė duomenų apsaugos inspekcija (VDAI)",
        name_en: "State Data Protection Inspectorate",
        name_fi: None,
        name_sv: None,
        web: "https://vdai.lrv.lt/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/ltada.json (CC0; cites https://vdai.lrv.lt/en/)",
    },
    SupervisoryAuthority {
        country: Country::Luxembourg,
        name: "Commission nationale pour la protection des données (CNPD)",
        name_en: "National Commission for Data Protection",
        name_fi: None,
        name_sv: None,
        web: "https://cnpd.public.lu/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/lucnpd.json (CC0; cites https://cnpd.public.lu/de/support/contact.html); Luxembourgish/German names not verified",
    },
    SupervisoryAuthority {
        country: Country::Malta,
        name: "Information and Data Protection Commissioner (IDPC)",
        name_en: "Information and Data Protection Commissioner",
        name_fi: None,
        name_sv: None,
        web: "https://idpc.org.mt/",
        source: "English (an official language of Malta): https://idpc.org.mt/data-protection-notice (search, pages); datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/mtidpc.json (CC0; cites https://idpc.org.mt/contact/); Maltese name (likely 'Kummissarju għall-Informazzjoni u l-Protezzjoni tad-Data') NOT verified",
    },
    SupervisoryAuthority {
        country: Country::Netherlands,
        name: "Autoriteit Persoonsgegevens (AP)",
        name_en: "Dutch Data Protection Authority",
        name_fi: None,
        name_sv: None,
        web: "https://autoriteitpersoonsgegevens.nl/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/nlap.json (CC0; cites https://autoriteitpersoonsgegevens.nl/en/contact-dutch-dpa/contact-us)",
    },
    SupervisoryAuthority {
        country: Country::Poland,
        name: "Urząd Ochrony Danych Osobowych (UODO)",
        name_en: "Personal Data Protection Office",
        name_fi: None,
        name_sv: None,
        web: "https://uodo.gov.pl/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/plgiodo.json (CC0; cites https://www.uodo.gov.pl/pl/p/kontakt)",
    },
    SupervisoryAuthority {
        country: Country::Portugal,
        name: "Comissão Nacional de Proteção de Dados (CNPD)",
        name_en: "National Data Protection Commission (Portuguese DPA)",
        name_fi: None,
        name_sv: None,
        web: "https://www.cnpd.pt/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/ptcnpd.json (CC0; cites https://www.cnpd.pt/politica-de-privacidade/) (spells 'Protecção', pre-1990 orthography; current spelling 'Proteção' per artigo80.pt, clauditis.pt, pages search)",
    },
    SupervisoryAuthority {
        country: Country::Romania,
        name: "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP)",
        name_en: "National Supervisory Authority for Personal Data Processing",
        name_fi: None,
        name_sv: None,
        web: "https://www.dataprotection.ro/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/roanspdcp.json (CC0; cites https://www.dataprotection.ro/index.jsp?page=contact)",
    },
    SupervisoryAuthority {
        country: Country::Slovakia,
        name: "Úrad na ochranu osobných údajov Slovenskej republiky",
        name_en: "Office for Personal Data Protection of the Slovak Republic",
        name_fi: None,
        name_sv: None,
        web: "https://dataprotection.gov.sk/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/skunoou.json (CC0; cites https://dataprotection.gov.sk/uoou/en/content/contact)",
    },
    SupervisoryAuthority {
        country: Country::Slovenia,
        name: "Informacijski pooblaščenec (IP)",
        name_en: "Information Commissioner of the Republic of Slovenia",
        name_fi: None,
        name_sv: None,
        web: "https://www.ip-rs.si/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/siiprs.json (CC0; cites https://www.ip-rs.si/en/about/about/)",
    },
    SupervisoryAuthority {
        country: Country::Spain,
        name: "Agencia Española de Protección de Datos (AEPD)",
        name_en: "Spanish Data Protection Agency",
        name_fi: None,
        name_sv: None,
        web: "https://www.aepd.es/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/esaepa.json (CC0; cites https://www.aepd.es/agencia/contacto.html). The AEPD supervises private controllers everywhere in Spain; regional public bodies in Catalonia, the Basque Country and Andalusia have their own authority (not modelled)",
    },
    SupervisoryAuthority {
        country: Country::Sweden,
        name: "Integritetsskyddsmyndigheten (IMY)",
        name_en: "Swedish Authority for Privacy Protection",
        name_fi: Some("Integritetsskyddsmyndigheten (IMY)"),
        name_sv: Some("Integritetsskyddsmyndigheten (IMY)"),
        web: "https://www.imy.se/",
        source: "https://www.imy.se/om-oss/vart-uppdrag/ and https://www.imy.se/en/about-us/swedish-authority-for-privacy-protections-assignment/ (search, pages); datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/sedi.json (CC0; cites https://www.imy.se/om-oss/kontakta-oss/); formerly Datainspektionen; Finnish name NOT verified",
    },
    SupervisoryAuthority {
        country: Country::Iceland,
        name: "Persónuvernd",
        name_en: "Icelandic Data Protection Authority",
        name_fi: None,
        name_sv: None,
        web: "https://www.personuvernd.is/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/isdpa.json (CC0; cites https://www.personuvernd.is/information-in-english/about-us/)",
    },
    SupervisoryAuthority {
        country: Country::Liechtenstein,
        name: "Datenschutzstelle Fürstentum Liechtenstein (DSS)",
        name_en: "Data Protection Authority of the Principality of Liechtenstein",
        name_fi: None,
        name_sv: None,
        web: "https://www.datenschutzstelle.li/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/lidss.json (CC0; cites https://www.datenschutzstelle.li/impressum)",
    },
    SupervisoryAuthority {
        country: Country::Norway,
        name: "Datatilsynet",
        name_en: "Norwegian Data Protection Authority",
        name_fi: None,
        name_sv: None,
        web: "https://www.datatilsynet.no/",
        source: "datenanfragen/data (CC0) at commit 0a29c3d6 supervisory-authorities/nods.json (CC0; cites https://www.datatilsynet.no/om-datatilsynet/kontakt-oss/)",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_authority_per_state() {
        assert_eq!(Country::ALL.len(), 30);
        assert_eq!(AUTHORITIES.len(), 30);
        for country in Country::ALL {
            let authority = country.supervisory_authority();
            assert_eq!(authority.country, *country);
            assert!(authority.web.starts_with("https://"), "{}", authority.web);
            assert!(!authority.source.is_empty());
        }
        assert_eq!(
            Country::Finland.supervisory_authority().web_short(),
            "tietosuoja.fi"
        );
        assert_eq!(
            Country::Sweden
                .supervisory_authority()
                .name_in(Language::Fi),
            "Integritetsskyddsmyndigheten (IMY)"
        );
        assert_eq!("GR".parse::<Country>(), Ok(Country::Greece));
        assert!("gr".parse::<Country>().is_err());
        assert_eq!(Country::Greece.calendar_code(), "gr");
        assert_eq!(Country::Netherlands.name_in(Language::Sv), "Nederländerna");
        assert_eq!(Country::Sweden.name_in(Language::Fi), "Ruotsi");
    }
}
