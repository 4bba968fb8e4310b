//! Helpers the integration tests share: the seed registers, the CLI, keys.
#![allow(dead_code)]

use std::path::PathBuf;

/// The four seed registers.
pub const SEEDS: [&str; 4] = [
    "tem-tno-contacts",
    "keha-alpo",
    "monialainen-yhteispalvelu",
    "espoo-tyollisyyspalvelut",
];

/// The path of a seed register file.
pub fn seed_path(id: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples/registers")
        .join(format!("{id}.toml"))
}

/// A seed register, loaded.
pub fn seed(id: &str) -> gdpr::Register {
    gdpr::files::load(seed_path(id)).unwrap_or_else(|e| panic!("{e}"))
}

/// A register that passes every lint rule (`tests/data/complete.toml`).
pub const COMPLETE: &str = include_str!("../data/complete.toml");

/// The audit key the tests use.
pub fn audit_key() -> gdpr::store::AuditKey {
    gdpr::store::AuditKey::new(*b"the tests' audit key, 32 bytes!!").expect("32 bytes")
}

/// Runs the `gdpr` binary: (exit code, stdout, stderr).
#[cfg(feature = "cli")]
pub fn gdpr(args: &[&str]) -> (Option<i32>, String, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_gdpr"))
        .args(args)
        .output()
        .expect("the binary runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
