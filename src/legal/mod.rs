//! The articles the crate encodes, as closed sets with citations.
//!
//! Every value carries its article ([`LawfulBasis::article`]), a stable code used in register
//! files (`6-1-a`, `9-2-h`, `access`), a title in Finnish, Swedish and English, and the term of
//! the W3C Data Privacy Vocabulary (DPV) and its EU-GDPR extension where one exists.
//! Article numbers are those of Regulation (EU) 2016/679 unless named otherwise.

mod authority;
pub(crate) mod citation;
mod erasure;
mod information_exemption;
mod lawful_basis;
mod rights;
mod special_category;
mod statute;
mod transfer;

pub use authority::{AUTHORITIES, Country, SupervisoryAuthority};
pub use citation::{Citation, cite, cite_all};
pub use erasure::ErasureException;
pub use information_exemption::InformationExemption;
pub use lawful_basis::LawfulBasis;
pub use rights::Right;
pub use special_category::{Article9Condition, SpecialCategory};
pub use statute::{ActTitles, Amendment, Ending, Repeal, StatuteNumber, StatuteRef, titles};
pub use transfer::TransferSafeguard;

/// The prefix of the DPV EU-GDPR extension, `https://w3id.org/dpv/legal/eu/gdpr#`.
pub const DPV_EU_GDPR: &str = "https://w3id.org/dpv/legal/eu/gdpr#";
/// The prefix of the DPV core vocabulary, `https://w3id.org/dpv#`.
pub const DPV: &str = "https://w3id.org/dpv#";
/// The prefix of the DPV personal-data extension, `https://w3id.org/dpv/pd#`.
pub const DPV_PD: &str = "https://w3id.org/dpv/pd#";
