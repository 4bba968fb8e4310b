//! The quick start: load a seed register, see which article governs its notice, and what
//! the linter says it lacks. Runs with no server and exits 0.
//!
//! ```text
//! cargo run --example quickstart
//! ```

use gdpr::lint::{Severity, lint};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/registers/keha-alpo.toml"
    );
    let register = gdpr::file::load(path)?;
    let name = register
        .name
        .get(gdpr::Language::Fi)
        .unwrap_or(register.id.as_str());
    println!("register: {} ({name})", register.id);
    println!(
        "information duty: {}",
        register.information_article().article()
    );
    println!(
        "lawful bases: {}",
        register
            .lawful_bases()
            .iter()
            .map(|b| format!("{} {}", b.article(), b.code()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let findings = lint(&register);
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    println!(
        "lint: {errors} errors, {} warnings",
        findings.len() - errors
    );
    for finding in &findings {
        println!("  {finding}");
    }
    Ok(())
}
