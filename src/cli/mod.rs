//! The `gdpr` command-line tool (feature `cli`).
//!
//! Exit codes: 0 success; 1 the check found errors; 2 bad input (a file that cannot be read or
//! parsed, a bad argument).

mod check;
mod deadline;
mod retention;

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
    /// The Art. 12(3) deadlines of a request received on a date: three lines, received, due
    /// and extended.
    Deadline {
        /// The controller's local date of receipt, YYYY-MM-DD.
        #[arg(long, value_parser = deadline::parse_date)]
        received: chrono::NaiveDate,
        /// The working-day calendar.
        #[arg(long, value_enum, default_value_t = CalendarChoice::Fi)]
        calendar: CalendarChoice,
        /// An extra closed day, YYYY-MM-DD; repeat for more.
        #[arg(long, value_parser = deadline::parse_date)]
        closed: Vec<chrono::NaiveDate>,
    },
    /// Evaluate a register's retention rules for the records of a CSV file on a date: one
    /// line per record (record, status, expires_on) and a summary line.
    Retention {
        /// The register file.
        register: std::path::PathBuf,
        /// CSV with the header record,rule,collected,last_activity,ended,hold.
        #[arg(long)]
        records: std::path::PathBuf,
        /// The date to evaluate on, YYYY-MM-DD.
        #[arg(long, value_parser = deadline::parse_date)]
        as_of: chrono::NaiveDate,
    },
}

/// Which working-day calendar to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CalendarChoice {
    /// Finland: weekends and the days of Act 150/1930 s. 5.
    Fi,
    /// Saturdays and Sundays only.
    Weekends,
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
        Command::Deadline {
            received,
            calendar,
            closed,
        } => deadline::run(received, calendar, closed),
        Command::Retention {
            register,
            records,
            as_of,
        } => retention::run(&register, &records, as_of),
        Command::Schema => {
            println!(
                "{}",
                serde_json::to_string_pretty(&crate::file::schema()).expect("schema serializes")
            );
            ExitCode::SUCCESS
        }
    }
}
