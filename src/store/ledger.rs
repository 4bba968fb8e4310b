//! The retention ledger: every record's retention facts, expiry and state.

use crate::store::Result;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use schemars::json_schema;

use super::StoreError;
use crate::macros::validated_string;
use crate::model::{DisposalAction, Register};
use crate::retention::{CompiledRule, RecordFacts};
use crate::subject::SubjectRef;
use crate::text::{Id, ParseError};

fn validate_key(what: &'static str) -> impl Fn(&str) -> Result<String, ParseError> {
    move |s: &str| {
        if s.trim().is_empty() {
            Err(ParseError::new(what, format!("the {what} is empty")))
        } else if s.chars().count() > 200 {
            Err(ParseError::new(
                what,
                format!("the {what} is longer than 200 characters"),
            ))
        } else if s.chars().any(char::is_control) {
            Err(ParseError::new(
                what,
                format!("the {what} holds a tab, line break or other control character"),
            ))
        } else {
            Ok(s.to_owned())
        }
    }
}

fn validate_record_id(s: &str) -> Result<String, ParseError> {
    validate_key("record id")(s)
}

fn validate_hold_id(s: &str) -> Result<String, ParseError> {
    validate_key("hold id")(s)
}

validated_string! {
    /// The id of a record in the system that holds it (a row id, a case number): at most 200
    /// characters, none of them control characters, so that it prints on one line.
    pub struct RecordId("record id", validate_record_id);
    schema = json_schema!({ "type": "string", "minLength": 1, "maxLength": 200 });
}

validated_string! {
    /// The name of a legal hold on a record, e.g. `litigation-12-2026`.
    pub struct HoldId("hold id", validate_hold_id);
    schema = json_schema!({ "type": "string", "minLength": 1, "maxLength": 200 });
}

impl std::fmt::Debug for RecordId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RecordId({:?})", self.as_str())
    }
}

impl std::fmt::Display for RecordId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for HoldId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HoldId({:?})", self.as_str())
    }
}

impl std::fmt::Display for HoldId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a record sits in the ledger: its register and its id there.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RecordKey {
    /// The register.
    pub register: Id,
    /// The record.
    pub record: RecordId,
}

impl RecordKey {
    /// The key of `record` in `register`.
    ///
    /// # Errors
    /// `register` is not an id, or `record` not a record id.
    ///
    /// ```
    /// use gdpr::store::RecordKey;
    /// let key = RecordKey::new("keha-alpo", "user-1")?;
    /// assert_eq!(key.to_string(), "record user-1 of keha-alpo");
    /// assert!(RecordKey::new("keha-alpo", "user\t1").is_err());
    /// # Ok::<(), gdpr::text::ParseError>(())
    /// ```
    pub fn new(register: &str, record: &str) -> Result<Self, ParseError> {
        Ok(Self {
            register: register.parse()?,
            record: record.parse()?,
        })
    }
}

impl std::fmt::Display for RecordKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "record {} of {}", self.record, self.register)
    }
}

/// A legal hold to place on a record: it stops disposal while in force (e.g. pending
/// litigation, Art. 17(3)(e)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hold {
    /// Its name, unique per record; placing a hold of the same name replaces it.
    pub id: HoldId,
    /// Why the record is held.
    pub reason: String,
    /// The last day it is in force; `None` until released.
    pub until: Option<NaiveDate>,
}

/// One record in the ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerEntry {
    /// The register (its id).
    pub register: Id,
    /// The record's id in the system that holds it.
    pub record: RecordId,
    /// The retention rule's id.
    pub rule: Id,
    /// Whose record it is, where known.
    pub subject: Option<SubjectRef>,
    /// The facts; their holds stay empty (holds are placed with
    /// [`RetentionLedger::place_hold`]).
    pub facts: RecordFacts,
    /// The first day the record may no longer be kept; `None` when it is kept indefinitely or
    /// the facts do not tell.
    pub expires_on: Option<NaiveDate>,
    /// What to do when it expires.
    pub action: DisposalAction,
}

impl LedgerEntry {
    /// The record's key.
    pub fn key(&self) -> RecordKey {
        RecordKey {
            register: self.register.clone(),
            record: self.record.clone(),
        }
    }
}

/// A due record claimed by a sweep worker.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Claim {
    /// The register.
    pub register: Id,
    /// The record.
    pub record: RecordId,
    /// The rule.
    pub rule: Id,
    /// Erase, anonymise or archive.
    pub action: DisposalAction,
    /// The first day it could no longer be kept.
    pub expires_on: NaiveDate,
    /// Where the store found the row (a SQLite rowid, a PostgreSQL `ctid`), so that marking
    /// it needs no index lookup; only a hint, checked against the key. `None` from stores
    /// that need none.
    #[serde(skip)]
    pub locator: Option<u64>,
}

/// The proof that a record was disposed of: what was done, when and by which sweep. A store
/// keeps it after the record's facts are gone, for the controller's accountability
/// (Art. 5(2)) and the auditor who asks whether a record was erased.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disposed {
    /// The record.
    pub key: RecordKey,
    /// The rule it was kept under.
    pub rule: Id,
    /// The first day it could no longer be kept.
    pub expires_on: Option<NaiveDate>,
    /// Erased, anonymised or archived.
    pub action: DisposalAction,
    /// The day of the sweep that disposed of it; `None` for a disposal recorded before the
    /// store kept the day.
    pub on: Option<NaiveDate>,
    /// The sweep worker that disposed of it.
    pub by: String,
}

impl Claim {
    /// The record's key.
    pub fn key(&self) -> RecordKey {
        RecordKey {
            register: self.register.clone(),
            record: self.record.clone(),
        }
    }
}

/// Counts of the ledger as of a date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerCounts {
    /// Records in the ledger, pending or claimed; records disposed of are counted by what
    /// was done to them.
    pub records: u64,
    /// Pending records not yet due.
    pub keep: u64,
    /// Pending records due and not held.
    pub due: u64,
    /// Pending records due but held.
    pub held: u64,
    /// Pending records whose expiry is unknown or indefinite.
    pub no_expiry: u64,
    /// Records claimed by a worker and not yet marked.
    pub claimed: u64,
    /// Records erased.
    pub erased: u64,
    /// Records anonymised.
    pub anonymised: u64,
    /// Records transferred to an archive.
    pub archived: u64,
}

/// Every record's retention facts, with `expires_on` stored and indexed so that a sweep is
/// an index range scan: its cost grows with what is due, not with what is kept.
pub trait RetentionLedger: Send + Sync {
    /// Writes a record's entry (insert or replace). A record a worker has claimed stays
    /// claimed by it: the new facts apply if the claim is released, and are moot once it is
    /// marked. No write can make a claimed record claimable by a second worker.
    ///
    /// # Errors
    /// [`StoreError::Invalid`] when the facts carry holds, a date lies outside
    /// 0001-01-01..=9999-12-31, or the record was already disposed of.
    fn upsert(&self, entry: &LedgerEntry) -> Result<()>;

    /// The entry of a record still in the ledger.
    ///
    /// # Errors
    /// [`StoreError::NotFound`], also for a record disposed of: its facts are gone, and
    /// [`RetentionLedger::disposal`] holds the proof.
    fn get(&self, key: &RecordKey) -> Result<LedgerEntry>;

    /// The proof of a record's disposal, `None` while it is in the ledger or unknown.
    ///
    /// # Errors
    /// A backend failure.
    fn disposal(&self, key: &RecordKey) -> Result<Option<Disposed>>;

    /// Places (or replaces) `hold` on a record.
    ///
    /// # Errors
    /// [`StoreError::NotFound`] for an unknown record.
    fn place_hold(&self, key: &RecordKey, hold: &Hold) -> Result<()>;

    /// Releases hold `hold` from `on`: it is in force through the day before.
    ///
    /// # Errors
    /// [`StoreError::NotFound`] for an unknown hold.
    fn release_hold(&self, key: &RecordKey, hold: &HoldId, on: NaiveDate) -> Result<()>;

    /// Claims up to `limit` records due as of `as_of` and not held, oldest expiry first, for
    /// `worker`. Concurrent workers never claim the same record, and a claim that fails claims
    /// nothing (it is one transaction).
    ///
    /// # Errors
    /// A backend failure.
    fn claim(&self, as_of: NaiveDate, limit: usize, worker: &str) -> Result<Vec<Claim>>;

    /// Records that `worker` disposed of the records it claimed (erased, anonymised or
    /// archived them) in the sweep of day `on`; returns how many it marked. Records not
    /// claimed by `worker` are left alone. A marked record leaves the ledger: its facts are
    /// gone, it is never claimed again, a write of its facts is refused, and
    /// [`RetentionLedger::disposal`] returns the proof.
    ///
    /// # Errors
    /// A backend failure.
    fn mark(
        &self,
        claims: &[Claim],
        action: DisposalAction,
        worker: &str,
        on: NaiveDate,
    ) -> Result<u64>;

    /// Returns `worker`'s unmarked claims to pending, e.g. after it crashed.
    ///
    /// # Errors
    /// A backend failure.
    fn release_claims(&self, worker: &str) -> Result<u64>;

    /// Counts as of `as_of`.
    ///
    /// # Errors
    /// A backend failure.
    fn counts(&self, as_of: NaiveDate) -> Result<LedgerCounts>;

    /// The entries of one subject still in the ledger (for access and erasure requests about
    /// the ledger itself).
    ///
    /// # Errors
    /// A backend failure.
    fn by_subject(&self, subject: &SubjectRef) -> Result<Vec<LedgerEntry>>;
}

/// Conveniences over any [`RetentionLedger`].
pub trait RetentionLedgerExt: RetentionLedger {
    /// Writes a record's facts under `rule` of `register`, computing `expires_on` with the
    /// retention engine.
    ///
    /// # Errors
    /// [`StoreError::Invalid`] for a rule the register lacks; as [`RetentionLedger::upsert`].
    fn upsert_facts(
        &self,
        register: &Register,
        record: &RecordId,
        rule: &str,
        subject: Option<SubjectRef>,
        facts: RecordFacts,
    ) -> Result<LedgerEntry> {
        let retention_rule = register.retention_rule(rule).ok_or_else(|| {
            StoreError::Invalid(format!(
                "register `{}` has no retention rule `{rule}`",
                register.id
            ))
        })?;
        let expires_on = CompiledRule::new(retention_rule)
            .expires_on(&facts)
            .unwrap_or(None);
        let entry = LedgerEntry {
            register: register.id.clone(),
            record: record.clone(),
            rule: retention_rule.id.clone(),
            subject,
            facts,
            expires_on,
            action: retention_rule.disposal(),
        };
        self.upsert(&entry)?;
        Ok(entry)
    }
}

impl<L: RetentionLedger + ?Sized> RetentionLedgerExt for L {}

/// Refuses entries a backend could not store faithfully: holds belong in `place_hold`, and
/// every date must lie in 0001-01-01..=9999-12-31, whose `YYYY-MM-DD` text sorts in date order
/// (a year 10000 written `+10000-01-01` would sort before every real date).
pub(crate) fn check_entry(entry: &LedgerEntry) -> Result<()> {
    if !entry.facts.holds.is_empty() {
        return Err(StoreError::Invalid(
            "place holds with place_hold, not in the facts of an upsert".into(),
        ));
    }
    let first = NaiveDate::from_ymd_opt(1, 1, 1).expect("a date");
    let facts = &entry.facts;
    let dates = [
        ("expires_on", entry.expires_on),
        ("facts.collected", facts.collected),
        ("facts.last_activity", facts.last_activity),
        ("facts.relationship_ended", facts.relationship_ended),
        ("facts.superseded", facts.superseded),
        ("facts.anonymised", facts.anonymised),
    ]
    .into_iter()
    .chain(facts.events.iter().map(|e| ("facts.events", Some(e.on))));
    for (field, date) in dates {
        if let Some(date) = date
            && !(first..=crate::retention::LAST_DATE).contains(&date)
        {
            return Err(StoreError::Invalid(format!(
                "record {} of {}: {field} {date} is outside 0001-01-01..9999-12-31; a record kept past 9999 has no expiry (`expires_on` = None)",
                entry.record, entry.register
            )));
        }
    }
    Ok(())
}
