//! Where the tool's output goes: standard output that may be a closed pipe or a full disk,
//! and files written whole or not at all.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::BAD_INPUT;

/// Writes `text` to standard output. A reader that went away (`gdpr schema | head -1`) ends
/// the tool quietly with success, as `cat` does under `head`; any other failure (a full disk)
/// is reported and exits 2.
pub(super) fn stdout(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write to standard output: {e}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

/// Writes `text` to `path` whole or not at all: into a temporary file beside it, flushed to
/// disk, then renamed over it. A failed write (a full disk, a missing directory) leaves any
/// earlier file as it was and no truncated one; the error names the path and exits 2.
pub(super) fn file(path: &Path, text: &str) -> ExitCode {
    match write_atomically(path, text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}: cannot write the file: {e}", path.display());
            ExitCode::from(BAD_INPUT)
        }
    }
}

pub(super) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("the path names no file"))?;
    let mut temporary_name = std::ffi::OsString::from(".");
    temporary_name.push(name);
    temporary_name.push(format!(".{}.tmp", std::process::id()));
    let temporary = path.with_file_name(temporary_name);
    let result = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

/// Writes to `output` when given, else to standard output.
pub(super) fn to(output: Option<&Path>, text: &str) -> ExitCode {
    match output {
        Some(path) => file(path, text),
        None => stdout(text),
    }
}
