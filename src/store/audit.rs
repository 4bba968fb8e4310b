//! The audit trail: append-only entries, each hashed with the one before it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{RequestId, StoreError};
use crate::subject::SubjectRef;

/// An entry to append.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewAuditEntry {
    /// When it happened.
    pub at: DateTime<Utc>,
    /// Who did it: a user or service id, never a data subject's identifier.
    pub actor: String,
    /// What happened, e.g. `request.received`.
    pub action: String,
    /// Whose data it concerned.
    pub subject: Option<SubjectRef>,
    /// The request it belongs to.
    pub request: Option<RequestId>,
    /// Details, without personal identifiers.
    pub detail: String,
}

/// A stored entry with its place in the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Its sequence number, from 1.
    pub seq: u64,
    /// The entry.
    pub entry: NewAuditEntry,
    /// The hash of the entry before (zeros for the first).
    pub prev_hash: [u8; 32],
    /// SHA-256 over `prev_hash`, `seq` and the entry's fields.
    pub hash: [u8; 32],
}

/// Where the chain is broken.
#[derive(Debug, thiserror::Error)]
pub enum ChainBreak {
    /// An entry does not hash to its stored hash: it was changed.
    #[error("audit entry {seq} was altered: its hash does not match its content")]
    Altered {
        /// The entry.
        seq: u64,
    },
    /// An entry does not point at the one before: one was removed, inserted or reordered.
    #[error("audit entry {seq} does not follow entry {}: the chain was cut", seq - 1)]
    Cut {
        /// The entry.
        seq: u64,
    },
    /// The log could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A hash-chained, append-only audit trail.
pub trait AuditLog: Send + Sync {
    /// Appends an entry, chaining it to the last one atomically.
    ///
    /// # Errors
    /// A backend failure.
    fn append(&self, entry: &NewAuditEntry) -> Result<AuditEntry, StoreError>;

    /// Up to `limit` entries after sequence number `after`, in order.
    ///
    /// # Errors
    /// A backend failure, or [`StoreError::Corrupt`] for an unreadable row.
    fn read(&self, after: u64, limit: usize) -> Result<Vec<AuditEntry>, StoreError>;
}

fn field(hasher: &mut Sha256, bytes: &[u8]) {
    // Length-prefixed, so that moving bytes between fields changes the hash.
    hasher.update((bytes.len() as u64).to_be_bytes());
    hasher.update(bytes);
}

/// The hash of an entry: SHA-256 over the previous hash, the sequence number and every field.
pub fn entry_hash(prev_hash: &[u8; 32], seq: u64, entry: &NewAuditEntry) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(prev_hash);
    hasher.update(seq.to_be_bytes());
    field(
        &mut hasher,
        entry
            .at
            .to_rfc3339_opts(chrono::SecondsFormat::Nanos, true)
            .as_bytes(),
    );
    field(&mut hasher, entry.actor.as_bytes());
    field(&mut hasher, entry.action.as_bytes());
    field(
        &mut hasher,
        entry
            .subject
            .as_ref()
            .map_or(&[][..], |s| &s.as_bytes()[..]),
    );
    field(
        &mut hasher,
        entry.request.as_ref().map_or(&[][..], |r| r.as_bytes()),
    );
    field(&mut hasher, entry.detail.as_bytes());
    hasher.finalize().into()
}

/// Verifies the whole chain; returns the number of entries.
///
/// # Errors
/// The first [`ChainBreak`].
pub fn verify_chain(log: &dyn AuditLog) -> Result<u64, ChainBreak> {
    let mut prev = [0u8; 32];
    let mut expected_seq = 1;
    loop {
        let batch = log.read(expected_seq - 1, 1000)?;
        if batch.is_empty() {
            return Ok(expected_seq - 1);
        }
        for entry in batch {
            if entry.seq != expected_seq || entry.prev_hash != prev {
                return Err(ChainBreak::Cut { seq: entry.seq });
            }
            if entry_hash(&prev, entry.seq, &entry.entry) != entry.hash {
                return Err(ChainBreak::Altered { seq: entry.seq });
            }
            prev = entry.hash;
            expected_seq += 1;
        }
    }
}
