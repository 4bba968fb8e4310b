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
//! instead of failing. Dates are `YYYY-MM-DD` text, which sorts in date order for the years
//! the ledger accepts (0001–9999).

use crate::store::Result;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use rusqlite::{Connection, Params, Row, params};

use super::pool::{Pool, Pooled};
use super::sql::{
    self, AUDIT_COLUMNS, Columns, LEDGER_COLUMNS, MigrationTransaction, SUMMARY_COLUMNS, date_text,
    event_text, name, parse_date, time_text, to_i64,
};
use super::*;
use crate::request::Event;

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/sqlite_0001.sql"),
    include_str!("migrations/sqlite_0002.sql"),
];

/// How long a connection waits for another's lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

fn backend(e: rusqlite::Error) -> StoreError {
    StoreError::backend(e)
}

impl Columns for Row<'_> {
    fn int(&self, index: usize, what: &str) -> Result<i64> {
        self.get(index).map_err(|e| corrupt(what, e))
    }

    fn text(&self, index: usize, what: &str) -> Result<String> {
        self.get(index).map_err(|e| corrupt(what, e))
    }

    fn bytes(&self, index: usize, what: &str) -> Result<Option<Vec<u8>>> {
        self.get(index).map_err(|e| corrupt(what, e))
    }

    fn date(&self, index: usize, what: &str) -> Result<Option<NaiveDate>> {
        let text: Option<String> = self.get(index).map_err(|e| corrupt(what, e))?;
        text.map(|t| parse_date(&t, what)).transpose()
    }
}

fn corrupt(what: &str, e: rusqlite::Error) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

/// Runs a cached statement and maps every row with the shared row mapping.
fn rows<T>(
    connection: &Connection,
    sql: &str,
    params: impl Params,
    map: impl Fn(&Row<'_>) -> Result<T>,
) -> Result<Vec<T>> {
    let mut statement = connection.prepare_cached(sql).map_err(backend)?;
    let mut rows = statement.query(params).map_err(backend)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next().map_err(backend)? {
        out.push(map(row)?);
    }
    Ok(out)
}

fn execute(connection: &Connection, sql: &str, params: impl Params) -> Result<u64> {
    connection
        .prepare_cached(sql)
        .and_then(|mut s| s.execute(params))
        .map(|n| n as u64)
        .map_err(backend)
}

/// The request store, retention ledger and audit log in one SQLite database file.
#[derive(Debug)]
pub struct SqliteStore {
    path: PathBuf,
    pool: Pool<Connection>,
    written: std::sync::Mutex<sql::WrittenProjections>,
}

fn connect(path: &Path) -> Result<Connection> {
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
fn wal_mode(connection: &Connection) -> Result<String> {
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
    ///
    /// # Examples
    ///
    /// ```
    /// use gdpr::store::{RequestQuery, RequestStore, sqlite::SqliteStore};
    /// let dir = tempfile::tempdir()?;
    /// let store = SqliteStore::open(dir.path().join("gdpr.db"))?;
    /// assert!(store.query(&RequestQuery::default())?.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_owned();
        let connection = connect(&path)?;
        immediate(&connection, |c| sql::migrate(&mut Migrator(c), MIGRATIONS))?;
        Ok(Self {
            path,
            pool: Pool::new(connection, |_| true),
            written: std::sync::Mutex::default(),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn connection(&self) -> Result<Pooled<'_, Connection>> {
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
    ) -> Result<R> {
        let connection = self.connection()?;
        f(&connection).map_err(backend)
    }
}

/// Runs `f` in a `BEGIN IMMEDIATE` transaction with cached statements, so that the hot path
/// of appending parses no SQL; commits when `f` succeeds and rolls back when it fails. Every
/// write of this store goes through it.
fn immediate<T>(connection: &Connection, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
    execute(connection, "BEGIN IMMEDIATE", [])?;
    match f(connection) {
        Ok(value) => {
            execute(connection, "COMMIT", [])?;
            Ok(value)
        }
        Err(e) => {
            let _ = execute(connection, "ROLLBACK", []);
            Err(e)
        }
    }
}

struct Migrator<'c>(&'c Connection);

impl MigrationTransaction for Migrator<'_> {
    fn batch(&mut self, sql: &str) -> Result<()> {
        self.0.execute_batch(sql).map_err(backend)
    }

    fn version(&mut self) -> Result<i64> {
        self.0
            .query_row(SCHEMA_VERSION_FOUND, [], |row| row.get::<_, Option<i64>>(0))
            .map(Option::unwrap_or_default)
            .map_err(backend)
    }

    fn record(&mut self, version: i64) -> Result<()> {
        execute(self.0, RECORD_SCHEMA_VERSION, [version]).map(drop)
    }
}

const SCHEMA_VERSION_FOUND: &str = "SELECT MAX(version) FROM gdpr_schema_version";

const RECORD_SCHEMA_VERSION: &str = "INSERT INTO gdpr_schema_version (version) VALUES (?1)";

/// The first event of an append, inserted only if the expected version is there (or is 0):
/// with the primary key, the version check is this one statement.
const APPEND_FIRST_EVENT: &str = "
    INSERT INTO request_events (request_id, version, event)
    SELECT ?1, ?2, ?3
    WHERE ?4 = 0
       OR EXISTS (SELECT 1 FROM request_events WHERE request_id = ?1 AND version = ?4)";

const APPEND_EVENT: &str =
    "INSERT INTO request_events (request_id, version, event) VALUES (?1, ?2, ?3)";

const STORED_VERSION: &str = "SELECT MAX(version) FROM request_events WHERE request_id = ?1";

/// Inserts an append's first event with `sql` (with or without the check that the expected
/// version is there); a failed check or a version taken by a racing writer is the conflict,
/// with the version stored now.
fn append_first_event(
    connection: &Connection,
    sql: &str,
    params: impl Params,
    id: RequestId,
    expected: u64,
) -> Result<()> {
    match execute(connection, sql, params) {
        Ok(0) => Err(conflict(connection, id, expected)),
        Ok(_) => Ok(()),
        Err(StoreError::Backend(e))
            if e.downcast_ref::<rusqlite::Error>()
                .and_then(|e| e.sqlite_error_code())
                == Some(rusqlite::ErrorCode::ConstraintViolation) =>
        {
            Err(conflict(connection, id, expected))
        }
        Err(e) => Err(e),
    }
}

/// The conflict of an append that expected `expected`, with the version stored now.
fn conflict(connection: &Connection, id: RequestId, expected: u64) -> StoreError {
    match connection.query_row(STORED_VERSION, [id.as_bytes()], |row| {
        row.get::<_, Option<i64>>(0)
    }) {
        Ok(actual) => StoreError::Conflict {
            expected,
            actual: actual.unwrap_or(0) as u64,
        },
        Err(e) => backend(e),
    }
}

/// The projection, written only when it changes: an unchanged projection costs a read, not a
/// page write.
const UPSERT_PROJECTION: &str = "
    INSERT INTO requests (request_id, subject, kind, status, received, deadline)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6)
    ON CONFLICT (request_id) DO UPDATE SET
        subject = excluded.subject, kind = excluded.kind, status = excluded.status,
        received = excluded.received, deadline = excluded.deadline
    WHERE requests.status <> excluded.status OR requests.deadline <> excluded.deadline
       OR requests.subject <> excluded.subject OR requests.kind <> excluded.kind
       OR requests.received <> excluded.received";

const LOAD_EVENTS: &str =
    "SELECT version, event FROM request_events WHERE request_id = ?1 ORDER BY version";

impl RequestStore for SqliteStore {
    fn append(&self, id: RequestId, batch: Append<'_>) -> Result<u64> {
        let expected_version = batch.expected_version();
        let projection = batch.projection();
        let (first, rest) = (batch.first(), batch.rest());
        let expected = to_i64(expected_version, "expected version")?;
        let version = to_i64(expected_version.saturating_add(batch.len()), "version")?;
        let (unchanged, known) = {
            let written = super::lock(&self.written);
            (
                written.unchanged(id, expected_version, projection),
                expected_version == 0 || written.wrote(id, expected_version),
            )
        };
        let connection = self.connection()?;
        let first_event = |c: &Connection| {
            let event = event_text(first);
            if known {
                // The expected version is there (none is needed, or this store wrote it and
                // events are never deleted), so the primary key alone settles the append: a
                // writer that took the next version first makes the insert fail. The checking
                // statement would cost SQLite a temporary table, as it reads the table it
                // inserts into.
                let params = params![id.as_bytes(), expected + 1, event];
                append_first_event(c, APPEND_EVENT, params, id, expected_version)
            } else {
                let params = params![id.as_bytes(), expected + 1, event, expected];
                append_first_event(c, APPEND_FIRST_EVENT, params, id, expected_version)
            }
        };
        if unchanged && rest.is_empty() {
            // One event and nothing else to write: the plain insert above (this store wrote
            // the version it follows), one statement and atomic on its own.
            first_event(&connection)?;
            super::lock(&self.written).remember(id, version as u64, projection);
            return Ok(version as u64);
        }
        let version = immediate(&connection, |tx| {
            first_event(tx)?;
            for (n, event) in (expected + 2..).zip(rest) {
                execute(
                    tx,
                    APPEND_EVENT,
                    params![id.as_bytes(), n, event_text(event)],
                )?;
            }
            if !unchanged {
                execute(
                    tx,
                    UPSERT_PROJECTION,
                    params![
                        id.as_bytes(),
                        &projection.subject.as_bytes()[..],
                        name(&projection.kind),
                        name(&projection.status),
                        date_text(projection.received),
                        date_text(projection.deadline)
                    ],
                )?;
            }
            Ok(version as u64)
        })?;
        super::lock(&self.written).remember(id, version, projection);
        Ok(version)
    }

    fn load(&self, id: RequestId) -> Result<Vec<Event>> {
        let connection = self.connection()?;
        let rows = rows(&connection, LOAD_EVENTS, [id.as_bytes()], |row| {
            Ok((
                row.int(0, "request_events")?,
                row.text(1, "request_events")?,
            ))
        })?;
        sql::events(id, rows)
    }

    fn query(&self, query: &RequestQuery) -> Result<Vec<RequestSummary>> {
        let connection = self.connection()?;
        rows(
            &connection,
            &QUERY_REQUESTS,
            params![
                query.status.map(|s| name(&s)),
                query.deadline_from.map(date_text),
                query.deadline_to.map(date_text),
                query.subject.map(|s| s.as_bytes().to_vec())
            ],
            |row| sql::summary(row, row.int(6, "requests")? as u64),
        )
    }
}

static QUERY_REQUESTS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "SELECT {SUMMARY_COLUMNS},
                (SELECT MAX(version) FROM request_events e WHERE e.request_id = requests.request_id)
         FROM requests
         WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR deadline >= ?2)
           AND (?3 IS NULL OR deadline <= ?3) AND (?4 IS NULL OR subject = ?4)
         ORDER BY deadline, request_id"
    )
});

/// An active hold on ledger row `l` as of date parameter `?1`.
macro_rules! active_hold {
    () => {
        "EXISTS (SELECT 1 FROM ledger_holds h WHERE h.register = l.register AND h.record = l.record AND (h.until IS NULL OR h.until >= ?1))"
    };
}

/// Writes a record's entry; a claimed row keeps its claim (state and worker are not touched),
/// a disposed row is not written.
const UPSERT_ENTRY: &str = "
    INSERT INTO ledger (register, record, rule, subject, facts, expires_on, action, state, claimed_by)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'pending', NULL)
    ON CONFLICT (register, record) DO UPDATE SET
        rule = excluded.rule, subject = excluded.subject, facts = excluded.facts,
        expires_on = excluded.expires_on, action = excluded.action
    WHERE ledger.state IN ('pending', 'claimed')";

static GET_ENTRY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "SELECT {LEDGER_COLUMNS} FROM ledger
         WHERE register = ?1 AND record = ?2 AND state IN ('pending', 'claimed')"
    )
});

const GET_DISPOSAL: &str = "
    SELECT register, record, rule, expires_on, state, disposed_on, disposed_by FROM ledger
    WHERE register = ?1 AND record = ?2 AND state NOT IN ('pending', 'claimed')";

static ENTRIES_OF_SUBJECT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "SELECT {LEDGER_COLUMNS} FROM ledger
         WHERE subject = ?1 AND state IN ('pending', 'claimed') ORDER BY register, record"
    )
});

const PLACE_HOLD: &str = "
    INSERT INTO ledger_holds (register, record, hold, reason, until)
    SELECT register, record, ?3, ?4, ?5 FROM ledger
    WHERE register = ?1 AND record = ?2 AND state IN ('pending', 'claimed')
    ON CONFLICT (register, record, hold) DO UPDATE SET reason = excluded.reason, until = excluded.until";

const RELEASE_HOLD: &str =
    "UPDATE ledger_holds SET until = ?4 WHERE register = ?1 AND record = ?2 AND hold = ?3";

/// Claims up to `?3` due, unheld, pending rows along `ledger_pending_by_expiry`.
const CLAIM: &str = concat!(
    "UPDATE ledger SET state = 'claimed', claimed_by = ?2
     WHERE rowid IN (
         SELECT l.rowid FROM ledger l
         WHERE l.state = 'pending' AND l.expires_on <= ?1 AND NOT ",
    active_hold!(),
    "
         ORDER BY l.expires_on LIMIT ?3)
     RETURNING register, record, rule, action, expires_on, rowid"
);

/// Marks a claimed row found by its rowid (the claim's locator): no index lookup, and only the
/// claimer index changes. The key is checked too, so a rowid that moved (a `VACUUM` between
/// claim and mark) marks nothing and [`MARK_BY_KEY`] finds the row instead. The facts and the
/// subject reference leave with the record; the proof stays.
const MARK: &str = "
    UPDATE ledger SET state = ?1, claimed_by = NULL, facts = '{}', subject = NULL,
        disposed_on = ?5, disposed_by = ?4
    WHERE rowid = ?6 AND register = ?2 AND record = ?3 AND state = 'claimed' AND claimed_by = ?4";

const MARK_BY_KEY: &str = "
    UPDATE ledger SET state = ?1, claimed_by = NULL, facts = '{}', subject = NULL,
        disposed_on = ?5, disposed_by = ?4
    WHERE register = ?2 AND record = ?3 AND state = 'claimed' AND claimed_by = ?4";

const RELEASE_CLAIMS: &str = "UPDATE ledger SET state = 'pending', claimed_by = NULL WHERE claimed_by = ?1 AND state = 'claimed'";

const COUNTS: &str = concat!(
    "SELECT COALESCE(SUM(state IN ('pending', 'claimed')), 0),
        COALESCE(SUM(state = 'pending' AND expires_on > ?1), 0),
        COALESCE(SUM(state = 'pending' AND expires_on <= ?1 AND NOT ",
    active_hold!(),
    "), 0),
        COALESCE(SUM(state = 'pending' AND expires_on <= ?1 AND ",
    active_hold!(),
    "), 0),
        COALESCE(SUM(state = 'pending' AND expires_on IS NULL), 0),
        COALESCE(SUM(state = 'claimed'), 0),
        COALESCE(SUM(state = 'erased'), 0),
        COALESCE(SUM(state = 'anonymised'), 0),
        COALESCE(SUM(state = 'archived'), 0)
     FROM ledger l"
);

impl RetentionLedger for SqliteStore {
    fn upsert(&self, entry: &LedgerEntry) -> Result<()> {
        super::ledger::check_entry(entry)?;
        let connection = self.connection()?;
        let changed = execute(
            &connection,
            UPSERT_ENTRY,
            params![
                entry.register.as_str(),
                entry.record.as_str(),
                entry.rule.as_str(),
                entry.subject.map(|s| s.as_bytes().to_vec()),
                serde_json::to_string(&entry.facts).map_err(StoreError::backend)?,
                entry.expires_on.map(date_text),
                name(&entry.action)
            ],
        )?;
        if changed == 0 {
            return Err(sql::already_disposed(entry));
        }
        Ok(())
    }

    fn disposal(&self, key: &RecordKey) -> Result<Option<Disposed>> {
        let connection = self.connection()?;
        let params = params![key.register.as_str(), key.record.as_str()];
        Ok(rows(&connection, GET_DISPOSAL, params, |row| sql::disposed(row))?.pop())
    }

    fn get(&self, key: &RecordKey) -> Result<LedgerEntry> {
        let connection = self.connection()?;
        let params = params![key.register.as_str(), key.record.as_str()];
        rows(&connection, &GET_ENTRY, params, |row| {
            sql::ledger_entry(row)
        })?
        .pop()
        .ok_or_else(|| sql::record_not_found(key))
    }

    fn place_hold(&self, key: &RecordKey, hold: &Hold) -> Result<()> {
        let connection = self.connection()?;
        let params = params![
            key.register.as_str(),
            key.record.as_str(),
            hold.id.as_str(),
            hold.reason,
            hold.until.map(date_text)
        ];
        match execute(&connection, PLACE_HOLD, params)? {
            0 => Err(sql::record_not_found(key)),
            _ => Ok(()),
        }
    }

    fn release_hold(&self, key: &RecordKey, hold: &HoldId, on: NaiveDate) -> Result<()> {
        let connection = self.connection()?;
        let params = params![
            key.register.as_str(),
            key.record.as_str(),
            hold.as_str(),
            on.pred_opt().map(date_text)
        ];
        match execute(&connection, RELEASE_HOLD, params)? {
            0 => Err(sql::hold_not_found(key, hold)),
            _ => Ok(()),
        }
    }

    fn claim(&self, as_of: NaiveDate, limit: usize, worker: &str) -> Result<Vec<Claim>> {
        let connection = self.connection()?;
        // One transaction: a row that cannot be read rolls every claim of the batch back.
        let mut claims = immediate(&connection, |tx| {
            let params = params![date_text(as_of), worker, sql::sql_limit(limit)];
            rows(tx, CLAIM, params, |row| sql::claim(row))
        })?;
        sql::sort_claims(&mut claims);
        Ok(claims)
    }

    fn mark(
        &self,
        claims: &[Claim],
        disposal: DisposalAction,
        worker: &str,
        on: NaiveDate,
    ) -> Result<u64> {
        let state = sql::disposed_state(disposal);
        let on = date_text(on);
        let connection = self.connection()?;
        immediate(&connection, |tx| {
            claims.iter().try_fold(0, |marked, claim| {
                let (register, record) = (claim.register.as_str(), claim.record.as_str());
                let by_rowid = match claim.locator.and_then(|l| i64::try_from(l).ok()) {
                    Some(rowid) => {
                        let params = params![state, register, record, worker, on, rowid];
                        execute(tx, MARK, params)?
                    }
                    None => 0,
                };
                let done = if by_rowid == 0 {
                    execute(
                        tx,
                        MARK_BY_KEY,
                        params![state, register, record, worker, on],
                    )?
                } else {
                    by_rowid
                };
                Ok(marked + done)
            })
        })
    }

    fn release_claims(&self, worker: &str) -> Result<u64> {
        let connection = self.connection()?;
        execute(&connection, RELEASE_CLAIMS, [worker])
    }

    fn counts(&self, as_of: NaiveDate) -> Result<LedgerCounts> {
        let connection = self.connection()?;
        rows(&connection, COUNTS, [date_text(as_of)], |row| {
            sql::ledger_counts(row)
        })?
        .pop()
        .ok_or_else(|| StoreError::Corrupt("the ledger counts returned no row".into()))
    }

    fn by_subject(&self, subject: &SubjectRef) -> Result<Vec<LedgerEntry>> {
        let connection = self.connection()?;
        rows(
            &connection,
            &ENTRIES_OF_SUBJECT,
            [&subject.as_bytes()[..]],
            |row| sql::ledger_entry(row),
        )
    }
}

const LAST_AUDIT_ENTRY: &str = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1";

const APPEND_AUDIT_ENTRY: &str = "
    INSERT INTO audit_log (seq, at, actor, action, subject, request_id, detail, prev_hash, hash)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

static READ_AUDIT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!("SELECT {AUDIT_COLUMNS} FROM audit_log WHERE seq > ?1 ORDER BY seq LIMIT ?2")
});

impl AuditLog for SqliteStore {
    fn append(&self, key: &AuditKey, entry: &NewAuditEntry) -> Result<AuditEntry> {
        let connection = self.connection()?;
        immediate(&connection, |tx| {
            let head = rows(tx, LAST_AUDIT_ENTRY, [], |row| sql::chain_head(row))?
                .pop()
                .unwrap_or(ChainHead::EMPTY);
            let seq = head.seq + 1;
            let hash = super::entry_hash(key, &head.hash, seq, entry);
            execute(
                tx,
                APPEND_AUDIT_ENTRY,
                params![
                    to_i64(seq, "audit sequence number")?,
                    time_text(entry.at),
                    entry.actor,
                    entry.action,
                    entry.subject.map(|s| s.as_bytes().to_vec()),
                    entry.request.map(|r| r.as_bytes().to_vec()),
                    entry.detail,
                    &head.hash[..],
                    &hash[..]
                ],
            )?;
            Ok(AuditEntry {
                seq,
                entry: entry.clone(),
                prev_hash: head.hash,
                hash,
            })
        })
    }

    fn read(&self, after: u64, limit: usize) -> Result<Vec<AuditEntry>> {
        let connection = self.connection()?;
        let after = i64::try_from(after).unwrap_or(i64::MAX);
        rows(
            &connection,
            &READ_AUDIT,
            params![after, sql::sql_limit(limit)],
            |row| sql::audit_entry(row),
        )
    }

    fn head(&self) -> Result<ChainHead> {
        let connection = self.connection()?;
        Ok(rows(&connection, LAST_AUDIT_ENTRY, [], |row| {
            sql::chain_head(row)
        })?
        .pop()
        .unwrap_or(ChainHead::EMPTY))
    }
}
