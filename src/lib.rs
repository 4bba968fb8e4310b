//! # gdpr
//!
//! GDPR data-subject rights as typed building blocks: controllers, registers, lawful bases,
//! data categories, retention rules and the privacy notice ("tietosuojaseloste") that
//! describes them, checked article by article.
//!
//! ## Quick start
//!
//! ```
//! use gdpr::lint::{lint, Severity};
//!
//! let register = gdpr::files::from_toml_str(r#"
//!     id = "newsletter"
//!     name.en = "Newsletter subscribers"
//!     languages = ["en"]
//!
//!     [controller]
//!     name.en = "City of Example"
//!     public_authority = true
//!     contact.email = "registry@example.fi"
//!
//!     [[purposes]]
//!     id = "newsletter"
//!     description.en = "Sending the city's newsletter"
//!     lawful_bases = ["6-1-a"]
//! "#, "newsletter.toml")?;
//!
//! let findings = lint(&register);
//! // A public authority must name its data protection officer (Art. 37(1)(a)).
//! let dpo = findings.iter().find(|f| f.is(&gdpr::lint::DPO_CONTACT_MISSING));
//! assert_eq!(dpo.map(|f| f.severity), Some(Severity::Error));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Layers
//!
//! Each module uses only those above it (`tests/layers.rs` checks every `crate::` path).
//!
//! | module | what it holds |
//! | --- | --- |
//! | [`text`] | languages, localized text, ids |
//! | [`legal`] | Art. 6 lawful bases, Art. 9(2) conditions, rights, Art. 17(3) exceptions, statutes |
//! | [`model`] | controller, register, purposes, data, sources, recipients, retention rules, identifiers |
//! | [`files`] | TOML and JSON register files with located errors; the JSON Schema |
//! | [`calendar`] | working days (Finland, weekends, closed days) and Reg. 1182/71 periods |
//! | [`subject`] | pseudonymous subject references (keyed hashes) |
//! | [`matrix`] | which rights apply to each purpose: the one decision every layer uses |
//! | [`lint`] | Art. 13/14/30 completeness findings with stable codes |
//! | [`request`] | Art. 12(3) deadlines, the subject-request lifecycle, rights applicability |
//! | [`retention`] | retention rules evaluated against record facts; sweep plans |
//! | [`notice`] | privacy notices in fi/sv/en (Markdown, HTML, text, JSON), the Art. 30 record, DPV |
//! | [`store`] | storage and connector traits; memory, SQLite and PostgreSQL stores |
//! | [`desk`] | files requests, gates on identity, carries them out in connected systems, resumes |
//!
//! The core does no I/O beyond [`files`] and never reads the clock: dates are parameters.
//!
//! ## Features
//!
//! | feature | default | what it adds |
//! | --- | --- | --- |
//! | `sqlite` | yes | `store::sqlite`: the stores in one SQLite file (bundled SQLite) |
//! | `postgres` | no | `store::postgres`: the stores on PostgreSQL |
//! | `conformance` | no | `store::conformance`: the public store conformance suite |
//! | `proptest` | no | `strategies`: proptest strategies that generate valid registers |
//! | `cli` | no | the `gdpr` binary |
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]

mod macros;

pub mod calendar;
pub mod desk;
pub mod files;
pub mod legal;
pub mod lint;
pub mod matrix;
pub mod model;
pub mod notice;
pub mod request;
pub mod retention;
pub mod store;
pub mod subject;
pub mod text;

#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod strategies;

#[cfg(feature = "tokio")]
#[cfg_attr(docsrs, doc(cfg(feature = "tokio")))]
pub mod tokio;

#[cfg(feature = "cli")]
#[cfg_attr(docsrs, doc(cfg(feature = "cli")))]
pub mod cli;

pub use legal::{
    Article9Condition, ErasureException, LawfulBasis, Right, SpecialCategory, StatuteRef,
};
pub use lint::{Finding, Severity};

pub use model::{
    BusinessId, Contact, Controller, DataCategory, Party, PersonalIdentityCode, Purpose, Register,
    RetentionPolicy, RetentionRule, Source, SourceKind, SubjectGroup, Trigger,
};
pub use text::{Id, Language, LocalizedText};

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
