//! Finnish identifiers with checksum validation.
//!
//! A [`PersonalIdentityCode`] identifies a person: it never appears in `Debug`, `Display`,
//! error messages or logs, and stores key subjects by a pseudonymous reference instead.
//! A [`BusinessId`] identifies an organisation and is public (the Business Information System
//! YTJ publishes it), so it prints as written: notices print the controller's Y-tunnus.

mod business_id;
mod personal_identity_code;

pub use business_id::BusinessId;
pub use personal_identity_code::PersonalIdentityCode;
