//! The conformance suite against SQLite, plus what only a database file can get wrong.
#![cfg(all(feature = "sqlite", feature = "conformance"))]

use gdpr::store::{
    AuditEntry, RequestStore, RetentionLedger, StoreError, StoreRecords, conformance,
    sqlite::SqliteStore,
};

mod common;

fn store() -> (tempfile::TempDir, SqliteStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path().join("gdpr.db")).unwrap();
    (dir, store)
}

#[test]
fn request_store() {
    let (_dir, store) = store();
    conformance::request_store(&store);
}

#[test]
fn retention_ledger() {
    let (_dir, store) = store();
    conformance::retention_ledger(&store);
}

#[test]
fn audit_log() {
    let (_dir, store) = store();
    let key = common::audit_key();
    conformance::audit_log(&store, &key);
    conformance::audit_tampering_is_detected(&store, &key, &SqlTamper(&store));
}

/// Someone with write access to the database file.
struct SqlTamper<'a>(&'a SqliteStore);

impl conformance::AuditTamper for SqlTamper<'_> {
    fn rewrite(&self, e: &AuditEntry) {
        self.0
            .with_connection(|c| {
                c.execute(
                    "INSERT OR REPLACE INTO audit_log (seq, at, actor, action, subject, request_id, detail, prev_hash, hash)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    rusqlite::params![
                        e.seq as i64,
                        e.entry.at.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true),
                        e.entry.actor,
                        e.entry.action,
                        e.entry.subject.map(|s| s.as_bytes().to_vec()),
                        e.entry.request.map(|r| r.as_bytes().to_vec()),
                        e.entry.detail,
                        &e.prev_hash[..],
                        &e.hash[..]
                    ],
                )
            })
            .unwrap();
    }

    fn delete_from(&self, seq: u64) {
        self.0
            .with_connection(|c| c.execute("DELETE FROM audit_log WHERE seq >= ?1", [seq as i64]))
            .unwrap();
    }
}

#[test]
fn subject_isolation() {
    let (_dir, store) = store();
    conformance::subject_isolation(&store, &store, &StoreRecords::new("sqlite", &store, &store));
}

#[test]
fn reopening_keeps_the_data_and_the_schema() {
    let (dir, store) = store();
    conformance::append_and_load(&store);
    drop(store);
    let again = SqliteStore::open(dir.path().join("gdpr.db")).unwrap();
    assert!(again.query(&Default::default()).unwrap().len() == 1);
}

#[test]
fn a_database_of_an_unknown_schema_version_is_refused() {
    let (dir, store) = store();
    store
        .with_connection(|c| c.execute("INSERT INTO gdpr_schema_version (version) VALUES (99)", []))
        .unwrap();
    drop(store);
    conformance::refuses_unknown_schema_version(SqliteStore::open(dir.path().join("gdpr.db")));
}

#[test]
fn a_corrupted_row_is_an_error_not_a_panic() {
    let (_dir, store) = store();
    conformance::append_and_load(&store);
    let id = store.query(&Default::default()).unwrap()[0].id;
    store
        .with_connection(|c| {
            c.execute(
                "UPDATE request_events SET event = '{\"type\": \"teleported\"}' WHERE version = 2",
                [],
            )
        })
        .unwrap();
    match store.load(id) {
        Err(StoreError::Corrupt(message)) => assert!(message.contains("event 2"), "{message}"),
        other => panic!("expected a corrupt-row error, got {other:?}"),
    }
    store
        .with_connection(|c| c.execute("UPDATE requests SET status = 'lost'", []))
        .unwrap();
    assert!(matches!(
        store.query(&Default::default()),
        Err(StoreError::Corrupt(_))
    ));
}

#[test]
fn a_file_that_is_not_a_database_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(
        &path,
        "this is not SQLite, just words in a file that is long enough to have a header",
    )
    .unwrap();
    assert!(SqliteStore::open(&path).is_err());
}

#[test]
fn no_raw_identifier_reaches_the_database_file() {
    use chrono::{TimeZone, Utc};
    use gdpr::calendar::Finland;
    use gdpr::desk::Desk;
    use gdpr::request::{Channel, HELSINKI, RequestKind};
    use gdpr::store::memory::MemoryConnector;
    use gdpr::subject::SubjectKey;

    let (dir, store) = store();
    let key = SubjectKey::new(*b"no-raw-identifiers-test-key-32b!").unwrap();
    let code: gdpr::PersonalIdentityCode = "010594Y9032".parse().unwrap();
    let email: gdpr::model::EmailAddress = "maija.meikalainen@example.fi".parse().unwrap();
    let subject = key.person(&code);
    let crm = MemoryConnector::new("crm").with_record(
        subject,
        "contact",
        serde_json::json!({ "note": "x" }),
    );
    let calendar = Finland::new();
    let audit_key = common::audit_key();
    let desk = Desk::new(
        &store,
        gdpr::store::AuditTrail::new(&store, &audit_key),
        &calendar,
    )
    .connector(&crm);
    let (id, _) = desk
        .file(
            subject,
            RequestKind::Access,
            Channel::Email,
            Utc.with_ymd_and_hms(2026, 3, 5, 9, 0, 0).unwrap(),
            HELSINKI,
        )
        .unwrap();
    desk.verify_identity(
        id,
        Utc.with_ymd_and_hms(2026, 3, 5, 10, 0, 0).unwrap(),
        "in person",
    )
    .unwrap();
    desk.carry_out(
        id,
        Utc.with_ymd_and_hms(2026, 3, 6, 9, 0, 0).unwrap(),
        &[],
        &mut |_| Ok(()),
    )
    .unwrap();
    use gdpr::store::RetentionLedger;
    store
        .upsert(&gdpr::store::LedgerEntry {
            register: "crm".parse().unwrap(),
            record: "r1".parse().unwrap(),
            rule: "users".parse().unwrap(),
            subject: Some(key.email(&email)),
            facts: Default::default(),
            expires_on: None,
            action: Default::default(),
        })
        .unwrap();
    drop(desk);
    drop(store);
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        bytes.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    let contains = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(
        !contains("010594Y9032"),
        "the personal identity code reached the database"
    );
    assert!(
        !contains("010594"),
        "part of the personal identity code reached the database"
    );
    assert!(
        !contains("maija.meikalainen"),
        "the e-mail address reached the database"
    );
    assert!(bytes.len() > 4096, "the database files were read");
}

/// A database of schema 1, with a record disposed of and one pending, opens as schema 2: the
/// disposed record keeps a proof (with no day or sweep: schema 1 did not keep them) and loses
/// its facts; the pending one is untouched.
#[test]
fn a_schema_1_database_is_migrated_with_its_disposals() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch(include_str!("../src/store/migrations/sqlite_0001.sql"))
            .unwrap();
        c.execute_batch(
            "CREATE TABLE gdpr_schema_version (version BIGINT NOT NULL);
             INSERT INTO gdpr_schema_version VALUES (1);
             INSERT INTO ledger (register, record, rule, subject, facts, expires_on, action, state)
             VALUES ('old', 'gone', 'users', x'00', '{\"collected\":\"2020-01-01\"}', '2021-01-01', 'erase', 'erased'),
                    ('old', 'kept', 'users', NULL, '{\"collected\":\"2025-01-01\"}', '2030-01-01', 'erase', 'pending');",
        )
        .unwrap();
    }
    let store = SqliteStore::open(&path).unwrap();
    let gone = gdpr::store::RecordKey::new("old", "gone").unwrap();
    let proof = store
        .disposal(&gone)
        .unwrap()
        .expect("the disposal is proven");
    assert_eq!(proof.action, gdpr::store::DisposalAction::Erase);
    assert_eq!((proof.on, proof.by.as_str()), (None, "before schema 2"));
    assert!(matches!(store.get(&gone), Err(StoreError::NotFound(_))));
    let kept = gdpr::store::RecordKey::new("old", "kept").unwrap();
    assert_eq!(
        store.get(&kept).unwrap().expires_on,
        "2030-01-01".parse().ok()
    );
    let facts: String = store
        .with_connection(|c| {
            c.query_row("SELECT facts FROM ledger WHERE record = 'gone'", [], |r| {
                r.get(0)
            })
        })
        .unwrap();
    assert_eq!(facts, "{}", "the facts of a disposed record are gone");
}

/// Two stores on one database file: see [`conformance::two_writers`].
#[test]
fn two_stores_on_one_file_never_go_stale() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gdpr.db");
    let (ours, theirs) = (
        SqliteStore::open(&path).unwrap(),
        SqliteStore::open(&path).unwrap(),
    );
    conformance::two_writers(&ours, &theirs);
}
