//! The reference request service (`examples/request_service`), served for real on loopback:
//! its security rules, the whole path in headless Chromium with axe-core on every page, and a
//! bounded load check (8 clients, 2,000 requests).
#![cfg(all(feature = "tokio", feature = "sqlite"))]

#[path = "../examples/request_service/app.rs"]
#[allow(dead_code)]
mod app;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{Days, Months, NaiveDate};
use gdpr::calendar::{Finland, HolidayCalendar};
use gdpr::request::{Deadlines, HELSINKI};
use gdpr::store::memory::MemoryConnector;
use gdpr::store::sqlite::SqliteStore;
use gdpr::store::{RequestQuery, RequestStore};
use gdpr::subject::SubjectKey;
use gdpr::tokio::AsyncDesk;
use serde_json::{Value, json};

mod common;

const TOKEN: &str = "staff-token-for-tests";

/// A running service on a free loopback port, on SQLite in a temporary directory.
struct Service {
    address: SocketAddr,
    logs: Arc<std::sync::Mutex<Vec<String>>>,
    desk: AsyncDesk,
    store: Arc<SqliteStore>,
    runtime: tokio::runtime::Runtime,
    _dir: tempfile::TempDir,
}

impl Service {
    fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(SqliteStore::open(dir.path().join("requests.db")).unwrap());
        let subject_key = SubjectKey::new(*b"service-tests-subject-key-32byte").unwrap();
        let demo = subject_key.other("email", "demo@example.fi");
        let desk = AsyncDesk::new(
            store.clone(),
            store.clone(),
            common::audit_key(),
            Arc::new(Finland::new()),
        )
        .connector(Arc::new(
            MemoryConnector::new("customer-register").with_record(
                demo,
                "contact",
                json!({"email": "demo@example.fi"}),
            ),
        ))
        .connector(Arc::new(MemoryConnector::new("visit-log").with_record(
            demo,
            "visit",
            json!({"date": "2026-03-02"}),
        )));
        let register = common::seed("keha-alpo");
        let logs = Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = logs.clone();
        let app = app::App::new(app::Config {
            desk: desk.clone(),
            register_name: register.name.clone(),
            zone: HELSINKI,
            subject_key,
            service_key: [9u8; 32],
            staff_token: TOKEN.into(),
            contacts_file: Some(dir.path().join("contacts.jsonl")),
            log: Arc::new(move |line: &str| sink.lock().unwrap().push(line.to_owned())),
        })
        .unwrap();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let address = listener.local_addr().unwrap();
        runtime.spawn(async move { axum::serve(listener, app::router(app)).await });
        Self {
            address,
            logs,
            desk,
            store,
            runtime,
            _dir: dir,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into()
}

fn today_in_helsinki() -> NaiveDate {
    chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now())
        .with_timezone(&HELSINKI)
        .date_naive()
}

/// The due date by the rule itself, apart from the crate's arithmetic: one month after
/// receipt (the same day number, or the month's last day), then forward to a working day.
fn due_by_the_rule(received: NaiveDate, calendar: &dyn HolidayCalendar) -> NaiveDate {
    let mut due = received.checked_add_months(Months::new(1)).unwrap();
    while !calendar.is_working_day(due) {
        due = due.checked_add_days(Days::new(1)).unwrap();
    }
    due
}

#[test]
fn the_service_files_and_follows_requests_and_guards_staff_pages() {
    let service = Service::start();
    let agent = agent();
    // The form follows the browser's language, Finnish by default, with a CSRF cookie.
    let mut form = agent
        .get(service.url("/"))
        .header("Accept-Language", "sv-FI,sv;q=0.9,en;q=0.5")
        .call()
        .unwrap();
    assert_eq!(form.status(), 200);
    let headers = form.headers().clone();
    let html = form.body_mut().read_to_string().unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    assert!(html.contains("<span lang=\"fi\">ALPO-rekisteri"));
    assert!(
        headers
            .get("set-cookie")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("HttpOnly; SameSite=Strict")
    );
    assert!(
        headers
            .get("content-security-policy")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("default-src 'none'")
    );
    assert_eq!(headers.get("x-frame-options").unwrap(), "DENY");
    let fi = agent
        .get(service.url("/"))
        .call()
        .unwrap()
        .body_mut()
        .read_to_string()
        .unwrap();
    assert!(fi.starts_with("<!DOCTYPE html>\n<html lang=\"fi\">"));

    // A form post without the CSRF cookie is refused, and nothing is filed.
    let refused = agent
        .post(service.url("/requests"))
        .send_form([
            ("csrf", "x"),
            ("lang", "fi"),
            ("kind", "access"),
            ("contact", "anna@example.fi"),
        ])
        .unwrap();
    assert_eq!(refused.status(), 403);
    assert!(
        service
            .store
            .query(&RequestQuery::default())
            .unwrap()
            .is_empty()
    );

    // The JSON API files a request and gives its receipt; bad input is named, not echoed.
    let mut filed = agent
        .post(service.url("/api/requests"))
        .send_json(json!({"kind": "erasure", "contact": "anna@example.fi", "language": "fi"}))
        .unwrap();
    assert_eq!(filed.status(), 201);
    let receipt: Value = filed.body_mut().read_json().unwrap();
    let received: NaiveDate = receipt["received"].as_str().unwrap().parse().unwrap();
    assert_eq!(received, today_in_helsinki());
    assert_eq!(
        receipt["due"].as_str().unwrap(),
        due_by_the_rule(received, &Finland::new()).to_string()
    );
    let mut bad = agent
        .post(service.url("/api/requests"))
        .send_json(json!({"kind": "<script>", "contact": "<b>x</b>"}))
        .unwrap();
    assert_eq!(bad.status(), 422);
    let bad = bad.body_mut().read_to_string().unwrap();
    assert!(!bad.contains("script") && !bad.contains("<b>"), "{bad}");
    let too_big = agent
        .post(service.url("/api/requests"))
        .header("content-type", "application/json")
        .send(vec![b' '; app::BODY_LIMIT + 1])
        .unwrap();
    assert_eq!(too_big.status(), 413);

    // The status link works only with its token.
    let status: Value = agent
        .get(service.url(receipt["api_url"].as_str().unwrap()))
        .call()
        .unwrap()
        .body_mut()
        .read_json()
        .unwrap();
    assert_eq!(status["status"], "open");
    let reference = receipt["reference"].as_str().unwrap();
    let guessed = agent
        .get(service.url(&format!("/status/{reference}/{}", "0".repeat(32))))
        .call()
        .unwrap();
    assert_eq!(guessed.status(), 404);

    // Nothing staff-only without the token.
    for path in ["/staff", &format!("/staff/requests/{reference}")] {
        let response = agent.get(service.url(path)).call().unwrap();
        assert_eq!(response.status(), 303, "{path}");
        assert_eq!(response.headers().get("location").unwrap(), "/staff/login");
    }
    let action = agent
        .post(service.url(&format!("/staff/requests/{reference}/verify")))
        .send_form([("csrf", "x"), ("method", "guess")])
        .unwrap();
    assert_eq!(action.status(), 303);
    assert_eq!(action.headers().get("location").unwrap(), "/staff/login");
    assert_eq!(
        service
            .store
            .load(reference.parse().unwrap())
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        agent
            .get(service.url("/api/staff/requests"))
            .call()
            .unwrap()
            .status(),
        401
    );
    let wrong = agent
        .post(service.url(&format!("/api/staff/requests/{reference}/complete")))
        .header("Authorization", "Bearer wrong")
        .send_empty()
        .unwrap();
    assert_eq!(wrong.status(), 401);

    // Staff over the API: completing before the systems is refused; then the whole path.
    let staff = |action: &str, body: Value| {
        let mut response = agent
            .post(service.url(&format!("/api/staff/requests/{reference}/{action}")))
            .header("Authorization", &format!("Bearer {TOKEN}"))
            .send_json(body)
            .unwrap();
        let status = response.status().as_u16();
        (status, response.body_mut().read_json::<Value>().unwrap())
    };
    let (status, body) = staff("carry-out", json!({}));
    assert_eq!(status, 409, "{body}");
    assert!(
        body["error"].as_str().unwrap().contains("identity"),
        "{body}"
    );
    assert_eq!(staff("verify", json!({"method": "in person"})).0, 200);
    let (status, body) = staff("complete", json!({}));
    assert_eq!(status, 409);
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("customer-register, visit-log"),
        "{body}"
    );
    assert_eq!(staff("carry-out", json!({})).0, 200);
    let (status, body) = staff("complete", json!({}));
    assert_eq!((status, body["status"].as_str()), (200, Some("fulfilled")));
    // An extension after closing is not allowed.
    assert_eq!(staff("extend", json!({"reasons": "many requests"})).0, 409);

    // Logs name the request and the subject's keyed reference, never the address.
    let logs = service.logs.lock().unwrap().clone();
    assert!(
        logs.iter().any(|line| line.starts_with(&format!(
            "filed request {reference} (erasure) for subject SubjectRef("
        ))),
        "{logs:?}"
    );
    assert!(
        !logs
            .iter()
            .any(|line| line.contains('@') || line.contains("anna")),
        "{logs:?}"
    );
}

fn browser_checker() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let chromium = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    let ready = root
        .join(".ci/browser/node_modules/puppeteer-core")
        .is_dir()
        && chromium.is_file()
        && std::process::Command::new("node")
            .arg("--version")
            .output()
            .is_ok();
    if ready {
        return Some(chromium);
    }
    let why = "the browser test needs node, Chromium and `npm ci` in .ci/browser";
    if std::env::var("GDPR_BROWSER_TESTS").as_deref() == Ok("required") {
        panic!("{why}");
    }
    eprintln!("skipped: {why}");
    None
}

#[test]
fn a_subject_and_staff_take_a_request_all_the_way_in_a_real_browser() {
    let Some(chromium) = browser_checker() else {
        return;
    };
    let service = Service::start();
    // A queue with some history: requests received 40, 20 and 3 days ago, one of them
    // overdue, one extended, one fulfilled.
    let today = today_in_helsinki();
    service.runtime.block_on(async {
        let key = SubjectKey::new(*b"service-tests-subject-key-32byte").unwrap();
        for (days_ago, kind, step) in [
            (40, gdpr::request::RequestKind::Rectification, ""),
            (33, gdpr::request::RequestKind::Access, "extend"),
            (20, gdpr::request::RequestKind::Erasure, "fulfil"),
            (3, gdpr::request::RequestKind::Objection, ""),
        ] {
            let day = today - Days::new(days_ago);
            let at = day.and_hms_opt(10, 0, 0).unwrap().and_utc();
            let subject = key.other("email", &format!("earlier-{days_ago}@example.fi"));
            let (id, _) = service
                .desk
                .file(subject, kind, gdpr::request::Channel::Web, at, HELSINKI)
                .await
                .unwrap();
            match step {
                "extend" => {
                    let event = gdpr::request::Event::new(
                        at,
                        gdpr::request::EventKind::Extended {
                            reasons: "many requests at once".into(),
                        },
                    );
                    service.desk.record(id, event).await.unwrap();
                }
                "fulfil" => {
                    service
                        .desk
                        .verify_identity(id, at, "in person")
                        .await
                        .unwrap();
                    service
                        .desk
                        .carry_out(id, at, vec![], |_| Ok(()))
                        .await
                        .unwrap();
                }
                _ => {}
            }
        }
    });
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("service-screenshots");
    let output = std::process::Command::new("node")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/browser/request-flow.mjs"))
        .arg(service.url(""))
        .arg(TOKEN)
        .arg(&shots)
        .env("CHROMIUM", chromium)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "no report ({e}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let pretty = serde_json::to_string_pretty(&report).unwrap();
    assert_eq!(report["failures"], 0, "{pretty}");
    assert_eq!(output.status.code(), Some(0), "{pretty}");
    let pages: Vec<&str> = report["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        pages,
        [
            "form",
            "receipt",
            "status (open)",
            "staff sign-in",
            "queue",
            "request",
            "request (carried out)",
            "request (completed)",
            "status (done)"
        ]
    );
    // The receipt's dates are those of the rule, and the request is stored as shown.
    let received: NaiveDate = report["receipt"]["received"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(received, today_in_helsinki());
    assert_eq!(
        report["receipt"]["due"].as_str().unwrap(),
        due_by_the_rule(received, &Finland::new()).to_string()
    );
    let stored = service.store.query(&RequestQuery::default()).unwrap();
    assert_eq!(stored.len(), 5);
    let filed = stored
        .iter()
        .find(|s| s.id.to_string() == report["receipt"]["reference"].as_str().unwrap())
        .expect("the request filed in the browser is stored");
    assert_eq!(filed.projection.status, gdpr::request::Status::Fulfilled);
    assert_eq!(report["finalStatus"], "Toteutettu");
    let queue = std::fs::read(shots.join("service-queue.png")).unwrap();
    assert!(queue.starts_with(b"\x89PNG\r\n\x1a\n"));
}

#[test]
fn eight_clients_file_two_thousand_requests_none_lost_or_duplicated() {
    const CLIENTS: usize = 8;
    const EACH: usize = 250;
    let service = Service::start();
    let url = service.url("/api/requests");
    let started = std::time::Instant::now();
    let receipts: Vec<Value> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..CLIENTS)
            .map(|client| {
                let url = url.clone();
                scope.spawn(move || {
                    let agent = agent();
                    (0..EACH)
                        .map(|i| {
                            let mut response = agent
                                .post(&url)
                                .send_json(json!({
                                    "kind": "access",
                                    "contact": format!("load-{client}-{i}@example.fi"),
                                }))
                                .unwrap();
                            assert_eq!(response.status(), 201);
                            response.body_mut().read_json::<Value>().unwrap()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    let elapsed = started.elapsed();
    let total = CLIENTS * EACH;
    assert_eq!(receipts.len(), total);
    let references: std::collections::HashSet<&str> = receipts
        .iter()
        .map(|r| r["reference"].as_str().unwrap())
        .collect();
    assert_eq!(references.len(), total, "no reference given twice");
    let stored = service.store.query(&RequestQuery::default()).unwrap();
    assert_eq!(stored.len(), total, "every request stored once");
    let stored_ids: std::collections::HashSet<String> =
        stored.iter().map(|s| s.id.to_string()).collect();
    assert!(
        references.iter().all(|r| stored_ids.contains(*r)),
        "none lost"
    );
    let calendar = Finland::new();
    for receipt in &receipts {
        let received: NaiveDate = receipt["received"].as_str().unwrap().parse().unwrap();
        let due = receipt["due"].as_str().unwrap();
        assert_eq!(due, due_by_the_rule(received, &calendar).to_string());
        assert_eq!(
            due,
            Deadlines::for_receipt(received, &calendar)
                .unwrap()
                .due
                .to_string()
        );
    }
    // The audit chain took every filing, in one unbroken chain.
    let head = service
        .runtime
        .block_on(async {
            let store: Arc<dyn gdpr::store::AuditLog> = service.store.clone();
            gdpr::tokio::AsyncAuditTrail::new(store, common::audit_key())
                .verify(None)
                .await
        })
        .unwrap();
    assert_eq!(head.seq, total as u64);
    println!(
        "load: {total} requests from {CLIENTS} clients in {:.2} s = {:.0} requests/s (SQLite, loopback)",
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64()
    );
}

#[test]
fn a_refusal_names_its_ground_and_always_tells_of_the_remedies() {
    let service = Service::start();
    let agent = agent();
    let receipt: Value = agent
        .post(service.url("/api/requests"))
        .send_json(json!({"kind": "access", "contact": "sara@example.fi", "language": "sv"}))
        .unwrap()
        .body_mut()
        .read_json()
        .unwrap();
    let reference = receipt["reference"].as_str().unwrap();
    let refuse = |body: Value| {
        let mut response = agent
            .post(service.url(&format!("/api/staff/requests/{reference}/refuse")))
            .header("Authorization", &format!("Bearer {TOKEN}"))
            .send_json(body)
            .unwrap();
        let status = response.status().as_u16();
        (status, response.body_mut().read_json::<Value>().unwrap())
    };
    // An extension carries its reasons as given: the remedies belong to refusals.
    let mut extended = agent
        .post(service.url(&format!("/api/staff/requests/{reference}/extend")))
        .header("Authorization", &format!("Bearer {TOKEN}"))
        .send_json(json!({"reasons": "Många begäranden samtidigt."}))
        .unwrap();
    assert_eq!(extended.status(), 200);
    assert_eq!(
        extended.body_mut().read_json::<Value>().unwrap()["done"],
        "extended"
    );
    let (status, body) = refuse(
        json!({"ground": "other-exception", "reasons": "Uppgifterna omfattas av sekretess."}),
    );
    assert_eq!(status, 422, "{body}");
    assert_eq!(
        body["error"],
        "give the provision (at most 2000 characters)"
    );
    let (status, body) = refuse(json!({"ground": "no-data-held", "reasons": "x"}));
    assert_eq!(
        (status, body["error"].as_str()),
        (422, Some("unknown ground of refusal"))
    );
    let (status, body) = refuse(json!({
        "ground": "other-exception",
        "provision": "Data Protection Act 1050/2018 s. 34",
        "reasons": "Uppgifterna omfattas av ett undantag i lag.",
    }));
    assert_eq!(
        (status, body["status"].as_str()),
        (200, Some("refused")),
        "{body}"
    );
    let events = service.store.load(reference.parse().unwrap()).unwrap();
    assert_eq!(
        events[1].kind,
        gdpr::request::EventKind::Extended {
            reasons: "Många begäranden samtidigt.".into()
        }
    );
    let gdpr::request::EventKind::Refused {
        ground,
        reasons,
        remedies_informed,
    } = &events[2].kind
    else {
        panic!("a refusal is recorded: {events:?}")
    };
    assert_eq!(
        ground,
        &gdpr::request::RefusalGround::OtherException {
            provision: "Data Protection Act 1050/2018 s. 34".into()
        }
    );
    assert!(remedies_informed);
    assert_eq!(
        reasons,
        "Uppgifterna omfattas av ett undantag i lag. Du kan lämna in ett klagomål till en tillsynsmyndighet, i Finland Dataombudsmannens byrå (tietosuoja.fi), och begära rättslig prövning."
    );
}
