//! Pseudonymous references to data subjects.
//!
//! Stores and audit trails never hold a raw personal identity code or e-mail address: they
//! key subjects by a [`SubjectRef`], the HMAC-SHA-256 of the identifier under a secret key
//! ([`SubjectKey`]) that the controller keeps outside the stores (Art. 4(5), 25, 32(1)(a)).
//! The same identifier under the same key always gives the same reference, so records of one
//! person can be found for an access or erasure request; without the key, a reference cannot
//! be turned back into the identifier or tested against guesses.

use std::fmt;

use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::model::{EmailAddress, PersonalIdentityCode};
use crate::text::ParseError;

/// A keyed hash of a subject's identifier: 32 bytes, shown as 64 hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SubjectRef([u8; 32]);

impl SubjectRef {
    /// The raw 32 bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// A reference from its 32 bytes, e.g. read back from a store.
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// The 64 lowercase hex digits.
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Parses 64 hex digits.
    ///
    /// # Errors
    /// Not 64 hex digits.
    pub fn from_hex(hex: &str) -> Result<Self, ParseError> {
        let bytes = hex.as_bytes();
        if bytes.len() != 64 {
            return Err(ParseError::new(
                "subject reference",
                "a subject reference is 64 hex digits",
            ));
        }
        let mut out = [0u8; 32];
        for (i, pair) in bytes.chunks(2).enumerate() {
            let digit = |b: u8| (b as char).to_digit(16);
            match (digit(pair[0]), digit(pair[1])) {
                (Some(hi), Some(lo)) => out[i] = (hi * 16 + lo) as u8,
                _ => {
                    return Err(ParseError::new(
                        "subject reference",
                        "a subject reference is 64 hex digits",
                    ));
                }
            }
        }
        Ok(Self(out))
    }
}

impl fmt::Debug for SubjectRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SubjectRef({}…)", &self.to_hex()[..12])
    }
}

impl fmt::Display for SubjectRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl Serialize for SubjectRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for SubjectRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let hex = String::deserialize(d)?;
        Self::from_hex(&hex).map_err(serde::de::Error::custom)
    }
}

/// The secret key of [`SubjectRef`]s. `Debug` never shows it.
#[derive(Clone)]
pub struct SubjectKey(Vec<u8>);

impl fmt::Debug for SubjectKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SubjectKey(<secret>)")
    }
}

impl SubjectKey {
    /// A key from secret bytes; at least 32 of them.
    ///
    /// # Errors
    /// Fewer than 32 bytes: a short key makes references guessable.
    pub fn new(secret: impl Into<Vec<u8>>) -> Result<Self, ParseError> {
        let secret = secret.into();
        if secret.len() < 32 {
            return Err(ParseError::new(
                "subject key",
                "a subject key needs at least 32 secret bytes",
            ));
        }
        Ok(Self(secret))
    }

    fn reference(&self, domain: &str, identifier: &str) -> SubjectRef {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes keys of any length");
        // The domain keeps an e-mail and an identity code that happen to be equal apart.
        mac.update(domain.as_bytes());
        mac.update(b"\0");
        mac.update(identifier.as_bytes());
        SubjectRef(mac.finalize().into_bytes().into())
    }

    /// The reference of a person known by their personal identity code.
    ///
    /// ```
    /// use gdpr::subject::SubjectKey;
    /// let key = SubjectKey::new([7u8; 32])?;
    /// let code = "131052-308T".parse()?;
    /// let a = key.person(&code);
    /// assert_eq!(a, key.person(&"131052-308T".parse()?));
    /// assert!(!format!("{a:?}").contains("131052"));
    /// # Ok::<(), gdpr::text::ParseError>(())
    /// ```
    pub fn person(&self, code: &PersonalIdentityCode) -> SubjectRef {
        // The century signs introduced in 2023 mark different people with the same digits
        // (010594-9032 and 010594Y9032 are two persons), so the code is hashed as written.
        self.reference("hetu", code.expose())
    }

    /// The reference of a person known by an e-mail address (compared case-insensitively).
    pub fn email(&self, email: &EmailAddress) -> SubjectRef {
        self.reference("email", &email.as_str().to_lowercase())
    }

    /// The reference of any other identifier, e.g. a customer number, in a named domain.
    pub fn other(&self, domain: &str, identifier: &str) -> SubjectRef {
        self.reference(domain, identifier)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_stable_keyed_and_separated_by_domain() {
        let key = SubjectKey::new(*b"0123456789abcdef0123456789abcdef").unwrap();
        let other = SubjectKey::new(*b"fedcba9876543210fedcba9876543210").unwrap();
        let email: EmailAddress = "Matti.Meikalainen@Example.fi".parse().unwrap();
        let lower: EmailAddress = "matti.meikalainen@example.fi".parse().unwrap();
        assert_eq!(key.email(&email), key.email(&lower));
        assert_ne!(key.email(&email), other.email(&email));
        assert_ne!(key.other("email", "x"), key.other("customer", "x"));
        let r = key.person(&"010594Y9032".parse().unwrap());
        assert_eq!(SubjectRef::from_hex(&r.to_hex()).unwrap(), r);
        assert_eq!(
            serde_json::from_str::<SubjectRef>(&serde_json::to_string(&r).unwrap()).unwrap(),
            r
        );
        assert!(SubjectKey::new([0u8; 16]).is_err());
        assert!(SubjectRef::from_hex("zz").is_err());
    }

    #[test]
    fn new_century_signs_are_other_people() {
        let key = SubjectKey::new([1u8; 32]).unwrap();
        assert_ne!(
            key.person(&"010594Y9032".parse().unwrap()),
            key.person(&"010594-9032".parse().unwrap())
        );
    }
}
