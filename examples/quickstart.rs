//! The quick start, end to end on SQLite in a temporary file, with no server:
//! load a seed register, render its notice, file an access request and show its deadline,
//! fulfil it through two connected systems, run a retention sweep, verify the audit chain.
//!
//! What a person would look at, the notice and the site of all four seed registers, is kept
//! under `target/quickstart/` (or the directory given as the first argument):
//!
//! ```text
//! cargo run --example quickstart [-- DIR]
//! ```

use chrono::{NaiveDate, TimeZone, Utc};
use gdpr::calendar::Finland;
use gdpr::desk::{Desk, Outcome};
use gdpr::lint::{Severity, lint};
use gdpr::notice::{NoticeDocument, NoticeFormat, NoticeRenderer, SiteOptions, SiteSource};
use gdpr::request::{Channel, HELSINKI, RequestKind};
use gdpr::retention::RecordFacts;
use gdpr::store::memory::MemoryConnector;
use gdpr::store::sqlite::SqliteStore;
use gdpr::store::{AuditKey, AuditTrail, DisposalAction, RetentionLedger, RetentionLedgerExt};
use gdpr::subject::SubjectKey;
use gdpr::{Language, PersonalIdentityCode};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // 1. The register, as its TOML file states it, and what its notice lacks.
    let register = gdpr::files::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/registers/keha-alpo.toml"
    ))?;
    let findings = lint(&register);
    let count = |severity, noun: &str| {
        let n = findings.iter().filter(|f| f.severity == severity).count();
        format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
    };
    println!(
        "register {}: {}",
        register.id,
        register.information_article().article()
    );
    println!(
        "  lint: {}, {}, {} (see `gdpr check`)",
        count(Severity::Error, "error"),
        count(Severity::Warning, "warning"),
        count(Severity::Note, "note")
    );

    // 2. Its privacy notice, regenerated in Finnish, and the site of every seed register,
    //    kept for a person to open.
    let out = std::env::args().nth(1).map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/quickstart"),
        std::path::PathBuf::from,
    );
    std::fs::create_dir_all(&out)?;
    let renderer = NoticeRenderer::new();
    let html = renderer.render(
        &NoticeDocument::build(&register, Language::Fi),
        NoticeFormat::Html,
    )?;
    let notice = out.join("keha-alpo.fi.html");
    std::fs::write(&notice, &html)?;
    println!(
        "  notice: {} bytes of HTML written to {}",
        html.len(),
        notice.display()
    );
    let page = write_seed_site(&out.join("site"), &renderer)?;

    let dir = tempfile::tempdir()?;

    // 3. Stores in one SQLite file; subjects are keyed by a keyed hash, never by the code.
    let store = SqliteStore::open(dir.path().join("gdpr.db"))?;
    // In production the key comes from a secret store, not from the source code.
    // Both keys live outside the database (a secrets store in production).
    let key = SubjectKey::new(*b"quickstart-demo-key-not-a-secret")?;
    let audit_key = AuditKey::new(*b"quickstart-audit-key-not-secret!")?;
    let audit = AuditTrail::new(&store, &audit_key);
    let code: PersonalIdentityCode = "131052-308T".parse()?;
    let subject = key.person(&code);
    println!("subject {code} is stored as {subject:?}");

    // 4. Two connected systems holding the person's data.
    let partners = MemoryConnector::new("alpo-partner-contacts").with_record(
        subject,
        "yhteistyökumppanin yhteydenottajan yhteystiedot",
        serde_json::json!({ "organisaatio": "Esimerkki ry", "puhelin": "040 123 4567" }),
    );
    let visits = MemoryConnector::new("alpo-visits").with_record(
        subject,
        "käyntikohtainen tilastotieto",
        serde_json::json!({ "käynnit": 3 }),
    );

    // 5. An access request arriving at 23:30 UTC on 4 March 2026: received 5 March in Helsinki.
    let calendar = Finland::new();
    let desk = Desk::new(&store, audit, &calendar)
        .connector(&partners)
        .connector(&visits)
        .actor("quickstart");
    let (id, request) = desk.file(
        subject,
        RequestKind::Access,
        Channel::Email,
        Utc.with_ymd_and_hms(2026, 3, 4, 23, 30, 0).unwrap(),
        HELSINKI,
    )?;
    let d = request.deadlines();
    println!("access request {id}");
    println!(
        "  received {}, due {} (Easter), extended {}",
        d.received, d.due, d.extended
    );
    desk.verify_identity(
        id,
        Utc.with_ymd_and_hms(2026, 3, 5, 9, 0, 0).unwrap(),
        "strong electronic identification",
    )?;
    let mut delivered = 0;
    let outcome = desk.carry_out(
        id,
        Utc.with_ymd_and_hms(2026, 3, 6, 9, 0, 0).unwrap(),
        &[],
        &mut |export| {
            delivered += export.records.len();
            Ok(())
        },
    )?;
    assert_eq!(outcome, Outcome::Fulfilled { withheld: 0 });
    println!("  fulfilled on 2026-03-06 through 2 systems: {delivered} records delivered");

    // 6. A retention sweep of the register's rules over a few records.
    let date = |s: &str| s.parse::<NaiveDate>();
    store.upsert_facts(
        &register,
        &"user-1".parse()?,
        "users",
        None,
        RecordFacts::default().with_last_activity(date("2025-10-01")?),
    )?;
    store.upsert_facts(
        &register,
        &"user-2".parse()?,
        "users",
        None,
        RecordFacts::default().with_last_activity(date("2026-10-01")?),
    )?;
    store.upsert_facts(
        &register,
        &"partner-1".parse()?,
        "partner-contacts",
        Some(subject),
        RecordFacts::collected(date("2025-11-23")?),
    )?;
    store.upsert_facts(
        &register,
        &"statistics-2024".parse()?,
        "statistics",
        None,
        RecordFacts::collected(date("2024-12-31")?),
    )?;
    let as_of = date("2026-11-24")?;
    let claims = store.claim(as_of, 100, "sweeper-1")?;
    let marked = store.mark(&claims, DisposalAction::Erase, "sweeper-1", as_of)?;
    let counts = store.counts(as_of)?;
    println!(
        "retention sweep as of {as_of}: {marked} erased ({}), {} kept, {} without expiry",
        claims
            .iter()
            .map(|c| c.record.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        counts.keep,
        counts.no_expiry
    );

    // 7. The audit trail is intact.
    // Checkpoint the head outside the store; verifying against it also catches deleted entries.
    let checkpoint = audit.head()?;
    println!(
        "audit chain: {} entries verified",
        audit.verify(Some(&checkpoint))?.seq
    );
    println!("open {}", page.display());
    Ok(())
}

/// The seed registers as a site (`gdpr site examples/registers -o DIR --allow-errors`): three
/// of the four real notices have lint errors, published here so that all can be seen.
fn write_seed_site(
    dir: &std::path::Path,
    renderer: &NoticeRenderer,
) -> Result<std::path::PathBuf, Box<dyn std::error::Error>> {
    let registers = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/registers");
    let mut sources = Vec::new();
    for entry in std::fs::read_dir(&registers)? {
        let path = entry?.path();
        sources.push(SiteSource::new(
            path.display().to_string(),
            gdpr::files::load(&path)?,
        ));
    }
    let site = gdpr::notice::build_site(
        &sources,
        renderer,
        &SiteOptions::default().allow_errors(true),
    )?;
    for file in &site.files {
        let path = dir.join(&file.path);
        std::fs::create_dir_all(path.parent().expect("a file is in a folder"))?;
        std::fs::write(path, &file.contents)?;
    }
    println!(
        "  site: {} registers ({} with lint errors) in {} files under {}",
        site.published.len(),
        sources
            .iter()
            .filter(|s| gdpr::lint::has_errors(&lint(&s.register)))
            .count(),
        site.files.len(),
        dir.display()
    );
    Ok(dir.join("index.html"))
}
