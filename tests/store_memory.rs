//! The conformance suite against the in-memory store.
#![cfg(feature = "conformance")]

use gdpr::store::{conformance, memory::MemoryStore};

#[test]
fn request_store() {
    conformance::request_store(&MemoryStore::new());
}

#[test]
fn retention_ledger() {
    conformance::retention_ledger(&MemoryStore::new());
}

#[test]
fn audit_log() {
    let store = MemoryStore::new();
    conformance::audit_log(&store);
    conformance::audit_tampering_is_detected(&store, &|seq| {
        // One byte of one stored field: 'p' of "step-2" becomes 'q'.
        store.with_audit_rows(|rows| {
            let row = rows.iter_mut().find(|r| r.seq == seq).unwrap();
            row.entry.action = row.entry.action.replacen('p', "q", 1);
        });
    });
}

#[test]
fn subject_isolation() {
    let store = MemoryStore::new();
    conformance::subject_isolation(
        &store,
        &store,
        &gdpr::store::StoreRecords::new("memory", &store, &store),
    );
}
