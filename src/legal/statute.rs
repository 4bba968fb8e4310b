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

/// A statute that has been repealed, and what replaced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repeal {
    /// The repealed act, e.g. `523/1999`.
    pub number: &'static str,
    /// Its Finnish title.
    pub title_fi: &'static str,
    /// The acts that replaced it.
    pub replaced_by: &'static [&'static str],
    /// The date the repeal took effect, `YYYY-MM-DD`.
    pub effective: &'static str,
}

/// Repeals the linter knows. The Personal Data Act is named in `LEGAL.md`; the two TE24-reform
/// repeals come from the acts of 2023 that took over from 2025-01-01. The table is not a full
/// copy of Finlex: an act missing here is not thereby in force.
const REPEALS: &[Repeal] = &[
    Repeal {
        number: "523/1999",
        title_fi: "henkilötietolaki",
        replaced_by: &["(EU) 2016/679", "1050/2018"],
        effective: "2019-01-01",
    },
    Repeal {
        number: "916/2012",
        title_fi: "laki julkisesta työvoima- ja yrityspalvelusta",
        replaced_by: &["380/2023"],
        effective: "2025-01-01",
    },
    Repeal {
        number: "1386/2010",
        title_fi: "laki kotoutumisen edistämisestä",
        replaced_by: &["681/2023"],
        effective: "2025-01-01",
    },
];

impl StatuteNumber {
    /// The repeal of this act, if the crate knows of one.
    ///
    /// ```
    /// use gdpr::legal::StatuteNumber;
    /// let pda: StatuteNumber = "523/1999".parse()?;
    /// assert_eq!(pda.repeal().unwrap().replaced_by, &["(EU) 2016/679", "1050/2018"]);
    /// # Ok::<(), gdpr::text::ParseError>(())
    /// ```
    pub fn repeal(&self) -> Option<&'static Repeal> {
        REPEALS.iter().find(|repeal| repeal.number == self.as_str())
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
