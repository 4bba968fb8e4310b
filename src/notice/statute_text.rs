//! Language-specific wording the notice builds in code: statute citations, repeal notes and
//! what a derived right means.

use crate::legal::{Ending, Repeal, Right};
use crate::matrix::{RightDecision, RightStatus};
use crate::text::Language;

/// A statute as the language cites it.
///
/// Finnish puts the number after the title in parentheses, and when a section is cited the
/// act stands in the genitive and the chapter too: "lain julkisesta työvoima- ja
/// yrityspalvelusta (916/2012) 13 luvun 4 §" (the style of Finlex and of the Finnish
/// government's drafting guide, Lainkirjoittajan opas, ch. 20). A title whose genitive the
/// crate cannot form is cited as "title (number), section". Swedish cites "13 kap. 4 § i
/// lagen …"; English "title (number), section".
pub(crate) fn statute_citation(
    language: Language,
    title: Option<&str>,
    number: Option<&str>,
    section: Option<&str>,
) -> String {
    let numbered = |title: &str| match number {
        Some(number) => format!("{title} ({number})"),
        None => title.to_owned(),
    };
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
        Language::Sv => format!("{section} i {}", numbered(title)),
        Language::En => format!("{}, {section}", numbered(title)),
    }
}

/// The genitive of a Finnish statute title: "laki X" → "lain X", "työsopimuslaki" →
/// "työsopimuslain", "EU:n yleinen tietosuoja-asetus" → "EU:n yleisen tietosuoja-asetuksen".
/// `None` for a title of another shape. A title starting "Laki" is lowercased: the genitive
/// continues a sentence.
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
        return Some(format!("lain {rest}"));
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

/// Derived: that an act is no longer in force, and what took its place.
pub(crate) fn repeal_note(repeal: &Repeal, language: Language) -> String {
    let date = date(repeal.effective, language);
    let ended = match (repeal.ending, language) {
        (Ending::Repealed { .. }, Language::Fi) => format!("kumottu {date} alkaen"),
        (Ending::Repealed { .. }, Language::Sv) => format!("upphävd från och med {date}"),
        (Ending::Repealed { .. }, Language::En) => format!("repealed with effect from {date}"),
        (Ending::Expired, Language::Fi) => format!("määräaikainen laki, ei voimassa {date} alkaen"),
        (Ending::Expired, Language::Sv) => {
            format!("tidsbegränsad lag, inte i kraft från och med {date}")
        }
        (Ending::Expired, Language::En) => format!("a temporary act, not in force from {date}"),
    };
    if repeal.successors.is_empty() {
        return ended;
    }
    let successors = repeal.successors.join(", ");
    match language {
        Language::Fi => format!("{ended}; nykyinen säädös {successors}"),
        Language::Sv => format!("{ended}; gällande författning {successors}"),
        Language::En => format!("{ended}; now {successors}"),
    }
}

fn date(iso: &str, language: Language) -> String {
    match (language, iso.parse::<chrono::NaiveDate>()) {
        (Language::En, _) | (_, Err(_)) => iso.to_owned(),
        (_, Ok(date)) => date.format("%-d.%-m.%Y").to_string(),
    }
}

/// What a derived decision means for the data subject, in `language`.
pub(crate) fn explain(decision: &RightDecision, language: Language) -> &'static str {
    use RightStatus::*;
    let l = language;
    match (decision.right, decision.status, decision.article) {
        (Right::Erasure, Applies, _) => l.pick(
            "sovelletaan 17 artiklan 3 kohdan poikkeuksin",
            "gäller med de undantag som anges i artikel 17.3",
            "applies, subject to the exceptions of Article 17(3)",
        ),
        (Right::Erasure, Limited, "Art. 17(3)(b)") => l.pick(
            "oikeutta ei ole siltä osin kuin käsittely on tarpeen lakisääteisen velvoitteen noudattamiseksi tai yleistä etua koskevan tehtävän suorittamiseksi taikka rekisterinpitäjälle kuuluvan julkisen vallan käyttämiseksi",
            "gäller inte i den mån behandlingen är nödvändig för att fullgöra en rättslig förpliktelse eller för att utföra en uppgift av allmänt intresse eller som ett led i myndighetsutövning",
            "does not apply to the extent that processing is necessary for a legal obligation, a task in the public interest or the exercise of official authority",
        ),
        (Right::Erasure, _, _) => l.pick(
            "rajoitettu 17 artiklan 3 kohdan poikkeuksin",
            "begränsad av undantagen i artikel 17.3",
            "limited by the exceptions of Article 17(3)",
        ),
        (Right::Portability, Applies, _) => l.pick(
            "koskee rekisteröidyn itse toimittamia tietoja",
            "gäller uppgifter som den registrerade själv har lämnat",
            "covers the data the data subject has provided",
        ),
        (Right::Portability, Limited, "Art. 20(1)(b)") => l.pick(
            "vain jos käsittely suoritetaan automaattisesti, ja vain rekisteröidyn itse toimittamien tietojen osalta",
            "endast om behandlingen sker automatiserat, och endast för uppgifter som den registrerade själv har lämnat",
            "only if the processing is carried out by automated means, and only for the data the data subject has provided",
        ),
        (Right::Portability, Limited, "Art. 20(1)") => l.pick(
            "vain rekisteröidyn itse toimittamien tietojen osalta",
            "endast för uppgifter som den registrerade själv har lämnat",
            "only for the data the data subject has provided",
        ),
        (Right::Portability, Limited, _) => l.pick(
            "vain siltä osin kuin käsittely perustuu suostumukseen tai sopimukseen",
            "endast i den mån behandlingen grundar sig på samtycke eller avtal",
            "only to the extent that the processing rests on consent or a contract",
        ),
        (Right::Portability, NotApplicable, "Art. 20(3)") => l.pick(
            "ei sovellu: käsittely perustuu yleistä etua koskevaan tehtävään tai julkisen vallan käyttöön",
            "gäller inte: behandlingen grundar sig på en uppgift av allmänt intresse eller på myndighetsutövning",
            "does not apply: the processing rests on a task in the public interest or on official authority",
        ),
        (Right::Portability, NotApplicable, "Art. 20(1)") => l.pick(
            "ei sovellu: tietoja ei saada rekisteröidyltä itseltään",
            "gäller inte: uppgifterna lämnas inte av den registrerade själv",
            "does not apply: the data is not provided by the data subject",
        ),
        (Right::Portability, NotApplicable, "Art. 20(1)(b)") => l.pick(
            "ei sovellu: käsittelyä ei suoriteta automaattisesti",
            "gäller inte: behandlingen sker inte automatiserat",
            "does not apply: the processing is not carried out by automated means",
        ),
        (Right::Portability, NotApplicable, _) => l.pick(
            "ei sovellu: käsittely ei perustu suostumukseen eikä sopimukseen",
            "gäller inte: behandlingen grundar sig varken på samtycke eller på avtal",
            "does not apply: the processing rests neither on consent nor on a contract",
        ),
        (Right::Objection, Applies, _) => l.pick(
            "suoramarkkinointia vastaan milloin tahansa; tietoja ei tämän jälkeen käsitellä suoramarkkinointia varten",
            "mot direktmarknadsföring när som helst; uppgifterna får därefter inte behandlas för sådana ändamål",
            "to direct marketing, at any time; the data is then no longer processed for it",
        ),
        (Right::Objection, Limited, _) => l.pick(
            "rekisteröidyn erityiseen tilanteeseen liittyvällä perusteella siltä osin kuin käsittely perustuu yleistä etua koskevaan tehtävään, julkisen vallan käyttöön tai oikeutettuun etuun; rekisterinpitäjä voi jatkaa käsittelyä, jos se osoittaa huomattavan tärkeän ja perustellun syyn",
            "av skäl som hänför sig till den registrerades specifika situation, i den mån behandlingen grundar sig på en uppgift av allmänt intresse, myndighetsutövning eller berättigade intressen; den personuppgiftsansvarige får fortsätta behandlingen om den kan påvisa tvingande berättigade skäl",
            "on grounds relating to the data subject's particular situation, to the extent that the processing rests on a public task, official authority or legitimate interests; the controller may continue if it shows compelling legitimate grounds",
        ),
        (Right::Objection, NotApplicable, _) => l.pick(
            "ei sovellu tällä oikeusperusteella tapahtuvaan käsittelyyn",
            "gäller inte behandling på denna rättsliga grund",
            "does not apply to processing on this legal basis",
        ),
        (Right::WithdrawConsent, Applies, _) => l.pick(
            "milloin tahansa; peruuttaminen ei vaikuta ennen sitä tehdyn käsittelyn lainmukaisuuteen",
            "när som helst; återkallandet påverkar inte lagligheten av behandlingen innan samtycket återkallades",
            "at any time; withdrawal does not affect the lawfulness of processing before it",
        ),
        (Right::WithdrawConsent, _, _) => l.pick(
            "ei sovellu: käsittely ei perustu suostumukseen",
            "gäller inte: behandlingen grundar sig inte på samtycke",
            "does not apply: the processing does not rest on consent",
        ),
        (Right::AutomatedDecision, NotApplicable, _) => l.pick(
            "ei sovellu: yksinomaan automaattiseen käsittelyyn perustuvia päätöksiä ei tehdä",
            "gäller inte: inga beslut som enbart grundas på automatiserad behandling fattas",
            "does not apply: no decisions based solely on automated processing are made",
        ),
        (Right::AutomatedDecision, _, _) => l.pick(
            "sovelletaan, jos tehdään yksinomaan automaattiseen käsittelyyn perustuvia päätöksiä",
            "gäller om beslut som enbart grundas på automatiserad behandling fattas",
            "applies where decisions based solely on automated processing are made",
        ),
        (Right::Access | Right::Rectification | Right::Restriction | Right::Complaint, _, _) => l
            .pick(
                "sovelletaan käsittelyn oikeusperusteesta riippumatta",
                "gäller oberoende av den rättsliga grunden för behandlingen",
                "applies whatever the legal basis",
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
            "lain julkisesta työvoima- ja yrityspalvelusta (916/2012) 13 luvun 4 §"
        );
        assert_eq!(
            fi(
                "Laki viranomaisten toiminnan julkisuudesta",
                "621/1999",
                Some("6 luku, 24 §")
            ),
            "lain viranomaisten toiminnan julkisuudesta (621/1999) 6 luvun 24 §"
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
            "EU:n yleisen tietosuoja-asetuksen ((EU) 2016/679) 6 artikla"
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
    }
}
