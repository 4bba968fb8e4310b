//! The `gdpr` command-line tool (feature `cli`).
//!
//! Exit codes: 0 success; 1 the check found errors; 2 bad input (a file that cannot be read or
//! parsed, a bad argument).

mod check;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// GDPR registers, privacy notices, deadlines and retention.
#[derive(Debug, Parser)]
#[command(name = "gdpr", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Lint register files against Art. 13/14/30: one line per finding.
    Check {
        /// Register files (.toml, or .json).
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Print the JSON Schema of register files.
    Schema,
}

/// Output format of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    Text,
    Json,
}

/// Exit code for bad input.
const BAD_INPUT: u8 = 2;

/// Runs the tool with the process's arguments.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { BAD_INPUT } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Check { files, format } => check::run(&files, format),
        Command::Schema => {
            println!(
                "{}",
                serde_json::to_string_pretty(&crate::file::schema()).expect("schema serializes")
            );
            ExitCode::SUCCESS
        }
    }
}
