use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;

use super::{BAD_INPUT, OutputFormat};
use crate::lint::{has_errors, lint};

pub(super) fn run(files: &[PathBuf], format: OutputFormat) -> ExitCode {
    let mut bad_input = false;
    let mut errors = false;
    let mut report = Vec::new();
    let mut text = String::new();
    for file in files {
        match crate::files::load(file) {
            Ok(register) => {
                let findings = lint(&register);
                errors |= has_errors(&findings);
                match format {
                    OutputFormat::Text => {
                        for finding in &findings {
                            text.push_str(&format!("{}: {finding}\n", file.display()));
                        }
                    }
                    OutputFormat::Json => {
                        report.push(json!({ "file": file, "findings": findings }))
                    }
                }
            }
            Err(e) => {
                bad_input = true;
                eprintln!("error: {e}");
                if format == OutputFormat::Json {
                    let diagnostics: Vec<_> = e
                        .diagnostics
                        .iter()
                        .map(|d| json!({ "path": d.path, "line": d.line, "column": d.column, "message": d.message }))
                        .collect();
                    report.push(json!({ "file": file, "error": diagnostics }));
                }
            }
        }
    }
    if format == OutputFormat::Json {
        text = serde_json::to_string_pretty(&report).expect("the report serializes") + "\n";
    }
    let written = super::output::stdout(&text);
    if written != ExitCode::SUCCESS {
        return written;
    }
    if bad_input {
        ExitCode::from(BAD_INPUT)
    } else if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
