//! Language-specific wording the notice builds in code: statute citations, repeal notes and
//! what a derived right means.

use crate::legal::{Ending, LawfulBasis, Repeal, Right};
use crate::matrix::{OBJECTION_BOTH, OBJECTION_DIRECT_MARKETING, RightDecision, RightStatus};
use crate::model::{Purpose, Register};
use crate::text::Language;

/// A statute as `language` cites it.
///
/// Finnish names the act in the genitive with its number after the title, then the section:
/// "julkisesta työvoima- ja yrityspalvelusta annetun lain (916/2012) 13 luvun 4 §" (the
/// form of the Finnish government's drafting guide, Lainkirjoittajan opas, and of Finlex's
/// own references, e.g. Act 383/2023 s. 2). A title whose genitive the crate cannot form is
/// cited as "title (number), section". Swedish cites "13 kap. 4 § i lagen om …", the title in
/// the definite form; English "title (number), section".
pub(crate) fn statute_citation(
    language: Language,
    title: Option<&str>,
    number: Option<&str>,
    section: Option<&str>,
) -> String {
    let numbered = |title: &str| numbered(title, number);
    let Some(title) = title else {
        let number = number.unwrap_or_default();
        return match section {
            Some(section) => format!("{number} {section}"),
            None => number.to_owned(),
        };
    };
    let Some(section) = section else {
        return numbered(title);
    };
    match language {
        Language::Fi => match finnish_genitive(title) {
            Some(genitive) => format!("{} {}", numbered(&genitive), finnish_section(section)),
            None => format!("{}, {section}", numbered(title)),
        },
        Language::Sv => format!("{section} i {}", numbered(&swedish_definite(title))),
        Language::En => format!("{}, {section}", numbered(title)),
    }
}

/// The genitive of a Finnish statute title: "laki X" → "X annetun lain", "työsopimuslaki" →
/// "työsopimuslain", "EU:n yleinen tietosuoja-asetus" → "EU:n yleisen tietosuoja-asetuksen".
/// `None` for a title of another shape.
fn finnish_genitive(title: &str) -> Option<String> {
    let lower_first = |s: &str| {
        let mut chars = s.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    };
    if let Some(rest) = title
        .strip_prefix("laki ")
        .or_else(|| title.strip_prefix("Laki "))
    {
        return Some(format!("{rest} annetun lain"));
    }
    if let Some(stem) = title.strip_suffix("LAKI") {
        return Some(format!("{stem}LAIN"));
    }
    if let Some(stem) = title.strip_suffix("laki") {
        return Some(lower_first(&format!("{stem}lain")));
    }
    if let Some(stem) = title.strip_suffix("asetus") {
        return Some(format!("{}asetuksen", stem.replace("yleinen ", "yleisen ")));
    }
    None
}

/// A section in the genitive chain: "13 luku 4 §" → "13 luvun 4 §", "6 luku, 24 §" →
/// "6 luvun 24 §". A chapter cited alone stays in the nominative ("13 luku").
fn finnish_section(section: &str) -> String {
    match section.split_once(" luku") {
        Some((chapter, rest)) if rest.contains('§') => {
            format!("{chapter} luvun {}", rest.trim_start_matches(',').trim())
        }
        _ => section.to_owned(),
    }
}

/// A Finnish section reference in Swedish numbering: "13 luku 4 §" → "13 kap. 4 §",
/// "10 JA 24§" → "10 och 24 §". Only numbers, chapters, "ja" and "§" are translated; any
/// other word leaves the section as it is (`None`).
pub(crate) fn swedish_section(section: &str) -> Option<String> {
    let spaced = section.replace('§', " §").replace(',', " ");
    let mut out = Vec::new();
    for word in spaced.split_whitespace() {
        let word = match word.to_lowercase().as_str() {
            "luku" => "kap.".to_owned(),
            "ja" => "och".to_owned(),
            "§" => "§".to_owned(),
            // "4 a §": a number, or the letter of a section inserted later.
            w if w.starts_with(|c: char| c.is_ascii_digit())
                && w.bytes()
                    .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase()) =>
            {
                w.to_owned()
            }
            w if w.len() == 1 && w.bytes().all(|b| b.is_ascii_lowercase()) => w.to_owned(),
            _ => return None,
        };
        out.push(word);
    }
    Some(out.join(" "))
}

/// The definite form of a Swedish statute title, as a citation after "i" needs it: "lag om
/// X" → "lagen om X", "personuppgiftslag" → "personuppgiftslagen", "förordning om X" →
/// "förordningen om X". Titles already definite, or of another shape, are kept.
fn swedish_definite(title: &str) -> String {
    if let Some(rest) = title.strip_prefix("allmän ") {
        return format!("den allmänna {}", swedish_definite(rest));
    }
    let (first, rest) = title.split_once(' ').unwrap_or((title, ""));
    let lower = first.to_lowercase();
    let definite = if lower.ends_with("lagen") || lower.ends_with("förordningen") {
        return title.to_owned();
    } else if lower.ends_with("lag") || lower.ends_with("förordning") {
        format!("{lower}en")
    } else {
        return title.to_owned();
    };
    if rest.is_empty() {
        definite
    } else {
        format!("{definite} {rest}")
    }
}

/// Derived: that an act is no longer in force, the cases it still governs, and where its
/// subject is now regulated, the acts named (a number alone tells a reader nothing). A
/// regulation that applies directly is not called the act's successor: the note says where
/// the matter is now regulated, not what replaced what.
pub(crate) fn repeal_note(repeal: &Repeal, language: Language) -> String {
    let date = date(repeal.effective, language);
    let mut note = match (repeal.ending, language) {
        (Ending::Repealed { .. }, Language::Fi) => format!("kumottu {date} alkaen"),
        (Ending::Repealed { .. }, Language::Sv) => format!("upphävd från och med {date}"),
        (Ending::Repealed { .. }, Language::En) => format!("repealed with effect from {date}"),
        (Ending::Expired, _) => {
            let last = repeal
                .effective
                .parse::<chrono::NaiveDate>()
                .ok()
                .and_then(|d| d.pred_opt())
                .map(|d| self::date(&d.to_string(), language))
                .unwrap_or(date);
            language.pick_owned(
                format!("määräaikainen laki, voimassa {last} asti"),
                format!("tidsbegränsad lag som gällde till och med {last}"),
                format!("a temporary act, in force until {last}"),
            )
        }
    };
    if let Some(cases) = repeal.still_applies_to {
        let [fi, sv, en] = cases;
        note.push_str(&language.pick_owned(
            format!("; sovelletaan edelleen {fi}"),
            format!("; tillämpas fortfarande på {sv}"),
            format!("; still applies to {en}"),
        ));
    }
    if repeal.successors.is_empty() {
        return note;
    }
    let named: Vec<String> = repeal
        .successors
        .iter()
        .map(|number| where_regulated(number, language))
        .collect();
    let named: Vec<&str> = named.iter().map(String::as_str).collect();
    let list = crate::legal::citation::join(&named, ", ", language.pick(" ja ", " och ", " and "));
    let now = language.pick_owned(
        format!("asiasta säädetään nykyisin {list}"),
        format!("bestämmelser om saken finns nu i {list}"),
        format!("the matter is now governed by {list}"),
    );
    format!("{note}; {now}")
}

/// An act as the end of "asiasta säädetään nykyisin …" / "finns nu i …" / "governed by …":
/// the Finnish inessive ("työllistymisen monialaisesta edistämisestä annetussa laissa
/// (381/2023)"), the Swedish definite form, the English title where known.
fn where_regulated(number: &str, language: Language) -> String {
    let Some(titles) = crate::legal::titles(number) else {
        return language.pick_owned(
            format!("säädöksessä {number}"),
            format!("författning {number}"),
            format!("Act {number}"),
        );
    };
    match language {
        Language::Fi => {
            let title = finnish_inessive(titles.fi).unwrap_or_else(|| titles.fi.to_owned());
            numbered(&title, Some(number))
        }
        Language::Sv => numbered(&swedish_definite(titles.sv), Some(number)),
        Language::En => match (titles.en, titles.is_eu_regulation()) {
            (Some(title), true) => format!("Regulation {number} ({title})"),
            (None, true) => format!("Regulation {number}"),
            (Some(title), false) => format!("the {title} ({number})"),
            (None, false) => format!("Act {number} (Finnish title: {})", titles.fi),
        },
    }
}

/// "title (number)", or "title (EU) 2016/679" where the number brings its own brackets.
fn numbered(title: &str, number: Option<&str>) -> String {
    match number {
        Some(number) if number.starts_with('(') => format!("{title} {number}"),
        Some(number) => format!("{title} ({number})"),
        None => title.to_owned(),
    }
}

/// The inessive of a Finnish statute title: "laki X" → "X annetussa laissa", "tietosuojalaki"
/// → "tietosuojalaissa", "yleinen tietosuoja-asetus" → "yleisessä tietosuoja-asetuksessa".
fn finnish_inessive(title: &str) -> Option<String> {
    if let Some(rest) = title
        .strip_prefix("laki ")
        .or_else(|| title.strip_prefix("Laki "))
    {
        return Some(format!("{rest} annetussa laissa"));
    }
    if let Some(stem) = title.strip_suffix("laki") {
        return Some(format!("{stem}laissa"));
    }
    if let Some(stem) = title.strip_suffix("asetus") {
        return Some(format!(
            "{}asetuksessa",
            stem.replace("yleinen ", "yleisessä ")
        ));
    }
    None
}

fn date(iso: &str, language: Language) -> String {
    iso.parse().map_or_else(
        |_| iso.to_owned(),
        |date| super::render::date_text(date, language),
    )
}

/// Erasure under Art. 17(3)(b): the right applies, but not to the processing the purpose's
/// own bases make necessary (c: a legal obligation; e: a public task or official authority).
fn erasure_limited(purpose: &Purpose, l: Language) -> String {
    let obligation = purpose.lawful_bases.contains(&LawfulBasis::LegalObligation);
    let public = purpose.lawful_bases.iter().any(|b| b.is_public_task());
    let limbs = match (obligation, public) {
        (true, false) => l.pick(
            "lakisääteisen velvoitteen noudattamiseksi",
            "för att fullgöra en rättslig förpliktelse",
            "for compliance with a legal obligation",
        ),
        (false, true) => l.pick(
            "yleisen edun nimissä toteutettavan tehtävän suorittamiseksi tai rekisterinpitäjälle kuuluvan julkisen vallan käyttämiseksi",
            "för att utföra en uppgift av allmänt intresse eller som ett led i den personuppgiftsansvariges myndighetsutövning",
            "for a task carried out in the public interest or in the exercise of official authority vested in the controller",
        ),
        _ => l.pick(
            "lakisääteisen velvoitteen noudattamiseksi tai yleisen edun nimissä toteutettavan tehtävän suorittamiseksi taikka rekisterinpitäjälle kuuluvan julkisen vallan käyttämiseksi",
            "för att fullgöra en rättslig förpliktelse, för att utföra en uppgift av allmänt intresse eller som ett led i den personuppgiftsansvariges myndighetsutövning",
            "for compliance with a legal obligation, for a task carried out in the public interest or in the exercise of official authority vested in the controller",
        ),
    };
    l.pick_owned(
        format!("sovelletaan, mutta ei koske tietoja siltä osin kuin käsittely on tarpeen {limbs}"),
        format!("gäller, men inte i den mån behandlingen är nödvändig {limbs}"),
        format!("applies, but not to data whose processing is necessary {limbs}"),
    )
}

/// The consent or contract bases of a purpose, for the portability explanation: only the
/// bases the purpose has are named.
fn portability_bases(purpose: &Purpose, language: Language) -> &'static str {
    let consent = purpose.lawful_bases.contains(&LawfulBasis::Consent)
        || purpose
            .special_conditions
            .contains(&crate::legal::Article9Condition::ExplicitConsent);
    let contract = purpose.lawful_bases.contains(&LawfulBasis::Contract);
    match (consent, contract) {
        (true, false) => language.pick("suostumukseen", "samtycke", "consent"),
        (false, true) => language.pick("sopimukseen", "avtal", "a contract"),
        _ => language.pick(
            "suostumukseen tai sopimukseen",
            "samtycke eller avtal",
            "consent or a contract",
        ),
    }
}

/// What a derived decision means for the data subject, in `language`. The wording follows
/// the official text of the provision in each language (EUR-Lex, CELEX 32016R0679): an
/// explanation never drops a condition the article sets.
pub(crate) fn explain(
    decision: &RightDecision,
    register: &Register,
    purpose: &Purpose,
    language: Language,
) -> String {
    let l = language;
    if decision.status == RightStatus::Undetermined {
        return l
            .pick(
                "ei voida arvioida, koska selosteessa ei ole ilmoitettu käsittelyn oikeusperustetta",
                "kan inte bedömas, eftersom beskrivningen inte anger den rättsliga grunden",
                "cannot be assessed: the notice does not state the legal basis of the processing",
            )
            .to_owned();
    }
    match decision.right {
        Right::Erasure => erasure(decision, purpose, l),
        Right::Portability => portability(decision, purpose, l),
        Right::Objection => objection(decision, purpose, l),
        Right::WithdrawConsent => withdrawal(decision, l).to_owned(),
        Right::AutomatedDecision => automated_decision(decision, register, l).to_owned(),
        _ => l
            .pick(
                "sovelletaan käsittelyn oikeusperusteesta riippumatta",
                "gäller oberoende av den rättsliga grunden för behandlingen",
                "applies whatever the legal basis",
            )
            .to_owned(),
    }
}

fn erasure(decision: &RightDecision, purpose: &Purpose, l: Language) -> String {
    use RightStatus::*;
    let text = match (decision.status, decision.article) {
        (Applies, _) => l.pick(
            "sovelletaan tietosuoja-asetuksen 17 artiklan 3 kohdassa säädetyin poikkeuksin",
            "gäller med de undantag som anges i artikel 17.3",
            "applies, subject to the exceptions in Article 17(3)",
        ),
        (Limited, "Art. 17(3)(b)") => return erasure_limited(purpose, l),
        (_, _) => l.pick(
            "sovelletaan, mutta asetuksessa säädetyt poikkeukset voivat rajoittaa sitä",
            "kan begränsas av undantagen",
            "applies, but the exceptions may limit it",
        ),
    };
    text.to_owned()
}

fn portability(decision: &RightDecision, purpose: &Purpose, l: Language) -> String {
    use RightStatus::*;
    let text = match (decision.status, decision.article) {
        (Applies, _) => l.pick(
            "koskee rekisteröidyn itse toimittamia tietoja",
            "gäller uppgifter som den registrerade själv har lämnat",
            "covers the data the data subject has provided",
        ),
        (Limited, "Art. 20(1)(b)") => l.pick(
            "vain jos käsittely suoritetaan automaattisesti, ja vain rekisteröidyn itse toimittamien tietojen osalta",
            "endast om behandlingen sker automatiserat, och endast för uppgifter som den registrerade själv har lämnat",
            "only if the processing is carried out by automated means, and only for the data the data subject has provided",
        ),
        (Limited, "Art. 20(1)") => l.pick(
            "vain rekisteröidyn itse toimittamien tietojen osalta",
            "endast för uppgifter som den registrerade själv har lämnat",
            "only for the data the data subject has provided",
        ),
        (Limited, _) => {
            let bases = portability_bases(purpose, l);
            return l.pick_owned(
                format!("vain siltä osin kuin käsittely perustuu {bases} ja suoritetaan automaattisesti, ja vain rekisteröidyn itse toimittamien tietojen osalta"),
                format!("endast i den mån behandlingen grundar sig på {bases} och sker automatiserat, och endast för uppgifter som den registrerade själv har lämnat"),
                format!("only to the extent that the processing rests on {bases} and is carried out by automated means, and only for the data the data subject has provided"),
            );
        }
        (NotApplicable, "Art. 20(3)") => l.pick(
            "ei sovellu, koska käsittely perustuu yleistä etua koskevaan tehtävään tai julkisen vallan käyttöön",
            "gäller inte, eftersom behandlingen grundar sig på en uppgift av allmänt intresse eller på den personuppgiftsansvariges myndighetsutövning",
            "does not apply: the processing rests on a task in the public interest or on official authority",
        ),
        (NotApplicable, "Art. 20(1)") => l.pick(
            "ei sovellu, koska tietoja ei saada rekisteröidyltä itseltään",
            "gäller inte, eftersom uppgifterna inte lämnas av den registrerade själv",
            "does not apply: the data is not provided by the data subject",
        ),
        (NotApplicable, "Art. 20(1)(b)") => l.pick(
            "ei sovellu, koska käsittelyä ei suoriteta automaattisesti",
            "gäller inte, eftersom behandlingen inte sker automatiserat",
            "does not apply: the processing is not carried out by automated means",
        ),
        _ => l.pick(
            "ei sovellu, koska käsittely ei perustu suostumukseen eikä sopimukseen",
            "gäller inte, eftersom behandlingen varken grundar sig på samtycke eller på avtal",
            "does not apply: the processing rests neither on consent nor on a contract",
        ),
    };
    text.to_owned()
}

fn objection(decision: &RightDecision, purpose: &Purpose, l: Language) -> String {
    use RightStatus::*;
    let legitimate = purpose
        .lawful_bases
        .contains(&LawfulBasis::LegitimateInterests);
    let objection_21_1 = || {
        let grounds = if legitimate {
            l.pick(
                "yleistä etua koskevaan tehtävään, julkisen vallan käyttöön tai oikeutettuun etuun",
                "artikel 6.1 e eller f",
                "a task in the public interest, official authority or legitimate interests",
            )
        } else {
            l.pick(
                "yleistä etua koskevaan tehtävään tai julkisen vallan käyttöön",
                "artikel 6.1 e",
                "a task in the public interest or official authority",
            )
        };
        l.pick_owned(
            format!("rekisteröidyn henkilökohtaiseen erityiseen tilanteeseen liittyvällä perusteella siltä osin kuin käsittely perustuu {grounds}; rekisterinpitäjä saa jatkaa käsittelyä vain, jos se osoittaa, että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää rekisteröidyn edut, oikeudet ja vapaudet, tai että käsittely on tarpeen oikeudellisen vaatimuksen laatimiseksi, esittämiseksi tai puolustamiseksi"),
            format!("av skäl som hänför sig till den registrerades specifika situation, i den mån behandlingen grundar sig på {grounds}; den personuppgiftsansvarige får därefter fortsätta behandlingen endast om den kan påvisa tvingande berättigade skäl som väger tyngre än den registrerades intressen, rättigheter och friheter, eller om behandlingen behövs för att fastställa, utöva eller försvara rättsliga anspråk"),
            format!("on grounds relating to the data subject's particular situation, to the extent that the processing rests on {grounds}; the controller may then continue only if it demonstrates compelling legitimate grounds which override the data subject's interests, rights and freedoms, or if the processing is needed for the establishment, exercise or defence of legal claims"),
        )
    };
    let direct_marketing = l.pick(
        "suoramarkkinointia vastaan milloin tahansa, minkä jälkeen tietoja ei enää käsitellä suoramarkkinointia varten",
        "mot direktmarknadsföring när som helst, varefter uppgifterna inte längre får behandlas för sådana ändamål",
        "to direct marketing at any time, after which the data is no longer processed for it",
    );
    let text = match (decision.status, decision.article) {
        (Applies, OBJECTION_BOTH) => {
            let general = objection_21_1();
            return l.pick_owned(
                format!("{direct_marketing}; muuta käsittelyä vastaan {general}"),
                format!("{direct_marketing}; mot annan behandling {general}"),
                format!("{direct_marketing}; to other processing {general}"),
            );
        }
        (Applies, OBJECTION_DIRECT_MARKETING) if purpose.lawful_bases.is_empty() => {
            return l.pick_owned(
                format!("{direct_marketing}; muun käsittelyn osalta ei voida arvioida, koska oikeusperustetta ei ole ilmoitettu"),
                format!("{direct_marketing}; för annan behandling kan rätten inte bedömas, eftersom den rättsliga grunden inte anges"),
                format!("{direct_marketing}; for other processing it cannot be assessed, as no legal basis is stated"),
            );
        }
        (Applies, OBJECTION_DIRECT_MARKETING) => direct_marketing,
        (Applies | Limited, _) => return objection_21_1(),
        _ => l.pick(
            "ei sovellu 21 artiklan 1 kohdan nojalla, koska käsittely ei perustu 6 artiklan 1 kohdan e tai f alakohtaan; selosteessa ei mainita suoramarkkinointia",
            "gäller inte enligt artikel 21.1, eftersom behandlingen inte grundar sig på artikel 6.1 e eller f; beskrivningen nämner inte direktmarknadsföring",
            "does not apply under Article 21(1), as the processing rests neither on Article 6(1)(e) nor (f); the notice does not mention direct marketing",
        ),
    };
    text.to_owned()
}

fn withdrawal(decision: &RightDecision, l: Language) -> &'static str {
    use RightStatus::*;
    match (decision.status, decision.article) {
        (Applies | Limited, _) => l.pick(
            "milloin tahansa; peruuttaminen ei vaikuta suostumuksen perusteella ennen sen peruuttamista suoritetun käsittelyn lainmukaisuuteen",
            "när som helst; återkallandet påverkar inte lagligheten av behandling som grundar sig på samtycket innan det återkallas",
            "at any time; withdrawal does not affect the lawfulness of processing based on consent before its withdrawal",
        ),
        _ => l.pick(
            "ei sovellu, koska käsittely ei perustu suostumukseen",
            "gäller inte, eftersom behandlingen inte grundar sig på samtycke",
            "does not apply: the processing does not rest on consent",
        ),
    }
}

fn automated_decision(decision: &RightDecision, register: &Register, l: Language) -> &'static str {
    use RightStatus::*;
    match (decision.status, decision.article) {
        (NotApplicable, _) => l.pick(
            "ei sovellu, koska pelkästään automaattiseen käsittelyyn perustuvia päätöksiä ei tehdä",
            "gäller inte, eftersom det inte fattas några beslut som enbart grundas på automatiserad behandling",
            "does not apply: no decisions based solely on automated processing are made",
        ),
        (_, _)
            if register.automated_decisions.as_ref().is_some_and(|a| a.used) =>
        {
            l.pick(
                "sovelletaan tietosuoja-asetuksen 22 artiklan 2 kohdassa säädetyin poikkeuksin",
                "gäller, med de undantag som anges i artikel 22.2",
                "applies, subject to the exceptions in Article 22(2)",
            )
        }
        (_, _) => l.pick(
            "sovelletaan, jos tehdään pelkästään automaattiseen käsittelyyn, kuten profilointiin, perustuvia päätöksiä, joilla on rekisteröityä koskevia oikeusvaikutuksia tai jotka vaikuttavat häneen vastaavalla tavalla merkittävästi",
            "gäller om det fattas beslut som enbart grundas på automatiserad behandling, inbegripet profilering, och som har rättsliga följder för den registrerade eller på liknande sätt i betydande grad påverkar honom eller henne",
            "applies where a decision based solely on automated processing, including profiling, produces legal effects concerning the data subject or similarly significantly affects him or her",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_statutes_in_the_genitive_with_the_number_after_the_name() {
        let fi = |t, n, s| statute_citation(Language::Fi, Some(t), Some(n), s);
        assert_eq!(
            fi(
                "laki julkisesta työvoima- ja yrityspalvelusta",
                "916/2012",
                Some("13 luku 4 §")
            ),
            "julkisesta työvoima- ja yrityspalvelusta annetun lain (916/2012) 13 luvun 4 §"
        );
        assert_eq!(
            fi(
                "Laki viranomaisten toiminnan julkisuudesta",
                "621/1999",
                Some("6 luku, 24 §")
            ),
            "viranomaisten toiminnan julkisuudesta annetun lain (621/1999) 6 luvun 24 §"
        );
        assert_eq!(
            fi("Työttömyysturvalaki", "1290/2002", None),
            "Työttömyysturvalaki (1290/2002)"
        );
        assert_eq!(
            fi("työsopimuslaki", "55/2001", Some("1 §")),
            "työsopimuslain (55/2001) 1 §"
        );
        assert_eq!(
            fi("HENKILÖTIETOLAKI", "523/1999", Some("10 JA 24§")),
            "HENKILÖTIETOLAIN (523/1999) 10 JA 24§"
        );
        assert_eq!(
            fi(
                "EU:n yleinen tietosuoja-asetus",
                "(EU) 2016/679",
                Some("6 artikla")
            ),
            "EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 6 artikla"
        );
        assert_eq!(
            fi("tietosuojaohje", "1/2020", Some("2 §")),
            "tietosuojaohje (1/2020), 2 §"
        );
        assert_eq!(
            statute_citation(
                Language::Sv,
                Some("lagen om offentlig arbetskrafts- och företagsservice"),
                Some("916/2012"),
                Some("13 kap. 4 §")
            ),
            "13 kap. 4 § i lagen om offentlig arbetskrafts- och företagsservice (916/2012)"
        );
        // Finlex gives Swedish titles in the indefinite form; a citation needs the definite.
        assert_eq!(
            statute_citation(
                Language::Sv,
                Some("lag om offentlighet i myndigheternas verksamhet"),
                Some("621/1999"),
                Some("24 §")
            ),
            "24 § i lagen om offentlighet i myndigheternas verksamhet (621/1999)"
        );
        assert_eq!(
            statute_citation(
                Language::Sv,
                Some("personuppgiftslag"),
                Some("523/1999"),
                Some("10 och 24 §")
            ),
            "10 och 24 § i personuppgiftslagen (523/1999)"
        );
    }

    #[test]
    fn finnish_sections_in_swedish_numbering() {
        assert_eq!(
            swedish_section("13 luku 4 §").as_deref(),
            Some("13 kap. 4 §")
        );
        assert_eq!(swedish_section("10 JA 24§").as_deref(), Some("10 och 24 §"));
        assert_eq!(
            swedish_section("6 luku, 24 §").as_deref(),
            Some("6 kap. 24 §")
        );
        assert_eq!(swedish_section("4 a §").as_deref(), Some("4 a §"));
        assert_eq!(swedish_section("1 momentti"), None);
    }

    #[test]
    fn repeal_notes_name_the_successor_and_the_cases_still_governed() {
        let note = |number: &str, language| {
            let number: crate::legal::StatuteNumber = number.parse().unwrap();
            repeal_note(number.repeal().unwrap(), language)
        };
        assert_eq!(
            note("1369/2014", Language::Fi),
            "kumottu 1.1.2025 alkaen; asiasta säädetään nykyisin työllistymisen monialaisesta edistämisestä annetussa laissa (381/2023)"
        );
        assert_eq!(
            note("523/1999", Language::Sv),
            "upphävd från och med 1.1.2019; bestämmelser om saken finns nu i den allmänna dataskyddsförordningen (EU) 2016/679 och dataskyddslagen (1050/2018)"
        );
        assert_eq!(
            note("1269/2020", Language::Fi),
            "määräaikainen laki, voimassa 31.12.2024 asti; asiasta säädetään nykyisin työvoimapalveluiden järjestämisestä annetussa laissa (380/2023)"
        );
        assert_eq!(
            note("1305/2002", Language::En),
            "repealed with effect from 2024-08-01; still applies to job alternation leave that began before 2024-08-01"
        );
        // A regulation is not an act, and an English reader gets the English title.
        assert_eq!(
            note("523/1999", Language::En),
            "repealed with effect from 2019-01-01; the matter is now governed by Regulation (EU) 2016/679 (General Data Protection Regulation) and the Data Protection Act (1050/2018)"
        );
    }
}
