//! The `gdpr` command-line tool (feature `cli`).
//!
//! Exit codes: 0 success; 1 the check found errors (for `diff`: substantive changes); 2 bad input (a file that cannot be read or
//! parsed, a bad argument).

mod check;
mod deadline;
mod diff;
mod notice;
mod output;
mod retention;
mod rights;
mod site;

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
    /// Which rights apply to each purpose of a register: one line per purpose and right,
    /// `purpose<TAB>right<TAB>status<TAB>article`, status `applies`, `limited` or
    /// `not-applicable`.
    Rights {
        /// The register file.
        file: std::path::PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// The Art. 12(3) deadlines of a request received on a date: three lines, received, due
    /// and extended.
    Deadline {
        /// The controller's local date of receipt, YYYY-MM-DD.
        #[arg(long, value_parser = deadline::parse_date)]
        received: chrono::NaiveDate,
        /// The working-day calendar: a state's lower-case ISO 3166-1 code (`fi`, `se`, `de`),
        /// `<code>-<region>` for a region's (`de-by`, `es-ct`), or `weekends` for Saturdays and
        /// Sundays only.
        #[arg(long, default_value = "fi")]
        calendar: String,
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
    /// Render a register's privacy notice (Art. 13/14).
    Notice {
        /// The register file.
        file: std::path::PathBuf,
        /// The language of the notice.
        #[arg(long, value_parser = parse_language)]
        lang: crate::Language,
        /// Output format.
        #[arg(long, value_enum, default_value_t = NoticeFormatArg::Md)]
        format: NoticeFormatArg,
        /// A directory with fi.j2, sv.j2 or en.j2 to use instead of the embedded templates.
        #[arg(long)]
        templates: Option<std::path::PathBuf>,
        /// Write to this file instead of standard output.
        #[arg(short = 'o', long = "output")]
        output: Option<std::path::PathBuf>,
        /// Render even if some texts lack the language (they are shown in another language).
        #[arg(long)]
        allow_missing: bool,
        /// Add what the register does not say itself: the rights of each purpose as derived
        /// from the law, and the standard passages on requests (Art. 12) and complaints
        /// (Art. 77), each marked in the notice as derived or standard text.
        #[arg(long)]
        complete: bool,
    },
    /// The Art. 30(1) record of processing activities of several registers.
    Ropa {
        /// Register files.
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = notice::RopaFormat::Csv)]
        format: notice::RopaFormat,
        /// The language of the headers and texts.
        #[arg(long, value_parser = parse_language, default_value = "fi")]
        lang: crate::Language,
    },
    /// Every register under a folder as a static site: an index per language, each notice in
    /// each of its languages, the Art. 30 record, the DPV JSON-LD and a sitemap. Exit 1 when
    /// a register was left out for its lint errors.
    Site {
        /// The folder of register files (.toml, .json), read at any depth.
        dir: std::path::PathBuf,
        /// The folder to write the site to: new, empty, or written by an earlier run.
        #[arg(short = 'o', long = "output")]
        output: std::path::PathBuf,
        /// A directory with fi.j2, sv.j2 or en.j2 to use instead of the embedded templates.
        #[arg(long)]
        templates: Option<std::path::PathBuf>,
        /// Publish registers that have lint errors too.
        #[arg(long)]
        allow_errors: bool,
        /// Also write report.html, the lint findings for the team (not in the sitemap).
        #[arg(long)]
        with_report: bool,
        /// The address the site is published at, for sitemap.xml.
        #[arg(long)]
        base_url: Option<String>,
    },
    /// The changes between two versions of a register file, the substantive ones (which the
    /// data subjects must be told of, Art. 13(3), 14(4)) apart from wording only. Exits 1
    /// when there are substantive changes.
    Diff {
        /// The old version.
        old: std::path::PathBuf,
        /// The new version.
        new: std::path::PathBuf,
        /// The language of the sentences.
        #[arg(long, value_parser = parse_language, default_value = "fi")]
        lang: crate::Language,
        /// Output format.
        #[arg(long, value_enum, default_value_t = diff::DiffFormat::Text)]
        format: diff::DiffFormat,
    },
    /// A register as JSON-LD in the W3C Data Privacy Vocabulary.
    Dpv {
        /// The register file.
        file: std::path::PathBuf,
    },
}

fn parse_language(value: &str) -> Result<crate::Language, String> {
    value
        .parse()
        .map_err(|e: crate::text::ParseError| e.to_string())
}

/// Output format of `notice`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum NoticeFormatArg {
    Md,
    Html,
    Txt,
    Json,
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
        Command::Notice {
            file,
            lang,
            format,
            templates,
            output,
            allow_missing,
            complete,
        } => {
            let format = match format {
                NoticeFormatArg::Md => crate::notice::NoticeFormat::Markdown,
                NoticeFormatArg::Html => crate::notice::NoticeFormat::Html,
                NoticeFormatArg::Txt => crate::notice::NoticeFormat::Text,
                NoticeFormatArg::Json => crate::notice::NoticeFormat::Json,
            };
            notice::notice(
                &file,
                lang,
                format,
                templates.as_deref(),
                output.as_deref(),
                allow_missing,
                complete,
            )
        }
        Command::Ropa {
            files,
            format,
            lang,
        } => notice::ropa(&files, format, lang),
        Command::Site {
            dir,
            output,
            templates,
            allow_errors,
            with_report,
            base_url,
        } => {
            let mut options = crate::notice::SiteOptions::default()
                .allow_errors(allow_errors)
                .with_report(with_report);
            if let Some(url) = base_url {
                options = options.base_url(url);
            }
            site::run(&site::SiteArgs {
                dir: &dir,
                output: &output,
                templates: templates.as_deref(),
                options,
            })
        }
        Command::Diff {
            old,
            new,
            lang,
            format,
        } => diff::run(&old, &new, lang, format),
        Command::Dpv { file } => notice::dpv_export(&file),
        Command::Rights { file, format } => rights::run(&file, format),
        Command::Schema => output::stdout(&format!(
            "{}\n",
            serde_json::to_string_pretty(&crate::files::schema()).expect("schema serializes")
        )),
    }
}
