//! SQLite stores (feature `sqlite`): one file, WAL journal, migrations embedded and versioned.
//!
//! ```
//! use gdpr::store::{RequestStore, RequestQuery, sqlite::SqliteStore};
//!
//! let dir = tempfile::tempdir()?;
//! let store = SqliteStore::open(dir.path().join("gdpr.db"))?;
//! assert!(store.query(&RequestQuery::default())?.is_empty());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Each thread takes a connection from a small pool; writes run in `BEGIN IMMEDIATE`
//! transactions, so concurrent writers queue on SQLite's write lock (with a busy timeout)
//! instead of failing.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::pool::{Pool, Pooled};
use super::sql::{
    date_text, event_text, hash, name, parse_date, parse_event, parse_name, parse_time, time_text,
    uuid,
};
use super::*;
use crate::request::Event;

const MIGRATIONS: &[&str] = &[include_str!("migrations/sqlite_0001.sql")];

fn backend(e: rusqlite::Error) -> StoreError {
    StoreError::backend(e)
}

/// The request store, retention ledger and audit log in one SQLite database file.
#[derive(Debug)]
pub struct SqliteStore {
    path: PathBuf,
    pool: Pool<Connection>,
}

/// How long a connection waits for another's lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

fn connect(path: &Path) -> Result<Connection, StoreError> {
    let connection = Connection::open(path).map_err(backend)?;
    connection.busy_timeout(BUSY_TIMEOUT).map_err(backend)?;
    let mode = wal_mode(&connection)?;
    if !mode.eq_ignore_ascii_case("wal") && !mode.eq_ignore_ascii_case("memory") {
        return Err(StoreError::Invalid(format!(
            "SQLite refused the WAL journal (got {mode})"
        )));
    }
    connection
        .execute_batch("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")
        .map_err(backend)?;
    Ok(connection)
}

/// Switches the file to the WAL journal. Changing the journal mode needs an exclusive lock and
/// SQLite does not wait for it under the busy timeout: when several processes open a fresh
/// file at once, all but one see `SQLITE_BUSY`. Retry, with back-off, for as long as the busy
/// timeout would have waited.
fn wal_mode(connection: &Connection) -> Result<String, StoreError> {
    let started = std::time::Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match connection.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0)) {
            Ok(mode) => return Ok(mode),
            Err(rusqlite::Error::SqliteFailure(e, _))
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                ) && started.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(100));
            }
            Err(e) => return Err(backend(e)),
        }
    }
}

impl SqliteStore {
    /// Opens (or creates) the database at `path` and brings its schema to
    /// [`SCHEMA_VERSION`].
    ///
    /// # Errors
    /// [`StoreError::SchemaVersion`] for a database of a newer schema; a backend error when
    /// the file cannot be opened or is not a database.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref().to_owned();
        let mut connection = connect(&path)?;
        migrate(&mut connection)?;
        Ok(Self {
            path,
            pool: Pool::new(connection, |_| true),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn connection(&self) -> Result<Pooled<'_, Connection>, StoreError> {
        self.pool.get(|| connect(&self.path))
    }

    /// Runs `f` with a connection of the pool: for tests and tools that need raw SQL (e.g. the
    /// tamper test of the conformance suite). Use bound parameters.
    ///
    /// # Errors
    /// A connection cannot be opened, or `f` fails.
    pub fn with_connection<R>(
        &self,
        f: impl FnOnce(&Connection) -> rusqlite::Result<R>,
    ) -> Result<R, StoreError> {
        let connection = self.connection()?;
        f(&connection).map_err(backend)
    }
}

/// Runs `f` in a `BEGIN IMMEDIATE` transaction with cached statements, so that the hot path
/// of appending parses no SQL; rolls back when `f` fails.
fn immediate<T>(
    connection: &Connection,
    f: impl FnOnce(&Connection) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    connection
        .prepare_cached("BEGIN IMMEDIATE")
        .and_then(|mut s| s.execute([]))
        .map_err(backend)?;
    match f(connection) {
        Ok(value) => {
            connection
                .prepare_cached("COMMIT")
                .and_then(|mut s| s.execute([]))
                .map_err(backend)?;
            Ok(value)
        }
        Err(e) => {
            let _ = connection
                .prepare_cached("ROLLBACK")
                .and_then(|mut s| s.execute([]));
            Err(e)
        }
    }
}

fn migrate(connection: &mut Connection) -> Result<(), StoreError> {
    let tx = connection
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(backend)?;
    tx.execute(
        "CREATE TABLE IF NOT EXISTS gdpr_schema_version (version INTEGER NOT NULL)",
        [],
    )
    .map_err(backend)?;
    let found: Option<i64> = tx
        .query_row("SELECT MAX(version) FROM gdpr_schema_version", [], |row| {
            row.get(0)
        })
        .map_err(backend)?;
    let found = found.unwrap_or(0);
    if !(0..=SCHEMA_VERSION).contains(&found) {
        return Err(StoreError::SchemaVersion {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for (i, migration) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        tx.execute_batch(migration).map_err(backend)?;
        tx.execute(
            "INSERT INTO gdpr_schema_version (version) VALUES (?1)",
            [i as i64 + 1],
        )
        .map_err(backend)?;
    }
    tx.commit().map_err(backend)
}

impl RequestStore for SqliteStore {
    fn append(
        &self,
        id: RequestId,
        expected_version: u64,
        events: &[Event],
        projection: &RequestProjection,
    ) -> Result<u64, StoreError> {
        if events.is_empty() {
            return Err(StoreError::Invalid(
                "append needs at least one event".into(),
            ));
        }
        let connection = self.connection()?;
        immediate(&connection, |tx| {
            // The first insert checks the version in the same statement: the expected version
            // must exist, and the primary key refuses a version another writer took.
            let conflict = || {
                let actual: Option<i64> = tx
                    .query_row(
                        "SELECT MAX(version) FROM request_events WHERE request_id = ?1",
                        [id.as_bytes()],
                        |row| row.get(0),
                    )
                    .map_err(backend)?;
                Err(StoreError::Conflict {
                    expected: expected_version,
                    actual: actual.unwrap_or(0) as u64,
                })
            };
            let inserted = tx
                .prepare_cached(
                    "INSERT INTO request_events (request_id, version, event)
                     SELECT ?1, ?2, ?3 WHERE ?4 = 0 OR EXISTS (SELECT 1 FROM request_events WHERE request_id = ?1 AND version = ?4)",
                )
                .and_then(|mut s| s.execute(params![id.as_bytes(), (expected_version + 1) as i64, event_text(&events[0]), expected_version as i64]));
            match inserted {
                Ok(0) => return conflict(),
                Ok(_) => {}
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::ConstraintViolation =>
                {
                    return conflict();
                }
                Err(e) => return Err(backend(e)),
            }
            let mut insert = tx
                .prepare_cached(
                    "INSERT INTO request_events (request_id, version, event) VALUES (?1, ?2, ?3)",
                )
                .map_err(backend)?;
            for (i, event) in events.iter().enumerate().skip(1) {
                insert
                    .execute(params![
                        id.as_bytes(),
                        (expected_version + 1 + i as u64) as i64,
                        event_text(event)
                    ])
                    .map_err(backend)?;
            }
            let version = expected_version + events.len() as u64;
            // Written only when it changes: an unchanged projection costs a read, not a page write.
            tx.prepare_cached(
            "INSERT INTO requests (request_id, subject, kind, status, received, deadline) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (request_id) DO UPDATE SET subject = excluded.subject, kind = excluded.kind, status = excluded.status,
             received = excluded.received, deadline = excluded.deadline
             WHERE requests.status <> excluded.status OR requests.deadline <> excluded.deadline OR requests.subject <> excluded.subject
                OR requests.kind <> excluded.kind OR requests.received <> excluded.received",
        )
        .and_then(|mut s| {
            s.execute(params![
                id.as_bytes(),
                &projection.subject.as_bytes()[..],
                projection.kind.code(),
                projection.status.code(),
                date_text(projection.received),
                date_text(projection.deadline)
            ])
        })
        .map_err(backend)?;
            Ok(version)
        })
    }

    fn load(&self, id: RequestId) -> Result<Vec<Event>, StoreError> {
        let connection = self.connection()?;
        let mut statement = connection
            .prepare_cached(
                "SELECT version, event FROM request_events WHERE request_id = ?1 ORDER BY version",
            )
            .map_err(backend)?;
        let rows = statement
            .query_map([id.as_bytes()], |row| {
                Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
            })
            .map_err(backend)?;
        let mut events = Vec::new();
        for row in rows {
            let (version, text) = row.map_err(backend)?;
            if version != events.len() as i64 + 1 {
                return Err(StoreError::Corrupt(format!(
                    "request {id}: event version {version} out of sequence"
                )));
            }
            events.push(parse_event(
                &text,
                &format!("request {id} event {version}"),
            )?);
        }
        if events.is_empty() {
            return Err(StoreError::NotFound(format!("request {id}")));
        }
        Ok(events)
    }

    fn query(&self, query: &RequestQuery) -> Result<Vec<RequestSummary>, StoreError> {
        let connection = self.connection()?;
        let mut statement = connection
            .prepare_cached(
                "SELECT request_id, subject, kind, status, received, deadline,
                        (SELECT MAX(version) FROM request_events e WHERE e.request_id = requests.request_id) FROM requests
                 WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR deadline >= ?2) AND (?3 IS NULL OR deadline <= ?3) AND (?4 IS NULL OR subject = ?4)
                 ORDER BY deadline, request_id",
            )
            .map_err(backend)?;
        let rows = statement
            .query_map(
                params![
                    query.status.map(|s| name(&s)),
                    query.deadline_from.map(date_text),
                    query.deadline_to.map(date_text),
                    query.subject.map(|s| s.as_bytes().to_vec())
                ],
                |row| {
                    Ok((
                        row.get::<_, Vec<u8>>(0)?,
                        row.get::<_, Vec<u8>>(1)?,
                        row.get::<_, String>(2)?,
                        row.get::<_, String>(3)?,
                        row.get::<_, String>(4)?,
                        row.get::<_, String>(5)?,
                        row.get::<_, i64>(6)?,
                    ))
                },
            )
            .map_err(backend)?;
        let mut found = Vec::new();
        for row in rows {
            let (id, subject, kind, status, received, deadline, version) = row.map_err(backend)?;
            let id = uuid(&id, "requests.request_id")?;
            let what = format!("request {id}");
            found.push(RequestSummary {
                id,
                version: version as u64,
                projection: RequestProjection {
                    subject: subject_from_bytes(&subject, &what)?,
                    kind: parse_name(&kind, &what)?,
                    status: parse_name(&status, &what)?,
                    received: parse_date(&received, &what)?,
                    deadline: parse_date(&deadline, &what)?,
                },
            });
        }
        Ok(found)
    }
}

type LedgerRow = (
    String,
    String,
    String,
    Option<Vec<u8>>,
    String,
    Option<String>,
    String,
);

fn ledger_entry(row: LedgerRow) -> Result<LedgerEntry, StoreError> {
    let (register, record, rule, subject, facts, expires_on, action) = row;
    let what = format!("ledger record {record} of {register}");
    Ok(LedgerEntry {
        subject: subject.map(|s| subject_from_bytes(&s, &what)).transpose()?,
        facts: super::sql::json(&facts, &what)?,
        expires_on: expires_on.map(|d| parse_date(&d, &what)).transpose()?,
        action: parse_name(&action, &what)?,
        register,
        record,
        rule,
    })
}

const LEDGER_COLUMNS: &str = "register, record, rule, subject, facts, expires_on, action";

fn read_ledger_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<LedgerRow> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
        row.get(6)?,
    ))
}

const ACTIVE_HOLD: &str = "EXISTS (SELECT 1 FROM ledger_holds h WHERE h.register = l.register AND h.record = l.record AND (h.until IS NULL OR h.until >= ?1))";

impl RetentionLedger for SqliteStore {
    fn upsert(&self, entry: &LedgerEntry) -> Result<(), StoreError> {
        super::ledger::check_entry(entry)?;
        let connection = self.connection()?;
        let changed = connection
            .prepare_cached(
                "INSERT INTO ledger (register, record, rule, subject, facts, expires_on, action, state, claimed_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'pending', NULL)
                 ON CONFLICT (register, record) DO UPDATE SET rule = excluded.rule, subject = excluded.subject, facts = excluded.facts,
                 expires_on = excluded.expires_on, action = excluded.action
                 WHERE ledger.state IN ('pending', 'claimed')",
            )
            .and_then(|mut s| {
                s.execute(params![
                    entry.register,
                    entry.record,
                    entry.rule,
                    entry.subject.map(|s| s.as_bytes().to_vec()),
                    serde_json::to_string(&entry.facts).expect("facts serialize"),
                    entry.expires_on.map(date_text),
                    name(&entry.action)
                ])
            })
            .map_err(backend)?;
        if changed == 0 {
            return Err(StoreError::Invalid(format!(
                "record {} of {} was already disposed of",
                entry.record, entry.register
            )));
        }
        Ok(())
    }

    fn get(&self, register: &str, record: &str) -> Result<LedgerEntry, StoreError> {
        let connection = self.connection()?;
        let row = connection
            .prepare_cached(&format!(
                "SELECT {LEDGER_COLUMNS} FROM ledger WHERE register = ?1 AND record = ?2"
            ))
            .and_then(|mut s| {
                s.query_row(params![register, record], read_ledger_row)
                    .optional()
            })
            .map_err(backend)?
            .ok_or_else(|| StoreError::NotFound(format!("record {record} of {register}")))?;
        ledger_entry(row)
    }

    fn place_hold(
        &self,
        register: &str,
        record: &str,
        hold: &str,
        reason: &str,
        until: Option<NaiveDate>,
    ) -> Result<(), StoreError> {
        let connection = self.connection()?;
        let changed = connection
            .execute(
                "INSERT INTO ledger_holds (register, record, hold, reason, until)
                 SELECT register, record, ?3, ?4, ?5 FROM ledger WHERE register = ?1 AND record = ?2
                 ON CONFLICT (register, record, hold) DO UPDATE SET reason = excluded.reason, until = excluded.until",
                params![register, record, hold, reason, until.map(date_text)],
            )
            .map_err(backend)?;
        if changed == 0 {
            return Err(StoreError::NotFound(format!(
                "record {record} of {register}"
            )));
        }
        Ok(())
    }

    fn release_hold(
        &self,
        register: &str,
        record: &str,
        hold: &str,
        on: NaiveDate,
    ) -> Result<(), StoreError> {
        let connection = self.connection()?;
        let changed = connection
            .execute(
                "UPDATE ledger_holds SET until = ?4 WHERE register = ?1 AND record = ?2 AND hold = ?3",
                params![register, record, hold, on.pred_opt().map(date_text)],
            )
            .map_err(backend)?;
        if changed == 0 {
            return Err(StoreError::NotFound(format!(
                "hold {hold} on record {record} of {register}"
            )));
        }
        Ok(())
    }

    fn claim(
        &self,
        as_of: NaiveDate,
        limit: usize,
        worker: &str,
    ) -> Result<Vec<Claim>, StoreError> {
        let mut connection = self.connection()?;
        let tx = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(backend)?;
        // Parsed inside the transaction: a row that cannot be read rolls the claim back.
        let rows: Vec<(String, String, String, String, String)> = {
            let mut statement = tx
                .prepare_cached(&format!(
                    "UPDATE ledger SET state = 'claimed', claimed_by = ?2
                     WHERE rowid IN (SELECT l.rowid FROM ledger l WHERE l.state = 'pending' AND l.expires_on <= ?1 AND NOT {ACTIVE_HOLD}
                                     ORDER BY l.expires_on LIMIT ?3)
                     RETURNING register, record, rule, action, expires_on"
                ))
                .map_err(backend)?;
            statement
                .query_map(params![date_text(as_of), worker, limit as i64], |row| {
                    Ok((
                        row.get(0)?,
                        row.get(1)?,
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                    ))
                })
                .map_err(backend)?
                .collect::<rusqlite::Result<_>>()
                .map_err(backend)?
        };
        let mut claims = rows
            .into_iter()
            .map(|(register, record, rule, action, expires_on)| {
                let what = format!("ledger record {record} of {register}");
                Ok(Claim {
                    action: parse_name(&action, &what)?,
                    expires_on: parse_date(&expires_on, &what)?,
                    register,
                    record,
                    rule,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        // Dropping the transaction on an error above rolls every claim of the batch back.
        tx.commit().map_err(backend)?;
        claims.sort_by(|a, b| {
            (a.expires_on, &a.register, &a.record).cmp(&(b.expires_on, &b.register, &b.record))
        });
        Ok(claims)
    }

    fn mark(&self, claims: &[Claim], disposal: Disposal, worker: &str) -> Result<u64, StoreError> {
        let mut connection = self.connection()?;
        let tx = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(backend)?;
        let state = match disposal {
            Disposal::Erased => "erased",
            Disposal::Anonymised => "anonymised",
            Disposal::Archived => "archived",
        };
        let mut marked = 0;
        {
            let mut statement = tx
                .prepare_cached("UPDATE ledger SET state = ?1, claimed_by = NULL WHERE register = ?2 AND record = ?3 AND state = 'claimed' AND claimed_by = ?4")
                .map_err(backend)?;
            for claim in claims {
                marked += statement
                    .execute(params![state, claim.register, claim.record, worker])
                    .map_err(backend)? as u64;
            }
        }
        tx.commit().map_err(backend)?;
        Ok(marked)
    }

    fn release_claims(&self, worker: &str) -> Result<u64, StoreError> {
        let connection = self.connection()?;
        let released = connection
            .execute("UPDATE ledger SET state = 'pending', claimed_by = NULL WHERE claimed_by = ?1 AND state = 'claimed'", [worker])
            .map_err(backend)?;
        Ok(released as u64)
    }

    fn counts(&self, as_of: NaiveDate) -> Result<LedgerCounts, StoreError> {
        let connection = self.connection()?;
        let sql = format!(
            "SELECT COUNT(*),
                    COALESCE(SUM(state = 'pending' AND expires_on > ?1), 0),
                    COALESCE(SUM(state = 'pending' AND expires_on <= ?1 AND NOT {ACTIVE_HOLD}), 0),
                    COALESCE(SUM(state = 'pending' AND expires_on <= ?1 AND {ACTIVE_HOLD}), 0),
                    COALESCE(SUM(state = 'pending' AND expires_on IS NULL), 0),
                    COALESCE(SUM(state = 'claimed'), 0),
                    COALESCE(SUM(state = 'erased'), 0),
                    COALESCE(SUM(state = 'anonymised'), 0),
                    COALESCE(SUM(state = 'archived'), 0)
             FROM ledger l"
        );
        connection
            .query_row(&sql, [date_text(as_of)], |row| {
                let n = |i| row.get::<_, i64>(i).map(|v| v as u64);
                Ok(LedgerCounts {
                    records: n(0)?,
                    kept: n(1)?,
                    due: n(2)?,
                    held: n(3)?,
                    no_expiry: n(4)?,
                    claimed: n(5)?,
                    erased: n(6)?,
                    anonymised: n(7)?,
                    archived: n(8)?,
                })
            })
            .map_err(backend)
    }

    fn by_subject(&self, subject: &SubjectRef) -> Result<Vec<LedgerEntry>, StoreError> {
        let connection = self.connection()?;
        let mut statement = connection
            .prepare_cached(&format!(
                "SELECT {LEDGER_COLUMNS} FROM ledger WHERE subject = ?1 ORDER BY register, record"
            ))
            .map_err(backend)?;
        let rows: Vec<LedgerRow> = statement
            .query_map([&subject.as_bytes()[..]], read_ledger_row)
            .map_err(backend)?
            .collect::<rusqlite::Result<_>>()
            .map_err(backend)?;
        rows.into_iter().map(ledger_entry).collect()
    }
}

type AuditRow = (
    i64,
    String,
    String,
    String,
    Option<Vec<u8>>,
    Option<Vec<u8>>,
    String,
    Vec<u8>,
    Vec<u8>,
);

fn audit_entry(row: AuditRow) -> Result<AuditEntry, StoreError> {
    let (seq, at, actor, action, subject, request, detail, prev_hash, entry_hash) = row;
    let what = format!("audit entry {seq}");
    Ok(AuditEntry {
        seq: seq as u64,
        entry: NewAuditEntry {
            at: parse_time(&at, &what)?,
            actor,
            action,
            subject: subject.map(|s| subject_from_bytes(&s, &what)).transpose()?,
            request: request.map(|r| uuid(&r, &what)).transpose()?,
            detail,
        },
        prev_hash: hash(&prev_hash, &what)?,
        hash: hash(&entry_hash, &what)?,
    })
}

impl AuditLog for SqliteStore {
    fn append(&self, key: &AuditKey, entry: &NewAuditEntry) -> Result<AuditEntry, StoreError> {
        let mut connection = self.connection()?;
        let tx = connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(backend)?;
        let last: Option<(i64, Vec<u8>)> = tx
            .prepare_cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
            .and_then(|mut s| {
                s.query_row([], |row| Ok((row.get(0)?, row.get(1)?)))
                    .optional()
            })
            .map_err(backend)?;
        let (seq, prev_hash) = match last {
            Some((seq, h)) => (seq as u64 + 1, hash(&h, &format!("audit entry {seq}"))?),
            None => (1, [0u8; 32]),
        };
        let entry_hash = super::entry_hash(key, &prev_hash, seq, entry);
        tx.prepare_cached(
            "INSERT INTO audit_log (seq, at, actor, action, subject, request_id, detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )
        .and_then(|mut s| {
            s.execute(params![
                seq as i64,
                time_text(entry.at),
                entry.actor,
                entry.action,
                entry.subject.map(|s| s.as_bytes().to_vec()),
                entry.request.map(|r| r.as_bytes().to_vec()),
                entry.detail,
                &prev_hash[..],
                &entry_hash[..]
            ])
        })
        .map_err(backend)?;
        tx.commit().map_err(backend)?;
        Ok(AuditEntry {
            seq,
            entry: entry.clone(),
            prev_hash,
            hash: entry_hash,
        })
    }

    fn read(&self, after: u64, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
        let connection = self.connection()?;
        let mut statement = connection
            .prepare_cached("SELECT seq, at, actor, action, subject, request_id, detail, prev_hash, hash FROM audit_log WHERE seq > ?1 ORDER BY seq LIMIT ?2")
            .map_err(backend)?;
        let rows: Vec<AuditRow> = statement
            .query_map(params![after as i64, limit as i64], |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                    row.get(5)?,
                    row.get(6)?,
                    row.get(7)?,
                    row.get(8)?,
                ))
            })
            .map_err(backend)?
            .collect::<rusqlite::Result<_>>()
            .map_err(backend)?;
        rows.into_iter().map(audit_entry).collect()
    }

    fn head(&self) -> Result<ChainHead, StoreError> {
        let connection = self.connection()?;
        let last: Option<(i64, Vec<u8>)> = connection
            .prepare_cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
            .and_then(|mut s| {
                s.query_row([], |row| Ok((row.get(0)?, row.get(1)?)))
                    .optional()
            })
            .map_err(backend)?;
        match last {
            Some((seq, h)) => Ok(ChainHead {
                seq: seq as u64,
                hash: hash(&h, &format!("audit entry {seq}"))?,
            }),
            None => Ok(ChainHead::EMPTY),
        }
    }
}
