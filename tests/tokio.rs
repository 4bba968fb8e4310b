//! The async face (`gdpr::tokio`): the public conformance suite run through the async
//! wrappers, on the memory store and on SQLite; the desk's path end to end; a dropped future
//! never leaves a half-written request.
#![cfg(feature = "tokio")]

use std::sync::Arc;

use chrono::{TimeZone, Utc};
use gdpr::calendar::Finland;
use gdpr::request::{Channel, HELSINKI, RequestKind, Status};
use gdpr::store::memory::{MemoryConnector, MemoryStore};
use gdpr::store::sqlite::SqliteStore;
use gdpr::store::*;
use gdpr::tokio::AsyncDesk;
use tokio::runtime::Runtime;

mod common;

fn subject_key() -> gdpr::subject::SubjectKey {
    gdpr::subject::SubjectKey::new(*b"tokio-tests-secret-key-32-bytes!").unwrap()
}

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

#[path = "common/through_async.rs"]
mod through_async;
use through_async::ThroughAsync;

#[test]
fn the_conformance_suite_passes_through_the_async_wrappers_on_memory() {
    let runtime = runtime();
    let store = ThroughAsync::new(&runtime, MemoryStore::new());
    gdpr::store::conformance::request_store(&store);
    gdpr::store::conformance::retention_ledger(&store);
    gdpr::store::conformance::audit_log(&store, &common::audit_key());
}

#[test]
fn the_conformance_suite_passes_through_the_async_wrappers_on_sqlite() {
    let runtime = runtime();
    let dir = tempfile::tempdir().unwrap();
    let store = ThroughAsync::new(
        &runtime,
        SqliteStore::open(dir.path().join("gdpr.db")).unwrap(),
    );
    gdpr::store::conformance::request_store(&store);
    gdpr::store::conformance::retention_ledger(&store);
    gdpr::store::conformance::audit_log(&store, &common::audit_key());
}

fn desk_on_sqlite(dir: &std::path::Path) -> (AsyncDesk, Arc<MemoryConnector>) {
    let store = Arc::new(SqliteStore::open(dir.join("gdpr.db")).unwrap());
    let subject = subject_key().other("customer", "1001");
    let crm = Arc::new(MemoryConnector::new("crm").with_record(
        subject,
        "contact",
        serde_json::json!({"email": "anna@example.fi"}),
    ));
    let desk = AsyncDesk::new(
        store.clone(),
        store,
        common::audit_key(),
        Arc::new(Finland::new()),
    )
    .connector(crm.clone())
    .actor("staff-1");
    (desk, crm)
}

#[test]
fn a_request_goes_its_whole_way_through_the_async_desk() {
    let runtime = runtime();
    let dir = tempfile::tempdir().unwrap();
    let (desk, _crm) = desk_on_sqlite(dir.path());
    let subject = subject_key().other("customer", "1001");
    let at = |d, h| Utc.with_ymd_and_hms(2026, 3, d, h, 0, 0).unwrap();
    runtime.block_on(async {
        // Filed late on 4 March UTC: received 5 March in Helsinki, due after Easter.
        let (id, request) = desk
            .file(
                subject,
                RequestKind::Access,
                Channel::Web,
                Utc.with_ymd_and_hms(2026, 3, 4, 23, 30, 0).unwrap(),
                HELSINKI,
            )
            .await
            .unwrap();
        assert_eq!(request.deadlines().received.to_string(), "2026-03-05");
        assert_eq!(request.current_deadline().to_string(), "2026-04-07");
        desk.verify_identity(id, at(5, 10), "in person")
            .await
            .unwrap();
        let delivered = Arc::new(std::sync::Mutex::new(0usize));
        let counter = delivered.clone();
        let outcome = desk
            .carry_out_in_systems(id, at(6, 9), vec![], move |export| {
                *counter.lock().unwrap() += export.records.len();
                Ok(())
            })
            .await
            .unwrap();
        assert_eq!(outcome, gdpr::desk::Outcome::CarriedOut { withheld: 0 });
        assert_eq!(*delivered.lock().unwrap(), 1);
        assert_eq!(desk.load(id).await.unwrap().status(), Status::Open);
        desk.complete(id, at(6, 10)).await.unwrap();
        assert_eq!(desk.load(id).await.unwrap().status(), Status::Fulfilled);
        let head = desk.audit_trail().verify(None).await.unwrap();
        assert_eq!(head.seq, 4);
    });
}

#[test]
fn a_dropped_future_never_leaves_a_half_written_request() {
    let runtime = runtime();
    let dir = tempfile::tempdir().unwrap();
    let (desk, _crm) = desk_on_sqlite(dir.path());
    let at = Utc.with_ymd_and_hms(2026, 3, 5, 9, 0, 0).unwrap();
    let filed = runtime.block_on(async {
        // 200 filings, each future dropped at once or after a random short while: each
        // request is then either whole (received, with its audit entry) or absent.
        for i in 0..200u32 {
            let subject = subject_key().other("customer", &i.to_string());
            let future = desk.file(subject, RequestKind::Access, Channel::Web, at, HELSINKI);
            let wait = std::time::Duration::from_micros(u64::from(i % 7) * 150);
            let _ = tokio::time::timeout(wait, future).await;
        }
        // Let the blocking calls already started finish.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        desk.requests()
            .query(RequestQuery::default())
            .await
            .unwrap()
    });
    let verified = runtime.block_on(desk.audit_trail().verify(None)).unwrap();
    assert_eq!(
        verified.seq,
        filed.len() as u64,
        "one audit entry per filed request"
    );
    for summary in &filed {
        let request = runtime.block_on(desk.load(summary.id)).unwrap();
        assert_eq!(request.status(), Status::Open);
        assert_eq!(summary.version, 1);
    }
}
