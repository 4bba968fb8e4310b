use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use super::BAD_INPUT;

pub(super) fn run(register_path: &Path, records_path: &Path, as_of: NaiveDate) -> ExitCode {
    let register = match crate::files::load(register_path) {
        Ok(register) => register,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(BAD_INPUT);
        }
    };
    let bytes = match std::fs::read(records_path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!(
                "error: {}: cannot read the file: {e}",
                records_path.display()
            );
            return ExitCode::from(BAD_INPUT);
        }
    };
    let text = match crate::files::utf8(&bytes) {
        Ok(text) => text,
        Err(d) => {
            eprintln!(
                "error: {}:{}: {}",
                records_path.display(),
                d.line.unwrap_or(1),
                d.message
            );
            return ExitCode::from(BAD_INPUT);
        }
    };
    match crate::retention::csv::evaluate_csv(&register, text, as_of) {
        Ok(report) => {
            for (line, message) in report.warnings {
                eprintln!("warning: {}:{line}: {message}", records_path.display());
            }
            super::output::stdout(&report.lines)
        }
        Err(e) => {
            eprintln!(
                "error: {}:{}: {}",
                records_path.display(),
                e.line,
                e.message
            );
            ExitCode::from(BAD_INPUT)
        }
    }
}
