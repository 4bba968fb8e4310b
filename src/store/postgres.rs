//! PostgreSQL stores (feature `postgres`): migrations embedded and versioned, one statement
//! per append, sweeps with `FOR NO KEY UPDATE SKIP LOCKED`.
//!
//! ```no_run
//! use gdpr::store::{RequestStore, RequestQuery, postgres::PostgresStore};
//!
//! let store = PostgresStore::connect("postgres://gdpr@localhost/gdpr")?;
//! assert!(store.query(&RequestQuery::default())?.is_empty());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Each thread takes a client from a small pool (opened on demand, returned when done) and
//! every client keeps its prepared statements, so an operation is one round trip where the
//! trait allows it:
//!
//! - [`RequestStore::append`] is one statement: it inserts the events only if the stored
//!   version is the expected one (the events' primary key settles a race) and writes the
//!   projection only when it changes; after a version this store wrote itself, with the
//!   projection it wrote, it is a plain insert of the event. A conflict reports the stored
//!   version;
//! - [`RetentionLedger::claim`] locks due rows with `FOR NO KEY UPDATE SKIP LOCKED` along the
//!   partial index of pending expiries and updates them by `ctid`, in one statement, so
//!   concurrent workers never take the same record and never wait for each other;
//! - [`RetentionLedger::mark`] marks every claim in one statement (`unnest` of two arrays,
//!   one primary-key probe per claim);
//! - [`AuditLog::append`] locks the one-row `audit_head` table (`SELECT ... FOR UPDATE`), so
//!   appenders queue and the chain never forks.
//!
//! Dates are `date` columns; the audit trail's instants are stored as the exact RFC 3339
//! text its hashes cover. Connections are plain TCP or Unix sockets ([`postgres::NoTls`]).
//!
//! The crate's tests run the conformance suite (feature `conformance`) against a server named
//! by `TEST_POSTGRES_URL`, each in a fresh schema ([`PostgresStore::connect_in_schema`]).
//!
//! [`postgres::NoTls`]: https://docs.rs/postgres/0.19/postgres/struct.NoTls.html

use crate::store::Result;
use std::collections::HashMap;
use std::time::Duration;

use ::postgres::types::{FromSql, ToSql, Type};
use ::postgres::{Client, Config, NoTls, Row, Statement};
use chrono::NaiveDate;

use super::pool::{Pool, Pooled};
use super::sql::{
    self, AUDIT_COLUMNS, Columns, LEDGER_COLUMNS, MigrationTransaction, SUMMARY_COLUMNS, date_text,
    event_text, name, sql_limit, time_text, to_i64,
};
use super::*;
use crate::request::Event;

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/postgres_0001.sql"),
    include_str!("migrations/postgres_0002.sql"),
];

/// The key of the advisory lock that serializes migrations within a database.
const MIGRATION_LOCK: i64 = 0x6764_7072_5f6d_6967; // "gdpr_mig"

fn backend(e: ::postgres::Error) -> StoreError {
    match e.as_db_error() {
        // The server's code and message (never the statement's parameters, which may hold
        // data); the original error stays the source.
        Some(db) => StoreError::backend(DatabaseError {
            code: db.code().code().to_owned(),
            message: db.message().to_owned(),
            source: e,
        }),
        None => StoreError::backend(e),
    }
}

/// The SQLSTATE of an error the server reported, e.g. `23505` for a unique violation.
fn sqlstate(error: &StoreError) -> Option<&str> {
    match error {
        StoreError::Backend(e) => e.downcast_ref::<DatabaseError>().map(|db| db.code.as_str()),
        _ => None,
    }
}

/// An error the PostgreSQL server reported: SQLSTATE and message.
#[derive(Debug)]
struct DatabaseError {
    code: String,
    message: String,
    source: ::postgres::Error,
}

impl std::fmt::Display for DatabaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PostgreSQL error {}: {}", self.code, self.message)
    }
}

impl std::error::Error for DatabaseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// The request store, retention ledger and audit log in one PostgreSQL database (or one
/// schema of it).
pub struct PostgresStore {
    config: Config,
    schema: Option<String>,
    pool: Pool<Connection>,
    written: std::sync::Mutex<sql::WrittenProjections>,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The configuration may hold a password: show where, not how.
        f.debug_struct("PostgresStore")
            .field("hosts", &self.config.get_hosts())
            .field("dbname", &self.config.get_dbname())
            .field("schema", &self.schema)
            .finish_non_exhaustive()
    }
}

/// A client and the statements prepared on it.
struct Connection {
    client: Client,
    statements: HashMap<String, Statement>,
}

impl Connection {
    /// The statement for `sql`, prepared on first use.
    fn prepare(&mut self, sql: &str) -> Result<Statement> {
        if let Some(statement) = self.statements.get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.client.prepare(sql).map_err(backend)?;
        self.statements.insert(sql.to_owned(), statement.clone());
        Ok(statement)
    }

    fn query(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        let statement = self.prepare(sql)?;
        self.client.query(&statement, params).map_err(backend)
    }

    fn execute(&mut self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<u64> {
        let statement = self.prepare(sql)?;
        self.client.execute(&statement, params).map_err(backend)
    }
}

/// Double-quotes a validated identifier.
fn quoted(identifier: &str) -> String {
    format!("\"{identifier}\"")
}

fn check_schema_name(schema: &str) -> Result<()> {
    let mut chars = schema.chars();
    let valid = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && schema.len() <= 63
        && !schema.starts_with("pg_");
    if valid {
        Ok(())
    } else {
        Err(StoreError::Invalid(format!(
            "`{schema}` is not a usable schema name: use lowercase ASCII letters, digits and `_`, at most 63 characters, starting with a letter or `_` and not with `pg_`"
        )))
    }
}

fn open(config: &Config, schema: Option<&str>) -> Result<Connection> {
    let mut client = config.connect(NoTls).map_err(backend)?;
    if let Some(schema) = schema {
        client
            .batch_execute(&format!("SET search_path TO {}", quoted(schema)))
            .map_err(backend)?;
    }
    Ok(Connection {
        client,
        statements: HashMap::new(),
    })
}

impl PostgresStore {
    /// Connects to the database at `url` (a `postgres://` URL or a `key=value` connection
    /// string) and brings its schema to [`SCHEMA_VERSION`], in the schema the connection's
    /// `search_path` selects (usually `public`).
    ///
    /// # Errors
    /// [`StoreError::SchemaVersion`] for a database of a newer schema;
    /// [`StoreError::Invalid`] for a malformed URL; a backend error when the server cannot be
    /// reached or refuses the connection.
    pub fn connect(url: &str) -> Result<Self> {
        Self::new(url, None)
    }

    /// Connects like [`connect`](Self::connect), but keeps every table in `schema`: creates
    /// it if missing and sets `search_path` to it on every connection. Tests isolate
    /// themselves in a fresh schema; several stores can share a database.
    ///
    /// # Errors
    /// [`StoreError::Invalid`] unless `schema` is lowercase ASCII letters, digits and `_`
    /// (starting with a letter or `_`); otherwise as [`connect`](Self::connect).
    pub fn connect_in_schema(url: &str, schema: &str) -> Result<Self> {
        check_schema_name(schema)?;
        Self::new(url, Some(schema.to_owned()))
    }

    fn new(url: &str, schema: Option<String>) -> Result<Self> {
        let mut config: Config = url
            .parse()
            .map_err(|e| StoreError::Invalid(format!("not a PostgreSQL connection URL: {e}")))?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(30));
        }
        if config.get_application_name().is_none() {
            config.application_name("gdpr");
        }
        let mut connection = open(&config, schema.as_deref())?;
        migrate(&mut connection.client, schema.as_deref())?;
        Ok(Self {
            config,
            schema,
            pool: Pool::new(connection, |c| !c.client.is_closed()),
            written: std::sync::Mutex::default(),
        })
    }

    /// The schema given to [`connect_in_schema`](Self::connect_in_schema).
    pub fn schema(&self) -> Option<&str> {
        self.schema.as_deref()
    }

    fn connection(&self) -> Result<Pooled<'_, Connection>> {
        self.pool.get(|| open(&self.config, self.schema.as_deref()))
    }

    /// Runs `f` with a client of the pool (its `search_path` set to the store's schema): for
    /// tests and tools that need raw SQL (e.g. the tamper test of the conformance suite). Use
    /// bound parameters.
    ///
    /// # Errors
    /// A connection cannot be opened, or `f` fails.
    pub fn with_client<R>(
        &self,
        f: impl FnOnce(&mut Client) -> Result<R, ::postgres::Error>,
    ) -> Result<R> {
        let mut connection = self.connection()?;
        f(&mut connection.client).map_err(backend)
    }
}

fn migrate(client: &mut Client, schema: Option<&str>) -> Result<()> {
    let mut tx = client.transaction().map_err(backend)?;
    // Concurrent first connections queue here instead of racing to create the tables.
    tx.execute(MIGRATION_LOCK_SQL, &[&MIGRATION_LOCK])
        .map_err(backend)?;
    if let Some(schema) = schema {
        tx.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS {}", quoted(schema)))
            .map_err(backend)?;
    }
    sql::migrate(&mut Migrator(&mut tx), MIGRATIONS)?;
    tx.commit().map_err(backend)
}

const MIGRATION_LOCK_SQL: &str = "SELECT pg_advisory_xact_lock($1)";

struct Migrator<'t, 'c>(&'t mut ::postgres::Transaction<'c>);

impl MigrationTransaction for Migrator<'_, '_> {
    fn batch(&mut self, sql: &str) -> Result<()> {
        self.0.batch_execute(sql).map_err(backend)
    }

    fn version(&mut self) -> Result<i64> {
        self.0
            .query_one("SELECT max(version) FROM gdpr_schema_version", &[])
            .and_then(|row| row.try_get::<_, Option<i64>>(0))
            .map(Option::unwrap_or_default)
            .map_err(backend)
    }

    fn record(&mut self, version: i64) -> Result<()> {
        self.0
            .execute(
                "INSERT INTO gdpr_schema_version (version) VALUES ($1)",
                &[&version],
            )
            .map(drop)
            .map_err(backend)
    }
}

/// A `date` column, read in PostgreSQL's binary format (days from 2000-01-01), whatever the
/// server's `DateStyle`.
struct Day(NaiveDate);

impl<'a> FromSql<'a> for Day {
    fn from_sql(_: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        let days = i32::from_be_bytes(raw.try_into().map_err(|_| "a date is not 4 bytes")?);
        if days == i32::MAX || days == i32::MIN {
            return Err("an infinite date".into());
        }
        NaiveDate::from_ymd_opt(2000, 1, 1)
            .and_then(|epoch| epoch.checked_add_signed(chrono::TimeDelta::days(days.into())))
            .map(Day)
            .ok_or_else(|| "a date out of range".into())
    }

    fn accepts(ty: &Type) -> bool {
        *ty == Type::DATE
    }
}

/// Column `index` of `row`; a value that cannot be read back is [`StoreError::Corrupt`].
fn column<'a, T: FromSql<'a>>(row: &'a Row, index: usize, what: &str) -> Result<T> {
    row.try_get(index)
        .map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

impl Columns for Row {
    fn int(&self, index: usize, what: &str) -> Result<i64> {
        column(self, index, what)
    }

    fn text(&self, index: usize, what: &str) -> Result<String> {
        column(self, index, what)
    }

    fn bytes(&self, index: usize, what: &str) -> Result<Option<Vec<u8>>> {
        column(self, index, what)
    }

    fn date(&self, index: usize, what: &str) -> Result<Option<NaiveDate>> {
        column::<Option<Day>>(self, index, what).map(|d| d.map(|d| d.0))
    }
}

/// An append, in one statement and one round trip. The events go in only if the stored
/// version (the last event's) is the expected one; two writers that both read it collide on
/// the primary key of `request_events`, and the loser gets a conflict. The projection is
/// written only when it changes (an identity check or a fee proposal leaves it as it was), so
/// most appends insert one row and one index entry per event. On a conflict the statement
/// returns the stored version.
/// Inserts the events `$events` (a `text[]` parameter) after version `$2` of request `$1`, if
/// that is the stored version; the events' primary key settles a race.
macro_rules! insert_events {
    ($events:literal) => {
        concat!(
            "WITH events AS (
        INSERT INTO request_events (request_id, version, event)
        SELECT $1, $2::bigint + e.n, e.event
        FROM unnest(",
            $events,
            "::text[]) WITH ORDINALITY AS e(event, n)
        WHERE COALESCE((SELECT max(version) FROM request_events WHERE request_id = $1), 0) = $2
        RETURNING version
    )"
        )
    };
}

/// What an append reports: the version it wrote, none when the version check failed (the
/// stored version is then read by a new statement, which sees every commit).
macro_rules! append_outcome {
    () => {
        "
    SELECT max(version) FROM events"
    };
}

const APPEND: &str = concat!(
    insert_events!("$4"),
    ", projection AS (
        INSERT INTO requests (request_id, subject, kind, status, received, deadline, version)
        SELECT $1, $5, $6, $7, $8::text::date, $9::text::date, $3
        WHERE EXISTS (SELECT 1 FROM events)
        ON CONFLICT (request_id) DO UPDATE SET subject = excluded.subject, kind = excluded.kind,
            status = excluded.status, received = excluded.received, deadline = excluded.deadline,
            version = excluded.version
        WHERE (requests.subject, requests.kind, requests.status, requests.received, requests.deadline)
            IS DISTINCT FROM
            (excluded.subject, excluded.kind, excluded.status, excluded.received, excluded.deadline)
    )",
    append_outcome!()
);

/// [`APPEND`] without the projection, for an append that carries the projection this store
/// wrote at the version it follows (see `WrittenProjections`).
const APPEND_EVENTS: &str = concat!(insert_events!("$3"), append_outcome!());

/// One event after a version this store wrote itself (its `append` explains why no check).
const APPEND_ONE: &str =
    "INSERT INTO request_events (request_id, version, event) VALUES ($1, $2, $3)";

const STORED_VERSION: &str = "SELECT max(version) FROM request_events WHERE request_id = $1";

const LOAD_EVENTS: &str =
    "SELECT version, event FROM request_events WHERE request_id = $1 ORDER BY version";

impl PostgresStore {
    /// The stored version of a request, read after an append lost a race.
    fn stored_version(connection: &mut Connection, id: RequestId) -> Result<u64> {
        let rows = connection.query(STORED_VERSION, &[&&id.as_bytes()[..]])?;
        match rows.first() {
            Some(row) => {
                Ok(column::<Option<i64>>(row, 0, &format!("request {id}"))?.unwrap_or(0) as u64)
            }
            None => Ok(0),
        }
    }
}

impl RequestStore for PostgresStore {
    fn append(&self, id: RequestId, batch: Append<'_>) -> Result<u64> {
        let expected_version = batch.expected_version();
        let projection = batch.projection();
        let version = expected_version
            .checked_add(batch.len())
            .ok_or_else(|| StoreError::Invalid("the version overflows".into()))?;
        let expected = to_i64(expected_version, "expected version")?;
        let new = to_i64(version, "version")?;
        let texts: Vec<String> = batch.events().map(event_text).collect();
        let unchanged = super::lock(&self.written).unchanged(id, expected_version, projection);
        let mut connection = self.connection()?;
        let what = format!("request {id}");
        // The version written: none when the version check failed.
        let written = |rows: Vec<::postgres::Row>| -> Result<Option<i64>> {
            let row = rows.first().ok_or_else(|| {
                StoreError::Corrupt(format!("{what}: the append returned no row"))
            })?;
            column(row, 0, &what)
        };
        let result = if unchanged && texts.len() == 1 {
            // This store wrote the expected version (events are never deleted) and the
            // projection stays: a plain insert, whose primary key refuses the next version if
            // another writer took it first.
            connection
                .execute(APPEND_ONE, &[&&id.as_bytes()[..], &new, &texts[0]])
                .map(|_| Some(new))
        } else if unchanged {
            connection
                .query(APPEND_EVENTS, &[&&id.as_bytes()[..], &expected, &texts])
                .and_then(written)
        } else {
            connection
                .query(
                    APPEND,
                    &[
                        &&id.as_bytes()[..],
                        &expected,
                        &new,
                        &texts,
                        &&projection.subject.as_bytes()[..],
                        &name(&projection.kind),
                        &name(&projection.status),
                        &date_text(projection.received),
                        &date_text(projection.deadline),
                    ],
                )
                .and_then(written)
        };
        let written = match result {
            Ok(written) => written,
            // Only if events were written beside this store: the versions are taken.
            Err(e)
                if sqlstate(&e) == Some(::postgres::error::SqlState::UNIQUE_VIOLATION.code()) =>
            {
                return Err(StoreError::Conflict {
                    expected: expected_version,
                    actual: Self::stored_version(&mut connection, id)?,
                });
            }
            Err(e) => return Err(e),
        };
        match written {
            Some(written) => {
                super::lock(&self.written).remember(id, written as u64, projection);
                Ok(written as u64)
            }
            None => Err(StoreError::Conflict {
                expected: expected_version,
                actual: Self::stored_version(&mut connection, id)?,
            }),
        }
    }

    fn load(&self, id: RequestId) -> Result<Vec<Event>> {
        let mut connection = self.connection()?;
        let rows = connection.query(LOAD_EVENTS, &[&&id.as_bytes()[..]])?;
        let rows = rows
            .iter()
            .map(|row| {
                Ok((
                    row.int(0, "request_events")?,
                    row.text(1, "request_events")?,
                ))
            })
            .collect::<Result<Vec<_>>>()?;
        sql::events(id, rows)
    }

    fn query(&self, query: &RequestQuery) -> Result<Vec<RequestSummary>> {
        // Only the filters that are set appear in the statement, so each can use its index;
        // values are always bound.
        let status = query.status.map(|s| name(&s));
        let from = query.deadline_from.map(date_text);
        let to = query.deadline_to.map(date_text);
        let subject = query.subject.map(|s| s.as_bytes().to_vec());
        let mut conditions: Vec<String> = Vec::new();
        let mut params: Vec<&(dyn ToSql + Sync)> = Vec::new();
        if let Some(status) = &status {
            params.push(status);
            conditions.push(format!("status = ${}", params.len()));
        }
        if let Some(from) = &from {
            params.push(from);
            conditions.push(format!("deadline >= ${}::text::date", params.len()));
        }
        if let Some(to) = &to {
            params.push(to);
            conditions.push(format!("deadline <= ${}::text::date", params.len()));
        }
        if let Some(subject) = &subject {
            params.push(subject);
            conditions.push(format!("subject = ${}", params.len()));
        }
        let filter = if conditions.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conditions.join(" AND "))
        };
        // The version is the last event's: the projection is not rewritten on every append.
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS},
                (SELECT max(version) FROM request_events e WHERE e.request_id = requests.request_id)
             FROM requests{filter} ORDER BY deadline, request_id"
        );
        let mut connection = self.connection()?;
        let rows = connection.query(&sql, &params)?;
        rows.iter()
            .map(|row| sql::summary(row, row.int(6, "requests")? as u64))
            .collect()
    }
}

/// An active hold on ledger row `l` as of date parameter `$1`.
macro_rules! active_hold {
    () => {
        "EXISTS (SELECT 1 FROM ledger_holds h WHERE h.register = l.register AND h.record = l.record AND (h.until IS NULL OR h.until >= $1::text::date))"
    };
}

/// Writes a record's facts; `inserted` tells a new row from an update (`xmax` is 0 only on a
/// row this statement inserted).
const UPSERT: &str = "INSERT INTO ledger (register, record, rule, subject, facts, expires_on, action, state, claimed_by)
     VALUES ($1, $2, $3, $4, $5, $6::text::date, $7, 'pending', NULL)
     ON CONFLICT (register, record) DO UPDATE SET rule = excluded.rule, subject = excluded.subject,
         facts = excluded.facts, expires_on = excluded.expires_on, action = excluded.action
     WHERE ledger.state = 'pending'
     RETURNING (xmax = 0) AS inserted";

const IS_DISPOSED: &str =
    "SELECT EXISTS (SELECT 1 FROM ledger_disposals WHERE register = $1 AND record = $2)";

const GET_DISPOSAL: &str =
    "SELECT register, record, rule, expires_on, state, disposed_on, disposed_by
     FROM ledger_disposals WHERE register = $1 AND record = $2";

/// Locks up to `$3` due, unheld, unclaimed pending rows along `ledger_pending_by_expiry`,
/// skipping rows other workers hold, and claims them by `ctid`: the `ARRAY(...)` runs once and
/// the update is a TID scan, whatever the planner estimates. The rows stay locked from the
/// inner `SELECT` to the update, so the update need not check their state again. A claimed
/// row stays `pending` with `claimed_by` set: no indexed column changes, so the update is HOT
/// (heap-only) and its cost does not grow with the indexes of a large ledger.
const CLAIM: &str = concat!(
    "UPDATE ledger SET claimed_by = $2::text
     WHERE ctid = ANY (ARRAY(
         SELECT l.ctid FROM ledger l
         WHERE l.state = 'pending' AND l.claimed_by IS NULL AND l.expires_on <= $1::text::date AND NOT ",
    active_hold!(),
    "
         ORDER BY l.expires_on
         LIMIT $3::bigint
         FOR NO KEY UPDATE SKIP LOCKED))
     RETURNING register, record, rule, action, expires_on,
         ((ctid::text::point)[0]::bigint * 65536 + (ctid::text::point)[1]::bigint)"
);

/// Disposes of the claimed rows found by the `ctid` the claim returned (a TID scan: no index)
/// and still claimed by `$2` under the claimed key, and appends their proofs. A row whose facts
/// were written after the claim has another `ctid` now; [`MARK_BY_KEY`] finds it.
///
/// No join, so that no estimate can choose another plan: the `ctid`s come through a subquery
/// (whose size the planner cannot see, so it always takes the TID scan) and the key check is a
/// filter, `$3` holding each claim as `length(register):register record`. The statement is run
/// unprepared, planned with its arrays as constants, so that the filter is a hash lookup. (A
/// join on the claims had two failure modes, each some 20 seconds a batch of 10,000: once the
/// cached statement was planned generically it compared every claim with every claim, and
/// with statistics that had not yet seen any claim the planner scanned every pending row.)
const MARK: &str = "WITH gone AS (
        DELETE FROM ledger l
        WHERE l.ctid = ANY (ARRAY(SELECT unnest($1::text[]::tid[])))
          AND l.claimed_by = $2::text AND l.state = 'pending'
          AND length(l.register) || ':' || l.register || l.record = ANY ($3::text[])
        RETURNING l.register, l.record, l.rule, l.expires_on
    )
    INSERT INTO ledger_disposals (register, record, rule, expires_on, state, disposed_on, disposed_by)
    SELECT register, record, rule, expires_on, $4::text, $5::text::date, $2::text FROM gone
    RETURNING register, record";

/// [`MARK`] by primary key, for the claims whose `ctid` moved.
const MARK_BY_KEY: &str = "WITH gone AS (
        DELETE FROM ledger l USING unnest($2::text[], $3::text[]) AS m(register, record)
        WHERE l.register = m.register AND l.record = m.record
          AND l.claimed_by = $1::text AND l.state = 'pending'
        RETURNING l.register, l.record, l.rule, l.expires_on
    )
    INSERT INTO ledger_disposals (register, record, rule, expires_on, state, disposed_on, disposed_by)
    SELECT register, record, rule, expires_on, $4::text, $5::text::date, $1::text FROM gone
    RETURNING register, record";

/// Rare (a worker's crash): a scan of the claimed rows, which no index covers so that claims
/// stay HOT updates.
const RELEASE_CLAIMS: &str =
    "UPDATE ledger SET claimed_by = NULL WHERE claimed_by = $1 AND state = 'pending'";

static GET_ENTRY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!("SELECT {LEDGER_COLUMNS} FROM ledger WHERE register = $1 AND record = $2")
});

const PLACE_HOLD: &str = "
    INSERT INTO ledger_holds (register, record, hold, reason, until)
    SELECT register, record, $3::text, $4::text, $5::text::date FROM ledger
    WHERE register = $1 AND record = $2
    ON CONFLICT (register, record, hold) DO UPDATE SET reason = excluded.reason, until = excluded.until";

const RELEASE_HOLD: &str = "UPDATE ledger_holds SET until = $4::text::date
    WHERE register = $1 AND record = $2 AND hold = $3";

const COUNTS: &str = concat!(
    "SELECT count(*),
        count(*) FILTER (WHERE state = 'pending' AND claimed_by IS NULL AND expires_on > $1::text::date),
        count(*) FILTER (WHERE state = 'pending' AND claimed_by IS NULL AND expires_on <= $1::text::date AND NOT ",
    active_hold!(),
    "),
        count(*) FILTER (WHERE state = 'pending' AND claimed_by IS NULL AND expires_on <= $1::text::date AND ",
    active_hold!(),
    "),
        count(*) FILTER (WHERE state = 'pending' AND claimed_by IS NULL AND expires_on IS NULL),
        count(*) FILTER (WHERE state = 'pending' AND claimed_by IS NOT NULL),
        (SELECT count(*) FILTER (WHERE state = 'erased') FROM ledger_disposals),
        (SELECT count(*) FILTER (WHERE state = 'anonymised') FROM ledger_disposals),
        (SELECT count(*) FILTER (WHERE state = 'archived') FROM ledger_disposals)
     FROM ledger l"
);

impl RetentionLedger for PostgresStore {
    fn upsert(&self, entry: &LedgerEntry) -> Result<()> {
        super::ledger::check_entry(entry)?;
        let subject = entry.subject.map(|s| s.as_bytes().to_vec());
        let facts = serde_json::to_string(&entry.facts).map_err(StoreError::backend)?;
        let expires_on = entry.expires_on.map(date_text);
        let (register, record) = (entry.register.as_str(), entry.record.as_str());
        let mut pooled = self.connection()?;
        let connection = &mut *pooled;
        let upsert = connection.prepare(UPSERT)?;
        let is_disposed = connection.prepare(IS_DISPOSED)?;
        let mut tx = connection.client.transaction().map_err(backend)?;
        let rows = tx
            .query(
                &upsert,
                &[
                    &register,
                    &record,
                    &entry.rule.as_str(),
                    &subject,
                    &facts,
                    &expires_on,
                    &name(&entry.action),
                ],
            )
            .map_err(backend)?;
        let inserted: bool = match rows.first() {
            Some(row) => row.try_get(0).map_err(backend)?,
            None => return Err(sql::already_disposed(entry)),
        };
        // A new row may be a record disposed of before, or one whose disposal committed while
        // this insert waited for it: checked after the insert, the disposal is visible.
        if inserted {
            let disposed: bool = tx
                .query_one(&is_disposed, &[&register, &record])
                .and_then(|row| row.try_get(0))
                .map_err(backend)?;
            if disposed {
                return Err(sql::already_disposed(entry));
            }
        }
        tx.commit().map_err(backend)
    }

    fn disposal(&self, key: &RecordKey) -> Result<Option<Disposed>> {
        let mut connection = self.connection()?;
        let rows = connection.query(
            GET_DISPOSAL,
            &[&key.register.as_str(), &key.record.as_str()],
        )?;
        rows.first().map(sql::disposed).transpose()
    }

    fn get(&self, key: &RecordKey) -> Result<LedgerEntry> {
        let mut connection = self.connection()?;
        let rows = connection.query(&GET_ENTRY, &[&key.register.as_str(), &key.record.as_str()])?;
        match rows.first() {
            Some(row) => sql::ledger_entry(row),
            None => Err(sql::record_not_found(key)),
        }
    }

    fn place_hold(&self, key: &RecordKey, hold: &Hold) -> Result<()> {
        let until = hold.until.map(date_text);
        let mut connection = self.connection()?;
        let changed = connection.execute(
            PLACE_HOLD,
            &[
                &key.register.as_str(),
                &key.record.as_str(),
                &hold.id.as_str(),
                &hold.reason,
                &until,
            ],
        )?;
        if changed == 0 {
            return Err(sql::record_not_found(key));
        }
        Ok(())
    }

    fn release_hold(&self, key: &RecordKey, hold: &HoldId, on: NaiveDate) -> Result<()> {
        let until = on.pred_opt().map(date_text);
        let mut connection = self.connection()?;
        let changed = connection.execute(
            RELEASE_HOLD,
            &[
                &key.register.as_str(),
                &key.record.as_str(),
                &hold.as_str(),
                &until,
            ],
        )?;
        if changed == 0 {
            return Err(sql::hold_not_found(key, hold));
        }
        Ok(())
    }

    fn claim(&self, as_of: NaiveDate, limit: usize, worker: &str) -> Result<Vec<Claim>> {
        let mut pooled = self.connection()?;
        let connection = &mut *pooled;
        let claim = connection.prepare(CLAIM)?;
        let mut tx = connection.client.transaction().map_err(backend)?;
        let rows = tx
            .query(&claim, &[&date_text(as_of), &worker, &sql_limit(limit)])
            .map_err(backend)?;
        let mut claims = rows.iter().map(sql::claim).collect::<Result<Vec<_>>>()?;
        // Committed only when every row was read: a failure rolls the whole batch back.
        tx.commit().map_err(backend)?;
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
        if claims.is_empty() {
            return Ok(0);
        }
        let state = sql::disposed_state(disposal);
        let on = date_text(on);
        let mut connection = self.connection()?;
        let keys = |claims: &[&Claim]| -> (Vec<String>, Vec<String>) {
            claims
                .iter()
                .map(|c| (c.register.to_string(), c.record.to_string()))
                .unzip()
        };
        let located: Vec<&Claim> = claims.iter().filter(|c| c.locator.is_some()).collect();
        let tids: Vec<String> = located
            .iter()
            .filter_map(|c| c.locator)
            .map(|l| format!("({},{})", l >> 16, l & 0xffff))
            .collect();
        let located_keys: Vec<String> = located
            .iter()
            .map(|c| {
                let register = c.register.to_string();
                format!("{}:{register}{}", register.chars().count(), c.record)
            })
            .collect();
        // Unprepared on purpose: see `MARK`.
        let marked: std::collections::HashSet<(String, String)> = connection
            .client
            .query(MARK, &[&tids, &worker, &located_keys, &state, &on])
            .map_err(backend)?
            .iter()
            .map(|row| Ok((row.text(0, "mark")?, row.text(1, "mark")?)))
            .collect::<Result<_>>()?;
        let missed: Vec<&Claim> = claims
            .iter()
            .filter(|c| !marked.contains(&(c.register.to_string(), c.record.to_string())))
            .collect();
        if missed.is_empty() {
            return Ok(marked.len() as u64);
        }
        let (registers, records) = keys(&missed);
        let again = connection.query(MARK_BY_KEY, &[&worker, &registers, &records, &state, &on])?;
        Ok((marked.len() + again.len()) as u64)
    }

    fn release_claims(&self, worker: &str) -> Result<u64> {
        let mut connection = self.connection()?;
        connection.execute(RELEASE_CLAIMS, &[&worker])
    }

    fn counts(&self, as_of: NaiveDate) -> Result<LedgerCounts> {
        let mut connection = self.connection()?;
        let rows = connection.query(COUNTS, &[&date_text(as_of)])?;
        let row = rows
            .first()
            .ok_or_else(|| StoreError::Corrupt("the ledger counts returned no row".into()))?;
        sql::ledger_counts(row)
    }

    fn by_subject(&self, subject: &SubjectRef) -> Result<Vec<LedgerEntry>> {
        let mut connection = self.connection()?;
        let rows = connection.query(
            &format!(
                "SELECT {LEDGER_COLUMNS} FROM ledger WHERE subject = $1 ORDER BY register, record"
            ),
            &[&&subject.as_bytes()[..]],
        )?;
        rows.iter().map(sql::ledger_entry).collect()
    }
}

const AUDIT_HEAD: &str = "SELECT seq, hash FROM audit_head FOR UPDATE";

const AUDIT_APPEND: &str = "WITH entry AS (
        INSERT INTO audit_log (seq, at, actor, action, subject, request_id, detail, prev_hash, hash)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
    )
    UPDATE audit_head SET seq = $1, hash = $9";

const LAST_AUDIT_ENTRY: &str = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1";

static READ_AUDIT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!("SELECT {AUDIT_COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2")
});

impl AuditLog for PostgresStore {
    fn append(&self, key: &AuditKey, entry: &NewAuditEntry) -> Result<AuditEntry> {
        let mut pooled = self.connection()?;
        let connection = &mut *pooled;
        let head = connection.prepare(AUDIT_HEAD)?;
        let insert = connection.prepare(AUDIT_APPEND)?;
        let mut tx = connection.client.transaction().map_err(backend)?;
        // The row lock queues appenders: each one chains to the entry before it.
        let (seq, prev_hash) = match tx.query_opt(&head, &[]).map_err(backend)? {
            Some(row) => {
                let head = sql::chain_head(&row)?;
                (head.seq + 1, head.hash)
            }
            None => {
                return Err(StoreError::Corrupt(
                    "the audit_head row is missing: restore it from the last audit_log entry"
                        .into(),
                ));
            }
        };
        let entry_hash = super::entry_hash(key, &prev_hash, seq, entry);
        tx.execute(
            &insert,
            &[
                &to_i64(seq, "audit sequence number")?,
                &time_text(entry.at),
                &entry.actor,
                &entry.action,
                &entry.subject.as_ref().map(|s| &s.as_bytes()[..]),
                &entry.request.as_ref().map(|r| &r.as_bytes()[..]),
                &entry.detail,
                &&prev_hash[..],
                &&entry_hash[..],
            ],
        )
        .map_err(backend)?;
        tx.commit().map_err(backend)?;
        Ok(AuditEntry {
            seq,
            entry: entry.clone(),
            prev_hash,
            hash: entry_hash,
        })
    }

    fn read(&self, after: u64, limit: usize) -> Result<Vec<AuditEntry>> {
        let after = i64::try_from(after).unwrap_or(i64::MAX);
        let mut connection = self.connection()?;
        let rows = connection.query(&READ_AUDIT, &[&after, &sql_limit(limit)])?;
        rows.iter().map(sql::audit_entry).collect()
    }

    /// The last entry of `audit_log` (not `audit_head`, which only queues appenders: the
    /// chain is what the log holds).
    fn head(&self) -> Result<ChainHead> {
        let mut connection = self.connection()?;
        let rows = connection.query(LAST_AUDIT_ENTRY, &[])?;
        rows.first().map_or(Ok(ChainHead::EMPTY), sql::chain_head)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sweep's statements keep their plans whatever PostgreSQL estimates: planned
    /// generically (as a cached statement may be after five executions) or with constants, and
    /// with statistics taken before any row was claimed. The claim walks the pending-expiry
    /// index, the mark fetches each claimed row by its `ctid`. Needs `TEST_POSTGRES_URL`.
    #[test]
    fn sweep_plans_hold_whatever_the_estimates() {
        let Ok(url) = std::env::var("TEST_POSTGRES_URL") else {
            eprintln!("skipped: TEST_POSTGRES_URL is not set");
            return;
        };
        let schema = format!("plans_{}", uuid::Uuid::new_v4().simple());
        let store = PostgresStore::connect_in_schema(&url, &schema).expect("connect");
        // A ledger with statistics that have seen no claim, then a batch claimed.
        store
            .with_client(|c| {
                c.batch_execute(
                    "INSERT INTO ledger (register, record, rule, facts, expires_on, action, state)
                     SELECT 'r', 'k' || i, 'rule', '{}', date '2026-01-01' + (i % 900), 'erase', 'pending'
                     FROM generate_series(1, 5000) AS i;
                     ANALYZE ledger;
                     UPDATE ledger SET claimed_by = 'w' WHERE record IN (SELECT 'k' || i FROM generate_series(1, 500) AS i)",
                )
            })
            .expect("fill the ledger");
        let plan = |mode: &str, sql: &str, types: &str, args: &str| -> String {
            store
                .with_client(|c| {
                    c.batch_execute(&format!("SET plan_cache_mode = {mode}"))?;
                    c.batch_execute(&format!("PREPARE plan_test({types}) AS {sql}"))?;
                    let rows = c.query(
                        &format!("EXPLAIN (COSTS OFF) EXECUTE plan_test({args})"),
                        &[],
                    )?;
                    c.batch_execute("DEALLOCATE plan_test; RESET plan_cache_mode")?;
                    Ok(rows
                        .iter()
                        .map(|r| r.get::<_, String>(0))
                        .collect::<Vec<_>>()
                        .join("\n"))
                })
                .expect("explain")
        };
        let tids = (1..=500)
            .map(|i| format!("'(0,{i})'"))
            .collect::<Vec<_>>()
            .join(",");
        let keys = (1..=500)
            .map(|i| format!("'1:rk{i}'"))
            .collect::<Vec<_>>()
            .join(",");
        for mode in ["force_generic_plan", "force_custom_plan"] {
            let mark = plan(
                mode,
                MARK,
                "text[], text, text[], text, text",
                &format!("ARRAY[{tids}], 'w', ARRAY[{keys}], 'erased', '2026-11-24'"),
            );
            assert!(mark.contains("Tid Scan on ledger l"), "{mode}: {mark}");
            for bad in ["Seq Scan on ledger", "Bitmap Heap Scan on ledger", "Join"] {
                assert!(!mark.contains(bad), "{mode}: {mark}");
            }
            let claim = plan(
                mode,
                CLAIM,
                "text, text, bigint",
                "'2026-11-24', 'w', 10000",
            );
            assert!(
                claim.contains("ledger_pending_by_expiry"),
                "{mode}: {claim}"
            );
            assert!(!claim.contains("Seq Scan on ledger l"), "{mode}: {claim}");
        }
        store
            .with_client(|c| c.batch_execute(&format!("DROP SCHEMA {schema} CASCADE")))
            .expect("drop the schema");
    }
}
