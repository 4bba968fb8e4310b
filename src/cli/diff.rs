//! `gdpr diff OLD NEW`: what changed between two versions of a register file.

use std::path::Path;
use std::process::ExitCode;

use super::BAD_INPUT;
use crate::Language;
use crate::notice::{Difference, RegisterDiff, diff, escape_markdown};

/// The output format of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum DiffFormat {
    Text,
    Md,
    Json,
}

/// Substantive changes exit 1, so that CI can ask for a `[[changes]]` entry describing them.
const SUBSTANTIVE: u8 = 1;

pub(super) fn run(old: &Path, new: &Path, language: Language, format: DiffFormat) -> ExitCode {
    // Both files are read before giving up, so that one run names every bad file.
    let [old, new] = [old, new].map(|file| {
        crate::files::load(file).map_err(|e| {
            eprintln!("error: {e}");
        })
    });
    let (Ok(old), Ok(new)) = (old, new) else {
        return ExitCode::from(BAD_INPUT);
    };
    let changes = diff(&old, &new, language);
    let text = match format {
        DiffFormat::Text => text(&changes, language),
        DiffFormat::Md => markdown(&changes, language),
        DiffFormat::Json => {
            serde_json::to_string_pretty(&changes).expect("the differences serialize") + "\n"
        }
    };
    let written = super::output::stdout(&text);
    if written != ExitCode::SUCCESS {
        written
    } else if changes.has_substantive() {
        ExitCode::from(SUBSTANTIVE)
    } else {
        ExitCode::SUCCESS
    }
}

fn substantive_heading(l: Language) -> &'static str {
    l.pick(
        "Olennaiset muutokset",
        "Väsentliga ändringar",
        "Substantive changes",
    )
}

fn wording_heading(l: Language) -> &'static str {
    l.pick(
        "Vain sanamuotoa koskevat muutokset",
        "Ändringar endast i formuleringen",
        "Wording only",
    )
}

fn no_changes(l: Language) -> &'static str {
    l.pick("Ei muutoksia.", "Inga ändringar.", "No changes.")
}

/// The version-history line: the entries added, or a hint when substantive changes have none.
fn history_line(changes: &RegisterDiff, l: Language) -> Option<String> {
    let label = l.pick("Versiohistoria", "Versionshistorik", "Version history");
    let added = &changes.history_added;
    if !added.is_empty() {
        let dates = added
            .iter()
            .map(|entry| entry.date.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let count = match (l, added.len()) {
            (Language::Fi, 1) => "1 uusi merkintä".to_owned(),
            (Language::Fi, n) => format!("{n} uutta merkintää"),
            (Language::Sv, 1) => "1 ny post".to_owned(),
            (Language::Sv, n) => format!("{n} nya poster"),
            (Language::En, 1) => "1 entry added".to_owned(),
            (Language::En, n) => format!("{n} entries added"),
        };
        return Some(format!("{label}: {count} ({dates})"));
    }
    changes.needs_history_entry().then(|| {
        let hint = l.pick(
            "ei uutta merkintää; lisää [[changes]]-merkintä, joka kuvaa olennaiset muutokset",
            "ingen ny post; lägg till en [[changes]]-post som beskriver de väsentliga ändringarna",
            "no entry added; add a [[changes]] entry that describes the substantive changes",
        );
        format!("{label}: {hint}")
    })
}

fn text(changes: &RegisterDiff, l: Language) -> String {
    if changes.is_empty() {
        return format!("{}\n", no_changes(l));
    }
    let mut out = String::new();
    let mut section = |heading: &str, items: &[Difference]| {
        out.push_str(&format!("{heading}: {}\n", items.len()));
        for item in items {
            out.push_str(&format!(
                "{}: {} ({})\n",
                item.kind, item.description, item.path
            ));
        }
    };
    section(substantive_heading(l), &changes.substantive);
    section(wording_heading(l), &changes.wording);
    if let Some(line) = history_line(changes, l) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn markdown(changes: &RegisterDiff, l: Language) -> String {
    if changes.is_empty() {
        return format!("{}\n", no_changes(l));
    }
    let none = l.pick("Ei muutoksia.", "Inga ändringar.", "None.");
    let mut out = String::new();
    for (heading, items) in [
        (substantive_heading(l), &changes.substantive),
        (wording_heading(l), &changes.wording),
    ] {
        out.push_str(&format!("## {heading}\n\n"));
        if items.is_empty() {
            out.push_str(&format!("{none}\n\n"));
            continue;
        }
        for item in items {
            out.push_str(&format!(
                "- `{}` {} (`{}`)\n",
                item.kind,
                escape_markdown(&item.description),
                item.path
            ));
        }
        out.push('\n');
    }
    // The line holds dates and the crate's own words only, nothing to escape.
    if let Some(line) = history_line(changes, l) {
        out.push_str(&line.replace("[[changes]]", "`[[changes]]`"));
        out.push('\n');
    }
    out
}
