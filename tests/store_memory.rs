//! The conformance suite against the in-memory store.
#![cfg(feature = "conformance")]

use gdpr::store::{conformance, memory::MemoryStore};

mod common;

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
    let key = common::audit_key();
    conformance::audit_log(&store, &key);
    conformance::audit_tampering_is_detected(&store, &key, &store);
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
