//! Contact details: e-mail addresses, phone numbers, postal addresses and named persons.

use std::fmt;

use schemars::{JsonSchema, json_schema};
use serde::{Deserialize, Serialize};

use crate::macros::validated_string;
use crate::text::{Label, LocalizedText, ParseError};

fn validate_email(s: &str) -> Result<String, ParseError> {
    let well_formed = s.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !s.chars().any(char::is_whitespace)
    });
    if well_formed {
        Ok(s.to_owned())
    } else {
        // The input may be a person's address: say what is wrong without repeating it.
        Err(ParseError::new(
            "e-mail address",
            "not an e-mail address; expected local@domain.tld without spaces",
        ))
    }
}

validated_string! {
    /// An e-mail address. It may name a person, so `Debug` shows only the domain; read it with
    /// [`EmailAddress::as_str`] where it is meant to be shown, e.g. in a rendered notice.
    pub struct EmailAddress("e-mail address", validate_email);
    schema = json_schema!({ "type": "string", "format": "email" });
}

impl EmailAddress {
    /// The part after `@`.
    pub fn domain(&self) -> &str {
        self.as_str()
            .split_once('@')
            .map_or("", |(_, domain)| domain)
    }
}

impl fmt::Debug for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "EmailAddress(<redacted>@{})", self.domain())
    }
}

fn validate_phone(s: &str) -> Result<String, ParseError> {
    let allowed = s
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '/'));
    let digits = s.chars().filter(char::is_ascii_digit).count();
    if allowed && (5..=20).contains(&digits) {
        Ok(s.to_owned())
    } else {
        // The value is not repeated: a personal identity code typed here would leak.
        Err(ParseError::new(
            "phone number",
            "not a phone number; use 5 to 20 digits with spaces and + - ( ) / only, e.g. `029 516001`, and put words such as (vaihde) in `phone_note`",
        ))
    }
}

validated_string! {
    /// A phone number as printed, e.g. `029 516001` or `+358 9 81621`.
    pub struct PhoneNumber("phone number", validate_phone);
    schema = json_schema!({ "type": "string", "pattern": "^[0-9 +()/-]+$" });
}

/// A phone number may be a person's own: `Debug` shows only its last two digits.
impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits: Vec<char> = self.as_str().chars().filter(char::is_ascii_digit).collect();
        let tail: String = digits[digits.len().saturating_sub(2)..].iter().collect();
        write!(f, "PhoneNumber(<redacted>{tail})")
    }
}

fn validate_person_name(s: &str) -> Result<String, ParseError> {
    if s.trim().is_empty() {
        Err(ParseError::new(
            "person name",
            "the name is empty; write the name as the notice states it",
        ))
    } else {
        Ok(s.to_owned())
    }
}

validated_string! {
    /// The name of a natural person. `Debug` prints `<redacted>`.
    pub struct PersonName("person name", validate_person_name);
    schema = json_schema!({ "type": "string", "minLength": 1 });
}

impl fmt::Debug for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PersonName(<redacted>)")
    }
}

/// How to reach a controller, a person or an office. Every channel is optional; the linter
/// reports a party that has none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Postal address, e.g. `PL 32, 00023 Valtioneuvosto`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_address: Option<LocalizedText>,
    /// Visiting address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visiting_address: Option<LocalizedText>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<PhoneNumber>,
    /// What the number reaches, e.g. `vaihde` (switchboard).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_note: Option<LocalizedText>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<EmailAddress>,
    /// The notice gives an e-mail address that this register file does not hold: the copy it
    /// was taken from hid it (web pages that obfuscate addresses print `[email protected]`).
    /// The address is unknown to the file, not absent from the notice.
    #[serde(default, alias = "email_withheld", skip_serializing_if = "is_false")]
    pub email_not_captured: bool,
    /// Web address as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<Label>,
    /// Contact information the notice gives in another form, in its words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<LocalizedText>,
}

pub(crate) fn is_false(value: &bool) -> bool {
    !*value
}

impl Contact {
    /// Whether any channel a person could use is stated (address, phone, e-mail, web).
    pub fn is_reachable(&self) -> bool {
        self.postal_address.is_some()
            || self.visiting_address.is_some()
            || self.phone.is_some()
            || self.email.is_some()
            || self.web.is_some()
    }

    /// Whether the notice gives any channel: a reachable one, or an e-mail address this file
    /// did not capture.
    pub fn is_stated(&self) -> bool {
        self.is_reachable() || self.email_not_captured
    }

    /// Whether nothing at all is stated.
    pub fn is_empty(&self) -> bool {
        *self == Contact::default()
    }

    /// Sets the e-mail address.
    ///
    /// # Panics
    /// If `email` is not an address; builder code states real addresses.
    pub fn with_email(mut self, email: &str) -> Self {
        self.email = Some(email.parse().expect("a valid e-mail address"));
        self
    }

    /// Sets the phone number.
    ///
    /// # Panics
    /// If `phone` is not a phone number.
    pub fn with_phone(mut self, phone: &str) -> Self {
        self.phone = Some(phone.parse().expect("a valid phone number"));
        self
    }

    /// Sets the postal address.
    pub fn with_postal_address(mut self, address: LocalizedText) -> Self {
        self.postal_address = Some(address);
        self
    }
}

/// A person or office named in a notice: the responsible person, the contact person, the
/// data protection officer or the representative.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// The person's name, where the notice gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<PersonName>,
    /// Title or office, e.g. `Espoon kaupungin elinkeinojohtaja` or `Tietosuojavastaava`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LocalizedText>,
    /// The organisation the party belongs to, where it is not the controller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<LocalizedText>,
    /// How to reach the party.
    #[serde(default, skip_serializing_if = "Contact::is_empty")]
    pub contact: Contact,
}

impl Party {
    /// A party known by its title.
    pub fn titled(title: LocalizedText) -> Self {
        Self {
            title: Some(title),
            ..Self::default()
        }
    }

    /// Sets the person's name.
    ///
    /// # Panics
    /// If `name` is empty.
    pub fn with_name(mut self, name: &str) -> Self {
        self.name = Some(name.parse().expect("a non-empty name"));
        self
    }

    /// Sets the organisation.
    pub fn with_organisation(mut self, organisation: LocalizedText) -> Self {
        self.organisation = Some(organisation);
        self
    }

    /// Sets the contact details.
    pub fn with_contact(mut self, contact: Contact) -> Self {
        self.contact = contact;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_debug_hides_the_local_part() {
        let email: EmailAddress = "harri.paananen@espoo.fi".parse().unwrap();
        assert_eq!(format!("{email:?}"), "EmailAddress(<redacted>@espoo.fi)");
        let err = "harri.paananen(at)espoo.fi"
            .parse::<EmailAddress>()
            .unwrap_err();
        assert!(!err.to_string().contains("paananen"));
    }

    #[test]
    fn phone_numbers() {
        assert!("029 516001".parse::<PhoneNumber>().is_ok());
        assert!("+358 9 81621".parse::<PhoneNumber>().is_ok());
        assert!("+358 9 81621 (vaihde)".parse::<PhoneNumber>().is_err());
        assert!("12".parse::<PhoneNumber>().is_err());
    }

    #[test]
    fn person_names_are_redacted_in_debug() {
        let party = Party::default().with_name("Taisto Tuominen");
        assert!(!format!("{party:?}").contains("Tuominen"));
    }
}
