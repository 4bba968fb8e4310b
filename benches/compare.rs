//! Side-by-side benchmarks: our code against a hand-written baseline on the same data in the
//! same run. Each pair runs its two sides alternately, at least five times each, and prints
//! the medians, the median of the per-run ratios and their spread:
//!
//! ```text
//! compare <name> ours=<median> baseline=<median> ratio=<median> spread=<min>-<max>
//! ```
//!
//! Run with `cargo bench --bench compare`; pass a name fragment to run only matching pairs.
//! The ten-million-row store pairs run whenever their database is there and take minutes;
//! `GDPR_BENCH_QUICK=1` skips them. Quote ratios: absolute times drift on shared machines.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Datelike, Months, NaiveDate, Weekday};
use gdpr::calendar::Finland;
use gdpr::request::Deadlines;

/// The fewest alternating runs of each side of a pair.
const MIN_RUNS: usize = 5;

/// The times of a pair, side by side.
struct Pair {
    ours: Vec<Duration>,
    baseline: Vec<Duration>,
}

impl Pair {
    fn median(times: &[Duration]) -> Duration {
        let mut sorted = times.to_vec();
        sorted.sort();
        sorted[sorted.len() / 2]
    }

    /// Prints the pair's line and returns the two medians.
    fn report(&self, name: &str) -> (Duration, Duration) {
        let mut ratios: Vec<f64> = self
            .ours
            .iter()
            .zip(&self.baseline)
            .map(|(o, b)| o.as_secs_f64() / b.as_secs_f64())
            .collect();
        ratios.sort_by(f64::total_cmp);
        let (ours, baseline) = (Self::median(&self.ours), Self::median(&self.baseline));
        println!(
            "compare {name} ours={} baseline={} ratio={:.2} spread={:.2}-{:.2}",
            show(ours),
            show(baseline),
            ratios[ratios.len() / 2],
            ratios[0],
            ratios[ratios.len() - 1],
        );
        (ours, baseline)
    }
}

/// Runs `ours` and `baseline` alternately, `samples` times each (at least [`MIN_RUNS`]),
/// after one warm-up run of each, prints the pair and returns the medians.
fn compare(
    name: &str,
    samples: usize,
    mut ours: impl FnMut() -> u64,
    mut baseline: impl FnMut() -> u64,
) -> Option<(Duration, Duration)> {
    compare_stateful(name, samples, || time(&mut ours), || time(&mut baseline))
}

/// Whether the long (ten-million-row) pairs are skipped: `GDPR_BENCH_QUICK=1`.
fn quick() -> bool {
    std::env::var("GDPR_BENCH_QUICK").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// Prints a throughput line for a pair measured by [`compare`].
fn rate(name: &str, items: u64, unit: &str, times: Option<(Duration, Duration)>) {
    if let Some((ours, baseline)) = times {
        let per_second = |d: Duration| items as f64 / d.as_secs_f64();
        println!(
            "rate {name} ours={:.2}M {unit}/s baseline={:.2}M {unit}/s",
            per_second(ours) / 1e6,
            per_second(baseline) / 1e6
        );
    }
}

fn selected(name: &str) -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
}

fn time(f: &mut impl FnMut() -> u64) -> Duration {
    let start = Instant::now();
    black_box(f());
    start.elapsed()
}

fn show(d: Duration) -> String {
    let secs = d.as_secs_f64();
    if secs >= 1.0 {
        format!("{secs:.3}s")
    } else if secs >= 1e-3 {
        format!("{:.3}ms", secs * 1e3)
    } else {
        format!("{:.3}µs", secs * 1e6)
    }
}

fn deadlines_1900_2200() {
    let first = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    let last = NaiveDate::from_ymd_opt(2200, 12, 31).unwrap();
    let dates: Vec<NaiveDate> = first.iter_days().take_while(|d| *d <= last).collect();
    let finland = Finland::new();
    let fold = |due: NaiveDate, extended: NaiveDate| {
        u64::from(due.ordinal()) + u64::from(extended.ordinal())
    };
    // Bare chrono: add months, then skip Saturdays and Sundays. No holidays.
    let roll = |mut d: NaiveDate| {
        while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            d = d.succ_opt().unwrap();
        }
        d
    };
    let bare = |d: NaiveDate| {
        let due = roll(d.checked_add_months(Months::new(1)).unwrap());
        let extended = roll(d.checked_add_months(Months::new(3)).unwrap());
        fold(due, extended)
    };
    compare(
        "deadline-fi-1900-2200",
        31,
        || {
            dates
                .iter()
                .map(|d| {
                    let deadlines = Deadlines::for_receipt(*d, &finland).expect("in range");
                    fold(deadlines.due, deadlines.extended)
                })
                .sum()
        },
        || dates.iter().map(|d| bare(*d)).sum(),
    );
    // Every state's calendar over the same days, against the same bare chrono (weekends only)
    // run as often. The calendars' tables are built before timing.
    let calendars: Vec<_> = gdpr::calendar::all_states()
        .iter()
        .map(|state| gdpr::calendar::for_state(state.code).expect("a known code"))
        .collect();
    compare(
        "deadline-30-states-1900-2200",
        5,
        || {
            calendars
                .iter()
                .flat_map(|calendar| {
                    dates.iter().map(move |d| {
                        let deadlines = Deadlines::for_receipt(*d, calendar).expect("in range");
                        fold(deadlines.due, deadlines.extended)
                    })
                })
                .sum()
        },
        || {
            calendars
                .iter()
                .flat_map(|_| dates.iter().map(|d| bare(*d)))
                .sum()
        },
    );
}

/// A deterministic pseudo-random sequence (64-bit LCG), so both sides see the same data.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

fn retention_sweep_1m() {
    use gdpr::retention::{LegalHold, RecordFacts, SweepPlanner};

    const RECORDS: u64 = 1_000_000;
    let register = gdpr::files::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/registers/keha-alpo.toml"
    ))
    .expect("the seed register loads");
    let rules = ["users", "partner-contacts", "statistics"];
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut lcg = Lcg(42);
    let records: Vec<(u64, &str, RecordFacts)> = (0..RECORDS)
        .map(|id| {
            let rule = rules[lcg.next(3) as usize];
            let day = |lcg: &mut Lcg| start + chrono::Days::new(lcg.next(2520));
            let mut facts = RecordFacts::collected(day(&mut lcg)).with_last_activity(day(&mut lcg));
            if lcg.next(100) == 0 {
                let until = day(&mut lcg);
                facts = facts.with_hold(LegalHold::until("hold", until));
            }
            (id, rule, facts)
        })
        .collect();

    let ours = || {
        let mut planner = SweepPlanner::new(&register, as_of);
        for (id, rule, facts) in &records {
            planner.add(*id, rule, facts).expect("known rule");
        }
        let plan = planner.finish();
        plan.rules.iter().flat_map(|r| r.due.iter()).sum::<u64>()
            + plan.counts.held * 7
            + plan.counts.keep * 3
            + u64::from(plan.next_due.unwrap().ordinal())
    };
    // The same decisions by hand: twelve months from last activity or from collection, or
    // indefinitely; first day gone is the day after; a hold in force stops disposal.
    let baseline = || {
        let mut due_users: Vec<u64> = Vec::new();
        let mut due_partners: Vec<u64> = Vec::new();
        let (mut held, mut keep) = (0u64, 0u64);
        let mut next_due: Option<NaiveDate> = None;
        for (id, rule, facts) in &records {
            if facts.anonymised.is_some() {
                keep += 1;
                continue;
            }
            let start = match *rule {
                "users" => facts.last_activity,
                "partner-contacts" => facts.collected,
                "statistics" => {
                    keep += 1;
                    continue;
                }
                _ => unreachable!(),
            };
            let expires_on = start
                .unwrap()
                .checked_add_months(Months::new(12))
                .unwrap()
                .succ_opt()
                .unwrap();
            let mut becomes_due = None;
            if as_of < expires_on {
                keep += 1;
                becomes_due = Some(expires_on);
            } else if let Some(hold) = facts
                .holds
                .iter()
                .find(|h| h.until.is_none_or(|until| as_of <= until))
            {
                held += 1;
                becomes_due = hold.until.and_then(|until| until.succ_opt());
            } else if *rule == "users" {
                due_users.push(*id);
            } else {
                due_partners.push(*id);
            }
            if let Some(date) = becomes_due {
                next_due = Some(next_due.map_or(date, |next| next.min(date)));
            }
        }
        due_users.iter().chain(&due_partners).sum::<u64>()
            + held * 7
            + keep * 3
            + u64::from(next_due.unwrap().ordinal())
    };
    assert_eq!(
        ours(),
        baseline(),
        "ours and the baseline must make the same decisions"
    );
    let times = compare("retention-sweep-1m-keha-alpo", 11, ours, baseline);
    rate("retention-sweep-1m-keha-alpo", RECORDS, "records", times);
}

/// Rendering each seed notice in each format: the median of 201 renders, each building the
/// notice from the register and rendering it with a renderer built once. Target: 0.2 ms.
fn notices() {
    use gdpr::notice::{NoticeDocument, NoticeFormat, NoticeRenderer};
    if !selected("notice") {
        return;
    }
    let renderer = NoticeRenderer::new();
    let seeds = [
        ("tem-tno-contacts", gdpr::Language::Fi),
        ("tem-tno-contacts", gdpr::Language::Sv),
        ("keha-alpo", gdpr::Language::Fi),
        ("monialainen-yhteispalvelu", gdpr::Language::Fi),
        ("espoo-tyollisyyspalvelut", gdpr::Language::Fi),
    ];
    let mut worst = Duration::ZERO;
    for (id, language) in seeds {
        let register = gdpr::files::load(format!(
            "{}/examples/registers/{id}.toml",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("a seed loads");
        for format in NoticeFormat::ALL {
            let mut times: Vec<Duration> = (0..201)
                .map(|_| {
                    let start = Instant::now();
                    let document = NoticeDocument::build(&register, language);
                    black_box(renderer.render(&document, format).expect("renders"));
                    start.elapsed()
                })
                .collect();
            times.sort();
            let median = times[times.len() / 2];
            worst = worst.max(median);
            println!(
                "notice {id}.{language}.{} median={}",
                format.extension(),
                show(median)
            );
        }
    }
    println!(
        "notice worst-median={} target=0.2ms {}",
        show(worst),
        if worst <= Duration::from_micros(200) {
            "ok"
        } else {
            "OVER"
        }
    );
}

/// Store pairs on SQLite: claim and mark 10,000 due rows among one million (and among ten
/// million, for the scaling check), and appending one request event against a raw INSERT.
#[cfg(feature = "sqlite")]
mod sqlite_pairs {
    use super::*;
    use gdpr::request::{Event, EventKind, RequestKind, Status};
    use gdpr::store::sqlite::SqliteStore;
    use gdpr::store::{Append, DisposalAction, RequestProjection, RequestStore, RetentionLedger};
    use rusqlite::params;

    pub const DUE: usize = 10_000;

    /// A ledger of `rows` records of which `DUE` are due on 2026-11-24, written with raw SQL.
    pub fn ledger(dir: &std::path::Path, rows: usize) -> SqliteStore {
        let store = SqliteStore::open(dir.join(format!("ledger-{rows}.db"))).expect("open");
        store
            .with_connection(|c| {
                c.execute_batch("BEGIN")?;
                {
                    let mut insert = c.prepare(
                        "INSERT INTO ledger (register, record, rule, subject, facts, expires_on, action, state) VALUES ('bench', ?1, 'users', NULL, '{}', ?2, 'erase', 'pending')",
                    )?;
                    let mut lcg = Lcg(7);
                    for i in 0..rows {
                        // Due rows expire in 2025-2026; the rest in 2027-2046.
                        let expires = if i % (rows / DUE) == 0 {
                            NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::Days::new(lcg.next(690))
                        } else {
                            NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Days::new(lcg.next(7000))
                        };
                        insert.execute(params![format!("r{i:08}"), expires.to_string()])?;
                    }
                }
                c.execute_batch("COMMIT; ANALYZE;")
            })
            .expect("fill the ledger");
        store
    }

    /// Puts the swept rows back and checkpoints the write-ahead log, so that every timed run
    /// starts from the same state: otherwise a run pays, or does not, for copying the reset's
    /// pages into the database, as the log happens to fill.
    fn reset(store: &SqliteStore) {
        store.with_connection(|c| {
            c.execute("UPDATE ledger SET state = 'pending', claimed_by = NULL, disposed_on = NULL, disposed_by = NULL WHERE state <> 'pending'", [])?;
            c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        }).expect("reset");
    }

    fn as_of() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    /// Claims and marks all due rows through the store.
    pub fn ours(store: &SqliteStore) -> u64 {
        let claims = store.claim(as_of(), DUE, "bench").expect("claim");
        let marked = store
            .mark(&claims, DisposalAction::Erase, "bench", as_of())
            .expect("mark");
        assert_eq!(marked as usize, DUE);
        marked
    }

    /// Claims the due rows through the store, without marking them.
    pub fn claim_only(store: &SqliteStore) -> u64 {
        let claims = store.claim(as_of(), DUE, "bench").expect("claim");
        assert_eq!(claims.len(), DUE);
        claims.len() as u64
    }

    /// The same claim and mark, hand-written over the same schema.
    pub fn baseline(store: &SqliteStore) -> u64 {
        store
            .with_connection(|c| {
                c.execute_batch("BEGIN IMMEDIATE")?;
                let claimed: Vec<(String, String)> = c
                    .prepare_cached(
                        "UPDATE ledger SET state = 'claimed', claimed_by = 'bench' WHERE rowid IN (
                           SELECT l.rowid FROM ledger l WHERE l.state = 'pending' AND l.expires_on <= ?1
                           AND NOT EXISTS (SELECT 1 FROM ledger_holds h WHERE h.register = l.register AND h.record = l.record AND (h.until IS NULL OR h.until >= ?1))
                           ORDER BY l.expires_on LIMIT ?2)
                         RETURNING register, record",
                    )?
                    .query_map(params![as_of().to_string(), DUE as i64], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()?;
                c.execute_batch("COMMIT; BEGIN IMMEDIATE")?;
                let mut marked = 0;
                {
                    let mut update = c.prepare_cached(
                        "UPDATE ledger SET state = 'erased', claimed_by = NULL WHERE register = ?1 AND record = ?2 AND state = 'claimed' AND claimed_by = 'bench'",
                    )?;
                    for (register, record) in &claimed {
                        marked += update.execute(params![register, record])? as u64;
                    }
                }
                c.execute_batch("COMMIT")?;
                assert_eq!(marked as usize, DUE);
                Ok(marked)
            })
            .expect("baseline")
    }

    fn timed(store: &SqliteStore, f: fn(&SqliteStore) -> u64) -> Duration {
        reset(store);
        let start = Instant::now();
        black_box(f(store));
        start.elapsed()
    }

    pub fn run() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        if selected("sqlite-claim") {
            claims(dir.path());
        }
        if selected("sqlite-append") {
            appends(dir.path());
        }
        if selected("desk-1k-requests-sqlite") {
            desk::requests(dir.path());
        }
    }

    fn claims(dir: &std::path::Path) {
        let million = ledger(dir, 1_000_000);
        let times = compare_stateful(
            "sqlite-claim-mark-10k-of-1m",
            7,
            || timed(&million, ours),
            || timed(&million, baseline),
        );
        if let Some((ours_1m, baseline_1m)) = times {
            println!(
                "rate sqlite-claim-mark-10k-of-1m ours={:.0} rows/s baseline={:.0} rows/s",
                DUE as f64 / ours_1m.as_secs_f64(),
                DUE as f64 / baseline_1m.as_secs_f64()
            );
        }
        if quick() {
            println!("note sqlite-claim-*-10m-vs-1m skipped: GDPR_BENCH_QUICK is set");
            return;
        }
        if !selected("sqlite-claim-10k-of-10m") && !selected("sqlite-claim-mark-10k-of-10m") {
            return;
        }
        // The same work among ten times as many records, the two ledgers swept alternately.
        let ten_million = ledger(dir, 10_000_000);
        scaling(
            "sqlite-claim-10k-of-10m-vs-1m",
            11,
            || timed(&ten_million, claim_only),
            || timed(&million, claim_only),
        );
        scaling(
            "sqlite-claim-mark-10k-of-10m-vs-1m",
            11,
            || timed(&ten_million, ours),
            || timed(&million, ours),
        );
    }

    /// Appending one request event, against a raw INSERT of the same row.
    fn appends(dir: &std::path::Path) {
        // Each side has its own database: in a shared table, the side whose (random) request
        // id sorts first would insert into the middle of the other's rows and split pages the
        // other never splits.
        let store = SqliteStore::open(dir.join("requests.db")).expect("open");
        let raw_store = SqliteStore::open(dir.join("requests-raw.db")).expect("open");
        let subject = gdpr::subject::SubjectKey::new([1u8; 32])
            .unwrap()
            .other("bench", "subject");
        let projection = RequestProjection {
            subject,
            kind: RequestKind::Access,
            status: Status::Open,
            received: NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
            deadline: NaiveDate::from_ymd_opt(2026, 4, 7).unwrap(),
        };
        let event = Event::new(
            chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 3, 6, 9, 0, 0).unwrap(),
            EventKind::IdentityRequested {
                information: "a copy of an identity document".into(),
            },
        );
        let text = serde_json::to_string(&event).unwrap();
        const APPENDS: usize = 2000;
        let ours_id = gdpr::store::RequestId::new();
        let mut ours_version = 0;
        let raw_id = gdpr::store::RequestId::new();
        let mut raw_version = 0i64;
        // Each run starts from a checkpointed, empty write-ahead log, so that both sides copy
        // their own pages into the database at the same points, not the other side's.
        let checkpointed = |store: &SqliteStore, mut run: &mut dyn FnMut() -> u64| {
            store
                .with_connection(|c| c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())))
                .expect("checkpoint");
            time(&mut run)
        };
        compare_stateful(
            "sqlite-append-event-vs-raw-insert",
            15,
            || {
                checkpointed(&store, &mut || {
                    for _ in 0..APPENDS {
                        ours_version = store
                            .append(ours_id, Append::one(ours_version, &event, &projection))
                            .expect("append");
                    }
                    ours_version
                })
            },
            || {
                checkpointed(&raw_store, &mut || {
                    raw_store
                        .with_connection(|c| {
                            let mut insert = c.prepare_cached("INSERT INTO request_events (request_id, version, event) VALUES (?1, ?2, ?3)")?;
                            for _ in 0..APPENDS {
                                raw_version += 1;
                                insert.execute(params![raw_id.as_bytes(), raw_version, text])?;
                            }
                            Ok(raw_version as u64)
                        })
                        .expect("raw insert")
                })
            },
        );
    }
}

/// The desk end to end on SQLite: 1,000 access requests filed, verified, carried out in two
/// in-memory systems and fulfilled, against a hand-written sequence of the same SQL writes
/// (each event and its projection in a transaction, each audit entry chained and
/// authenticated in a transaction), with no lifecycle, no reads and no replays.
#[cfg(feature = "sqlite")]
mod desk {
    use super::*;
    use chrono::{TimeZone, Utc};
    use gdpr::desk::Desk;
    use gdpr::request::{Channel, Event, EventKind, HELSINKI, RequestKind};
    use gdpr::store::memory::MemoryConnector;
    use gdpr::store::sqlite::SqliteStore;
    use gdpr::store::{AuditKey, AuditTrail, ChainHead, NewAuditEntry, RequestId, entry_hash};
    use gdpr::subject::SubjectRef;
    use rusqlite::params;

    const REQUESTS: usize = 1000;

    fn at(day: u32, hour: u32) -> chrono::DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, day, hour, 0, 0).unwrap()
    }

    pub fn requests(dir: &std::path::Path) {
        let key = AuditKey::new([9u8; 32]).expect("32 bytes");
        let subjects: Vec<SubjectRef> = (0..REQUESTS)
            .map(|i| {
                gdpr::subject::SubjectKey::new([5u8; 32])
                    .unwrap()
                    .other("customer", &i.to_string())
            })
            .collect();
        let connector = |name: &str| {
            subjects.iter().fold(MemoryConnector::new(name), |c, s| {
                c.with_record(
                    *s,
                    "contact",
                    serde_json::json!({ "email": "x@example.fi" }),
                )
            })
        };
        let (crm, files) = (connector("crm"), connector("case-files"));
        let calendar = Finland::new();
        let fresh = |name: &str| {
            let file = format!("desk-{name}-{}.db", uuid::Uuid::new_v4().simple());
            SqliteStore::open(dir.join(file)).expect("open")
        };
        let times = compare_stateful(
            "desk-1k-requests-sqlite",
            5,
            || {
                let store = fresh("ours");
                let desk = Desk::new(&store, AuditTrail::new(&store, &key), &calendar)
                    .connector(&crm)
                    .connector(&files);
                let start = Instant::now();
                for subject in &subjects {
                    let (id, _) = desk
                        .file(
                            *subject,
                            RequestKind::Access,
                            Channel::Web,
                            at(5, 9),
                            HELSINKI,
                        )
                        .expect("file");
                    desk.verify_identity(id, at(5, 10), "in person")
                        .expect("verify");
                    desk.carry_out(id, at(6, 9), &[], &mut |e| {
                        black_box(e);
                        Ok(())
                    })
                    .expect("carry out");
                }
                start.elapsed()
            },
            || {
                let store = fresh("baseline");
                let start = Instant::now();
                store
                    .with_connection(|c| baseline(c, &key, &subjects, &crm, &files))
                    .expect("baseline");
                start.elapsed()
            },
        );
        if let Some((ours, baseline)) = times {
            println!(
                "rate desk-1k-requests-sqlite ours={:.0} requests/s baseline={:.0} requests/s",
                REQUESTS as f64 / ours.as_secs_f64(),
                REQUESTS as f64 / baseline.as_secs_f64()
            );
        }
    }

    /// The same rows the desk writes, written by hand: five events and five audit entries a
    /// request, the projection when it changes.
    fn baseline(
        c: &rusqlite::Connection,
        key: &AuditKey,
        subjects: &[SubjectRef],
        crm: &MemoryConnector,
        files: &MemoryConnector,
    ) -> rusqlite::Result<()> {
        use gdpr::store::SubjectDataSource;
        let mut head = ChainHead::EMPTY;
        let mut audit = |c: &rusqlite::Connection,
                         at,
                         action: &str,
                         subject: SubjectRef,
                         id: RequestId|
         -> rusqlite::Result<()> {
            c.execute_batch("BEGIN IMMEDIATE")?;
            let (seq, prev): (i64, Vec<u8>) = c
                .query_row(
                    "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap_or((0, vec![0; 32]));
            let entry = NewAuditEntry {
                at,
                actor: "desk".into(),
                action: action.into(),
                subject: Some(subject),
                request: Some(id),
                detail: "{}".into(),
            };
            let prev: [u8; 32] = prev.try_into().unwrap();
            let hash = entry_hash(key, &prev, seq as u64 + 1, &entry);
            c.prepare_cached("INSERT INTO audit_log (seq, at, actor, action, subject, request_id, detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")?
                .execute(params![seq + 1, at.to_rfc3339(), entry.actor, entry.action, &subject.as_bytes()[..], &id.as_bytes()[..], entry.detail, &prev[..], &hash[..]])?;
            head = ChainHead {
                seq: seq as u64 + 1,
                hash,
            };
            c.execute_batch("COMMIT")
        };
        for subject in subjects {
            let id = RequestId::new();
            let mut version = 0i64;
            let mut event = |c: &rusqlite::Connection,
                             kind: EventKind,
                             at,
                             status: &str|
             -> rusqlite::Result<()> {
                c.execute_batch("BEGIN IMMEDIATE")?;
                version += 1;
                let text = serde_json::to_string(&Event::new(at, kind)).unwrap();
                c.prepare_cached(
                    "INSERT INTO request_events (request_id, version, event) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![&id.as_bytes()[..], version, text])?;
                c.prepare_cached("INSERT INTO requests (request_id, subject, kind, status, received, deadline) VALUES (?1, ?2, 'access', ?3, '2026-03-05', '2026-04-07')
                                  ON CONFLICT (request_id) DO UPDATE SET status = excluded.status WHERE requests.status <> excluded.status")?
                    .execute(params![&id.as_bytes()[..], &subject.as_bytes()[..], status])?;
                c.execute_batch("COMMIT")
            };
            let received = EventKind::Received {
                kind: RequestKind::Access,
                channel: Channel::Web,
                time_zone: HELSINKI,
                subject: Some(*subject),
            };
            event(c, received, at(5, 9), "open")?;
            audit(c, at(5, 9), "request.received", *subject, id)?;
            event(
                c,
                EventKind::IdentityVerified {
                    method: "in person".into(),
                },
                at(5, 10),
                "open",
            )?;
            audit(c, at(5, 10), "request.identity-verified", *subject, id)?;
            for system in [crm, files] {
                let export = system.export(subject).expect("export");
                black_box(&export);
                let done = EventKind::CarriedOut {
                    system: system.name().to_owned(),
                    records: export.records.len() as u32,
                    withheld: Vec::new(),
                };
                event(c, done, at(6, 9), "open")?;
                audit(c, at(6, 9), "request.carried-out", *subject, id)?;
            }
            event(
                c,
                EventKind::Fulfilled {
                    withheld: Vec::new(),
                },
                at(6, 9),
                "fulfilled",
            )?;
            audit(c, at(6, 9), "request.fulfilled", *subject, id)?;
        }
        black_box(head);
        Ok(())
    }
}

/// Store pairs on PostgreSQL, against the server in `BENCH_POSTGRES_URL` (or
/// `TEST_POSTGRES_URL`): the same pairs as on SQLite.
#[cfg(feature = "postgres")]
mod postgres_pairs {
    use super::*;
    use gdpr::request::{Event, EventKind, RequestKind, Status};
    use gdpr::store::postgres::PostgresStore;
    use gdpr::store::{Append, DisposalAction, RequestProjection, RequestStore, RetentionLedger};

    pub const DUE: i64 = 10_000;

    fn url() -> Option<String> {
        std::env::var("BENCH_POSTGRES_URL")
            .or_else(|_| std::env::var("TEST_POSTGRES_URL"))
            .ok()
    }

    fn store(url: &str) -> PostgresStore {
        PostgresStore::connect_in_schema(
            url,
            &format!("gdpr_bench_{}", uuid::Uuid::new_v4().simple()),
        )
        .expect("connect")
    }

    fn drop_schema(store: &PostgresStore) {
        let schema = store.schema().expect("a schema").to_owned();
        store
            .with_client(|c| c.batch_execute(&format!("DROP SCHEMA {schema} CASCADE")))
            .expect("drop the schema");
    }

    /// A ledger of `rows` records of which `DUE` are due on 2026-11-24, written with raw SQL.
    fn ledger(url: &str, rows: i64) -> PostgresStore {
        let store = store(url);
        store
            .with_client(|c| {
                c.execute(
                    "INSERT INTO ledger (register, record, rule, subject, facts, expires_on, action, state)
                     SELECT 'bench', 'r' || lpad(i::text, 8, '0'), 'users', NULL, '{}',
                            CASE WHEN i % ($1::bigint / $2::bigint) = 0 THEN date '2025-01-01' + (i % 690)::int ELSE date '2027-01-01' + (i % 7000)::int END,
                            'erase', 'pending'
                     FROM generate_series(0, $1::bigint - 1) AS i",
                    &[&rows, &DUE],
                )?;
                c.batch_execute("VACUUM ANALYZE ledger")
            })
            .expect("fill the ledger");
        store
    }

    /// Puts every disposed or claimed record back to pending, as before a sweep, and vacuums.
    fn reset(store: &PostgresStore) {
        store
            .with_client(|c| {
                c.batch_execute(
                    "INSERT INTO ledger (register, record, rule, subject, facts, expires_on, action, state)
                     SELECT register, record, rule, NULL, '{}', expires_on, 'erase', 'pending' FROM ledger_disposals;
                     DELETE FROM ledger_disposals;
                     UPDATE ledger SET state = 'pending', claimed_by = NULL WHERE state <> 'pending' OR claimed_by IS NOT NULL;",
                )?;
                c.batch_execute("VACUUM ledger")?;
                c.batch_execute("VACUUM ledger_disposals")
            })
            .expect("reset");
    }

    fn as_of() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    fn ours(store: &PostgresStore) -> u64 {
        let claims = store.claim(as_of(), DUE as usize, "bench").expect("claim");
        let marked = store
            .mark(&claims, DisposalAction::Erase, "bench", as_of())
            .expect("mark");
        assert_eq!(marked as i64, DUE);
        marked
    }

    fn claim_only(store: &PostgresStore) -> u64 {
        let claims = store.claim(as_of(), DUE as usize, "bench").expect("claim");
        assert_eq!(claims.len() as i64, DUE);
        claims.len() as u64
    }

    /// The classic hand-written sweep over the same schema.
    fn baseline(store: &PostgresStore) -> u64 {
        store
            .with_client(|c| {
                let rows = c.query(
                    "UPDATE ledger SET state = 'claimed', claimed_by = 'bench'
                     WHERE (register, record) IN (
                         SELECT l.register, l.record FROM ledger l
                         WHERE l.state = 'pending' AND l.expires_on <= $1::text::date
                           AND NOT EXISTS (SELECT 1 FROM ledger_holds h WHERE h.register = l.register AND h.record = l.record
                                           AND (h.until IS NULL OR h.until >= $1::text::date))
                         ORDER BY l.expires_on LIMIT $2 FOR UPDATE SKIP LOCKED)
                     RETURNING register, record",
                    &[&as_of().to_string(), &DUE],
                )?;
                let registers: Vec<String> = rows.iter().map(|r| r.get(0)).collect();
                let records: Vec<String> = rows.iter().map(|r| r.get(1)).collect();
                let marked = c.execute(
                    "UPDATE ledger SET state = 'erased', claimed_by = NULL
                     FROM unnest($1::text[], $2::text[]) AS m(register, record)
                     WHERE ledger.register = m.register AND ledger.record = m.record AND ledger.state = 'claimed' AND ledger.claimed_by = 'bench'",
                    &[&registers, &records],
                )?;
                assert_eq!(marked as i64, DUE);
                Ok(marked)
            })
            .expect("baseline")
    }

    fn timed(store: &PostgresStore, f: fn(&PostgresStore) -> u64) -> Duration {
        reset(store);
        let start = Instant::now();
        black_box(f(store));
        start.elapsed()
    }

    pub fn run() {
        if !selected("postgres-claim") && !selected("postgres-append") {
            return;
        }
        let Some(url) = url() else {
            println!(
                "note postgres pairs skipped: set BENCH_POSTGRES_URL (or TEST_POSTGRES_URL) to a server"
            );
            return;
        };
        if selected("postgres-claim") {
            let million = ledger(&url, 1_000_000);
            let times = compare_stateful(
                "postgres-claim-mark-10k-of-1m",
                7,
                || timed(&million, ours),
                || timed(&million, baseline),
            );
            if let Some((ours_1m, baseline_1m)) = times {
                println!(
                    "rate postgres-claim-mark-10k-of-1m ours={:.0} rows/s baseline={:.0} rows/s",
                    DUE as f64 / ours_1m.as_secs_f64(),
                    DUE as f64 / baseline_1m.as_secs_f64()
                );
            }
            if quick() {
                println!("note postgres-claim-*-10m-vs-1m skipped: GDPR_BENCH_QUICK is set");
            } else if selected("postgres-claim-10k-of-10m")
                || selected("postgres-claim-mark-10k-of-10m")
            {
                // The same work among ten times as many records, swept alternately.
                let ten_million = ledger(&url, 10_000_000);
                scaling(
                    "postgres-claim-10k-of-10m-vs-1m",
                    11,
                    || timed(&ten_million, claim_only),
                    || timed(&million, claim_only),
                );
                scaling(
                    "postgres-claim-mark-10k-of-10m-vs-1m",
                    11,
                    || timed(&ten_million, ours),
                    || timed(&million, ours),
                );
                drop_schema(&ten_million);
            }
            drop_schema(&million);
        }
        if selected("postgres-append") {
            // Each side in its own schema, as on SQLite: in one index, the side whose random
            // request id sorts first would insert into the middle of the other's entries.
            let store = store(&url);
            let raw_store = self::store(&url);
            let subject = gdpr::subject::SubjectKey::new([1u8; 32])
                .unwrap()
                .other("bench", "subject");
            let projection = RequestProjection {
                subject,
                kind: RequestKind::Access,
                status: Status::Open,
                received: NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
                deadline: NaiveDate::from_ymd_opt(2026, 4, 7).unwrap(),
            };
            let event = Event::new(
                chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 3, 6, 9, 0, 0).unwrap(),
                EventKind::IdentityRequested {
                    information: "a copy of an identity document".into(),
                },
            );
            let text = serde_json::to_string(&event).unwrap();
            const APPENDS: usize = 500;
            let ours_id = gdpr::store::RequestId::new();
            let mut ours_version = 0;
            let raw_id = gdpr::store::RequestId::new();
            let mut raw_version = 0i64;
            compare(
                "postgres-append-event-vs-raw-insert",
                11,
                || {
                    for _ in 0..APPENDS {
                        ours_version = store
                            .append(ours_id, Append::one(ours_version, &event, &projection))
                            .expect("append");
                    }
                    ours_version
                },
                || {
                    raw_store
                        .with_client(|c| {
                            let insert = c.prepare("INSERT INTO request_events (request_id, version, event) VALUES ($1, $2, $3)")?;
                            for _ in 0..APPENDS {
                                raw_version += 1;
                                c.execute(&insert, &[&&raw_id.as_bytes()[..], &raw_version, &text])?;
                            }
                            Ok(raw_version as u64)
                        })
                        .expect("raw insert")
                },
            );
            drop_schema(&store);
            drop_schema(&raw_store);
        }
    }
}

/// A scaling pair: the same work on a ten times larger table ("ours") against the smaller
/// one ("baseline"), the two run alternately.
#[cfg(any(feature = "sqlite", feature = "postgres"))]
fn scaling(
    name: &str,
    samples: usize,
    large: impl FnMut() -> Duration,
    small: impl FnMut() -> Duration,
) -> Option<(Duration, Duration)> {
    compare_stateful(name, samples, large, small)
}

/// Like [`compare`], for measurements that need untimed setup between runs: each closure
/// returns its own time.
fn compare_stateful(
    name: &str,
    samples: usize,
    mut ours: impl FnMut() -> Duration,
    mut baseline: impl FnMut() -> Duration,
) -> Option<(Duration, Duration)> {
    if !selected(name) {
        return None;
    }
    black_box((ours(), baseline()));
    let mut pair = Pair {
        ours: Vec::new(),
        baseline: Vec::new(),
    };
    for _ in 0..samples.max(MIN_RUNS) {
        pair.ours.push(ours());
        pair.baseline.push(baseline());
    }
    Some(pair.report(name))
}

/// Checking a register with ten times more errors (4,000 duplicate purpose ids against 400)
/// takes about ten times as long: errors are located in one pass, not by re-parsing the file
/// for each. A ratio near 10 is linear; near 100 would be quadratic. Callgrind counts 10.2
/// million instructions for 400 and 99.8 million for 4,000 (9.8 times); the wall-clock ratio
/// reads 15 to 16 on the 2-core machine, the cost of a ten times larger parse tree in the
/// caches, not of the algorithm.
fn check_errors_scaling() {
    let file = |n: usize| {
        let mut toml = String::from(
            "id = \"dups\"\nname.en = \"Dups\"\nlanguages = [\"en\"]\n[controller]\nname.en = \"C\"\n",
        );
        for _ in 0..n {
            toml.push_str("[[purposes]]\nid = \"same\"\ndescription.en = \"P\"\n");
        }
        toml
    };
    let (large, small) = (file(4000), file(400));
    let check = |source: &str| {
        gdpr::files::from_toml_str(source, "dups.toml")
            .err()
            .map_or(0, |e| e.diagnostics.len() as u64)
    };
    compare(
        "check-errors-4000-vs-400",
        7,
        || check(&large),
        || check(&small),
    );
}

fn main() {
    check_errors_scaling();
    deadlines_1900_2200();
    retention_sweep_1m();
    notices();
    #[cfg(feature = "sqlite")]
    sqlite_pairs::run();
    #[cfg(feature = "postgres")]
    postgres_pairs::run();
}
