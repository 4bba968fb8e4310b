use std::fmt;

use schemars::json_schema;

use crate::macros::validated_string;
use crate::text::ParseError;

const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];

fn validate_business_id(s: &str) -> Result<String, ParseError> {
    let error = |why: &str| {
        ParseError::new(
            "business ID",
            // The value is not repeated: a personal identity code typed here would leak.
            format!("not a valid business ID (Y-tunnus): {why}"),
        )
    };
    let bytes = s.as_bytes();
    if bytes.len() != 9 || bytes[7] != b'-' {
        return Err(error(
            "expected seven digits, a hyphen and a check digit, e.g. 2160307-0",
        ));
    }
    let digits: Vec<u32> = bytes[..7]
        .iter()
        .chain(&bytes[8..])
        .map(|b| (*b as char).to_digit(10))
        .collect::<Option<_>>()
        .ok_or_else(|| error("only digits may stand around the hyphen"))?;
    let sum: u32 = digits[..7].iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
    let expected = match sum % 11 {
        0 => 0,
        1 => return Err(error("no business ID has these seven digits (remainder 1)")),
        remainder => 11 - remainder,
    };
    if digits[7] != expected {
        return Err(error("the check digit does not match"));
    }
    Ok(s.to_owned())
}

validated_string! {
    /// A Finnish business ID (Y-tunnus, FO-nummer): seven digits, a hyphen and a check digit.
    ///
    /// The check digit uses the weights 7, 9, 10, 5, 8, 4, 2 modulo 11; a remainder of 1 is never
    /// issued.
    ///
    /// ```
    /// use gdpr::BusinessId;
    /// let tem: BusinessId = "2160307-0".parse()?;
    /// assert_eq!(tem.to_string(), "2160307-0");
    /// assert!("2160307-1".parse::<BusinessId>().is_err());
    /// # Ok::<(), gdpr::text::ParseError>(())
    /// ```
    pub struct BusinessId("business ID", validate_business_id);
    schema = json_schema!({
        "type": "string",
        "pattern": "^[0-9]{7}-[0-9]$",
        "description": "Finnish business ID (Y-tunnus) with a valid check digit"
    });
}

impl fmt::Debug for BusinessId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BusinessId({})", self.as_str())
    }
}

impl fmt::Display for BusinessId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_ids_validate() {
        // TEM's ID as printed in the seed notice; the others are public IDs of Finnish bodies.
        for good in ["2160307-0", "0245872-8", "0101263-6"] {
            assert!(good.parse::<BusinessId>().is_ok(), "{good}");
        }
    }

    #[test]
    fn bad_ids_say_why() {
        let cases = [
            ("2160307-1", "check digit"),
            ("2160307", "seven digits"),
            ("21603070", "seven digits"),
            ("216030a-0", "only digits"),
            ("2160307-x", "only digits"),
        ];
        for (input, why) in cases {
            let err = input.parse::<BusinessId>().unwrap_err().to_string();
            assert!(err.contains(why), "{input}: {err}");
        }
    }

    #[test]
    fn remainder_one_is_never_valid() {
        let body = (0..10_000_000u32)
            .map(|n| format!("{n:07}"))
            .find(|body| {
                body.bytes()
                    .zip(WEIGHTS)
                    .map(|(b, w)| u32::from(b - b'0') * w)
                    .sum::<u32>()
                    % 11
                    == 1
            })
            .unwrap();
        for check in 0..10 {
            let err = format!("{body}-{check}").parse::<BusinessId>().unwrap_err();
            assert!(err.to_string().contains("remainder 1"));
        }
    }
}
