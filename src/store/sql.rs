//! What the SQL backends share: how values are written to and read from columns, how rows
//! map to the stores' values, the migration runner and the error messages. Each backend keeps
//! only its SQL text and its connection handling.

use crate::store::Result;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{
    AuditEntry, ChainHead, Claim, DisposalAction, Disposed, HoldId, LedgerCounts, LedgerEntry,
    NewAuditEntry, RecordKey, RequestId, RequestProjection, RequestSummary, SCHEMA_VERSION,
    StoreError, subject_from_bytes,
};
use crate::request::Event;
use crate::subject::SubjectRef;

/// The serde name of a unit enum value, e.g. `open` for `Status::Open`: how every enum is
/// written to a column, by both backends.
pub(crate) fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        // Only unit enums reach here; anything else is written as its JSON.
        Ok(other) => other.to_string(),
        Err(e) => e.to_string(),
    }
}

/// Reads a unit enum back from its serde name.
pub(crate) fn parse_name<T: DeserializeOwned>(text: &str, what: &str) -> Result<T> {
    serde_json::from_value(serde_json::Value::String(text.to_owned()))
        .map_err(|_| StoreError::Corrupt(format!("{what}: unknown value `{text}`")))
}

pub(crate) fn event_text(event: &Event) -> String {
    serde_json::to_string(event).expect("an event serializes")
}

pub(crate) fn parse_event(text: &str, what: &str) -> Result<Event> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

pub(crate) fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub(crate) fn parse_date(text: &str, what: &str) -> Result<NaiveDate> {
    crate::model::date::parse(text).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

/// Instants as RFC 3339 with nanoseconds: the exact text the audit hash covers.
pub(crate) fn time_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true)
}

pub(crate) fn parse_time(text: &str, what: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

pub(crate) fn hash(bytes: &[u8], what: &str) -> Result<[u8; 32]> {
    bytes
        .try_into()
        .map_err(|_| StoreError::Corrupt(format!("{what}: a hash is not 32 bytes")))
}

pub(crate) fn request_id(bytes: &[u8], what: &str) -> Result<RequestId> {
    RequestId::from_slice(bytes)
        .map_err(|_| StoreError::Corrupt(format!("{what}: a request id is not 16 bytes")))
}

pub(crate) fn json<T: DeserializeOwned>(text: &str, what: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

/// A row of either SQL backend, read by column index. Each backend says how its driver reads
/// a column; the mapping of rows to values below is written once. A value that cannot be read
/// is [`StoreError::Corrupt`], naming `what` (e.g. "ledger record r1 of keha-alpo").
pub(crate) trait Columns {
    fn int(&self, index: usize, what: &str) -> Result<i64>;
    fn text(&self, index: usize, what: &str) -> Result<String>;
    fn bytes(&self, index: usize, what: &str) -> Result<Option<Vec<u8>>>;
    fn date(&self, index: usize, what: &str) -> Result<Option<NaiveDate>>;
}

fn required<T>(value: Option<T>, what: &str, column: &str) -> Result<T> {
    value.ok_or_else(|| StoreError::Corrupt(format!("{what}: {column} is NULL")))
}

fn subject(bytes: Option<Vec<u8>>, what: &str) -> Result<Option<SubjectRef>> {
    bytes.map(|b| subject_from_bytes(&b, what)).transpose()
}

/// Columns [`LEDGER_COLUMNS`] of the ledger.
pub(crate) const LEDGER_COLUMNS: &str =
    "register, record, rule, subject, facts, expires_on, action";

/// A key read back from a column: one that is not valid any more is corrupt data.
fn key<T: std::str::FromStr<Err = crate::text::ParseError>>(text: &str, what: &str) -> Result<T> {
    text.parse()
        .map_err(|e: crate::text::ParseError| StoreError::Corrupt(format!("{what}: {e}")))
}

pub(crate) fn ledger_entry(row: &impl Columns) -> Result<LedgerEntry> {
    let register = row.text(0, "ledger.register")?;
    let record = row.text(1, "ledger.record")?;
    let what = format!("ledger record {record} of {register}");
    Ok(LedgerEntry {
        rule: key(&row.text(2, &what)?, &what)?,
        register: key(&register, &what)?,
        record: key(&record, &what)?,
        subject: subject(row.bytes(3, &what)?, &what)?,
        facts: json(&row.text(4, &what)?, &what)?,
        expires_on: row.date(5, &what)?,
        action: parse_name(&row.text(6, &what)?, &what)?,
    })
}

/// A claim from columns register, record, rule, action, expires_on.
/// A claim from its row: register, record, rule, action, expires_on and the row's locator.
pub(crate) fn claim(row: &impl Columns) -> Result<Claim> {
    let register = row.text(0, "ledger.register")?;
    let record = row.text(1, "ledger.record")?;
    let what = format!("ledger record {record} of {register}");
    Ok(Claim {
        rule: key(&row.text(2, &what)?, &what)?,
        action: parse_name(&row.text(3, &what)?, &what)?,
        expires_on: required(row.date(4, &what)?, &what, "expires_on")?,
        register: key(&register, &what)?,
        record: key(&record, &what)?,
        locator: u64::try_from(row.int(5, &what)?).ok(),
    })
}

/// Columns of a disposal's proof: register, record, rule, expires_on, action, disposed_on,
/// disposed_by.
pub(crate) fn disposed(row: &impl Columns) -> Result<Disposed> {
    let register = row.text(0, "ledger.register")?;
    let record = row.text(1, "ledger.record")?;
    let what = format!("disposal of ledger record {record} of {register}");
    Ok(Disposed {
        key: RecordKey {
            register: key(&register, &what)?,
            record: key(&record, &what)?,
        },
        rule: key(&row.text(2, &what)?, &what)?,
        expires_on: row.date(3, &what)?,
        action: disposed_action(&row.text(4, &what)?, &what)?,
        on: row.date(5, &what)?,
        by: row.text(6, &what)?,
    })
}

/// The action a disposed row's `state` records.
fn disposed_action(state: &str, what: &str) -> Result<DisposalAction> {
    match state {
        "erased" => Ok(DisposalAction::Erase),
        "anonymised" => Ok(DisposalAction::Anonymise),
        "archived" => Ok(DisposalAction::Archive),
        other => Err(StoreError::Corrupt(format!(
            "{what}: `{other}` is not a disposal"
        ))),
    }
}

/// Claims in the order the trait promises: oldest expiry first, then by key.
pub(crate) fn sort_claims(claims: &mut [Claim]) {
    claims.sort_by(|a, b| {
        (a.expires_on, &a.register, &a.record).cmp(&(b.expires_on, &b.register, &b.record))
    });
}

/// Columns of the request projection, version last.
pub(crate) const SUMMARY_COLUMNS: &str = "request_id, subject, kind, status, received, deadline";

pub(crate) fn summary(row: &impl Columns, version: u64) -> Result<RequestSummary> {
    let id = request_id(
        &required(
            row.bytes(0, "requests.request_id")?,
            "requests",
            "request_id",
        )?,
        "requests.request_id",
    )?;
    let what = format!("request {id}");
    Ok(RequestSummary {
        id,
        version,
        projection: RequestProjection {
            subject: required(subject(row.bytes(1, &what)?, &what)?, &what, "subject")?,
            kind: parse_name(&row.text(2, &what)?, &what)?,
            status: parse_name(&row.text(3, &what)?, &what)?,
            received: required(row.date(4, &what)?, &what, "received")?,
            deadline: required(row.date(5, &what)?, &what, "deadline")?,
        },
    })
}

/// A request's events from (version, event text) rows in version order.
pub(crate) fn events(
    id: RequestId,
    rows: impl IntoIterator<Item = (i64, String)>,
) -> Result<Vec<Event>> {
    let mut events = Vec::new();
    for (version, text) in rows {
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

/// Columns of the audit log, in entry order.
pub(crate) const AUDIT_COLUMNS: &str =
    "seq, at, actor, action, subject, request_id, detail, prev_hash, hash";

pub(crate) fn audit_entry(row: &impl Columns) -> Result<AuditEntry> {
    let seq = row.int(0, "audit_log.seq")?;
    let what = format!("audit entry {seq}");
    Ok(AuditEntry {
        seq: seq as u64,
        entry: NewAuditEntry {
            at: parse_time(&row.text(1, &what)?, &what)?,
            actor: row.text(2, &what)?,
            action: row.text(3, &what)?,
            subject: subject(row.bytes(4, &what)?, &what)?,
            request: row
                .bytes(5, &what)?
                .map(|r| request_id(&r, &what))
                .transpose()?,
            detail: row.text(6, &what)?,
        },
        prev_hash: hash(&required(row.bytes(7, &what)?, &what, "prev_hash")?, &what)?,
        hash: hash(&required(row.bytes(8, &what)?, &what, "hash")?, &what)?,
    })
}

/// A head from columns seq, hash of the last entry.
pub(crate) fn chain_head(row: &impl Columns) -> Result<ChainHead> {
    let seq = row.int(0, "audit_log.seq")?;
    let what = format!("audit entry {seq}");
    Ok(ChainHead {
        seq: seq as u64,
        hash: hash(&required(row.bytes(1, &what)?, &what, "hash")?, &what)?,
    })
}

/// Ledger counts from nine integer columns, in the order of [`LedgerCounts`]' fields.
pub(crate) fn ledger_counts(row: &impl Columns) -> Result<LedgerCounts> {
    let n = |i| row.int(i, "ledger counts").map(|v| v as u64);
    Ok(LedgerCounts {
        records: n(0)?,
        keep: n(1)?,
        due: n(2)?,
        held: n(3)?,
        no_expiry: n(4)?,
        claimed: n(5)?,
        erased: n(6)?,
        anonymised: n(7)?,
        archived: n(8)?,
    })
}

/// The `state` a disposal leaves a ledger row in.
pub(crate) fn disposed_state(disposal: DisposalAction) -> &'static str {
    match disposal {
        DisposalAction::Erase => "erased",
        DisposalAction::Anonymise => "anonymised",
        DisposalAction::Archive => "archived",
    }
}

pub(crate) fn already_disposed(entry: &LedgerEntry) -> StoreError {
    StoreError::Invalid(format!(
        "record {} of {} was already disposed of",
        entry.record, entry.register
    ))
}

pub(crate) fn record_not_found(key: &RecordKey) -> StoreError {
    StoreError::NotFound(key.to_string())
}

pub(crate) fn hold_not_found(key: &RecordKey, hold: &HoldId) -> StoreError {
    StoreError::NotFound(format!("hold {hold} on {key}"))
}

/// A count or version as the databases' signed 64-bit integers.
pub(crate) fn to_i64(value: u64, what: &str) -> Result<i64> {
    i64::try_from(value).map_err(|_| StoreError::Invalid(format!("{what} {value} is too large")))
}

/// A `LIMIT`: anything beyond `i64::MAX` is no limit.
pub(crate) fn sql_limit(value: usize) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// What a backend gives the migration runner: one transaction, held for the whole run.
pub(crate) trait MigrationTransaction {
    /// Runs statements.
    fn batch(&mut self, sql: &str) -> Result<()>;
    /// The highest version recorded in `gdpr_schema_version`, 0 for none.
    fn version(&mut self) -> Result<i64>;
    /// Records that `version` was applied.
    fn record(&mut self, version: i64) -> Result<()>;
}

/// Brings a schema to [`SCHEMA_VERSION`] with `migrations` (the n-th brings version n), inside
/// the caller's transaction; refuses a schema newer than this crate knows.
pub(crate) fn migrate(tx: &mut dyn MigrationTransaction, migrations: &[&str]) -> Result<()> {
    tx.batch("CREATE TABLE IF NOT EXISTS gdpr_schema_version (version BIGINT NOT NULL)")?;
    let found = tx.version()?;
    if !(0..=SCHEMA_VERSION).contains(&found) {
        return Err(StoreError::SchemaVersion {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for (i, migration) in migrations.iter().enumerate().skip(found as usize) {
        tx.batch(migration)?;
        tx.record(i as i64 + 1)?;
    }
    Ok(())
}

/// The projection each request got at its last append through this store, with the version
/// that append reached. An append that follows it directly (its expected version is that
/// version) and carries the same projection skips the write: its version check passing proves
/// that no other append came between, so the stored projection is still this one.
#[derive(Default)]
pub(crate) struct WrittenProjections(
    std::collections::HashMap<RequestId, (u64, RequestProjection)>,
);

/// How many requests' projections are remembered before the memory is cleared.
const REMEMBERED_PROJECTIONS: usize = 4096;

impl std::fmt::Debug for WrittenProjections {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // How many, not which: the projections hold subject references.
        f.debug_struct("WrittenProjections")
            .field("remembered", &self.0.len())
            .finish()
    }
}

impl WrittenProjections {
    pub(crate) fn unchanged(
        &self,
        id: RequestId,
        expected_version: u64,
        projection: &RequestProjection,
    ) -> bool {
        self.0
            .get(&id)
            .is_some_and(|(version, written)| *version == expected_version && written == projection)
    }

    /// Whether this store itself wrote `version` of request `id`: the version then exists, as
    /// events are never deleted.
    pub(crate) fn wrote(&self, id: RequestId, version: u64) -> bool {
        self.0
            .get(&id)
            .is_some_and(|(written, _)| *written == version)
    }

    pub(crate) fn remember(&mut self, id: RequestId, version: u64, projection: &RequestProjection) {
        if self.0.len() >= REMEMBERED_PROJECTIONS && !self.0.contains_key(&id) {
            self.0.clear();
        }
        self.0.insert(id, (version, projection.clone()));
    }
}
