//! The synchronous store traits on top of the async wrappers of `gdpr::tokio`, so that the
//! (synchronous) conformance suite runs through them. Included by `tests/tokio.rs` and
//! `tests/store_postgres.rs`.

use std::sync::Arc;

use chrono::NaiveDate;
use gdpr::store::*;
use gdpr::tokio::{AsyncAuditTrail, AsyncLedger, AsyncRequestStore};
use tokio::runtime::Runtime;

/// The synchronous traits on top of the async wrappers, so that the conformance suite (which
/// is synchronous and starts its own threads) exercises every async method. Each call goes
/// test thread → `block_on` → async wrapper → blocking pool → the real store.
pub struct ThroughAsync<'r> {
    runtime: &'r Runtime,
    requests: AsyncRequestStore,
    ledger: AsyncLedger,
    log: Arc<dyn AuditLog>,
}

impl<'r> ThroughAsync<'r> {
    pub fn new<S: RequestStore + RetentionLedger + AuditLog + 'static>(
        runtime: &'r Runtime,
        store: S,
    ) -> Self {
        let store = Arc::new(store);
        Self {
            runtime,
            requests: AsyncRequestStore::new(store.clone()),
            ledger: AsyncLedger::new(store.clone()),
            log: store,
        }
    }
}

impl RequestStore for ThroughAsync<'_> {
    fn append(&self, id: RequestId, batch: Append<'_>) -> Result<u64> {
        self.runtime.block_on(self.requests.append(
            id,
            batch.expected_version(),
            batch.events().cloned().collect(),
            batch.projection().clone(),
        ))
    }

    fn load(&self, id: RequestId) -> Result<Vec<gdpr::request::Event>> {
        self.runtime.block_on(self.requests.load(id))
    }

    fn query(&self, query: &RequestQuery) -> Result<Vec<RequestSummary>> {
        self.runtime.block_on(self.requests.query(query.clone()))
    }
}

impl RetentionLedger for ThroughAsync<'_> {
    fn upsert(&self, entry: &LedgerEntry) -> Result<()> {
        self.runtime.block_on(self.ledger.upsert(entry.clone()))
    }

    fn get(&self, key: &RecordKey) -> Result<LedgerEntry> {
        self.runtime.block_on(self.ledger.get(key.clone()))
    }

    fn disposal(&self, key: &RecordKey) -> Result<Option<Disposed>> {
        self.runtime.block_on(self.ledger.disposal(key.clone()))
    }

    fn place_hold(&self, key: &RecordKey, hold: &Hold) -> Result<()> {
        self.runtime
            .block_on(self.ledger.place_hold(key.clone(), hold.clone()))
    }

    fn release_hold(&self, key: &RecordKey, hold: &HoldId, on: NaiveDate) -> Result<()> {
        self.runtime
            .block_on(self.ledger.release_hold(key.clone(), hold.clone(), on))
    }

    fn claim(&self, as_of: NaiveDate, limit: usize, worker: &str) -> Result<Vec<Claim>> {
        self.runtime
            .block_on(self.ledger.claim(as_of, limit, worker.to_owned()))
    }

    fn mark(
        &self,
        claims: &[Claim],
        action: DisposalAction,
        worker: &str,
        on: NaiveDate,
    ) -> Result<u64> {
        self.runtime.block_on(
            self.ledger
                .mark(claims.to_vec(), action, worker.to_owned(), on),
        )
    }

    fn release_claims(&self, worker: &str) -> Result<u64> {
        self.runtime
            .block_on(self.ledger.release_claims(worker.to_owned()))
    }

    fn counts(&self, as_of: NaiveDate) -> Result<LedgerCounts> {
        self.runtime.block_on(self.ledger.counts(as_of))
    }

    fn by_subject(&self, subject: &gdpr::subject::SubjectRef) -> Result<Vec<LedgerEntry>> {
        self.runtime.block_on(self.ledger.by_subject(*subject))
    }
}

impl AuditLog for ThroughAsync<'_> {
    fn append(&self, key: &AuditKey, entry: &NewAuditEntry) -> Result<AuditEntry> {
        let trail = AsyncAuditTrail::new(self.log.clone(), key.clone());
        self.runtime.block_on(trail.append(entry.clone()))
    }

    // Reading needs no key: any key does.
    fn read(&self, after: u64, limit: usize) -> Result<Vec<AuditEntry>> {
        let trail =
            AsyncAuditTrail::new(self.log.clone(), AuditKey::new([0u8; 32]).expect("a key"));
        self.runtime.block_on(trail.read(after, limit))
    }

    fn head(&self) -> Result<ChainHead> {
        let trail =
            AsyncAuditTrail::new(self.log.clone(), AuditKey::new([0u8; 32]).expect("a key"));
        self.runtime.block_on(trail.head())
    }
}
