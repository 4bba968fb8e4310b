//! The desk: identity gate, fan-out to connectors, resumption without repeating a step, and
//! fault injection over many random schedules.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{DateTime, TimeZone, Utc};
use gdpr::calendar::Finland;
use gdpr::desk::Operation;
use gdpr::desk::{Desk, DeskError, Outcome};
use gdpr::request::{Channel, EventKind, HELSINKI, RequestKind, Status, Withheld};
use gdpr::store::memory::MemoryStore;
use gdpr::store::*;
use gdpr::subject::{SubjectKey, SubjectRef};

mod common;

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, day, hour, 0, 0).unwrap()
}

fn key() -> SubjectKey {
    SubjectKey::new(*b"desk-tests-secret-key-32-bytes!!").unwrap()
}

/// A connector over a table of records keyed by subject. It fails on the calls its schedule
/// says, counts calls, and counts effects: an operation takes effect once per request, as an
/// idempotent system does.
struct TableConnector {
    name: String,
    rows: Vec<(SubjectRef, String)>,
    schedule: Mutex<Vec<bool>>,
    calls: Mutex<u32>,
    effects: Mutex<HashMap<(RequestId, Operation), u32>>,
    exports: Mutex<u32>,
    foreign: bool,
    keep_on_erase: bool,
}

impl TableConnector {
    fn new(name: &str, rows: Vec<(SubjectRef, String)>) -> Self {
        Self {
            name: name.into(),
            rows,
            schedule: Mutex::new(Vec::new()),
            calls: Mutex::new(0),
            effects: Mutex::new(HashMap::new()),
            exports: Mutex::new(0),
            foreign: false,
            keep_on_erase: false,
        }
    }

    /// `true` entries fail the next calls, in order.
    fn failing(self, schedule: Vec<bool>) -> Self {
        *self.schedule.lock().unwrap() = schedule;
        self
    }

    fn call(&self) -> Result<(), ConnectorError> {
        *self.calls.lock().unwrap() += 1;
        let mut schedule = self.schedule.lock().unwrap();
        if !schedule.is_empty() && schedule.remove(0) {
            return Err(ConnectorError::Unavailable(self.name.clone()));
        }
        Ok(())
    }

    fn effect(&self, request: RequestId, operation: Operation) -> u32 {
        let mut effects = self.effects.lock().unwrap();
        let n = effects.entry((request, operation)).or_insert(0);
        *n += 1;
        *n
    }

    fn calls(&self) -> u32 {
        *self.calls.lock().unwrap()
    }
}

impl SubjectDataSource for TableConnector {
    fn name(&self) -> &str {
        &self.name
    }

    fn locate(&self, subject: &SubjectRef) -> Result<Vec<String>, ConnectorError> {
        self.call()?;
        Ok(self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, (s, _))| s == subject)
            .map(|(i, _)| format!("{}-{i}", self.name))
            .collect())
    }

    fn export(&self, subject: &SubjectRef) -> Result<SubjectExport, ConnectorError> {
        self.call()?;
        *self.exports.lock().unwrap() += 1;
        let records = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, (s, _))| self.foreign || s == subject)
            .map(|(i, (s, value))| ExportedRecord {
                id: format!("{}-{i}", self.name),
                subject: *s,
                category: "contact".into(),
                data: serde_json::json!({ "value": value }),
            })
            .collect();
        Ok(SubjectExport::new(&self.name, *subject, records))
    }

    fn rectify(
        &self,
        request: RequestId,
        _: &SubjectRef,
        changes: &[Rectification],
    ) -> Result<u32, ConnectorError> {
        self.call()?;
        self.effect(request, Operation::Rectify);
        Ok(changes.len() as u32)
    }

    fn erase(
        &self,
        request: RequestId,
        subject: &SubjectRef,
    ) -> Result<ErasureOutcome, ConnectorError> {
        self.call()?;
        self.effect(request, Operation::Erase);
        let mine = self.rows.iter().filter(|(s, _)| s == subject).count() as u32;
        if self.keep_on_erase {
            Ok(ErasureOutcome {
                erased: 0,
                withheld: vec![Withheld {
                    item: format!("{mine} customer records"),
                    ground: "Art. 17(3)(b); Act 916/2012 ch. 13 s. 4".into(),
                }],
            })
        } else {
            Ok(ErasureOutcome {
                erased: mine,
                withheld: Vec::new(),
            })
        }
    }

    fn restrict(&self, request: RequestId, _: &SubjectRef) -> Result<u32, ConnectorError> {
        self.call()?;
        self.effect(request, Operation::Restrict);
        Ok(1)
    }
}

fn people() -> (SubjectRef, SubjectRef) {
    (
        key().other("customer", "anna"),
        key().other("customer", "bert"),
    )
}

fn tables() -> (TableConnector, TableConnector) {
    let (anna, bert) = people();
    (
        TableConnector::new(
            "crm",
            vec![
                (anna, "anna@example.fi".into()),
                (bert, "bert@example.fi".into()),
            ],
        ),
        TableConnector::new(
            "case-files",
            vec![
                (anna, "case 1".into()),
                (anna, "case 2".into()),
                (bert, "case 3".into()),
            ],
        ),
    )
}

/// What every desk here runs on: a memory store (requests and audit), the tests' audit key and
/// the Finnish calendar.
struct World {
    store: MemoryStore,
    key: AuditKey,
    calendar: Finland,
}

impl World {
    fn new() -> Self {
        Self {
            store: MemoryStore::new(),
            key: common::audit_key(),
            calendar: Finland::new(),
        }
    }

    /// A desk over the world's store, auditing there, with `connectors`.
    fn desk<'a>(&'a self, connectors: &[&'a dyn SubjectDataSource]) -> Desk<'a> {
        self.desk_audited_in(&self.store, connectors)
    }

    /// A desk whose audit trail is `audit`.
    fn desk_audited_in<'a>(
        &'a self,
        audit: &'a dyn AuditLog,
        connectors: &[&'a dyn SubjectDataSource],
    ) -> Desk<'a> {
        desk_on(&self.store, audit, &self.key, &self.calendar, connectors)
    }

    fn status(&self, id: RequestId) -> Status {
        self.store
            .load_request(id, &self.calendar)
            .unwrap()
            .status()
    }

    /// The audit actions recorded for all requests, in order.
    fn audited(&self) -> Vec<AuditEntry> {
        self.store.read(0, 100).unwrap()
    }
}

/// A desk over `requests`, auditing in `audit` under `key`, with `connectors`.
fn desk_on<'a>(
    requests: &'a dyn RequestStore,
    audit: &'a dyn AuditLog,
    key: &'a AuditKey,
    calendar: &'a Finland,
    connectors: &[&'a dyn SubjectDataSource],
) -> Desk<'a> {
    connectors.iter().fold(
        Desk::new(requests, AuditTrail::new(audit, key), calendar),
        |desk, connector| desk.connector(*connector),
    )
}

/// Files a request of `kind` for `subject` on 5 March at 9 and verifies the requester in
/// person an hour later.
fn verified(desk: &Desk<'_>, subject: SubjectRef, kind: RequestKind) -> RequestId {
    let (id, _) = desk
        .file(subject, kind, Channel::Web, at(5, 9), HELSINKI)
        .unwrap();
    desk.verify_identity(id, at(5, 10), "in person").unwrap();
    id
}

/// Carries out `id` on 6 March with no rectifications, delivering nowhere.
fn carry_out(desk: &Desk<'_>, id: RequestId) -> Result<Outcome, DeskError> {
    desk.carry_out(id, at(6, 9), &[], &mut |_| Ok(()))
}

fn is_foreign_data(err: &DeskError) -> bool {
    matches!(
        err,
        DeskError::Connector {
            source: ConnectorError::ForeignData { .. },
            ..
        }
    )
}

#[test]
fn an_access_request_is_carried_out_in_every_system_and_audited() {
    let world = World::new();
    let (crm, files) = tables();
    let desk = world.desk(&[&crm, &files]).actor("case-worker-7");
    let (anna, _) = people();
    let (id, request) = desk
        .file(
            anna,
            RequestKind::Access,
            Channel::Email,
            at(5, 9),
            HELSINKI,
        )
        .unwrap();
    assert_eq!(request.deadlines().due.to_string(), "2026-04-07");
    desk.verify_identity(id, at(5, 12), "strong electronic identification")
        .unwrap();

    let mut delivered = Vec::new();
    let outcome = desk.carry_out(id, at(6, 9), &[], &mut |e| {
        delivered.push(e.clone());
        Ok(())
    });
    assert_eq!(outcome.unwrap(), Outcome::Fulfilled { withheld: 0 });
    let sources: Vec<_> = delivered
        .iter()
        .map(|e| (e.source.as_str(), e.records.len()))
        .collect();
    assert_eq!(sources, vec![("crm", 1), ("case-files", 2)]);
    assert!(
        delivered
            .iter()
            .flat_map(|e| &e.records)
            .all(|r| r.subject == anna)
    );

    let events = world.store.load(id).unwrap();
    let kinds: Vec<&str> = events.iter().map(|e| e.kind.name()).collect();
    let expected = [
        "received",
        "identity-verified",
        "carried-out",
        "carried-out",
        "fulfilled",
    ];
    assert_eq!(kinds, expected);
    let open = RequestQuery {
        status: Some(Status::Open),
        ..Default::default()
    };
    assert!(world.store.query(&open).unwrap().is_empty());
    assert_eq!(verify_chain(&world.store, &world.key, None).unwrap().seq, 5);
    let trail = world.audited();
    assert!(
        trail
            .iter()
            .all(|e| e.entry.actor == "case-worker-7" && e.entry.subject == Some(anna))
    );
    // The audit trail holds references, never identifiers.
    assert!(trail.iter().all(|e| !e.entry.detail.contains("anna")));
    // Running again changes nothing.
    assert_eq!(
        desk.carry_out(id, at(7, 9), &[], &mut |_| Ok(())).unwrap(),
        Outcome::AlreadyClosed(Status::Fulfilled)
    );
}

#[test]
fn nothing_is_exported_or_erased_before_identity_is_verified() {
    let world = World::new();
    let (crm, files) = tables();
    let desk = world.desk(&[&crm, &files]);
    let (anna, _) = people();
    for kind in [RequestKind::Access, RequestKind::Erasure] {
        let (id, _) = desk
            .file(anna, kind, Channel::Web, at(5, 9), HELSINKI)
            .unwrap();
        let err = desk
            .carry_out(id, at(6, 9), &[], &mut |_| {
                panic!("nothing may be delivered")
            })
            .unwrap_err();
        assert!(
            matches!(
                err,
                DeskError::Lifecycle(gdpr::request::LifecycleError::IdentityNotVerified)
            ),
            "{err}"
        );
    }
    assert_eq!(crm.calls() + files.calls(), 0, "no connector was called");
    assert!(
        world
            .audited()
            .iter()
            .any(|e| e.entry.action == "request.blocked")
    );
}

#[test]
fn another_subjects_data_in_an_export_stops_the_request() {
    let world = World::new();
    let (mut crm, _) = tables();
    crm.foreign = true;
    let desk = world.desk(&[&crm]);
    let id = verified(&desk, people().0, RequestKind::Portability);
    let err = desk
        .carry_out(id, at(6, 9), &[], &mut |_| {
            panic!("nothing may be delivered")
        })
        .unwrap_err();
    assert!(is_foreign_data(&err), "{err}");
    assert!(
        err.to_string()
            .contains("crm returned record crm-1 of another subject"),
        "{err}"
    );
    assert_eq!(world.status(id), Status::Open);
    assert!(world.audited().iter().any(|e| {
        e.entry.action == "step.failed" && e.entry.detail.contains("another subject")
    }));
}

/// An audit log whose writes fail once `broken` is set: the disk is full, the server gone.
struct BreakableAudit<'a> {
    inner: &'a MemoryStore,
    broken: std::sync::atomic::AtomicBool,
}

impl AuditLog for BreakableAudit<'_> {
    fn append(&self, key: &AuditKey, entry: &NewAuditEntry) -> Result<AuditEntry, StoreError> {
        if self.broken.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(StoreError::Backend("the audit disk is full".into()));
        }
        AuditLog::append(self.inner, key, entry)
    }
    fn read(&self, after: u64, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
        AuditLog::read(self.inner, after, limit)
    }
    fn head(&self) -> Result<ChainHead, StoreError> {
        AuditLog::head(self.inner)
    }
}

#[test]
fn a_failing_audit_does_not_hide_the_connector_failure() {
    let world = World::new();
    let (mut crm, _) = tables();
    crm.foreign = true;
    let audit = BreakableAudit {
        inner: &world.store,
        broken: false.into(),
    };
    let desk = world.desk_audited_in(&audit, &[&crm]);
    let id = verified(&desk, people().0, RequestKind::Access);
    audit
        .broken
        .store(true, std::sync::atomic::Ordering::SeqCst);
    let err = desk
        .carry_out(id, at(6, 9), &[], &mut |_| {
            panic!("nothing may be delivered")
        })
        .unwrap_err();
    let DeskError::Unaudited { error, audit } = &err else {
        panic!("expected both failures, got {err}");
    };
    assert!(is_foreign_data(error), "{error}");
    assert!(
        audit.to_string().contains("the audit disk is full"),
        "{audit}"
    );
    assert!(err.to_string().contains("another subject"), "{err}");
}

#[test]
fn a_failed_delivery_keeps_its_cause_and_is_retried() {
    let world = World::new();
    let (crm, _) = tables();
    let desk = world.desk(&[&crm]);
    let id = verified(&desk, people().0, RequestKind::Access);
    let err = desk
        .carry_out(id, at(6, 9), &[], &mut |_| {
            Err(std::io::Error::new(std::io::ErrorKind::TimedOut, "the mailbox timed out").into())
        })
        .unwrap_err();
    let DeskError::Delivery { connector, source } = &err else {
        panic!("expected a delivery failure, got {err}");
    };
    assert_eq!(connector, "crm");
    let io = source
        .downcast_ref::<std::io::Error>()
        .expect("the callback's own error type survives");
    assert_eq!(io.kind(), std::io::ErrorKind::TimedOut);
    let outcome = desk.carry_out(id, at(6, 10), &[], &mut |_| Ok(())).unwrap();
    assert_eq!(outcome, Outcome::Fulfilled { withheld: 0 });
}

#[test]
fn an_erasure_kept_under_the_law_is_a_partial_fulfilment() {
    let world = World::new();
    let (crm, mut files) = tables();
    files.keep_on_erase = true;
    let desk = world.desk(&[&crm, &files]);
    let (id, _) = desk
        .file(
            people().0,
            RequestKind::Erasure,
            Channel::Post,
            at(5, 9),
            HELSINKI,
        )
        .unwrap();
    desk.verify_identity(id, at(5, 10), "letter with a copy of a passport")
        .unwrap();
    assert_eq!(
        desk.carry_out(id, at(9, 9), &[], &mut |_| Ok(())).unwrap(),
        Outcome::Fulfilled { withheld: 1 }
    );
    let request = world.store.load_request(id, &world.calendar).unwrap();
    assert_eq!(request.status(), Status::PartiallyFulfilled);
    assert_eq!(
        request.withheld()[0].ground,
        "Art. 17(3)(b); Act 916/2012 ch. 13 s. 4"
    );
}

#[test]
fn a_failed_step_resumes_without_repeating_the_completed_ones() {
    let world = World::new();
    let (crm, files) = tables();
    let files = files.failing(vec![true, true]);
    let id = {
        let desk = world.desk(&[&crm, &files]);
        let id = verified(&desk, people().0, RequestKind::Restriction);
        for _ in 0..2 {
            let err = carry_out(&desk, id).unwrap_err();
            assert!(
                matches!(err, DeskError::Connector { ref connector, .. } if connector == "case-files"),
                "{err}"
            );
        }
        id
    };
    // A new desk (after a restart) over the same store finishes the request.
    let desk = world.desk(&[&crm, &files]);
    assert_eq!(
        desk.carry_out(id, at(7, 9), &[], &mut |_| Ok(())).unwrap(),
        Outcome::Fulfilled { withheld: 0 }
    );
    assert_eq!(crm.calls(), 1, "the completed step in crm was not repeated");
    assert_eq!(files.calls(), 3);
}

#[test]
fn rectifications_reach_every_system() {
    let world = World::new();
    let (crm, files) = tables();
    let desk = world.desk(&[&crm, &files]);
    let id = verified(&desk, people().1, RequestKind::Rectification);
    let changes = [Rectification {
        field: "email".into(),
        value: serde_json::json!("bert@uusi.fi"),
    }];
    desk.carry_out(id, at(6, 9), &changes, &mut |_| Ok(()))
        .unwrap();
    let steps: Vec<u32> = world
        .store
        .load(id)
        .unwrap()
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::CarriedOut { records, .. } => Some(*records),
            _ => None,
        })
        .collect();
    assert_eq!(steps, vec![1, 1]);
}

#[test]
fn automated_decision_requests_need_a_person() {
    let world = World::new();
    let desk = world.desk(&[]);
    let id = verified(&desk, people().0, RequestKind::AutomatedDecision);
    assert!(matches!(
        carry_out(&desk, id),
        Err(DeskError::Manual(RequestKind::AutomatedDecision))
    ));
}

#[cfg(feature = "sqlite")]
#[test]
fn a_request_survives_a_restart_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    let calendar = Finland::new();
    let key = common::audit_key();
    let (crm, files) = tables();
    let files = files.failing(vec![true]);
    let open = || gdpr::store::sqlite::SqliteStore::open(&path).unwrap();
    let id = {
        let store = open();
        let desk = desk_on(&store, &store, &key, &calendar, &[&crm, &files]);
        let id = verified(&desk, people().0, RequestKind::Erasure);
        assert!(carry_out(&desk, id).is_err());
        id
    };
    let store = open();
    let desk = desk_on(&store, &store, &key, &calendar, &[&crm, &files]);
    assert_eq!(
        desk.carry_out(id, at(6, 10), &[], &mut |_| Ok(())).unwrap(),
        Outcome::Fulfilled { withheld: 0 }
    );
    assert_eq!(crm.calls(), 1);
    assert_eq!(verify_chain(&store, &key, None).unwrap().seq, 6);
}

/// Uses the proptest dev-dependency only: it runs under a plain `cargo test`.
mod fault_injection {
    use super::*;
    use proptest::prelude::*;

    const KINDS: [RequestKind; 6] = [
        RequestKind::Access,
        RequestKind::Portability,
        RequestKind::Rectification,
        RequestKind::Erasure,
        RequestKind::Restriction,
        RequestKind::Objection,
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Connectors fail at random calls and deliveries fail at random; the desk is run
        /// again (as after a restart) until the request is done. Every request converges,
        /// no completed step repeats, no effect happens twice and no event is lost.
        #[test]
        fn every_request_converges(
            kind in proptest::sample::select(KINDS.to_vec()),
            schedules in proptest::collection::vec(proptest::collection::vec(any::<bool>(), 0..6), 3),
            delivery_failures in proptest::collection::vec(any::<bool>(), 0..4),
        ) {
            let store = MemoryStore::new();
            let key = common::audit_key();
            let calendar = Finland::new();
            let (anna, bert) = people();
            let rows = vec![(anna, "a".to_owned()), (bert, "b".to_owned()), (anna, "c".to_owned())];
            let connectors: Vec<TableConnector> = schedules
                .iter()
                .enumerate()
                .map(|(i, schedule)| TableConnector::new(&format!("system-{i}"), rows.clone()).failing(schedule.clone()))
                .collect();
            let mut desk = Desk::new(&store, AuditTrail::new(&store, &key), &calendar);
            for connector in &connectors {
                desk = desk.connector(connector);
            }
            let (id, _) = desk.file(anna, kind, Channel::Web, at(5, 9), HELSINKI).unwrap();
            desk.verify_identity(id, at(5, 10), "in person").unwrap();

            let mut delivery_failures = delivery_failures;
            let mut delivered: Vec<String> = Vec::new();
            let budget = 1 + schedules.iter().map(Vec::len).sum::<usize>() + delivery_failures.len();
            let mut outcome = None;
            for attempt in 0..=budget {
                let result = desk.carry_out(id, at(6, 9) + chrono::Duration::minutes(attempt as i64), &[], &mut |export| {
                    if !delivery_failures.is_empty() && delivery_failures.remove(0) {
                        return Err("the delivery channel is down".into());
                    }
                    delivered.push(export.source.clone());
                    Ok(())
                });
                match result {
                    Ok(done) => { outcome = Some(done); break; }
                    Err(DeskError::Connector { .. } | DeskError::Delivery { .. }) => continue,
                    Err(other) => panic!("unexpected failure: {other}"),
                }
            }
            prop_assert_eq!(outcome, Some(Outcome::Fulfilled { withheld: 0 }), "the request did not converge");

            let operation = gdpr::desk::operation(kind).unwrap();
            let events = store.load(id).unwrap();
            let steps: Vec<String> = events.iter().filter_map(|e| match &e.kind {
                EventKind::CarriedOut { system, .. } => Some(system.clone()),
                _ => None,
            }).collect();
            prop_assert_eq!(steps, vec!["system-0", "system-1", "system-2"], "each step is recorded exactly once, in order");
            prop_assert_eq!(events.len(), 2 + 3 + 1, "no event was lost or added");
            for connector in &connectors {
                let effects = connector.effects.lock().unwrap();
                for (_, n) in effects.iter() {
                    prop_assert_eq!(*n, 1, "an effect happened twice in {}", connector.name);
                }
                if operation == Operation::Export {
                    prop_assert_eq!(delivered.iter().filter(|s| **s == connector.name).count(), 1, "one delivery per system");
                } else {
                    prop_assert_eq!(effects.get(&(id, operation)).copied(), Some(1));
                }
            }
            prop_assert!(verify_chain(&store, &key, None).is_ok());
        }
    }
}

#[test]
fn staff_can_review_what_the_systems_did_before_completing() {
    let world = World::new();
    let (crm, cases) = tables();
    let desk = world.desk(&[&crm, &cases]);
    let (anna, _) = people();
    let id = verified(&desk, anna, RequestKind::Erasure);
    // Not before every system has carried it out.
    let err = desk.complete(id, at(6, 8)).unwrap_err();
    assert!(
        matches!(&err, DeskError::Incomplete { remaining, .. } if remaining == &["crm", "case-files"]),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        format!("request {id} is not carried out in crm, case-files; carry it out there first")
    );
    let outcome = desk
        .carry_out_in_systems(id, at(6, 9), &[], &mut |_| Ok(()))
        .unwrap();
    assert_eq!(outcome, Outcome::CarriedOut { withheld: 0 });
    assert!(!world.status(id).is_closed(), "still open for review");
    assert_eq!(
        desk.complete(id, at(6, 10)).unwrap(),
        Outcome::Fulfilled { withheld: 0 }
    );
    assert_eq!(world.status(id), Status::Fulfilled);
    assert_eq!(
        desk.complete(id, at(6, 11)).unwrap(),
        Outcome::AlreadyClosed(Status::Fulfilled)
    );
    let actions: Vec<String> = world
        .audited()
        .into_iter()
        .map(|e| e.entry.action)
        .collect();
    assert_eq!(
        actions,
        [
            "request.received",
            "request.identity-verified",
            "request.carried-out",
            "request.carried-out",
            "request.fulfilled"
        ]
    );
}
