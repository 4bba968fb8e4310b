//! The conformance suite against PostgreSQL, plus what only a database server can get wrong.
//!
//! Every test needs `TEST_POSTGRES_URL` (e.g. `postgres://postgres@127.0.0.1:54329/gdpr_test`)
//! and prints `skipped: TEST_POSTGRES_URL is not set` without it. Each test works in a fresh
//! schema, dropped when it passes. When `TEST_POSTGRES_MARKER` names a file, each test that
//! really ran appends its name to it, so CI can prove they ran.
#![cfg(all(feature = "postgres", feature = "conformance"))]

use std::io::Write;

use gdpr::store::{
    AuditEntry, AuditLog, RequestStore, RetentionLedger, StoreError, StoreRecords, conformance,
    postgres::PostgresStore,
};

mod common;

/// A fresh schema, dropped at the end of a test that passed (a failed test leaves it for a
/// look).
struct Schema {
    url: String,
    name: String,
    test: &'static str,
}

impl Schema {
    /// `None` (after saying so) when `TEST_POSTGRES_URL` is not set.
    fn new(test: &'static str) -> Option<Self> {
        let Some(url) = std::env::var("TEST_POSTGRES_URL")
            .ok()
            .filter(|url| !url.is_empty())
        else {
            eprintln!("skipped: TEST_POSTGRES_URL is not set");
            return None;
        };
        Some(Self {
            url,
            name: format!("gdpr_test_{}", uuid::Uuid::new_v4().simple()),
            test,
        })
    }

    fn connect(&self) -> Result<PostgresStore, StoreError> {
        PostgresStore::connect_in_schema(&self.url, &self.name)
    }

    fn store(&self) -> PostgresStore {
        self.connect().expect("connect to TEST_POSTGRES_URL")
    }

    /// Records that the test ran to its end against a real server.
    fn passed(self) {
        if let Ok(path) = std::env::var("TEST_POSTGRES_MARKER") {
            let mut file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .expect("open TEST_POSTGRES_MARKER");
            // One write of one line: concurrent tests append whole lines.
            file.write_all(format!("{}\n", self.test).as_bytes())
                .expect("write TEST_POSTGRES_MARKER");
        }
    }
}

/// Runs `body` in a fresh schema: skipped without a server, marked as run when it passes.
fn in_schema(test: &'static str, body: impl FnOnce(&Schema)) {
    let Some(schema) = Schema::new(test) else {
        return;
    };
    body(&schema);
    schema.passed();
}

impl Drop for Schema {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("the failed test's tables are in schema {}", self.name);
            return;
        }
        // The name is generated above: `gdpr_test_` and hex digits.
        if let Ok(mut client) = postgres::Client::connect(&self.url, postgres::NoTls) {
            let _ = client.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.name));
        }
    }
}

#[test]
fn request_store() {
    in_schema("request_store", |schema| {
        let store = schema.store();
        conformance::request_store(&store);
        drop(store);
    });
}

/// Two stores over one schema (two processes): see `conformance::two_writers`.
#[test]
fn two_stores_on_one_schema_never_go_stale() {
    in_schema("two_stores_on_one_schema_never_go_stale", |schema| {
        let (ours, theirs) = (schema.store(), schema.store());
        conformance::two_writers(&ours, &theirs);
    });
}

#[test]
fn retention_ledger() {
    in_schema("retention_ledger", |schema| {
        let store = schema.store();
        conformance::retention_ledger(&store);
        drop(store);
    });
}

#[test]
fn audit_log() {
    in_schema("audit_log", |schema| {
        let store = schema.store();
        let key = common::audit_key();
        conformance::audit_log(&store, &key);
        conformance::audit_tampering_is_detected(&store, &key, &SqlTamper(&store));
        drop(store);
    });
}

#[test]
fn subject_isolation() {
    in_schema("subject_isolation", |schema| {
        let store = schema.store();
        conformance::subject_isolation(
            &store,
            &store,
            &StoreRecords::new("postgres", &store, &store),
        );
        drop(store);
    });
}

#[test]
fn reopening_keeps_the_data_and_the_schema() {
    in_schema("reopening_keeps_the_data_and_the_schema", |schema| {
        let store = schema.store();
        conformance::append_and_load(&store);
        let key = common::audit_key();
        conformance::audit_log(&store, &key);
        drop(store);
        let again = schema.store();
        assert_eq!(again.query(&Default::default()).unwrap().len(), 1);
        assert_eq!(
            gdpr::store::verify_chain(&again, &key, None).unwrap().seq,
            25
        );
        let versions: Vec<i64> = again
            .with_client(|c| {
                c.query("SELECT version FROM gdpr_schema_version", &[])
                    .map(|rows| rows.iter().map(|r| r.get(0)).collect())
            })
            .unwrap();
        assert_eq!(versions, vec![1, 2], "reopening must not migrate again");
        drop(again);
    });
}

#[test]
fn concurrent_first_connections_migrate_once() {
    in_schema("concurrent_first_connections_migrate_once", |schema| {
        let stores: Vec<PostgresStore> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4).map(|_| scope.spawn(|| schema.store())).collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let versions: Vec<i64> = stores[0]
            .with_client(|c| {
                c.query("SELECT version FROM gdpr_schema_version", &[])
                    .map(|rows| rows.iter().map(|r| r.get(0)).collect())
            })
            .unwrap();
        assert_eq!(versions, vec![1, 2]);
        drop(stores);
    });
}

#[test]
fn a_database_of_an_unknown_schema_version_is_refused() {
    in_schema(
        "a_database_of_an_unknown_schema_version_is_refused",
        |schema| {
            let store = schema.store();
            store
                .with_client(|c| {
                    c.execute("INSERT INTO gdpr_schema_version (version) VALUES (99)", &[])
                })
                .unwrap();
            drop(store);
            conformance::refuses_unknown_schema_version(schema.connect());
        },
    );
}

#[test]
fn a_corrupted_row_is_an_error_not_a_panic() {
    in_schema("a_corrupted_row_is_an_error_not_a_panic", |schema| {
        let store = schema.store();
        conformance::append_and_load(&store);
        let id = store.query(&Default::default()).unwrap()[0].id;
        store
            .with_client(|c| {
                c.execute(
                    "UPDATE request_events SET event = '{\"type\": \"teleported\"}' WHERE version = 2",
                    &[],
                )
            })
            .unwrap();
        match store.load(id) {
            Err(StoreError::Corrupt(message)) => assert!(message.contains("event 2"), "{message}"),
            other => panic!("expected a corrupt-row error, got {other:?}"),
        }
        store
            .with_client(|c| c.execute("UPDATE requests SET status = 'lost'", &[]))
            .unwrap();
        assert!(matches!(
            store.query(&Default::default()),
            Err(StoreError::Corrupt(_))
        ));

        conformance::audit_log(&store, &common::audit_key());
        for (seq, what, sql) in [
            (
                3,
                "a time",
                "UPDATE audit_log SET at = 'yesterday' WHERE seq = $1",
            ),
            (
                4,
                "a hash",
                "UPDATE audit_log SET prev_hash = '\\x00' WHERE seq = $1",
            ),
            (
                5,
                "a subject",
                "UPDATE audit_log SET subject = '\\x0102' WHERE seq = $1",
            ),
            (
                6,
                "a request id",
                "UPDATE audit_log SET request_id = '\\x01' WHERE seq = $1",
            ),
        ] {
            let changed = store
                .with_client(|c| c.execute(sql, &[&(seq as i64)]))
                .unwrap();
            assert_eq!(changed, 1);
            match store.read(seq - 1, 1) {
                Err(StoreError::Corrupt(message)) => assert!(
                    message.contains(&format!("audit entry {seq}")),
                    "{what}: {message}"
                ),
                other => panic!("expected {what} to be a corrupt-row error, got {other:?}"),
            }
        }
        assert!(matches!(store.read(0, 100), Err(StoreError::Corrupt(_))));
        drop(store);
    });
}

#[test]
fn bad_schema_names_and_unreachable_servers_are_errors() {
    in_schema(
        "bad_schema_names_and_unreachable_servers_are_errors",
        |schema| {
            for name in [
                "",
                "Public",
                "a-b",
                "1abc",
                "x\"; DROP TABLE x; --",
                "pg_mine",
            ] {
                assert!(
                    matches!(
                        PostgresStore::connect_in_schema(&schema.url, name),
                        Err(StoreError::Invalid(_))
                    ),
                    "schema name {name:?} must be refused"
                );
            }
            assert!(matches!(
                PostgresStore::connect("this is not a url="),
                Err(StoreError::Invalid(_))
            ));
            // Port 1 on the loopback interface: nothing listens there.
            assert!(matches!(
                PostgresStore::connect("postgres://postgres@127.0.0.1:1/gdpr?connect_timeout=5"),
                Err(StoreError::Backend(_))
            ));
        },
    );
}

/// Someone with write access to the database: rewrites rows and moves `audit_head` along, as
/// an intruder covering their tracks would.
struct SqlTamper<'a>(&'a PostgresStore);

impl SqlTamper<'_> {
    fn move_head(&self) {
        self.0
            .with_client(|c| {
                c.execute(
                    "UPDATE audit_head SET seq = COALESCE((SELECT max(seq) FROM audit_log), 0),
                     hash = COALESCE((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), decode(repeat('00', 32), 'hex'))",
                    &[],
                )
            })
            .unwrap();
    }
}

impl conformance::AuditTamper for SqlTamper<'_> {
    fn rewrite(&self, e: &AuditEntry) {
        self.0
            .with_client(|c| {
                c.execute(
                    "INSERT INTO audit_log (seq, at, actor, action, subject, request_id, detail, prev_hash, hash)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                     ON CONFLICT (seq) DO UPDATE SET at = excluded.at, actor = excluded.actor, action = excluded.action,
                       subject = excluded.subject, request_id = excluded.request_id, detail = excluded.detail,
                       prev_hash = excluded.prev_hash, hash = excluded.hash",
                    &[
                        &(e.seq as i64),
                        &e.entry.at.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true),
                        &e.entry.actor,
                        &e.entry.action,
                        &e.entry.subject.map(|s| s.as_bytes().to_vec()),
                        &e.entry.request.map(|r| r.as_bytes().to_vec()),
                        &e.entry.detail,
                        &&e.prev_hash[..],
                        &&e.hash[..],
                    ],
                )
            })
            .unwrap();
        self.move_head();
    }

    fn delete_from(&self, seq: u64) {
        self.0
            .with_client(|c| c.execute("DELETE FROM audit_log WHERE seq >= $1", &[&(seq as i64)]))
            .unwrap();
        self.move_head();
    }
}

/// A schema-1 database with a record disposed of: schema 2 moves it to the disposal log with a
/// proof (no day or sweep: schema 1 did not keep them), drops the holds' reference to the
/// ledger, and leaves the pending record where it was.
#[test]
fn a_schema_1_database_is_migrated_with_its_disposals() {
    in_schema(
        "a_schema_1_database_is_migrated_with_its_disposals",
        |schema| {
            {
                let mut client = postgres::Client::connect(&schema.url, postgres::NoTls).unwrap();
                client
                .batch_execute(&format!(
                    "CREATE SCHEMA {name}; SET search_path TO {name};
                     {v1}
                     CREATE TABLE gdpr_schema_version (version BIGINT NOT NULL);
                     INSERT INTO gdpr_schema_version VALUES (1);
                     INSERT INTO ledger (register, record, rule, subject, facts, expires_on, action, state)
                     VALUES ('old', 'gone', 'users', NULL, '{{}}', '2021-01-01', 'erase', 'erased'),
                            ('old', 'kept', 'users', NULL, '{{}}', '2030-01-01', 'erase', 'pending');
                     INSERT INTO ledger_holds VALUES ('old', 'gone', 'h', 'released', '2020-12-31');",
                    name = schema.name,
                    v1 = include_str!("../src/store/migrations/postgres_0001.sql"),
                ))
                .unwrap();
            }
            let store = schema.store();
            let gone = gdpr::store::RecordKey::new("old", "gone").unwrap();
            let proof = store
                .disposal(&gone)
                .unwrap()
                .expect("the disposal is proven");
            assert_eq!(proof.action, gdpr::store::DisposalAction::Erase);
            assert_eq!((proof.on, proof.by.as_str()), (None, "before schema 2"));
            assert!(matches!(store.get(&gone), Err(StoreError::NotFound(_))));
            let kept = gdpr::store::RecordKey::new("old", "kept").unwrap();
            assert!(store.get(&kept).is_ok());
            let counts = store.counts("2026-11-24".parse().unwrap()).unwrap();
            assert_eq!((counts.records, counts.erased, counts.keep), (1, 1, 1));
        },
    );
}

/// The conformance suite through the async face (`gdpr::tokio`), on PostgreSQL: the
/// synchronous client runs on tokio's blocking pool.
#[cfg(feature = "tokio")]
#[path = "common/through_async.rs"]
mod through_async;

#[cfg(feature = "tokio")]
#[test]
fn the_conformance_suite_passes_through_the_async_wrappers() {
    let Some(schema) = Schema::new("the_conformance_suite_passes_through_the_async_wrappers")
    else {
        return;
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let store = through_async::ThroughAsync::new(&runtime, schema.store());
    conformance::request_store(&store);
    conformance::retention_ledger(&store);
    conformance::audit_log(&store, &common::audit_key());
    drop(store);
    schema.passed();
}
