use std::fmt;

use schemars::{JsonSchema, json_schema};
use serde::{Deserialize, Serialize};

use crate::macros::validated_string;
use crate::text::{LocalizedText, ParseError};

const EU_PREFIXES: [&str; 6] = [
    "(EU) ",
    "(EY) ",
    "(EC) ",
    "(EEC) ",
    "(ETY) ",
    "(EU, Euratom) ",
];

fn validate_statute_number(s: &str) -> Result<String, ParseError> {
    let eu_act = EU_PREFIXES.iter().find_map(|prefix| s.strip_prefix(prefix));
    let well_formed = match eu_act {
        // EU acts are numbered year/number since 2015 ((EU) 2016/679) and number/year before
        // ((EEC) 1182/71): accept two groups of digits.
        Some(bare) => bare.split_once('/').is_some_and(|(a, b)| {
            [a, b].iter().all(|part| {
                (1..=5).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
            })
        }),
        None => s.split_once('/').is_some_and(|(number, year)| {
            (1..=5).contains(&number.len())
                && number.bytes().all(|b| b.is_ascii_digit())
                && !number.starts_with('0')
                && year.len() == 4
                && year.bytes().all(|b| b.is_ascii_digit())
                && ("1700"..="2999").contains(&year)
        }),
    };
    if well_formed {
        Ok(s.to_owned())
    } else {
        Err(ParseError::new(
            "statute number",
            format!(
                "`{s}` is not a statute number; write it as number/year, e.g. `916/2012`, or `(EU) 2016/679` for an EU act"
            ),
        ))
    }
}

validated_string! {
    /// The number of a statute: a Finnish act as `number/year` (`916/2012`, as in the Finnish
    /// Statute Book, Suomen säädöskokoelma) or an EU act with its prefix (`(EU) 2016/679`).
    pub struct StatuteNumber("statute number", validate_statute_number);
    schema = json_schema!({
        "type": "string",
        "pattern": "^([1-9][0-9]{0,4}/[12][0-9]{3}|\\((EU|EY|EC|EEC|ETY|EU, Euratom)\\) [0-9]{1,5}/[0-9]{1,5})$",
        "examples": ["916/2012", "(EU) 2016/679"]
    });
}

impl fmt::Debug for StatuteNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "StatuteNumber({})", self.as_str())
    }
}

impl fmt::Display for StatuteNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How an act ceased to be in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Ending {
    /// Repealed by another act.
    Repealed {
        /// The repealing act and provision, e.g. `383/2023 s. 2(2)`.
        by: &'static str,
    },
    /// A temporary act that lapsed at the end of its term.
    Expired,
}

/// The official titles of an act the crate knows, for citing it in a language the register
/// does not give: Finnish and Swedish as in the Finnish Statute Book (Finlex), English where
/// Finlex has an unofficial translation of the title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActTitles {
    /// The number, e.g. `381/2023` or `(EU) 2016/679`.
    pub number: &'static str,
    /// The Finnish title, e.g. `laki työllistymisen monialaisesta edistämisestä`.
    pub fi: &'static str,
    /// The Swedish title, e.g. `lag om sektorsövergripande främjande av sysselsättningen`.
    pub sv: &'static str,
    /// The English title, where a translation was found.
    pub en: Option<&'static str>,
}

impl ActTitles {
    /// Whether the act is an EU regulation rather than a Finnish act.
    pub fn is_eu_regulation(&self) -> bool {
        self.number.starts_with('(')
    }
}

/// Titles checked against Finlex (fi, sv) and the Finnish parliament's pages; the source of
/// each is noted.
const TITLES: &[ActTitles] = &[
    // Finlex 523/1999 (sv "personuppgiftslag").
    ActTitles {
        number: "523/1999",
        fi: "henkilötietolaki",
        sv: "personuppgiftslag",
        en: Some("Personal Data Act"),
    },
    // RP 207/2022 rd, RSv 46/2021 rd.
    ActTitles {
        number: "916/2012",
        fi: "laki julkisesta työvoima- ja yrityspalvelusta",
        sv: "lag om offentlig arbetskrafts- och företagsservice",
        en: Some("Act on Public Employment and Business Service"),
    },
    ActTitles {
        number: "1369/2014",
        fi: "laki työllistymistä edistävästä monialaisesta yhteispalvelusta",
        sv: "lag om sektorsövergripande samservice som främjar sysselsättningen",
        en: None,
    },
    ActTitles {
        number: "1305/2002",
        fi: "vuorotteluvapaalaki",
        sv: "lag om alterneringsledighet",
        en: Some("Job Alternation Leave Act"),
    },
    ActTitles {
        number: "1386/2010",
        fi: "laki kotoutumisen edistämisestä",
        sv: "lag om främjande av integration",
        en: Some("Act on the Promotion of Immigrant Integration"),
    },
    ActTitles {
        number: "681/2023",
        fi: "laki kotoutumisen edistämisestä",
        sv: "lag om främjande av integration",
        en: None,
    },
    ActTitles {
        number: "1269/2020",
        fi: "laki työllisyyden edistämisen kuntakokeilusta",
        sv: "lag om ett kommunförsök som gäller främjande av sysselsättningen",
        en: None,
    },
    // Act 383/2023 s. 1 (Finlex); RSv 332/2022 rd; Finlex 381/2023 (sv).
    ActTitles {
        number: "380/2023",
        fi: "laki työvoimapalveluiden järjestämisestä",
        sv: "lag om ordnande av arbetskraftsservice",
        en: None,
    },
    ActTitles {
        number: "381/2023",
        fi: "laki työllistymisen monialaisesta edistämisestä",
        sv: "lag om sektorsövergripande främjande av sysselsättningen",
        en: None,
    },
    ActTitles {
        number: "1050/2018",
        fi: "tietosuojalaki",
        sv: "dataskyddslag",
        en: Some("Data Protection Act"),
    },
    ActTitles {
        number: "(EU) 2016/679",
        fi: "yleinen tietosuoja-asetus",
        sv: "allmän dataskyddsförordning",
        en: Some("General Data Protection Regulation"),
    },
    // RSv 46/2021 rd cites both in Swedish.
    ActTitles {
        number: "1290/2002",
        fi: "työttömyysturvalaki",
        sv: "lag om utkomstskydd för arbetslösa",
        en: Some("Unemployment Security Act"),
    },
    ActTitles {
        number: "189/2001",
        fi: "laki kuntouttavasta työtoiminnasta",
        sv: "lag om arbetsverksamhet i rehabiliteringssyfte",
        en: None,
    },
    ActTitles {
        number: "621/1999",
        fi: "laki viranomaisten toiminnan julkisuudesta",
        sv: "lag om offentlighet i myndigheternas verksamhet",
        en: Some("Act on the Openness of Government Activities"),
    },
    ActTitles {
        number: "1301/2014",
        fi: "sosiaalihuoltolaki",
        sv: "socialvårdslag",
        en: Some("Social Welfare Act"),
    },
    ActTitles {
        number: "55/2001",
        fi: "työsopimuslaki",
        sv: "arbetsavtalslag",
        en: Some("Employment Contracts Act"),
    },
];

/// An act that is no longer in force, how it ended, and what took its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repeal {
    /// The act, e.g. `1369/2014`.
    pub number: &'static str,
    /// Its Finnish title.
    pub title_fi: &'static str,
    /// How it ended.
    pub ending: Ending,
    /// The acts that now govern its subject matter, if any; not necessarily the repealing
    /// act, and for an expired act not a successor in law but where the subject is now
    /// regulated.
    pub successors: &'static [&'static str],
    /// The first day it was no longer in force, `YYYY-MM-DD`.
    pub effective: &'static str,
    /// Cases the act still governs after it ended (transitional provisions), in Finnish,
    /// Swedish and English; citing it for them is not wrong.
    pub still_applies_to: Option<[&'static str; 3]>,
    /// Where this was checked.
    pub source: &'static str,
}

impl Repeal {
    /// One sentence on how the act ended and what to cite instead, for a lint finding.
    pub fn message(&self) -> String {
        let ended = match self.ending {
            Ending::Repealed { by } => {
                format!(
                    "was repealed by Act {by} with effect from {}",
                    self.effective
                )
            }
            Ending::Expired => format!(
                "was a temporary act, in force until the day before {}",
                self.effective
            ),
        };
        let still = match self.still_applies_to {
            Some([_, _, en]) => format!("; it still applies to {en}"),
            None => String::new(),
        };
        let instead = match (self.ending, self.successors) {
            (_, []) => "cite the act in force now".to_owned(),
            (Ending::Expired, list) => {
                format!("the subject is now regulated by {}", named(list))
            }
            (_, list) => format!("its subject matter is now governed by {}", named(list)),
        };
        format!(
            "Act {} ({}) {ended}{still}; {instead}",
            self.number, self.title_fi
        )
    }
}

/// "Act 381/2023 (laki työllistymisen monialaisesta edistämisestä)", for lint messages.
fn named(numbers: &[&str]) -> String {
    numbers
        .iter()
        .map(|number| match titles(number) {
            Some(t) if t.is_eu_regulation() => format!("Regulation {number}"),
            Some(t) => format!("Act {number} ({})", t.fi),
            None => format!("Act {number}"),
        })
        .collect::<Vec<_>>()
        .join(" and ")
}

/// The titles of act `number`, if the crate knows them.
pub fn titles(number: &str) -> Option<&'static ActTitles> {
    TITLES.iter().find(|t| t.number == number)
}

/// An act that only amends another: citing it names the wrong law.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amendment {
    /// The amending act, e.g. `347/2019`.
    pub number: &'static str,
    /// The act it amends, e.g. `759/2004`.
    pub amends: &'static str,
    /// The Finnish title of the amended act.
    pub amended_title_fi: &'static str,
    /// Where this was checked.
    pub source: &'static str,
}

/// Acts the linter knows are no longer in force. The table is not a copy of Finlex: an act
/// missing here is not thereby in force. Each entry names the page it was checked against.
const REPEALS: &[Repeal] = &[
    // The repealing section of 1050/2018 was not found on a stored page; the act is named by
    // Finlex's note on 523/1999.
    Repeal {
        number: "523/1999",
        title_fi: "henkilötietolaki",
        ending: Ending::Repealed { by: "1050/2018" },
        successors: &["(EU) 2016/679", "1050/2018"],
        effective: "2019-01-01",
        still_applies_to: None,
        source: "Finlex, 523/1999: \"upphävts genom L 5.12.2018/1050, som gäller fr.o.m. 1.1.2019\"; HE 9/2018 vp",
    },
    Repeal {
        number: "916/2012",
        title_fi: "laki julkisesta työvoima- ja yrityspalvelusta",
        ending: Ending::Repealed {
            by: "383/2023 s. 2(1)",
        },
        successors: &["380/2023"],
        effective: "2025-01-01",
        still_applies_to: None,
        source: "Finlex 383/2023, 2 § 1 kohta; HE 207/2022 vp (sv: RP 207/2022 rd)",
    },
    Repeal {
        number: "1369/2014",
        title_fi: "laki työllistymistä edistävästä monialaisesta yhteispalvelusta",
        ending: Ending::Repealed {
            by: "383/2023 s. 2(2)",
        },
        successors: &["381/2023"],
        effective: "2025-01-01",
        still_applies_to: None,
        source: "Finlex 383/2023, 2 § 2 kohta; HE 207/2022 vp (sv: RP 207/2022 rd)",
    },
    // The number of the 2024 act that repealed 1305/2002 was not found on a stored page:
    // the entry names the government bill instead.
    Repeal {
        number: "1305/2002",
        title_fi: "vuorotteluvapaalaki",
        ending: Ending::Repealed {
            by: "of 2024 on government bill HE 8/2024 vp (number not verified)",
        },
        successors: &[],
        effective: "2024-08-01",
        still_applies_to: Some([
            "ennen 1.8.2024 alkaneisiin vuorotteluvapaisiin",
            "alterneringsledigheter som inleddes före 1.8.2024",
            "job alternation leave that began before 2024-08-01",
        ]),
        source: "HE 8/2024 vp (eduskunta.fi): repealed mainly from 1.8.2024; leave could begin until 31.7.2024 and runs its full length",
    },
    // The section of 681/2023 that repeals 1386/2010 was not found on a stored page.
    Repeal {
        number: "1386/2010",
        title_fi: "laki kotoutumisen edistämisestä",
        ending: Ending::Repealed { by: "681/2023" },
        successors: &["681/2023"],
        effective: "2025-01-01",
        still_applies_to: None,
        source: "Finlex 1386/2010: \"kumottu L:lla 14.4.2023/681, joka on voimassa 1.1.2025 alkaen\"; HE 208/2022 vp",
    },
    Repeal {
        number: "1269/2020",
        title_fi: "laki työllisyyden edistämisen kuntakokeilusta",
        ending: Ending::Expired,
        successors: &["380/2023"],
        effective: "2025-01-01",
        still_applies_to: None,
        source: "HE 17/2022 vp: in force until 31.12.2024; the tasks passed to the municipalities under 380/2023 (avi.fi); sv title: RSv 46/2021 rd",
    },
];

/// Amending acts the linter knows are cited as acts of their own.
const AMENDMENTS: &[Amendment] = &[Amendment {
    number: "347/2019",
    amends: "759/2004",
    amended_title_fi: "laki yksityisyyden suojasta työelämässä",
    source: "Finlex 347/2019: laki yksityisyyden suojasta työelämässä annetun lain muuttamisesta; HE 97/2018 vp",
}];

impl StatuteNumber {
    /// How the act ceased to be in force, if the crate knows it has.
    ///
    /// ```
    /// use gdpr::legal::StatuteNumber;
    /// let pda: StatuteNumber = "523/1999".parse()?;
    /// assert_eq!(pda.repeal().unwrap().successors, ["(EU) 2016/679", "1050/2018"]);
    /// # Ok::<(), gdpr::text::ParseError>(())
    /// ```
    pub fn repeal(&self) -> Option<&'static Repeal> {
        REPEALS.iter().find(|repeal| repeal.number == self.as_str())
    }

    /// The official titles of the act, if the crate knows them (a repealed act, its
    /// successor, or an act the seed registers cite).
    ///
    /// ```
    /// use gdpr::legal::StatuteNumber;
    /// let act: StatuteNumber = "1290/2002".parse()?;
    /// assert_eq!(act.titles().unwrap().sv, "lag om utkomstskydd för arbetslösa");
    /// # Ok::<(), gdpr::text::ParseError>(())
    /// ```
    pub fn titles(&self) -> Option<&'static ActTitles> {
        titles(self.as_str())
    }

    /// The act this one amends, if the crate knows it is an amending act.
    pub fn amendment(&self) -> Option<&'static Amendment> {
        AMENDMENTS.iter().find(|a| a.number == self.as_str())
    }
}

/// A reference to a statute: its number, title and optionally a section.
///
/// At least the number or the title is stated; notices sometimes name an act only by its
/// short title ("julkisuuslaki") and the register records exactly that.
///
/// ```toml
/// { number = "916/2012", title.fi = "laki julkisesta työvoima- ja yrityspalvelusta", section.fi = "13 luku 4 §" }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, try_from = "RawStatuteRef")]
pub struct StatuteRef {
    /// The statute number, e.g. `916/2012`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<StatuteNumber>,
    /// The title as the notice gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LocalizedText>,
    /// The section cited, e.g. `13 luku 4 §` / `13 kap. 4 §`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<LocalizedText>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawStatuteRef {
    #[serde(default)]
    number: Option<StatuteNumber>,
    #[serde(default)]
    title: Option<LocalizedText>,
    #[serde(default)]
    section: Option<LocalizedText>,
}

impl TryFrom<RawStatuteRef> for StatuteRef {
    type Error = ParseError;
    fn try_from(raw: RawStatuteRef) -> Result<Self, Self::Error> {
        if raw.number.is_none() && raw.title.is_none() {
            return Err(ParseError::new(
                "statute",
                "a statute reference needs a `number` or a `title`",
            ));
        }
        Ok(Self {
            number: raw.number,
            title: raw.title,
            section: raw.section,
        })
    }
}

impl StatuteRef {
    /// A reference by number and Finnish title.
    ///
    /// # Panics
    /// If `number` is not a statute number; builder code states real numbers.
    pub fn new(number: &str, title_fi: &str) -> Self {
        Self {
            number: Some(number.parse().expect("a valid statute number")),
            title: Some(LocalizedText::fi(title_fi)),
            section: None,
        }
    }

    /// A reference by title only, for acts a notice names without a number.
    pub fn titled(title: LocalizedText) -> Self {
        Self {
            number: None,
            title: Some(title),
            section: None,
        }
    }

    /// Adds the section cited.
    pub fn with_section(mut self, section: LocalizedText) -> Self {
        self.section = Some(section);
        self
    }

    /// The repeal of the referenced act, if known.
    pub fn repeal(&self) -> Option<&'static Repeal> {
        self.number.as_ref().and_then(StatuteNumber::repeal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statute_numbers() {
        for good in ["916/2012", "1/1889", "(EU) 2016/679", "(EEC) 1182/71"] {
            assert!(good.parse::<StatuteNumber>().is_ok(), "{good}");
        }
        for bad in [
            "",
            "916",
            "916/12",
            "0916/2012",
            "abc/2012",
            "916/2012 ",
            "EU 2016/679",
        ] {
            let err = bad.parse::<StatuteNumber>().unwrap_err();
            assert!(err.to_string().contains("number/year"), "{bad}: {err}");
        }
    }

    #[test]
    fn personal_data_act_is_repealed() {
        let reference = StatuteRef::new("523/1999", "henkilötietolaki");
        let repeal = reference.repeal().unwrap();
        assert_eq!(repeal.effective, "2019-01-01");
        assert!(
            StatuteRef::new("1050/2018", "tietosuojalaki")
                .repeal()
                .is_none()
        );
    }

    #[test]
    fn a_reference_needs_number_or_title() {
        let err = serde_json::from_str::<StatuteRef>(r#"{"section": {"fi": "1 §"}}"#).unwrap_err();
        assert!(
            err.to_string().contains("needs a `number` or a `title`"),
            "{err}"
        );
    }
}
