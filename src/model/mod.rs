//! The typed register model: controllers, registers, purposes, data, sources, recipients,
//! transfers, retention rules and the rest of what a privacy notice states (Art. 13, 14, 30).
//!
//! Every type is `Serialize + Deserialize` with unknown fields rejected, and `JsonSchema`.
//! Absence is data: an `Option` that is `None` means the notice does not say, and the linter
//! reports it where the law requires the item.

mod change;
mod contact;
mod controller;
mod data;
pub(crate) mod date;
pub mod identifiers;
mod provision;
mod purpose;
mod recipient;
mod register;
mod retention;
mod rights;
mod security;
mod source;
mod transfer;

pub use change::Change;
pub use contact::{Contact, EmailAddress, Party, PersonName, PhoneNumber};
pub use controller::{Controller, JointController};
pub use data::{DataCategory, DataItem, RecordLevel, SubjectGroup};
pub use identifiers::{BusinessId, PersonalIdentityCode};
pub use provision::{AutomatedDecisions, ProvisionRequirement, RequirementKind};
pub use purpose::Purpose;
pub use recipient::{InformationSystem, Processor, Recipient, RecipientKind};
pub use register::{
    InformationArticle, MAX_PERIOD_MONTHS, Register, RegisterBuilder, ValidationError,
};
pub use retention::{
    DisposalAction, PolicyKind, RetentionPolicy, RetentionRule, Trigger, TriggerKind,
};
pub use rights::{RequestProcedure, RightStatement, RightsInfo};
pub use security::{Confidentiality, Security};
pub use source::{Source, SourceItem, SourceKind};
pub use transfer::{Transfer, Transfers};
