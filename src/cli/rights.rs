//! `gdpr rights FILE`: the rights matrix of a register.

use std::path::Path;
use std::process::ExitCode;

use super::{BAD_INPUT, OutputFormat};
use crate::matrix::matrix;

pub(super) fn run(file: &Path, format: OutputFormat) -> ExitCode {
    let register = match crate::files::load(file) {
        Ok(register) => register,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(BAD_INPUT);
        }
    };
    let rows = matrix(&register);
    match format {
        OutputFormat::Text => {
            let mut out = String::new();
            for row in &rows {
                for decision in &row.rights {
                    out.push_str(&format!(
                        "{}\t{}\t{}\t{}\n",
                        row.purpose,
                        decision.right.code(),
                        decision.status,
                        decision.article
                    ));
                }
            }
            super::output::stdout(&out)
        }
        OutputFormat::Json => super::output::stdout(&format!(
            "{}\n",
            serde_json::to_string_pretty(&rows).expect("the matrix serializes")
        )),
    }
}
