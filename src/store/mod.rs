//! Storage and connector traits, their backends and a public conformance suite.
//!
//! The traits are synchronous, object-safe and `Send + Sync`, and no backend type appears in
//! them (the pattern of `object_store`):
//!
//! - [`RequestStore`]: the events of subject requests, appended with an expected version, and
//!   a projection for queries by status and deadline;
//! - [`RetentionLedger`]: each record's retention facts with `expires_on` computed when
//!   written, legal holds, and claims of due records by sweep workers;
//! - [`AuditLog`]: a hash-chained audit trail;
//! - [`SubjectDataSource`]: the connector a system implements over its own tables.
//!
//! Backends: [`memory`] (always), `sqlite` (feature `sqlite`), `postgres` (feature
//! `postgres`). Each runs the `conformance` suite (feature `conformance`), which third
//! parties run against their own stores too. Every store keys subjects by [`SubjectRef`],
//! never by a raw identifier.

mod audit;
mod connector;
mod error;
mod ledger;
pub mod memory;
mod own_records;
#[cfg(any(feature = "sqlite", feature = "postgres"))]
mod pool;
mod requests;
#[cfg(any(feature = "sqlite", feature = "postgres"))]
mod sql;

#[cfg(feature = "sqlite")]
#[cfg_attr(docsrs, doc(cfg(feature = "sqlite")))]
pub mod sqlite;

#[cfg(feature = "postgres")]
#[cfg_attr(docsrs, doc(cfg(feature = "postgres")))]
pub mod postgres;

#[cfg(feature = "conformance")]
#[cfg_attr(docsrs, doc(cfg(feature = "conformance")))]
pub mod conformance;

/// What a sweep does to a due record; the model's [`crate::model::DisposalAction`], the one
/// word for it across retention rules, plans and ledger marks.
pub use crate::model::DisposalAction;
pub use audit::{
    AuditEntry, AuditKey, AuditLog, AuditTrail, ChainBreak, ChainHead, NewAuditEntry, entry_hash,
    verify_chain,
};
pub use connector::{
    ConnectorError, ErasureOutcome, ExportedRecord, Rectification, SubjectDataSource, SubjectExport,
};
pub use error::{Result, StoreError};
pub use ledger::{
    Claim, Disposed, Hold, HoldId, LedgerCounts, LedgerEntry, RecordId, RecordKey, RetentionLedger,
    RetentionLedgerExt,
};
pub use own_records::StoreRecords;
pub use requests::{
    Append, RequestId, RequestProjection, RequestQuery, RequestStore, RequestStoreExt,
    RequestSummary,
};

use crate::subject::SubjectRef;

/// Locks `mutex`, recovering it if a thread panicked while holding it. Every store keeps
/// under a mutex only data whose invariants hold between single operations (a map insert, a
/// pop or push of an idle connection), so a panic elsewhere cannot leave it half-written:
/// the memory store and the SQL pools treat poisoning the same way, by carrying on.
pub(crate) fn lock<T>(mutex: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The schema version the SQL backends create and accept.
pub const SCHEMA_VERSION: i64 = 2;

#[cfg(any(feature = "sqlite", feature = "postgres"))]
pub(crate) fn subject_from_bytes(bytes: &[u8], what: &str) -> Result<SubjectRef, StoreError> {
    let bytes: [u8; 32] = bytes
        .try_into()
        .map_err(|_| StoreError::Corrupt(format!("{what}: a subject reference is not 32 bytes")))?;
    Ok(SubjectRef::from_bytes(bytes))
}
