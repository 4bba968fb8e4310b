//! In-memory stores and a connector: for tests, examples and small tools. Everything is lost
//! when dropped.

use crate::store::Result;
use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use chrono::NaiveDate;

use super::audit::entry_hash;
use super::connector::{
    ConnectorError, ErasureOutcome, ExportedRecord, Rectification, SubjectDataSource, SubjectExport,
};
use super::ledger::check_entry;
use super::*;
use crate::request::Event;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Pending,
    Claimed,
    Erased,
    Anonymised,
    Archived,
}

#[derive(Debug)]
struct LedgerRow {
    entry: LedgerEntry,
    state: State,
    claimed_by: Option<String>,
    holds: BTreeMap<String, (String, Option<NaiveDate>)>,
    /// Once disposed of: the sweep's day and worker.
    disposed: Option<(NaiveDate, String)>,
}

impl LedgerRow {
    fn is_disposed(&self) -> bool {
        matches!(
            self.state,
            State::Erased | State::Anonymised | State::Archived
        )
    }
}

impl LedgerRow {
    fn held(&self, as_of: NaiveDate) -> bool {
        self.holds
            .values()
            .any(|(_, until)| until.is_none_or(|u| as_of <= u))
    }
}

#[derive(Debug, Default)]
struct Requests {
    events: HashMap<RequestId, Vec<Event>>,
    projections: HashMap<RequestId, RequestProjection>,
}

/// All three stores in memory, each behind its own lock.
#[derive(Debug, Default)]
pub struct MemoryStore {
    requests: Mutex<Requests>,
    ledger: Mutex<BTreeMap<(String, String), LedgerRow>>,
    audit: Mutex<Vec<AuditEntry>>,
}

use super::lock;

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Direct access to the stored audit rows, as a database administrator has it: for
    /// testing that tampering is detected.
    pub fn with_audit_rows<R>(&self, f: impl FnOnce(&mut Vec<AuditEntry>) -> R) -> R {
        f(&mut lock(&self.audit))
    }
}

impl RequestStore for MemoryStore {
    fn append(&self, id: RequestId, batch: Append<'_>) -> Result<u64> {
        let mut requests = lock(&self.requests);
        let stream = requests.events.entry(id).or_default();
        let actual = stream.len() as u64;
        if actual != batch.expected_version() {
            if actual == 0 {
                requests.events.remove(&id);
            }
            return Err(StoreError::Conflict {
                expected: batch.expected_version(),
                actual,
            });
        }
        stream.extend(batch.events().cloned());
        let version = stream.len() as u64;
        requests.projections.insert(id, batch.projection().clone());
        Ok(version)
    }

    fn load(&self, id: RequestId) -> Result<Vec<Event>> {
        lock(&self.requests)
            .events
            .get(&id)
            .cloned()
            .ok_or_else(|| StoreError::NotFound(format!("request {id}")))
    }

    fn query(&self, query: &RequestQuery) -> Result<Vec<RequestSummary>> {
        let requests = lock(&self.requests);
        let mut found: Vec<RequestSummary> = requests
            .projections
            .iter()
            .filter(|(_, p)| {
                query.status.is_none_or(|s| p.status == s)
                    && query.deadline_from.is_none_or(|d| p.deadline >= d)
                    && query.deadline_to.is_none_or(|d| p.deadline <= d)
                    && query.subject.is_none_or(|s| p.subject == s)
            })
            .map(|(id, p)| RequestSummary {
                id: *id,
                version: requests.events[id].len() as u64,
                projection: p.clone(),
            })
            .collect();
        found.sort_by_key(|s| (s.projection.deadline, s.id));
        Ok(found)
    }
}

fn row_key(key: &RecordKey) -> (String, String) {
    (key.register.to_string(), key.record.as_str().to_owned())
}

impl RetentionLedger for MemoryStore {
    fn upsert(&self, entry: &LedgerEntry) -> Result<()> {
        check_entry(entry)?;
        let mut ledger = lock(&self.ledger);
        let key = row_key(&entry.key());
        match ledger.get_mut(&key) {
            Some(row) if row.is_disposed() => Err(StoreError::Invalid(format!(
                "record {} of {} was already disposed of",
                entry.record, entry.register
            ))),
            // A claimed row stays claimed by its worker: the new facts apply on release.
            Some(row) => {
                row.entry = entry.clone();
                Ok(())
            }
            None => {
                ledger.insert(
                    key,
                    LedgerRow {
                        entry: entry.clone(),
                        state: State::Pending,
                        claimed_by: None,
                        holds: BTreeMap::new(),
                        disposed: None,
                    },
                );
                Ok(())
            }
        }
    }

    fn get(&self, key: &RecordKey) -> Result<LedgerEntry> {
        lock(&self.ledger)
            .get(&row_key(key))
            .filter(|row| !row.is_disposed())
            .map(|row| row.entry.clone())
            .ok_or_else(|| StoreError::NotFound(key.to_string()))
    }

    fn disposal(&self, key: &RecordKey) -> Result<Option<Disposed>> {
        let ledger = lock(&self.ledger);
        let Some(row) = ledger.get(&row_key(key)) else {
            return Ok(None);
        };
        let action = match row.state {
            State::Erased => DisposalAction::Erase,
            State::Anonymised => DisposalAction::Anonymise,
            State::Archived => DisposalAction::Archive,
            State::Pending | State::Claimed => return Ok(None),
        };
        Ok(row.disposed.as_ref().map(|(on, by)| Disposed {
            key: key.clone(),
            rule: row.entry.rule.clone(),
            expires_on: row.entry.expires_on,
            action,
            on: Some(*on),
            by: by.clone(),
        }))
    }

    fn place_hold(&self, key: &RecordKey, hold: &Hold) -> Result<()> {
        let mut ledger = lock(&self.ledger);
        let row = ledger
            .get_mut(&row_key(key))
            .filter(|row| !row.is_disposed())
            .ok_or_else(|| StoreError::NotFound(key.to_string()))?;
        row.holds.insert(
            hold.id.as_str().to_owned(),
            (hold.reason.clone(), hold.until),
        );
        Ok(())
    }

    fn release_hold(&self, key: &RecordKey, hold: &HoldId, on: NaiveDate) -> Result<()> {
        let mut ledger = lock(&self.ledger);
        let (_, until) = ledger
            .get_mut(&row_key(key))
            .and_then(|row| row.holds.get_mut(hold.as_str()))
            .ok_or_else(|| StoreError::NotFound(format!("hold {hold} on {key}")))?;
        *until = on.pred_opt();
        Ok(())
    }

    fn claim(&self, as_of: NaiveDate, limit: usize, worker: &str) -> Result<Vec<Claim>> {
        let mut ledger = lock(&self.ledger);
        let mut due: Vec<&mut LedgerRow> = ledger
            .values_mut()
            .filter(|row| {
                row.state == State::Pending
                    && row.entry.expires_on.is_some_and(|e| e <= as_of)
                    && !row.held(as_of)
            })
            .collect();
        due.sort_by_key(|row| row.entry.expires_on);
        Ok(due
            .into_iter()
            .take(limit)
            .map(|row| {
                row.state = State::Claimed;
                row.claimed_by = Some(worker.to_owned());
                Claim {
                    register: row.entry.register.clone(),
                    record: row.entry.record.clone(),
                    rule: row.entry.rule.clone(),
                    action: row.entry.action,
                    expires_on: row.entry.expires_on.expect("filtered on expiry"),
                    locator: None,
                }
            })
            .collect())
    }

    fn mark(
        &self,
        claims: &[Claim],
        disposal: DisposalAction,
        worker: &str,
        on: NaiveDate,
    ) -> Result<u64> {
        let mut ledger = lock(&self.ledger);
        let mut marked = 0;
        for claim in claims {
            if let Some(row) = ledger.get_mut(&row_key(&claim.key()))
                && row.state == State::Claimed
                && row.claimed_by.as_deref() == Some(worker)
            {
                row.state = match disposal {
                    DisposalAction::Erase => State::Erased,
                    DisposalAction::Anonymise => State::Anonymised,
                    DisposalAction::Archive => State::Archived,
                };
                row.claimed_by = None;
                row.disposed = Some((on, worker.to_owned()));
                // The facts and the subject reference leave with the record.
                row.entry.facts = crate::retention::RecordFacts::default();
                row.entry.subject = None;
                marked += 1;
            }
        }
        Ok(marked)
    }

    fn release_claims(&self, worker: &str) -> Result<u64> {
        let mut ledger = lock(&self.ledger);
        let mut released = 0;
        for row in ledger
            .values_mut()
            .filter(|row| row.state == State::Claimed && row.claimed_by.as_deref() == Some(worker))
        {
            row.state = State::Pending;
            row.claimed_by = None;
            released += 1;
        }
        Ok(released)
    }

    fn counts(&self, as_of: NaiveDate) -> Result<LedgerCounts> {
        let ledger = lock(&self.ledger);
        let mut counts = LedgerCounts::default();
        for row in ledger.values() {
            counts.records += u64::from(!row.is_disposed());
            match row.state {
                State::Claimed => counts.claimed += 1,
                State::Erased => counts.erased += 1,
                State::Anonymised => counts.anonymised += 1,
                State::Archived => counts.archived += 1,
                State::Pending => match row.entry.expires_on {
                    None => counts.no_expiry += 1,
                    Some(e) if e > as_of => counts.keep += 1,
                    Some(_) if row.held(as_of) => counts.held += 1,
                    Some(_) => counts.due += 1,
                },
            }
        }
        Ok(counts)
    }

    fn by_subject(&self, subject: &SubjectRef) -> Result<Vec<LedgerEntry>> {
        Ok(lock(&self.ledger)
            .values()
            .filter(|row| !row.is_disposed() && row.entry.subject.as_ref() == Some(subject))
            .map(|row| row.entry.clone())
            .collect())
    }
}

impl AuditLog for MemoryStore {
    fn append(&self, key: &AuditKey, entry: &NewAuditEntry) -> Result<AuditEntry> {
        let mut audit = lock(&self.audit);
        let (seq, prev_hash) = audit
            .last()
            .map_or((1, [0u8; 32]), |last| (last.seq + 1, last.hash));
        let stored = AuditEntry {
            seq,
            entry: entry.clone(),
            prev_hash,
            hash: entry_hash(key, &prev_hash, seq, entry),
        };
        audit.push(stored.clone());
        Ok(stored)
    }

    fn read(&self, after: u64, limit: usize) -> Result<Vec<AuditEntry>> {
        let audit = lock(&self.audit);
        Ok(audit
            .iter()
            .filter(|e| e.seq > after)
            .take(limit)
            .cloned()
            .collect())
    }

    fn head(&self) -> Result<ChainHead> {
        Ok(lock(&self.audit)
            .last()
            .map_or(ChainHead::EMPTY, |last| ChainHead {
                seq: last.seq,
                hash: last.hash,
            }))
    }
}

/// A system's table in memory, as a connector: records keyed by subject, each operation
/// idempotent per request. For examples and for testing code that drives connectors.
///
/// ```
/// use gdpr::store::{SubjectDataSource, memory::MemoryConnector};
/// let anna = gdpr::subject::SubjectKey::new([3u8; 32])?.other("customer", "anna");
/// let email = serde_json::json!({ "email": "anna@example.fi" });
/// let crm = MemoryConnector::new("crm").with_record(anna, "contact", email);
/// assert_eq!(crm.export(&anna)?.records.len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct MemoryConnector {
    name: String,
    records: Mutex<Vec<(String, ExportedRecord, bool)>>,
    done: Mutex<HashMap<(RequestId, &'static str), u32>>,
}

impl MemoryConnector {
    /// An empty table named `name`.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            records: Mutex::new(Vec::new()),
            done: Mutex::new(HashMap::new()),
        }
    }

    /// Adds a record of `subject`.
    pub fn with_record(self, subject: SubjectRef, category: &str, data: serde_json::Value) -> Self {
        {
            let mut records = lock(&self.records);
            let id = format!("{}-{}", self.name, records.len() + 1);
            records.push((
                id.clone(),
                ExportedRecord {
                    id,
                    subject,
                    category: category.into(),
                    data,
                },
                false,
            ));
        }
        self
    }

    /// Whether the records of `subject` are restricted.
    pub fn is_restricted(&self, subject: &SubjectRef) -> bool {
        lock(&self.records)
            .iter()
            .any(|(_, r, restricted)| r.subject == *subject && *restricted)
    }

    /// Runs `operation` once per request: a repeated call returns the first result.
    fn once(
        &self,
        request: RequestId,
        operation: &'static str,
        f: impl FnOnce(&mut Vec<(String, ExportedRecord, bool)>) -> u32,
    ) -> u32 {
        let mut done = lock(&self.done);
        if let Some(n) = done.get(&(request, operation)) {
            return *n;
        }
        let n = f(&mut lock(&self.records));
        done.insert((request, operation), n);
        n
    }
}

impl SubjectDataSource for MemoryConnector {
    fn name(&self) -> &str {
        &self.name
    }

    fn locate(&self, subject: &SubjectRef) -> Result<Vec<String>, ConnectorError> {
        Ok(lock(&self.records)
            .iter()
            .filter(|(_, r, _)| r.subject == *subject)
            .map(|(id, _, _)| id.clone())
            .collect())
    }

    fn export(&self, subject: &SubjectRef) -> Result<SubjectExport, ConnectorError> {
        let records = lock(&self.records)
            .iter()
            .filter(|(_, r, _)| r.subject == *subject)
            .map(|(_, r, _)| r.clone())
            .collect();
        Ok(SubjectExport::new(&self.name, *subject, records))
    }

    fn rectify(
        &self,
        request: RequestId,
        subject: &SubjectRef,
        changes: &[Rectification],
    ) -> Result<u32, ConnectorError> {
        Ok(self.once(request, "rectify", |records| {
            let mut changed = 0;
            for (_, record, _) in records.iter_mut().filter(|(_, r, _)| r.subject == *subject) {
                if let serde_json::Value::Object(map) = &mut record.data {
                    for change in changes {
                        if let Some(value) = map.get_mut(&change.field) {
                            *value = change.value.clone();
                            changed += 1;
                        }
                    }
                }
            }
            changed
        }))
    }

    fn erase(
        &self,
        request: RequestId,
        subject: &SubjectRef,
    ) -> Result<ErasureOutcome, ConnectorError> {
        let erased = self.once(request, "erase", |records| {
            let before = records.len();
            records.retain(|(_, r, _)| r.subject != *subject);
            (before - records.len()) as u32
        });
        Ok(ErasureOutcome {
            erased,
            withheld: Vec::new(),
        })
    }

    fn restrict(&self, request: RequestId, subject: &SubjectRef) -> Result<u32, ConnectorError> {
        Ok(self.once(request, "restrict", |records| {
            let mut n = 0;
            for (_, _, restricted) in records.iter_mut().filter(|(_, r, _)| r.subject == *subject) {
                *restricted = true;
                n += 1;
            }
            n
        }))
    }
}

/// Raw access to the stored trail, as a database administrator has it, for the tampering
/// checks of the conformance suite.
#[cfg(feature = "conformance")]
impl super::conformance::AuditTamper for MemoryStore {
    fn rewrite(&self, entry: &AuditEntry) {
        let mut audit = lock(&self.audit);
        match audit.binary_search_by_key(&entry.seq, |e| e.seq) {
            Ok(i) => audit[i] = entry.clone(),
            Err(i) => audit.insert(i, entry.clone()),
        }
    }

    fn delete_from(&self, seq: u64) {
        lock(&self.audit).retain(|e| e.seq < seq);
    }
}
