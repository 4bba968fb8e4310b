//! The conformance suite every store runs: plain functions over trait objects that panic
//! with a message when the store misbehaves (the pattern of `object_store`'s `integration`
//! module). Run them from your own store's tests:
//!
//! ```
//! use gdpr::store::{conformance, memory::MemoryStore};
//!
//! let store = MemoryStore::new();
//! conformance::request_store(&store);
//! conformance::retention_ledger(&store);
//! let key = gdpr::store::AuditKey::new([3u8; 32]).unwrap();
//! conformance::audit_log(&store, &key);
//! conformance::audit_tampering_is_detected(&store, &key, &store);
//! conformance::subject_isolation(&store, &store, &gdpr::store::StoreRecords::new("store", &store, &store));
//! ```

use std::collections::{BTreeSet, HashSet};

use chrono::{NaiveDate, TimeZone, Utc};

use super::*;
use crate::model::DisposalAction;
use crate::request::{Channel, Event, EventKind, HELSINKI, RequestKind, Status};
use crate::retention::RecordFacts;
use crate::subject::SubjectKey;

/// Threads appending concurrently in [`concurrent_appends`].
pub const APPEND_THREADS: usize = 8;
/// Appends per thread in [`concurrent_appends`].
pub const APPENDS_PER_THREAD: usize = 1000;
/// Workers sweeping concurrently in [`concurrent_sweeps`].
pub const SWEEP_WORKERS: usize = 4;

fn date(s: &str) -> NaiveDate {
    s.parse().expect("a valid date")
}

fn subjects() -> (SubjectRef, SubjectRef) {
    let key = SubjectKey::new(*b"conformance-suite-key-32-bytes!!").expect("32 bytes");
    (
        key.other("test", "subject-a"),
        key.other("test", "subject-b"),
    )
}

fn received() -> Event {
    Event::new(
        Utc.with_ymd_and_hms(2026, 3, 5, 10, 0, 0).unwrap(),
        EventKind::Received {
            kind: RequestKind::Access,
            channel: Channel::Web,
            time_zone: HELSINKI,
            subject: None,
        },
    )
}

fn note(text: String) -> Event {
    Event::new(
        Utc.with_ymd_and_hms(2026, 3, 6, 10, 0, 0).unwrap(),
        EventKind::IdentityRequested { information: text },
    )
}

fn projection(subject: SubjectRef, status: Status, deadline: &str) -> RequestProjection {
    RequestProjection {
        subject,
        kind: RequestKind::Access,
        status,
        received: date("2026-03-05"),
        deadline: date(deadline),
    }
}

/// Runs every request-store check, [`concurrent_appends`] included.
pub fn request_store(store: &dyn RequestStore) {
    append_and_load(store);
    stale_versions_conflict(store);
    queries(store);
    concurrent_appends(store);
}

/// Appended events load back equal and in order; versions count events.
pub fn append_and_load(store: &dyn RequestStore) {
    let (a, _) = subjects();
    let id = RequestId::new();
    assert!(
        matches!(store.load(id), Err(StoreError::NotFound(_))),
        "loading an unknown request must be NotFound"
    );
    let p = projection(a, Status::Open, "2026-04-07");
    assert_eq!(
        store
            .append(id, Append::new(0, &[received()], &p).expect("an append"))
            .expect("first append"),
        1
    );
    let more = [note("first".into()), note("second".into())];
    assert_eq!(
        store
            .append(id, Append::new(1, &more, &p).expect("an append"))
            .expect("second append"),
        3
    );
    let events = store.load(id).expect("load");
    assert_eq!(
        events,
        vec![received(), more[0].clone(), more[1].clone()],
        "events must load back as appended"
    );
    assert!(
        matches!(Append::new(3, &[], &p), Err(StoreError::Invalid(_))),
        "an empty append is invalid"
    );
}

/// An append with a stale or future expected version is a conflict and changes nothing.
pub fn stale_versions_conflict(store: &dyn RequestStore) {
    let (a, _) = subjects();
    let id = RequestId::new();
    let p = projection(a, Status::Open, "2026-04-07");
    store
        .append(id, Append::new(0, &[received()], &p).expect("an append"))
        .expect("first append");
    for expected in [0, 2, 7] {
        match store.append(
            id,
            Append::new(expected, &[note(format!("stale {expected}"))], &p).expect("an append"),
        ) {
            Err(StoreError::Conflict {
                expected: e,
                actual,
            }) => {
                assert_eq!(e, expected);
                assert_eq!(actual, 1, "a conflict must report the stored version");
            }
            other => {
                panic!("expected version {expected} against stored 1 must conflict, got {other:?}")
            }
        }
    }
    assert_eq!(
        store.load(id).expect("load").len(),
        1,
        "a conflicting append must not write"
    );
    let fresh = RequestId::new();
    assert!(
        matches!(
            store.append(fresh, Append::new(3, &[received()], &p).expect("an append")),
            Err(StoreError::Conflict { actual: 0, .. })
        ),
        "a new request starts at version 0"
    );
    assert!(
        matches!(store.load(fresh), Err(StoreError::NotFound(_))),
        "a conflicting first append must not create the request"
    );
}

/// Two stores over one database (two processes): an append that carries the projection this
/// store wrote skips writing it, and skips checking that the version it follows is there
/// (this store wrote it, and events are never deleted); one that follows the other store's
/// append writes the projection whatever this store remembers; and when the other store took
/// the next version first, the append is a conflict, with one event or several.
pub fn two_writers(ours: &dyn RequestStore, theirs: &dyn RequestStore) {
    let (subject, _) = subjects();
    let open = projection(subject, Status::Open, "2026-04-07");
    let fulfilled = projection(subject, Status::Fulfilled, "2026-04-07");
    let event = note("identity requested".into());
    let stored = |store: &dyn RequestStore, id: RequestId| {
        let rows = store.query(&RequestQuery::default()).expect("query");
        let row = rows
            .into_iter()
            .find(|r| r.id == id)
            .expect("the request is listed");
        (row.version, row.projection)
    };
    let id = RequestId::new();
    let append = |store: &dyn RequestStore, after: u64, p: &RequestProjection| {
        store.append(id, Append::one(after, &event, p))
    };
    assert_eq!(append(ours, 0, &open).expect("append"), 1);
    assert_eq!(append(ours, 1, &open).expect("append"), 2);
    assert_eq!(stored(theirs, id), (2, open.clone()));
    // The other store moves the request on; this store's memory of version 2 is now old.
    assert_eq!(append(theirs, 2, &fulfilled).expect("append"), 3);
    assert_eq!(append(ours, 3, &open).expect("append"), 4);
    assert_eq!(
        stored(ours, id).1,
        open,
        "the projection follows the last append"
    );
    assert_eq!(append(ours, 4, &fulfilled).expect("append"), 5);
    assert_eq!(stored(theirs, id).1, fulfilled);
    // A conflict remembers nothing.
    assert!(
        matches!(
            append(ours, 4, &open),
            Err(StoreError::Conflict {
                expected: 4,
                actual: 5
            })
        ),
        "a stale append is a conflict"
    );
    assert_eq!(stored(theirs, id).1, fulfilled);
    // This store wrote version 5; the other store takes version 6 first.
    assert_eq!(append(theirs, 5, &fulfilled).expect("append"), 6);
    assert!(
        matches!(
            append(ours, 5, &fulfilled),
            Err(StoreError::Conflict {
                expected: 5,
                actual: 6
            })
        ),
        "the next version taken by another writer is a conflict"
    );
    let two = [event.clone(), event.clone()];
    assert!(
        matches!(
            ours.append(id, Append::new(5, &two, &open).expect("an append")),
            Err(StoreError::Conflict {
                expected: 5,
                actual: 6
            })
        ),
        "so it is for several events and a new projection"
    );
    assert_eq!(
        theirs.load(id).expect("load").len(),
        6,
        "no conflicting append wrote"
    );
    assert_eq!(stored(ours, id), (6, fulfilled));
}

/// Queries filter by status, deadline range and subject, ordered by deadline.
pub fn queries(store: &dyn RequestStore) {
    let (a, b) = subjects();
    let ids: Vec<RequestId> = (0..4).map(|_| RequestId::new()).collect();
    let rows = [
        (ids[0], projection(a, Status::Open, "2031-05-04")),
        (ids[1], projection(a, Status::Fulfilled, "2031-05-05")),
        (ids[2], projection(b, Status::Open, "2031-05-06")),
        (ids[3], projection(b, Status::Open, "2031-06-30")),
    ];
    for (id, p) in &rows {
        store
            .append(*id, Append::new(0, &[received()], p).expect("an append"))
            .expect("append");
    }
    let found = |q: RequestQuery| -> Vec<RequestId> {
        store
            .query(&q)
            .expect("query")
            .into_iter()
            .map(|s| s.id)
            .filter(|id| ids.contains(id))
            .collect()
    };
    let in_may = RequestQuery {
        deadline_from: Some(date("2031-05-01")),
        deadline_to: Some(date("2031-05-31")),
        ..RequestQuery::default()
    };
    assert_eq!(
        found(in_may.clone()),
        vec![ids[0], ids[1], ids[2]],
        "deadline range, ordered by deadline"
    );
    assert_eq!(
        found(RequestQuery {
            status: Some(Status::Open),
            ..in_may.clone()
        }),
        vec![ids[0], ids[2]],
        "status and range"
    );
    assert_eq!(
        found(RequestQuery {
            subject: Some(b),
            ..RequestQuery::default()
        }),
        vec![ids[2], ids[3]],
        "by subject"
    );
    // The projection follows the last append.
    store
        .append(
            ids[3],
            Append::new(
                1,
                &[note("done".into())],
                &projection(b, Status::Refused, "2031-06-30"),
            )
            .expect("an append"),
        )
        .expect("append");
    let refused = store
        .query(&RequestQuery {
            status: Some(Status::Refused),
            subject: Some(b),
            ..RequestQuery::default()
        })
        .expect("query");
    assert_eq!(
        refused.iter().map(|s| s.id).collect::<Vec<_>>(),
        vec![ids[3]]
    );
    assert_eq!(refused[0].version, 2);
}

/// [`APPEND_THREADS`] threads × [`APPENDS_PER_THREAD`] appends race on one request: every
/// append lands exactly once, versions have no gaps, and each version has one winner.
pub fn concurrent_appends(store: &dyn RequestStore) {
    let (a, _) = subjects();
    let id = RequestId::new();
    let p = projection(a, Status::Open, "2026-04-07");
    store
        .append(id, Append::new(0, &[received()], &p).expect("an append"))
        .expect("first append");
    let winners: Vec<Vec<u64>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..APPEND_THREADS)
            .map(|thread| {
                let p = &p;
                scope.spawn(move || {
                    let mut won = Vec::with_capacity(APPENDS_PER_THREAD);
                    let mut expected = 1;
                    for i in 0..APPENDS_PER_THREAD {
                        let event = note(format!("t{thread}-{i}"));
                        loop {
                            match store.append(
                                id,
                                Append::new(expected, std::slice::from_ref(&event), p)
                                    .expect("an append"),
                            ) {
                                Ok(version) => {
                                    won.push(version);
                                    expected = version;
                                    break;
                                }
                                Err(StoreError::Conflict { actual, .. }) => expected = actual,
                                Err(e) => panic!("append failed under contention: {e}"),
                            }
                        }
                    }
                    won
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("an appending thread panicked"))
            .collect()
    });
    let total = (APPEND_THREADS * APPENDS_PER_THREAD) as u64;
    let versions: BTreeSet<u64> = winners.iter().flatten().copied().collect();
    assert_eq!(
        versions.len() as u64,
        total,
        "two appends won the same version"
    );
    assert_eq!(
        versions,
        (2..=total + 1).collect(),
        "versions must be 2..=N with no gaps"
    );
    let events = store.load(id).expect("load");
    assert_eq!(
        events.len() as u64,
        total + 1,
        "events were lost or duplicated"
    );
    let tags: HashSet<String> = events[1..]
        .iter()
        .map(|e| match &e.kind {
            EventKind::IdentityRequested { information } => information.clone(),
            other => panic!("unexpected event {other:?}"),
        })
        .collect();
    assert_eq!(tags.len() as u64, total, "an event was stored twice");
}

fn key(register: &str, record: &str) -> RecordKey {
    RecordKey::new(register, record).expect("a valid key")
}

fn hold(id: &str, reason: &str, until: Option<NaiveDate>) -> Hold {
    Hold {
        id: id.parse().expect("a hold id"),
        reason: reason.into(),
        until,
    }
}

fn entry(
    register: &str,
    record: &str,
    subject: Option<SubjectRef>,
    expires_on: Option<&str>,
) -> LedgerEntry {
    LedgerEntry {
        register: register.parse().expect("a register id"),
        record: record.parse().expect("a record id"),
        rule: "rule".parse().expect("a rule id"),
        subject,
        facts: RecordFacts::collected(date("2020-01-01")),
        expires_on: expires_on.map(date),
        action: DisposalAction::Erase,
    }
}

/// Runs every ledger check, [`concurrent_sweeps`] included.
pub fn retention_ledger(ledger: &dyn RetentionLedger) {
    ledger_lifecycle(ledger);
    disposals_are_proven(ledger);
    dates_out_of_range(ledger);
    concurrent_sweeps(ledger);
    sweeps_during_fact_sync(ledger);
}

/// A disposed record can be proven disposed (what was done, on which day, by which sweep) and
/// is gone for good: it cannot be read, claimed, held or written again, and its subject's
/// entries no longer list it.
pub fn disposals_are_proven(ledger: &dyn RetentionLedger) {
    let register = format!("proof-{}", uuid::Uuid::new_v4());
    let r = register.as_str();
    let (a, _) = subjects();
    ledger
        .upsert(&entry(r, "erased", Some(a), Some("2026-01-01")))
        .expect("upsert");
    ledger
        .upsert(&entry(r, "anonymised", None, Some("2026-02-01")))
        .expect("upsert");
    assert_eq!(
        ledger.disposal(&key(r, "erased")).expect("disposal"),
        None,
        "a record in the ledger has no proof of disposal"
    );
    let sweep_day = date("2026-11-24");
    let claims: Vec<Claim> = ledger
        .claim(sweep_day, 1000, "nightly-2026-11-24")
        .expect("claim")
        .into_iter()
        .filter(|c| c.register == r)
        .collect();
    assert_eq!(claims.len(), 2);
    let (erase, anonymise): (Vec<Claim>, Vec<Claim>) =
        claims.into_iter().partition(|c| c.record == "erased");
    let mark = |claims: &[Claim], action| {
        ledger
            .mark(claims, action, "nightly-2026-11-24", sweep_day)
            .expect("mark")
    };
    assert_eq!(mark(&erase, DisposalAction::Erase), 1);
    assert_eq!(mark(&anonymise, DisposalAction::Anonymise), 1);

    let proof = ledger
        .disposal(&key(r, "erased"))
        .expect("disposal")
        .expect("a proof of the erasure");
    assert_eq!(proof.key, key(r, "erased"));
    assert_eq!(proof.rule.as_str(), "rule");
    assert_eq!(proof.expires_on, Some(date("2026-01-01")));
    assert_eq!(proof.action, DisposalAction::Erase);
    assert_eq!(proof.on, Some(sweep_day), "the day of the sweep");
    assert_eq!(
        proof.by, "nightly-2026-11-24",
        "the sweep that disposed of it"
    );
    assert_eq!(
        ledger
            .disposal(&key(r, "anonymised"))
            .expect("disposal")
            .map(|p| p.action),
        Some(DisposalAction::Anonymise)
    );

    assert!(
        matches!(ledger.get(&key(r, "erased")), Err(StoreError::NotFound(_))),
        "the facts are gone"
    );
    assert!(
        ledger
            .by_subject(&a)
            .expect("by subject")
            .iter()
            .all(|e| e.register != r),
        "the subject's entries no longer list it"
    );
    // Releasing the sweep's claims (other registers' records it claimed and left) does not
    // bring a disposed record back.
    ledger
        .release_claims("nightly-2026-11-24")
        .expect("release");
    assert!(
        ledger
            .disposal(&key(r, "erased"))
            .expect("disposal")
            .is_some()
    );
    let later = date("2030-01-01");
    assert!(
        ledger
            .claim(later, 1000, "nightly-2030-01-01")
            .expect("claim")
            .iter()
            .all(|c| c.register != r),
        "a disposed record is never claimed again"
    );
    assert!(matches!(
        ledger.upsert(&entry(r, "erased", Some(a), Some("2031-01-01"))),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        ledger.place_hold(&key(r, "erased"), &hold("late", "too late", None)),
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(
        ledger.disposal(&key(r, "nope")).expect("disposal"),
        None,
        "an unknown record has no proof"
    );
}

/// Dates past 9999-12-31 (or before year 1) are refused, never stored as a row whose date sorts
/// before real ones; a record whose period would end past 9999 is kept with no expiry and is
/// never claimed; the sweep of the due records around it goes on.
pub fn dates_out_of_range(ledger: &dyn RetentionLedger) {
    let register = format!("dates-{}", uuid::Uuid::new_v4());
    let r = register.as_str();
    let far = NaiveDate::from_ymd_opt(10_001, 1, 1).expect("chrono has year 10001");
    let mut beyond = entry(r, "beyond", None, None);
    beyond.expires_on = Some(far);
    assert!(
        matches!(ledger.upsert(&beyond), Err(StoreError::Invalid(_))),
        "an expiry past 9999 is refused"
    );
    let mut fact = entry(r, "fact", None, Some("2030-01-01"));
    fact.facts = RecordFacts::collected(far);
    assert!(
        matches!(ledger.upsert(&fact), Err(StoreError::Invalid(_))),
        "a fact past 9999 is refused"
    );
    // "No end": the last day there is, kept for a year, never expires.
    let register_model = crate::Register::builder(
        r.parse().expect("a valid id"),
        crate::LocalizedText::en("Dates"),
        crate::Controller::new(crate::LocalizedText::en("Controller")),
    )
    .language(crate::Language::En)
    .retention(crate::RetentionRule::new(
        "rule".parse().expect("an id"),
        crate::LocalizedText::en("Records"),
        crate::RetentionPolicy::years(1, crate::Trigger::Collected),
    ))
    .build()
    .expect("a valid register");
    let kept = ledger
        .upsert_facts(
            &register_model,
            &"no-end".parse().expect("a record id"),
            "rule",
            None,
            RecordFacts::collected(crate::retention::LAST_DATE),
        )
        .expect("a record kept past 9999 is stored");
    assert_eq!(kept.expires_on, None, "it has no expiry");
    ledger
        .upsert(&entry(r, "due", None, Some("2020-01-01")))
        .expect("upsert");
    let claimed: Vec<String> = ledger
        .claim(date("2026-11-24"), 1000, "dates-worker")
        .expect("claim")
        .into_iter()
        .filter(|c| c.register == r)
        .map(|c| c.record.to_string())
        .collect();
    assert_eq!(claimed, ["due"], "only the due record is claimed");
    ledger.release_claims("dates-worker").expect("release");
}

/// Facts re-written while [`SWEEP_WORKERS`] workers sweep (a nightly sync from the system of
/// record) never make a claimed record claimable again: zero double claims, every due record
/// disposed of once.
pub fn sweeps_during_fact_sync(ledger: &dyn RetentionLedger) {
    let register = format!("sync-{}", uuid::Uuid::new_v4());
    let due: Vec<String> = (0..400).map(|i| format!("due-{i:03}")).collect();
    for record in &due {
        ledger
            .upsert(&entry(&register, record, None, Some("2026-01-01")))
            .expect("upsert");
    }
    let as_of = date("2026-11-24");
    let done = std::sync::atomic::AtomicBool::new(false);
    /// Stops the sync when the workers are done, or when one of them panics (the scope would
    /// otherwise wait for the sync for ever).
    struct StopOnDrop<'a>(&'a std::sync::atomic::AtomicBool);
    impl Drop for StopOnDrop<'_> {
        fn drop(&mut self) {
            self.0.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
    let claims: Vec<Vec<Claim>> = std::thread::scope(|scope| {
        let stop = StopOnDrop(&done);
        let (register, due, done) = (&register, &due, &done);
        let sync = scope.spawn(move || {
            let mut rounds = 0;
            while !done.load(std::sync::atomic::Ordering::Relaxed) || rounds == 0 {
                for record in due {
                    // A disposed record refuses the write; everything else takes it.
                    match ledger.upsert(&entry(register, record, None, Some("2026-01-01"))) {
                        Ok(()) | Err(StoreError::Invalid(_)) => {}
                        Err(e) => panic!("sync: {e}"),
                    }
                }
                rounds += 1;
            }
        });
        let workers: Vec<_> = (0..SWEEP_WORKERS)
            .map(|w| {
                scope.spawn(move || {
                    let worker = format!("{register}-worker-{w}");
                    let mut mine = Vec::new();
                    loop {
                        let batch: Vec<Claim> = ledger
                            .claim(as_of, 7, &worker)
                            .expect("claim")
                            .into_iter()
                            .filter(|c| c.register == register.as_str())
                            .collect();
                        if batch.is_empty() {
                            return mine;
                        }
                        // The disposal takes a while: the sync runs meanwhile.
                        std::thread::yield_now();
                        let marked = ledger
                            .mark(&batch, DisposalAction::Erase, &worker, as_of)
                            .expect("mark");
                        assert_eq!(marked as usize, batch.len(), "a claim was taken away");
                        mine.extend(batch);
                    }
                })
            })
            .collect();
        let claims = workers.into_iter().map(|h| h.join()).collect::<Vec<_>>();
        drop(stop);
        sync.join().expect("the sync panicked");
        claims
            .into_iter()
            .map(|claims| claims.expect("a sweep worker panicked"))
            .collect()
    });
    let claimed: Vec<&Claim> = claims.iter().flatten().collect();
    let unique: BTreeSet<&str> = claimed.iter().map(|c| c.record.as_str()).collect();
    assert_eq!(unique.len(), claimed.len(), "a record was claimed twice");
    assert_eq!(
        unique.len(),
        due.len(),
        "every due record is disposed of once"
    );
}

/// Upsert, holds, claims, marks and counts.
pub fn ledger_lifecycle(ledger: &dyn RetentionLedger) {
    let register = format!("conformance-{}", uuid::Uuid::new_v4());
    let r = register.as_str();
    let (a, _) = subjects();
    ledger
        .upsert(&entry(r, "kept", Some(a), Some("2030-01-01")))
        .expect("upsert");
    ledger
        .upsert(&entry(r, "due-1", Some(a), Some("2026-01-01")))
        .expect("upsert");
    ledger
        .upsert(&entry(r, "due-2", None, Some("2025-06-30")))
        .expect("upsert");
    ledger
        .upsert(&entry(r, "held", None, Some("2024-01-01")))
        .expect("upsert");
    ledger
        .upsert(&entry(r, "forever", None, None))
        .expect("upsert");
    assert_eq!(
        ledger.get(&key(r, "due-1")).expect("get"),
        entry(r, "due-1", Some(a), Some("2026-01-01"))
    );
    assert!(matches!(
        ledger.get(&key(r, "nope")),
        Err(StoreError::NotFound(_))
    ));
    let mut with_hold = entry(r, "bad", None, None);
    with_hold.facts = with_hold
        .facts
        .with_hold(crate::retention::LegalHold::indefinite("x"));
    assert!(
        matches!(ledger.upsert(&with_hold), Err(StoreError::Invalid(_))),
        "holds go through place_hold"
    );

    ledger
        .place_hold(
            &key(r, "held"),
            &hold("litigation", "case 12/2026", Some(date("2026-12-31"))),
        )
        .expect("place hold");
    assert!(matches!(
        ledger.place_hold(&key(r, "nope"), &hold("h", "x", None)),
        Err(StoreError::NotFound(_))
    ));
    let as_of = date("2026-11-24");
    let claimed = ledger.claim(as_of, 10, "w1").expect("claim");
    let keys: Vec<&str> = claimed
        .iter()
        .filter(|c| c.register == r)
        .map(|c| c.record.as_str())
        .collect();
    assert_eq!(
        keys,
        vec!["due-2", "due-1"],
        "due and unheld records, oldest expiry first"
    );
    assert_eq!(
        claimed
            .iter()
            .find(|c| c.record == "due-2")
            .map(|c| c.expires_on),
        Some(date("2025-06-30"))
    );
    assert!(
        ledger
            .claim(as_of, 10, "w2")
            .expect("claim")
            .iter()
            .all(|c| c.register != r),
        "claimed records are not claimed again"
    );

    let ours: Vec<Claim> = claimed.into_iter().filter(|c| c.register == r).collect();
    assert_eq!(
        ledger
            .mark(&ours, DisposalAction::Erase, "w2", as_of)
            .expect("mark"),
        0,
        "only the claiming worker marks"
    );
    assert_eq!(
        ledger
            .mark(&ours[..1], DisposalAction::Erase, "w1", as_of)
            .expect("mark"),
        1
    );
    assert_eq!(
        ledger.release_claims("w1").expect("release"),
        1,
        "the unmarked claim returns to pending"
    );
    assert!(
        matches!(
            ledger.upsert(&entry(r, "due-2", None, Some("2030-01-01"))),
            Err(StoreError::Invalid(_))
        ),
        "a disposed record cannot come back"
    );

    ledger
        .release_hold(
            &key(r, "held"),
            &"litigation".parse().expect("a hold id"),
            date("2026-11-24"),
        )
        .expect("release hold");
    assert!(matches!(
        ledger.release_hold(&key(r, "held"), &"nope".parse().expect("a hold id"), as_of),
        Err(StoreError::NotFound(_))
    ));
    let again: Vec<String> = ledger
        .claim(as_of, 10, "w3")
        .expect("claim")
        .into_iter()
        .filter(|c| c.register == r)
        .map(|c| c.record.to_string())
        .collect();
    assert_eq!(
        again,
        vec!["held".to_owned(), "due-1".to_owned()],
        "a released hold makes its record due"
    );
    ledger.release_claims("w3").expect("release");

    let mine = ledger.by_subject(&a).expect("by subject");
    let mine: BTreeSet<&str> = mine
        .iter()
        .filter(|e| e.register == r)
        .map(|e| e.record.as_str())
        .collect();
    assert_eq!(mine, BTreeSet::from(["kept", "due-1"]));
}

/// [`SWEEP_WORKERS`] workers claim and mark concurrently: no record is claimed twice and
/// every due record is disposed of exactly once.
pub fn concurrent_sweeps(ledger: &dyn RetentionLedger) {
    let register = format!("sweep-{}", uuid::Uuid::new_v4());
    let due: BTreeSet<String> = (0..2000).map(|i| format!("due-{i:04}")).collect();
    for (i, record) in due.iter().enumerate() {
        let expires =
            NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Days::new(i as u64 % 700);
        ledger
            .upsert(&entry(&register, record, None, Some(&expires.to_string())))
            .expect("upsert");
    }
    for i in 0..500 {
        ledger
            .upsert(&entry(
                &register,
                &format!("kept-{i}"),
                None,
                Some("2099-01-01"),
            ))
            .expect("upsert");
    }
    let as_of = date("2026-11-24");
    let claims: Vec<Vec<Claim>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..SWEEP_WORKERS)
            .map(|w| {
                let register = &register;
                scope.spawn(move || {
                    let worker = format!("{register}-worker-{w}");
                    let mut mine = Vec::new();
                    loop {
                        let batch = ledger.claim(as_of, 37, &worker).expect("claim");
                        if batch.is_empty() {
                            return mine;
                        }
                        let marked = ledger
                            .mark(&batch, DisposalAction::Erase, &worker, as_of)
                            .expect("mark");
                        assert_eq!(
                            marked as usize,
                            batch.len(),
                            "a worker must be able to mark what it claimed"
                        );
                        mine.extend(batch);
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a sweep worker panicked"))
            .collect()
    });
    let claimed: Vec<&Claim> = claims
        .iter()
        .flatten()
        .filter(|c| c.register == register.as_str())
        .collect();
    let unique: BTreeSet<String> = claimed.iter().map(|c| c.record.to_string()).collect();
    assert_eq!(unique.len(), claimed.len(), "a record was claimed twice");
    assert_eq!(
        unique, due,
        "every due record is claimed exactly once, and nothing kept"
    );
}

fn audit_entry(i: usize, subject: Option<SubjectRef>) -> NewAuditEntry {
    NewAuditEntry {
        at: Utc.with_ymd_and_hms(2026, 3, 5, 10, 0, 0).unwrap()
            + chrono::Duration::milliseconds(i as i64 * 1500 + 123),
        actor: "desk".into(),
        action: format!("step-{i}"),
        subject,
        request: i.is_multiple_of(2).then(RequestId::new),
        detail: format!("{{\"n\":{i}}}"),
    }
}

/// Entries chain: each one's `prev_hash` is the hash before it, and the chain verifies
/// under `key`, up to the head the log reports.
pub fn audit_log(log: &dyn AuditLog, key: &AuditKey) {
    let (a, _) = subjects();
    let before = verify_chain(log, key, None).expect("an untouched log verifies");
    assert_eq!(
        log.head().expect("head"),
        before,
        "the head is the chain's end"
    );
    let appended: Vec<AuditEntry> = (0..25)
        .map(|i| {
            log.append(key, &audit_entry(i, (i % 3 == 0).then_some(a)))
                .expect("append")
        })
        .collect();
    for pair in appended.windows(2) {
        assert_eq!(pair[1].seq, pair[0].seq + 1);
        assert_eq!(pair[1].prev_hash, pair[0].hash);
    }
    let read = log.read(appended[0].seq - 1, 100).expect("read");
    assert_eq!(
        &read[..25],
        &appended[..],
        "entries read back exactly as appended"
    );
    let head = log.head().expect("head");
    assert_eq!(head.seq, before.seq + 25);
    assert_eq!(head.hash, appended[24].hash);
    assert_eq!(
        verify_chain(log, key, Some(&head)).expect("the chain verifies"),
        head
    );
}

/// What someone with write access to the database, but without the audit key, can do to the
/// stored trail. Each store's tests implement it with raw access (SQL, or the memory store's
/// rows) for [`audit_tampering_is_detected`].
pub trait AuditTamper {
    /// Writes `entry` as the stored entry `entry.seq`, fields and hashes as given, inserting it
    /// if it was deleted (and moving any stored head of the chain along, as an intruder would).
    fn rewrite(&self, entry: &AuditEntry);
    /// Deletes every entry from `seq` on (and moves any stored head back).
    fn delete_from(&self, seq: u64);
}

/// Tampering is detected: a changed byte, an entry rewritten with the chain after it
/// recomputed by someone without the key, the last entries deleted, and every entry deleted
/// (the last two against a checkpointed head). The log is restored after each attempt.
pub fn audit_tampering_is_detected(log: &dyn AuditLog, key: &AuditKey, tamper: &dyn AuditTamper) {
    let appended: Vec<AuditEntry> = (0..5)
        .map(|i| log.append(key, &audit_entry(i, None)).expect("append"))
        .collect();
    let checkpoint = log.head().expect("head");
    let everything = log.read(0, usize::MAX).expect("read");
    let restore = |entries: &[AuditEntry]| {
        for entry in entries {
            tamper.rewrite(entry);
        }
        assert_eq!(
            verify_chain(log, key, Some(&checkpoint)).expect("the restored chain verifies"),
            checkpoint
        );
    };
    verify_chain(log, key, Some(&checkpoint)).expect("the chain verifies before tampering");
    let third = &appended[2];

    // One byte of one field.
    let mut changed = third.clone();
    changed.entry.detail.push(' ');
    tamper.rewrite(&changed);
    match verify_chain(log, key, None) {
        Err(ChainBreak::Altered { seq }) => assert_eq!(seq, third.seq),
        other => panic!("a changed byte must be reported as altered, got {other:?}"),
    }
    restore(std::slice::from_ref(third));

    // A rewrite with the chain after it recomputed, under any key but the controller's.
    let forger = AuditKey::new(*b"an intruder's key, not the real!").expect("32 bytes");
    let mut prev = third.prev_hash;
    for original in &appended[2..] {
        let mut forged = original.clone();
        if forged.seq == third.seq {
            forged.entry.detail = "{\"n\":\"nothing happened\"}".into();
        }
        forged.prev_hash = prev;
        forged.hash = entry_hash(&forger, &prev, forged.seq, &forged.entry);
        prev = forged.hash;
        tamper.rewrite(&forged);
    }
    match verify_chain(log, key, None) {
        Err(ChainBreak::Altered { seq }) => assert_eq!(seq, third.seq),
        other => panic!("a re-hashed rewrite must be reported as altered, got {other:?}"),
    }
    restore(&appended[2..]);

    // The last two entries deleted: the chain is consistent, the checkpoint is not.
    tamper.delete_from(appended[3].seq);
    verify_chain(log, key, None).expect("a shortened chain is still a chain");
    match verify_chain(log, key, Some(&checkpoint)) {
        Err(ChainBreak::Truncated {
            checkpoint: at,
            last,
        }) => {
            assert_eq!((at, last), (checkpoint.seq, third.seq));
        }
        other => panic!("deleted entries must be reported as truncation, got {other:?}"),
    }
    restore(&appended[3..]);

    // Every entry deleted.
    tamper.delete_from(1);
    assert_eq!(log.head().expect("head"), ChainHead::EMPTY);
    match verify_chain(log, key, Some(&checkpoint)) {
        Err(ChainBreak::Truncated {
            checkpoint: at,
            last: 0,
        }) => assert_eq!(at, checkpoint.seq),
        other => panic!("an emptied log must be reported as truncation, got {other:?}"),
    }
    restore(&everything);
}

/// The export for subject A never contains subject B's data. Seeds requests and ledger
/// entries of both through `requests` and `ledger`, then exports A from `source`.
pub fn subject_isolation(
    requests: &dyn RequestStore,
    ledger: &dyn RetentionLedger,
    source: &dyn SubjectDataSource,
) {
    let key = SubjectKey::new(uuid::Uuid::new_v4().to_string().repeat(2)).expect("72 bytes");
    let (a, b) = (key.other("test", "a"), key.other("test", "b"));
    let register = format!("isolation-{}", uuid::Uuid::new_v4());
    let (request_a, request_b) = (RequestId::new(), RequestId::new());
    requests
        .append(
            request_a,
            Append::new(0, &[received()], &projection(a, Status::Open, "2026-04-07"))
                .expect("an append"),
        )
        .expect("append");
    requests
        .append(
            request_b,
            Append::new(0, &[received()], &projection(b, Status::Open, "2026-04-07"))
                .expect("an append"),
        )
        .expect("append");
    ledger
        .upsert(&entry(
            &register,
            "record-of-a",
            Some(a),
            Some("2030-01-01"),
        ))
        .expect("upsert");
    ledger
        .upsert(&entry(
            &register,
            "record-of-b",
            Some(b),
            Some("2030-01-01"),
        ))
        .expect("upsert");

    let export = source.export(&a).expect("export");
    export
        .check_subject(&a)
        .expect("every exported record is A's");
    let text = serde_json::to_string(&export).expect("serializes");
    assert!(
        text.contains(&request_a.to_string()),
        "A's request is exported"
    );
    assert!(
        text.contains("record-of-a"),
        "A's ledger record is exported"
    );
    assert!(
        !text.contains(&request_b.to_string()),
        "B's request leaked into A's export"
    );
    assert!(
        !text.contains("record-of-b"),
        "B's record leaked into A's export"
    );
    assert!(
        !text.contains(&b.to_hex()),
        "B's reference leaked into A's export"
    );
}

/// A store reopened over a database whose schema version is 99 must refuse it with
/// [`StoreError::SchemaVersion`], never run on it: pass the result of reopening.
///
/// # Panics
/// When the reopening succeeded or failed otherwise.
pub fn refuses_unknown_schema_version<S: std::fmt::Debug>(reopened: Result<S>) {
    match reopened {
        Err(StoreError::SchemaVersion {
            found: 99,
            supported: SCHEMA_VERSION,
        }) => {}
        other => panic!("expected a schema version error, got {other:?}"),
    }
}
