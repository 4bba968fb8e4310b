//! The `gdpr` command-line tool; see `gdpr --help`.

fn main() -> std::process::ExitCode {
    gdpr::cli::main()
}
