//! A reference request service: subject pages, staff pages and a JSON API on top of the
//! crate's async desk, on SQLite (or PostgreSQL by URL).
//!
//! ```text
//! cargo run --example request_service --features tokio -- --register examples/registers/keha-alpo.toml
//! ```
//!
//! Options: `--listen ADDR:PORT` (default 127.0.0.1:8080), `--data DIR` to keep the SQLite
//! file, the keys and the contact details there (default: a temporary directory removed on
//! exit), `--database postgres://...` to keep requests and the audit trail in PostgreSQL
//! (needs `--features tokio,postgres`), `--staff-token TOKEN` (default: `GDPR_STAFF_TOKEN`, or
//! a random token printed at start), `--time-zone` (default Europe/Helsinki). Stops cleanly on
//! Ctrl-C or SIGTERM.

mod app;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use gdpr::store::memory::MemoryConnector;
use gdpr::store::{AuditKey, AuditLog, RequestStore};
use gdpr::subject::SubjectKey;
use gdpr::tokio::AsyncDesk;

struct Args {
    register: PathBuf,
    listen: String,
    data: Option<PathBuf>,
    database: Option<String>,
    staff_token: Option<String>,
    zone: chrono_tz::Tz,
}

const USAGE: &str = "usage: request_service --register FILE [--listen ADDR:PORT] [--data DIR] [--database postgres://...] [--staff-token TOKEN] [--time-zone ZONE]";

fn args() -> Result<Args, String> {
    let mut args = Args {
        register: PathBuf::new(),
        listen: "127.0.0.1:8080".into(),
        data: None,
        database: None,
        staff_token: std::env::var("GDPR_STAFF_TOKEN").ok(),
        zone: gdpr::request::HELSINKI,
    };
    let mut register = None;
    let mut given = std::env::args().skip(1);
    while let Some(flag) = given.next() {
        let mut value = || {
            given
                .next()
                .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))
        };
        match flag.as_str() {
            "--register" => register = Some(PathBuf::from(value()?)),
            "--listen" => args.listen = value()?,
            "--data" => args.data = Some(PathBuf::from(value()?)),
            "--database" => args.database = Some(value()?),
            "--staff-token" => args.staff_token = Some(value()?),
            "--time-zone" => {
                args.zone = value()?.parse().map_err(|_| {
                    "--time-zone: not an IANA time zone, e.g. Europe/Helsinki".to_owned()
                })?
            }
            "-h" | "--help" => return Err(USAGE.into()),
            _ => return Err(format!("unknown option {flag}\n{USAGE}")),
        }
    }
    args.register = register.ok_or_else(|| format!("--register is required\n{USAGE}"))?;
    Ok(args)
}

/// The service's three keys (subjects, audit trail, links), made once and kept in the data
/// directory so that a restarted service still knows its subjects and verifies its chain.
fn keys(dir: &Path) -> std::io::Result<[[u8; 32]; 3]> {
    let path = dir.join("service-keys");
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let text: String = (0..3)
                .map(|_| {
                    format!(
                        "{}{}\n",
                        uuid::Uuid::new_v4().simple(),
                        uuid::Uuid::new_v4().simple()
                    )
                })
                .collect();
            std::fs::write(&path, &text)?;
            text
        }
        Err(e) => return Err(e),
    };
    let mut keys = [[0u8; 32]; 3];
    for (key, line) in keys.iter_mut().zip(text.lines()) {
        let bytes: Vec<u8> = (0..line.len())
            .step_by(2)
            .filter_map(|i| u8::from_str_radix(line.get(i..i + 2)?, 16).ok())
            .collect();
        if bytes.len() != 32 {
            return Err(std::io::Error::other(format!(
                "{}: damaged",
                path.display()
            )));
        }
        key.copy_from_slice(&bytes);
    }
    Ok(keys)
}

type Stores = (Arc<dyn RequestStore>, Arc<dyn AuditLog>);

fn stores(args: &Args, dir: &Path) -> Result<Stores, String> {
    match &args.database {
        None => {
            let store = Arc::new(
                gdpr::store::sqlite::SqliteStore::open(dir.join("requests.db"))
                    .map_err(|e| format!("{}: {e}", dir.join("requests.db").display()))?,
            );
            Ok((store.clone(), store))
        }
        #[cfg(feature = "postgres")]
        Some(url) => {
            let store = Arc::new(
                gdpr::store::postgres::PostgresStore::connect(url)
                    .map_err(|e| format!("--database: {e}"))?,
            );
            Ok((store.clone(), store))
        }
        #[cfg(not(feature = "postgres"))]
        Some(_) => Err("--database needs the postgres feature: cargo run --example request_service --features tokio,postgres -- ...".into()),
    }
}

async fn shutdown() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    eprintln!("stopping: finishing the requests under way");
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            std::process::ExitCode::from(2)
        }
    }
}

/// Opens everything outside the runtime and serves inside it. The synchronous PostgreSQL
/// client runs its own small runtime, so it must be opened and dropped outside tokio's; in
/// between, the async desk calls it only from the blocking pool.
fn run() -> Result<(), String> {
    let args = args()?;
    let register = gdpr::files::load(&args.register).map_err(|e| e.to_string())?;
    let temporary = match &args.data {
        Some(_) => None,
        None => Some(tempfile::tempdir().map_err(|e| format!("a temporary directory: {e}"))?),
    };
    let dir = match (&args.data, &temporary) {
        (Some(dir), _) => {
            std::fs::create_dir_all(dir).map_err(|e| format!("--data {}: {e}", dir.display()))?;
            dir.clone()
        }
        (None, Some(temporary)) => temporary.path().to_owned(),
        (None, None) => unreachable!("a temporary directory is made when --data is not given"),
    };
    let [subject_key, audit_key, service_key] =
        keys(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let (requests, audit) = stores(&args, &dir)?;
    let calendar = Arc::new(gdpr::calendar::for_register(&register));
    // Two systems that hold subjects' data; the demo address has a record in each.
    let subject_key = SubjectKey::new(subject_key).map_err(|e| e.to_string())?;
    let demo = subject_key.other("email", "demo@example.fi");
    let crm = MemoryConnector::new("customer-register").with_record(
        demo,
        "contact",
        serde_json::json!({"email": "demo@example.fi"}),
    );
    let visits = MemoryConnector::new("visit-log").with_record(
        demo,
        "visit",
        serde_json::json!({"date": "2026-03-02", "office": "Helsinki"}),
    );
    let desk = AsyncDesk::new(
        requests,
        audit,
        AuditKey::new(audit_key).map_err(|e| e.to_string())?,
        calendar,
    )
    .connector(Arc::new(crm))
    .connector(Arc::new(visits))
    .actor("request-service");
    let staff_token = args.staff_token.clone().unwrap_or_else(|| {
        let token = uuid::Uuid::new_v4().simple().to_string();
        println!("staff token: {token}");
        token
    });
    let app = app::App::new(app::Config {
        desk,
        register_name: register.name.clone(),
        zone: args.zone,
        subject_key,
        service_key,
        staff_token,
        contacts_file: Some(dir.join("contacts.jsonl")),
        log: Arc::new(|line: &str| eprintln!("{line}")),
    })
    .map_err(|e| format!("{}: {e}", dir.join("contacts.jsonl").display()))?;
    let runtime = tokio::runtime::Runtime::new().map_err(|e| format!("the runtime: {e}"))?;
    let served = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(&args.listen)
            .await
            .map_err(|e| format!("--listen {}: {e}", args.listen))?;
        let address = listener.local_addr().map_err(|e| e.to_string())?;
        println!(
            "serving {} on http://{address}/ (staff: http://{address}/staff)",
            register.id
        );
        match &args.data {
            Some(dir) => println!("data in {}", dir.display()),
            None => {
                println!("data in a temporary directory, removed on exit (--data DIR keeps it)")
            }
        }
        axum::serve(listener, app::router(app.clone()))
            .with_graceful_shutdown(shutdown())
            .await
            .map_err(|e| e.to_string())
    });
    drop(runtime);
    drop(app);
    drop(temporary);
    served
}
