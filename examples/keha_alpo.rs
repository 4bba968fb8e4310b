//! The ALPO register of the KEHA Centre, built in Rust.
//!
//! [`keha_alpo`] builds exactly the register that `examples/registers/keha-alpo.toml` describes,
//! from the KEHA Centre's privacy notice "Tietosuojaseloste" for the ALPO register (drawn up
//! 18.11.2021); `tests/seed_files.rs` checks that the two are equal.
//!
//! Run it with `cargo run --example keha_alpo`.

use chrono::NaiveDate;
use gdpr::legal::{Country, StatuteRef};
use gdpr::model::{
    InformationSystem, Processor, RecordLevel, RequestProcedure, RightStatement, RightsInfo,
    Security, Transfers,
};
use gdpr::{
    Contact, Controller, DataCategory, Id, Language, LawfulBasis, LocalizedText, Party, Purpose,
    Register, RetentionPolicy, RetentionRule, Right, Source, SourceKind, SubjectGroup, Trigger,
};

/// A Finnish text.
fn fi(text: &str) -> LocalizedText {
    LocalizedText::fi(text)
}

/// An id written in this file.
fn id(id: &str) -> Id {
    id.parse().expect("a kebab-case id")
}

/// The ALPO register (maahanmuuttajien neuvontapalveluiden asiakasrekisterijärjestelmä).
///
/// # Panics
/// Never: the register is valid (the test suite builds it).
pub fn keha_alpo() -> Register {
    let gdpr_act = || StatuteRef::new("(EU) 2016/679", "EU:n yleinen tietosuoja-asetus");

    // 1. Rekisterinpitäjä: a name only, no contact details. 2. Tietosuojavastaava.
    let controller = Controller::new(fi(
        "ELY-keskusten sekä TE-toimistojen kehittämis- ja hallintokeskus (KEHA-keskus)",
    ))
    .in_country(Country::Finland)
    .public_authority()
    .with_dpo(
        Party::titled(fi("Tietosuojavastaava"))
            .with_organisation(fi(
                "ELY-keskusten ja TE-toimistojen kehittämis- ja hallintokeskus (KEHA)",
            ))
            .with_contact(Contact::default().with_email("tietosuoja.keha@ely-keskus.fi")),
    );

    // 4. Henkilötietojen käsittelyn tarkoitus.
    let client_statistics = Purpose::new(
        id("client-statistics"),
        fi("ALPO-rekisteriin kerätään ja tallennetaan tilastokäsittelyä varten tietoja neuvontapisteiden palveluita käyttävistä henkilöistä (asiakkaat) neuvontapisteiden neuvojien toimesta. Neuvontapisteiden asiakkaista ei kerätä yksilöiviä tai muita henkilöä tunnistavia tietoja. Kerättävät tiedot käsitellään järjestelmässä vain anonymisoituna - ei henkilötiedoksi luettavaa tietoa - tilastotietona."),
    )
    .anonymous()
    .for_group(id("clients"));

    let partner_cooperation = Purpose::new(
        id("partner-cooperation"),
        fi("Rekisteriin kerätään ja tallennetaan tietoa myös neuvontapisteiden palvelua käyttävistä yhteistyökumppaneista neuvontapisteiden neuvojien toimesta. Kerättävä tieto sisältää sekä käyntikohtaisia tilastollisia tietoja että yhteystietoja yhteistyökumppanin puolelta heidän yhteydenottajastaan (kokonaisuutena yhteistyökumppanikäyntitiedot). Yhteistyökumppaneista kerättävän henkilötiedon käsittelyn tarkoitus on mahdollistaa käyntipalvelun tuottamisessa tarvittava yhteistyö ja viestintä. Käsittelyn perusteena toimii rekisteröidyn (yhteydenottaja) suostumus."),
    )
    .basis(LawfulBasis::Consent)
    .for_group(id("partner-contacts"));

    let user_management = Purpose::new(
        id("user-management"),
        fi("Rekisterin käyttö edellyttää käyttäjätunnuksia, joiden luontia varten kerätään neuvontapisteiden neuvojilta (rekisterin käyttäjät) tarvittavat henkilötiedot käyttäjähallinnan toteuttamiseksi.\n\nKäsittelyn tarkoitus on rekisterin käyttäjien virka- tai työsopimussuhteen edellyttämien tehtävien hoidon mahdollistaminen. Rekisterin käyttäjien henkilötietojen käsittelyn perusteena toimii yleinen etu ja julkisen vallan käyttö perustuen säädöksiin: laki kunnan ja hyvinvointialueen viranhaltijasta 304/2003 tai työsopimuslaki 55/2001, työehtosopimuslaki 436/1946, EU:n yleinen tietosuoja-asetus (EU) 2016/679, tietosuojalaki 1050/2018, laki sähköisen viestinnän palveluista 917/2014 ja työelämän tietosuojalaki 347/2019."),
    )
    .basis(LawfulBasis::PublicInterest)
    .basis(LawfulBasis::OfficialAuthority)
    .statute(StatuteRef::new(
        "304/2003",
        "laki kunnan ja hyvinvointialueen viranhaltijasta",
    ))
    .statute(StatuteRef::new("55/2001", "työsopimuslaki"))
    .statute(StatuteRef::new("436/1946", "työehtosopimuslaki"))
    .statute(gdpr_act())
    .statute(StatuteRef::new("1050/2018", "tietosuojalaki"))
    .statute(StatuteRef::new(
        "917/2014",
        "laki sähköisen viestinnän palveluista",
    ))
    .statute(StatuteRef::new("347/2019", "työelämän tietosuojalaki"))
    .for_group(id("users"));

    // 5. Rekisterin tietosisältö ja henkilötietoryhmät.
    let mut clients = SubjectGroup::new(id("clients"), fi("Neuvontapisteiden asiakkaat")).category(
        DataCategory::new(fi("Asiakaskäynneistä tallennetaan vain anonymisoitua ja ei-yksilöivää tietoa käytien tilastollista käsittelyä ja seuranta varten")),
    );
    clients.description = Some(fi("Asiakkaista ei tallenneta henkilötietoja"));
    clients.anonymous = true;
    // "Asiakaskäynneistä tallennetaan ...": records of single visits.
    clients.record_level = Some(RecordLevel::PerEvent);

    let partners = SubjectGroup::new(
        id("partner-contacts"),
        fi("Neuvontapisteiden yhteistyökumppanit (rekisteröidyt)"),
    )
    .category(DataCategory::new(fi(
        "käyntikohtaista tilastollista tietoa",
    )))
    .category(
        DataCategory::new(fi("yhteistyökumppanin yhteydenottajan yhteystiedot"))
            .item(fi("organisaation nimi"))
            .item(fi("yhteydenottajan nimi"))
            .item(fi("yhteydenottajan puhelinnumero"))
            .item(fi("yhteydenottajan sähköpostiosoite")),
    );

    let users = [
        "etunimi ja sukunimi",
        "käyttäjätunnus",
        "sähköpostiosoite",
        "paikkakunta",
        "neuvontakieli/-kielet",
    ]
    .into_iter()
    .fold(
        SubjectGroup::new(id("users"), fi("Rekisterin käyttäjät (rekisteröidyt)")),
        |group, name| group.category(DataCategory::new(fi(name))),
    );

    // 8. Säännönmukaiset tietolähteet.
    let user_source = Source::new(
        SourceKind::DataSubject,
        fi("Neuvontapistekohtaiset rekisterikäyttäjätiedot tallennetaan rekisteriin uusia käyttäjätunnuksia perustettaessa. Käyttäjillä on mahdollisuus päivittää omia tietojaan."),
    )
    .for_group(id("users"));
    let visit_source = Source::new(
        SourceKind::Controller,
        fi("Rekisteriin kerättävät asiakaskäyntien tilastolliset tiedot sekä yhteistyökumppanikäyntitietoja tallennetaan neuvontakäyntien yhteydessä."),
    )
    .for_group(id("clients"))
    .for_group(id("partner-contacts"));
    let partner_source = Source::new(
        SourceKind::DataSubject,
        fi("Yhteistyökumppaneiden yhteydenottajien yhteystiedot kerätään heiltä itseltään."),
    )
    .for_group(id("partner-contacts"));

    // 7. Tiedon säilytysaika.
    let mut users_rule = RetentionRule::new(
        id("users"),
        fi("Neuvontapisteiden ALPO-rekisterin käyttäjien tiedot"),
        RetentionPolicy::months(12, Trigger::LastActivity),
    );
    users_rule.subject_groups = vec![id("users")];
    // The notice implies removal when the period ends but does not say it: no action.
    users_rule.trigger_text = Some(fi("käyttäjän viimeisimmästä kirjautumisesta"));
    users_rule.description = Some(fi(
        "Neuvontapisteiden ALPO-rekisterin käyttäjien tietoja säilytetään rekisterissä kahdentoista (12) kuukauden ajan käyttäjän viimeisimmästä kirjautumisesta.",
    ));
    users_rule.early_disposal = Some(fi(
        "Neuvontapisteiden pääkäyttäjät voivat poistaa käyttäjien tiedot käyttäjän työ-/virkasuhteen päättyessä tai käyttäjän pyynnöstä jo ennen kahdentoista kuukauden määräajan täyttymistä.",
    ));

    let mut partners_rule = RetentionRule::new(
        id("partner-contacts"),
        fi("Yhteistyökumppaneiden yhteystiedot"),
        RetentionPolicy::months(12, Trigger::Collected),
    );
    partners_rule.subject_groups = vec![id("partner-contacts")];
    partners_rule.trigger_text = Some(fi("niiden kirjauksesta järjestelmään"));
    partners_rule.description = Some(fi(
        "Yhteistyökumppaneiden yhteystietoja säilytetään rekisterissä kahdentoista (12) kuukauden ajan niiden kirjauksesta järjestelmään.",
    ));
    partners_rule.early_disposal = Some(fi(
        "Neuvontapisteiden pääkäyttäjät voivat poistaa yhteystiedot yhteistyökumppanin yhteyshenkilön (rekisteröidyn) pyynnöstä jo ennen kahdentoista kuukauden määräajan täyttymistä.",
    ));

    let mut statistics_rule = RetentionRule::new(
        id("statistics"),
        fi("Asiakaskäyntien sekä yhteistyökumppanikäyntien anonyymit tilastotiedot"),
        RetentionPolicy::Indefinite { anonymised: true },
    );
    statistics_rule.subject_groups = vec![id("clients"), id("partner-contacts")];
    statistics_rule.description = Some(fi(
        "Asiakaskäyntien sekä yhteistyökumppanikäyntien anonyymeja tilastotietoja säilytetään toistaiseksi, eikä niihin kohdistu säännöllisiä poistoja.",
    ));

    // 12.–14.: rights, and how to ask.
    let statement = |heading: Option<&str>, rights: &[Right], text: &str| RightStatement {
        heading: heading.map(fi),
        rights: rights.to_vec(),
        text: fi(text),
    };
    let rights = RightsInfo {
        introduction: None,
        how_to_request: Some(fi(
            "Pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle ja henkilöllisyys on todistettava.",
        )),
        statements: vec![
            statement(
                Some("Tarkastusoikeus ja tietojen pyytäminen"),
                &[Right::Access],
                "Rekisteröidyillä on oikeus tarkistaa rekisteriin tallennetut tietonsa. Rekisterin käyttäjien osalta tietojen tarkistuksen voi tehdä myös omatoimisesti palvelussa.\n\nMikäli rekisteröity haluaa tarkistaa hänestä tallennetut tiedot muutoin kuin itsepalveluna, pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle ja henkilöllisyys on todistettava.",
            ),
            statement(
                Some("Tiedon korjaamisoikeus ja oikeus tietojen poistamiseen"),
                &[Right::Rectification],
                "Rekisteröidyillä on oikeus vaatia mahdollisen virheellisen tiedon korjaamista tai puutteellisen tiedon täydentämistä. Rekisterin käyttäjien osalta tietojen korjauksen voi tehdä myös omatoimisesti palvelussa. Mikäli rekisteröity vaatii oikaisua hänestä tallennettuihin tietoihin muutoin kuin itsepalveluna, pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle ja henkilöllisyys on todistettava.",
            ),
            statement(
                None,
                &[Right::Erasure, Right::Restriction],
                "Rekisteröidyillä on oikeus pyytää häntä koskevien henkilötietojen poistamista rekisteristä (oikeus tulla unohdetuksi). Rekisteröidyillä on myös muut EU:n yleisen tietosuoja-asetuksen mukaiset oikeudet kuten henkilötietojen käsittelyn rajoittaminen tietyissä tilanteissa. Pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle ja henkilöllisyys on todistettava.",
            ),
            statement(
                Some("Henkilötietojen käsittelyä koskeva valitus tai kantelu"),
                &[Right::Complaint],
                "Tarvittaessa rekisteröity voi valittaa tai tehdä kantelun tietojensa käsittelystä tietosuojavaltuutetulle. Tietosuojavaltuutetun yhteystiedot ovat saatavilla osoitteessa www.tietosuoja.fi",
            ),
        ],
        // "pyyntö tulee lähettää kirjallisesti rekisterinpitäjälle ja henkilöllisyys on todistettava"
        procedure: Some(RequestProcedure {
            written_only: true,
            identity_proof_always: true,
        }),
        derived: false,
        standard_text: false,
    };

    Register::builder(
        "keha-alpo".parse().expect("a valid id"),
        fi("ALPO-rekisteri (maahanmuuttajien neuvontapalveluiden asiakasrekisterijärjestelmä)"),
        controller,
    )
    .description(fi("Tämän selosteen tarkoituksena on informoida henkilötietojen käsittelystä EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 mukaisesti. Seloste on laadittu 18.11.2021 ja sitä päivitetään tarvittaessa."))
    .language(Language::Fi)
    .drawn_up(NaiveDate::from_ymd_opt(2021, 11, 18).expect("a real date"))
    .document_basis(gdpr_act())
    .purpose(client_statistics)
    .purpose(partner_cooperation)
    .purpose(user_management)
    .subject_group(clients)
    .subject_group(partners)
    .subject_group(users)
    .source(user_source)
    .source(visit_source)
    .source(partner_source)
    // 9. Tietojen säännönmukaiset luovutukset.
    .disclosure_statement(fi("Rekisterin sisältämiä rekisteröityjen henkilötietoja ei luovuteta eteenpäin.\n\nNeuvontapisteet voivat luovuttaa asiakaskäynteihin sekä yhteistyökumppaneiden käynteihin liittyviä anonyymeja - ei henkilötiedoksi luettavaa tietoa - tilastotietoja eteenpäin."))
    // 6. Henkilötietojen käsittelijät.
    .processor(Processor::described(fi("Yksittäiset neuvontapisteet käsittelevät oman organisaationsa käyttäjien tietoja rekisterin käyttäjähallinnan toteuttamiseksi, yhteistyökumppaneiden kanssa tarvittavan viestinnän hoitamisessa sekä tarvittaessa rekisterin käytön seurannassa.")))
    .processor(Processor::named(
        "Netum Oy",
        Some(fi("Rekisterijärjestelmän palvelutoimittaja (Netum Oy) käsittelee henkilötietoja rekisterinpitäjän lukuun ALPO-rekisterin teknisenä palveluntarjoajana.")),
    ))
    // 10. Tietojen siirto EU:n tai ETA:n ulkopuolelle.
    .transfers(Transfers::none(fi(
        "Tietoja ei luovuteta eikä siirretä EU:n tai ETA:n ulkopuolelle.",
    )))
    // The title: the register is kept in the ALPO system.
    .system(InformationSystem {
        name: "ALPO".parse().expect("a valid label"),
        description: Some(fi("maahanmuuttajien neuvontapalveluiden asiakasrekisterijärjestelmä")),
        controller: None,
    })
    .retention(users_rule)
    .retention(partners_rule)
    .retention(statistics_rule)
    // 11. Rekisterin suojauksen periaatteet.
    .security(Security {
        general: vec![
            fi("Rekisterin käsittelyssä noudatetaan huolellisuutta ja tietojärjestelmissä käsiteltävät tiedot suojataan asianmukaisesti. Laitteiston fyysisestä ja digitaalisesta tietoturvasta huolehditaan asianmukaisesti."),
            fi("Rekisterinpitäjä ja henkilötietojen käsittelijä huolehtivat siitä, että tallennettuja tietoja sekä palvelimien käyttöoikeuksia ja muita henkilötietojen turvallisuuden kannalta kriittisiä tietoja käsitellään luottamuksellisesti ja vain niiden työntekijöiden toimesta, joiden työnkuvaan se kuuluu."),
        ],
        ..Security::default()
    })
    .rights(rights)
    .build()
    .unwrap_or_else(|errors| panic!("the ALPO register is invalid: {errors:?}"))
}

fn main() {
    let register = keha_alpo();
    println!(
        "{}: {} purposes, {} data subject groups, {} retention rules",
        register.id,
        register.purposes.len(),
        register.subject_groups.len(),
        register.retention.len()
    );
    for rule in &register.retention {
        println!("  retention `{}`: {:?}", rule.id, rule.policy);
    }
}
