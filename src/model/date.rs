//! Serde for calendar dates written `YYYY-MM-DD`, as a string or a TOML date.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserializer, Serializer};

struct DateVisitor;

impl<'de> Visitor<'de> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date written YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<NaiveDate, E> {
        parse(value).map_err(E::custom)
    }

    // TOML's own date values arrive as a one-entry map holding the date as text.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NaiveDate, A::Error> {
        let Some((_, value)) = map.next_entry::<String, String>()? else {
            return Err(de::Error::custom("expected a date written YYYY-MM-DD"));
        };
        parse(&value).map_err(de::Error::custom)
    }
}

/// Parses `YYYY-MM-DD` strictly: the date must exist (no 2026-02-30).
pub(crate) fn parse(value: &str) -> Result<NaiveDate, String> {
    let shape_ok = value.len() == 10
        && value.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shape_ok {
        return Err(format!("`{value}` is not a date; write it YYYY-MM-DD"));
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map_err(|_| format!("`{value}` is not a date in the calendar; check the day and month"))
}

pub(crate) mod option {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => s.serialize_str(&date.format("%Y-%m-%d").to_string()),
            None => s.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        d.deserialize_any(DateVisitor).map(Some)
    }
}

/// A date that must be there.
pub(crate) mod required {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&date.format("%Y-%m-%d").to_string())
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_any(DateVisitor)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn impossible_dates_are_named() {
        assert!(super::parse("2026-02-28").is_ok());
        assert!(super::parse("2024-02-29").is_ok());
        let err = super::parse("2026-02-30").unwrap_err();
        assert!(err.contains("not a date in the calendar"), "{err}");
        assert!(
            super::parse("30.2.2026")
                .unwrap_err()
                .contains("YYYY-MM-DD")
        );
    }
}
