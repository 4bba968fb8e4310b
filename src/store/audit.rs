//! The audit trail: append-only entries, each authenticated (HMAC-SHA-256 under a key kept
//! outside the store) and chained to the one before it.

use crate::store::Result;
use chrono::{DateTime, Utc};
use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

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
    /// HMAC-SHA-256, under the [`AuditKey`], over `prev_hash`, `seq` and the entry's fields.
    pub hash: [u8; 32],
}

/// The secret key that authenticates audit entries (HMAC-SHA-256). The controller keeps it
/// outside the database, as it keeps the [`crate::subject::SubjectKey`]: someone who can write
/// to the database but lacks the key cannot rewrite an entry and recompute the chain after it.
/// `Debug` never shows it.
#[derive(Clone)]
pub struct AuditKey(Vec<u8>);

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditKey(<secret>)")
    }
}

impl AuditKey {
    /// A key from secret bytes; at least 32 of them.
    ///
    /// # Errors
    /// Fewer than 32 bytes: a short key can be guessed.
    ///
    /// ```
    /// use gdpr::store::AuditKey;
    /// let key = AuditKey::new([9u8; 32])?;
    /// assert_eq!(format!("{key:?}"), "AuditKey(<secret>)");
    /// assert!(AuditKey::new([9u8; 8]).is_err());
    /// # Ok::<(), gdpr::text::ParseError>(())
    /// ```
    pub fn new(secret: impl Into<Vec<u8>>) -> Result<Self, crate::text::ParseError> {
        let secret = secret.into();
        if secret.len() < 32 {
            return Err(crate::text::ParseError::new(
                "audit key",
                "an audit key needs at least 32 secret bytes",
            ));
        }
        Ok(Self(secret))
    }
}

/// The head of the chain: the last entry's sequence number and hash. Checkpoint it outside
/// the store (a signed log, another system, paper) and pass it to [`verify_chain`]: deleting
/// the last entries, or all of them, is then detected too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainHead {
    /// The last entry's sequence number; 0 for an empty chain.
    pub seq: u64,
    /// The last entry's hash; zeros for an empty chain.
    pub hash: [u8; 32],
}

impl ChainHead {
    /// The head of an empty chain.
    pub const EMPTY: ChainHead = ChainHead {
        seq: 0,
        hash: [0; 32],
    };
}

/// Where the chain is broken.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ChainBreak {
    /// An entry does not authenticate under the key: it was changed, or rewritten by someone
    /// without the key.
    #[error(
        "audit entry {seq} was altered: its hash does not match its content under the audit key"
    )]
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
    /// The chain ends before the checkpoint: entries at its end were deleted.
    #[error(
        "the audit chain ends at entry {last}, but the checkpoint saw entry {checkpoint}: entries were deleted"
    )]
    Truncated {
        /// The checkpoint's sequence number.
        checkpoint: u64,
        /// The last entry found.
        last: u64,
    },
    /// The entry at the checkpoint has another hash than the checkpoint recorded: the chain
    /// up to it was rewritten.
    #[error("audit entry {seq} differs from the checkpoint: the chain was rewritten")]
    Diverged {
        /// The checkpoint's sequence number.
        seq: u64,
    },
    /// The log could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// An append-only audit trail, each entry authenticated and chained to the one before.
pub trait AuditLog: Send + Sync {
    /// Appends an entry, chaining it to the last one atomically and authenticating it under
    /// `key` ([`entry_hash`]).
    ///
    /// # Errors
    /// A backend failure.
    fn append(&self, key: &AuditKey, entry: &NewAuditEntry) -> Result<AuditEntry>;

    /// Up to `limit` entries after sequence number `after`, in order.
    ///
    /// # Errors
    /// A backend failure, or [`StoreError::Corrupt`] for an unreadable row.
    fn read(&self, after: u64, limit: usize) -> Result<Vec<AuditEntry>>;

    /// The head of the chain as stored now, to checkpoint elsewhere.
    ///
    /// # Errors
    /// A backend failure.
    fn head(&self) -> Result<ChainHead>;
}

fn field(mac: &mut Hmac<Sha256>, bytes: &[u8]) {
    // Length-prefixed, so that moving bytes between fields changes the hash.
    mac.update(&(bytes.len() as u64).to_be_bytes());
    mac.update(bytes);
}

/// The hash of an entry: HMAC-SHA-256 under `key` over the previous hash, the sequence number
/// and every field, each length-prefixed.
pub fn entry_hash(
    key: &AuditKey,
    prev_hash: &[u8; 32],
    seq: u64,
    entry: &NewAuditEntry,
) -> [u8; 32] {
    let mut mac = Hmac::<Sha256>::new_from_slice(&key.0).expect("HMAC takes keys of any length");
    mac.update(prev_hash);
    mac.update(&seq.to_be_bytes());
    field(
        &mut mac,
        entry
            .at
            .to_rfc3339_opts(chrono::SecondsFormat::Nanos, true)
            .as_bytes(),
    );
    field(&mut mac, entry.actor.as_bytes());
    field(&mut mac, entry.action.as_bytes());
    field(
        &mut mac,
        entry
            .subject
            .as_ref()
            .map_or(&[][..], |s| &s.as_bytes()[..]),
    );
    field(
        &mut mac,
        entry.request.as_ref().map_or(&[][..], |r| r.as_bytes()),
    );
    field(&mut mac, entry.detail.as_bytes());
    mac.finalize().into_bytes().into()
}

/// Verifies the whole chain under `key`; returns its head.
///
/// Every entry must authenticate under `key` and point at the one before. With a
/// `checkpoint` (an earlier [`AuditLog::head`] kept outside the store), the chain must also
/// reach it and hold the same hash there: deleting the last entries, or all of them, and
/// rewriting history up to the checkpoint are detected.
///
/// # Errors
/// The first [`ChainBreak`].
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use gdpr::store::memory::MemoryStore;
/// use gdpr::store::{verify_chain, AuditKey, AuditLog, ChainBreak, NewAuditEntry};
///
/// let key = AuditKey::new([1u8; 32])?;
/// let log = MemoryStore::new();
/// let at = Utc.with_ymd_and_hms(2026, 3, 5, 9, 0, 0).unwrap();
/// let entry = NewAuditEntry {
///     at,
///     actor: "desk".into(),
///     action: "request.received".into(),
///     subject: None,
///     request: None,
///     detail: "{}".into(),
/// };
/// log.append(&key, &entry)?;
/// let checkpoint = log.head()?;
/// assert_eq!(verify_chain(&log, &key, Some(&checkpoint))?, checkpoint);
/// // Another key does not authenticate the entries.
/// let other = AuditKey::new([2u8; 32])?;
/// assert!(matches!(verify_chain(&log, &other, None), Err(ChainBreak::Altered { seq: 1 })));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn verify_chain(
    log: &dyn AuditLog,
    key: &AuditKey,
    checkpoint: Option<&ChainHead>,
) -> Result<ChainHead, ChainBreak> {
    let mut head = ChainHead::EMPTY;
    let mut at_checkpoint = None;
    loop {
        let batch = log.read(head.seq, 1000)?;
        if batch.is_empty() {
            break;
        }
        for entry in batch {
            if entry.seq != head.seq + 1 || entry.prev_hash != head.hash {
                return Err(ChainBreak::Cut { seq: entry.seq });
            }
            if entry_hash(key, &head.hash, entry.seq, &entry.entry) != entry.hash {
                return Err(ChainBreak::Altered { seq: entry.seq });
            }
            head = ChainHead {
                seq: entry.seq,
                hash: entry.hash,
            };
            if checkpoint.is_some_and(|c| c.seq == head.seq) {
                at_checkpoint = Some(head.hash);
            }
        }
    }
    if let Some(checkpoint) = checkpoint.filter(|c| c.seq > 0) {
        match at_checkpoint {
            None => {
                return Err(ChainBreak::Truncated {
                    checkpoint: checkpoint.seq,
                    last: head.seq,
                });
            }
            Some(hash) if hash != checkpoint.hash => {
                return Err(ChainBreak::Diverged {
                    seq: checkpoint.seq,
                });
            }
            Some(_) => {}
        }
    }
    Ok(head)
}

/// An audit log and its key: what the desk writes through.
#[derive(Clone, Copy)]
pub struct AuditTrail<'a> {
    log: &'a dyn AuditLog,
    key: &'a AuditKey,
}

impl std::fmt::Debug for AuditTrail<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditTrail").finish_non_exhaustive()
    }
}

impl<'a> AuditTrail<'a> {
    /// The trail of `log`, authenticated under `key`.
    pub fn new(log: &'a dyn AuditLog, key: &'a AuditKey) -> Self {
        Self { log, key }
    }

    /// Appends an entry.
    ///
    /// # Errors
    /// As [`AuditLog::append`].
    pub fn append(&self, entry: &NewAuditEntry) -> Result<AuditEntry> {
        self.log.append(self.key, entry)
    }

    /// The head of the chain, to checkpoint.
    ///
    /// # Errors
    /// As [`AuditLog::head`].
    pub fn head(&self) -> Result<ChainHead> {
        self.log.head()
    }

    /// Verifies the chain, against `checkpoint` where given.
    ///
    /// # Errors
    /// As [`verify_chain`].
    pub fn verify(&self, checkpoint: Option<&ChainHead>) -> Result<ChainHead, ChainBreak> {
        verify_chain(self.log, self.key, checkpoint)
    }
}
