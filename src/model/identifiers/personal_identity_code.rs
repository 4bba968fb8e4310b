use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

use crate::text::ParseError;

const CHECK_CHARACTERS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// A Finnish personal identity code (henkilötunnus), validated and kept secret.
///
/// Format `DDMMYYCZZZQ`: date of birth, century sign, individual number and check character.
/// Century signs: `+` for the 1800s; `-`, `Y`, `X`, `W`, `V`, `U` for the 1900s; `A`, `B`, `C`,
/// `D`, `E`, `F` for the 2000s (the extra signs are in use from 2023, Government Decree
/// 128/2010 as amended). The check character is the nine digits `DDMMYYZZZ` as a number modulo
/// 31, indexed into `0123456789ABCDEFHJKLMNPRSTUVWXY`.
///
/// It is personal data: `Debug` and `Display` print `<redacted>`, a parse error never repeats
/// the input, and there is no `Serialize`. Call [`PersonalIdentityCode::expose`] where the raw
/// value is really needed, e.g. to compute a keyed pseudonym.
///
/// ```
/// use gdpr::PersonalIdentityCode;
/// let code: PersonalIdentityCode = "131052-308T".parse()?;
/// assert_eq!(code.birth_date().to_string(), "1952-10-13");
/// assert_eq!(format!("{code:?}"), "PersonalIdentityCode(<redacted>)");
/// # Ok::<(), gdpr::text::ParseError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PersonalIdentityCode {
    code: String,
    birth_date: NaiveDate,
}

fn error(why: &str) -> ParseError {
    ParseError::new(
        "personal identity code",
        format!("invalid personal identity code (henkilötunnus): {why}"),
    )
}

impl std::str::FromStr for PersonalIdentityCode {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bytes = s.as_bytes();
        if bytes.len() != 11 {
            return Err(error("expected 11 characters, DDMMYYCZZZQ"));
        }
        let century = match bytes[6] {
            b'+' => 1800,
            b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => 1900,
            b'A' | b'B' | b'C' | b'D' | b'E' | b'F' => 2000,
            _ => {
                return Err(error(
                    "the seventh character is not a century sign (+, -, U-Y, A-F)",
                ));
            }
        };
        let digit_positions = [0, 1, 2, 3, 4, 5, 7, 8, 9];
        if !digit_positions.iter().all(|&i| bytes[i].is_ascii_digit()) {
            return Err(error("the date and the individual number must be digits"));
        }
        let number = |range: std::ops::Range<usize>| -> u32 {
            range.fold(0, |acc, i| acc * 10 + u32::from(bytes[i] - b'0'))
        };
        let (day, month, year) = (number(0..2), number(2..4), number(4..6));
        let birth_date = NaiveDate::from_ymd_opt(century + year as i32, month, day)
            .ok_or_else(|| error("the date of birth does not exist"))?;
        let individual = number(7..10);
        if individual < 2 {
            return Err(error("individual numbers 000 and 001 are not issued"));
        }
        let nine = number(0..6) * 1000 + individual;
        let expected = CHECK_CHARACTERS[(nine % 31) as usize];
        if bytes[10] != expected {
            return Err(error("the check character does not match"));
        }
        Ok(Self {
            code: s.to_owned(),
            birth_date,
        })
    }
}

impl TryFrom<&str> for PersonalIdentityCode {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl PersonalIdentityCode {
    /// The date of birth encoded in the code.
    pub fn birth_date(&self) -> NaiveDate {
        self.birth_date
    }

    /// Whether the individual number is in the range 900–999 used for temporary codes.
    pub fn is_temporary(&self) -> bool {
        self.code.as_bytes()[7] == b'9'
    }

    /// The raw code. Every call site is a place where personal data leaves this type.
    pub fn expose(&self) -> &str {
        &self.code
    }
}

impl fmt::Debug for PersonalIdentityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PersonalIdentityCode(<redacted>)")
    }
}

impl fmt::Display for PersonalIdentityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl<'de> Deserialize<'de> for PersonalIdentityCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        raw.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_codes_in_every_century() {
        let cases = [
            ("131052-308T", "1952-10-13"),
            ("131052Y308T", "1952-10-13"),
            ("131052U308T", "1952-10-13"),
            ("010594Y9032", "1994-05-01"),
            ("010594Y9021", "1994-05-01"),
            ("020594X903P", "1994-05-02"),
            ("020594X902N", "1994-05-02"),
            ("030594W903B", "1994-05-03"),
            ("030694W9024", "1994-06-03"),
            ("040594V9030", "1994-05-04"),
            ("040594V902Y", "1994-05-04"),
            ("050594U903M", "1994-05-05"),
            ("050594U902L", "1994-05-05"),
            ("010516B903X", "2016-05-01"),
            ("010516B902W", "2016-05-01"),
            ("020516C903K", "2016-05-02"),
            ("020516C902J", "2016-05-02"),
            ("030516D9037", "2016-05-03"),
            ("030516D9026", "2016-05-03"),
            ("010501E9032", "2001-05-01"),
            ("020502E902X", "2002-05-02"),
            ("020503F9037", "2003-05-02"),
            ("020504A902E", "2004-05-02"),
            ("020504B904H", "2004-05-02"),
            ("010190+003S", "1890-01-01"),
        ];
        for (code, birth) in cases {
            let parsed: PersonalIdentityCode =
                code.parse().unwrap_or_else(|e| panic!("{code}: {e}"));
            assert_eq!(parsed.birth_date().to_string(), birth, "{code}");
        }
    }

    #[test]
    fn invalid_codes_are_rejected_without_echoing_them() {
        let cases = [
            ("131052-308U", "check character"),
            ("131052-308", "11 characters"),
            ("131052G308T", "century sign"),
            ("3102A5-308T", "digits"),
            ("310223A308T", "does not exist"),
            ("290223A3086", "does not exist"),
            ("131052-000T", "not issued"),
        ];
        for (code, why) in cases {
            let err = code
                .parse::<PersonalIdentityCode>()
                .unwrap_err()
                .to_string();
            assert!(err.contains(why), "{code}: {err}");
            assert!(!err.contains(code), "error echoes the code: {err}");
        }
    }

    #[test]
    fn leap_day_codes() {
        // 29 February 2024 exists, 29 February 2023 does not.
        let nine = 290224u32 * 1000 + 456;
        let check = CHECK_CHARACTERS[(nine % 31) as usize] as char;
        let code = format!("290224A456{check}");
        assert!(code.parse::<PersonalIdentityCode>().is_ok());
    }

    #[test]
    fn debug_and_display_are_redacted() {
        let code: PersonalIdentityCode = "131052-308T".parse().unwrap();
        assert!(!format!("{code:?}").contains("131052"));
        assert!(!format!("{code}").contains("131052"));
        assert_eq!(code.expose(), "131052-308T");
    }
}
