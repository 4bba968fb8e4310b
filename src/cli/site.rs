//! `gdpr site`: every register under a folder as a static site.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::BAD_INPUT;
use crate::notice::{NoticeRenderer, SiteOptions, SiteSource, WithheldReason, build_site};

/// The list of files a site run wrote, kept in the output folder so that the next run can
/// remove the pages of registers that are gone, and never touches files it did not write.
const MANIFEST: &str = ".gdpr-site";

pub(super) struct SiteArgs<'a> {
    pub dir: &'a Path,
    pub output: &'a Path,
    pub templates: Option<&'a Path>,
    pub options: SiteOptions,
}

pub(super) fn run(args: &SiteArgs<'_>) -> ExitCode {
    match build(args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

fn build(args: &SiteArgs<'_>) -> Result<ExitCode, String> {
    if !args.dir.is_dir() {
        return Err(format!(
            "{}: not a directory; give the folder that holds the register files",
            args.dir.display()
        ));
    }
    let mut paths = Vec::new();
    register_files(args.dir, &mut paths)
        .map_err(|e| format!("{}: cannot read the folder: {e}", args.dir.display()))?;
    paths.sort();
    if paths.is_empty() {
        return Err(format!(
            "{}: no register files (.toml or .json) in it or below it",
            args.dir.display()
        ));
    }
    // Every file is read before anything is written: one bad file and nothing changes.
    let mut sources = Vec::new();
    let mut unreadable = 0;
    for path in &paths {
        match crate::files::load(path) {
            Ok(register) => sources.push(SiteSource::new(path.display().to_string(), register)),
            Err(e) => {
                eprintln!("error: {e}");
                unreadable += 1;
            }
        }
    }
    if unreadable > 0 {
        return Err(format!(
            "{unreadable} of {} register files cannot be read; nothing was written",
            paths.len()
        ));
    }
    let renderer = match args.templates {
        Some(dir) => {
            if !dir.is_dir() {
                return Err(format!(
                    "--templates {}: not a directory; give the directory that holds fi.j2, sv.j2 or en.j2",
                    dir.display()
                ));
            }
            NoticeRenderer::with_templates(super::notice::read_templates(dir)?)
                .map_err(|e| e.to_string())?
        }
        None => NoticeRenderer::new(),
    };
    let site = build_site(&sources, &renderer, &args.options).map_err(|e| e.to_string())?;
    let written = write_site(args.output, &site.files)?;

    let mut withheld_for_errors = 0;
    for withheld in &site.withheld {
        match (&withheld.reason, withheld.language) {
            (WithheldReason::LintErrors(findings), _) => {
                withheld_for_errors += 1;
                eprintln!(
                    "{}: not published: {} lint errors (fix them, or pass --allow-errors):",
                    withheld.source,
                    findings.len()
                );
                for finding in findings {
                    eprintln!("{}: {finding}", withheld.source);
                }
            }
            (WithheldReason::MissingTranslations(paths), Some(language)) => eprintln!(
                "{}: warning: the `{language}` version is not published: {} texts lack `{language}` (first: {})",
                withheld.source,
                paths.len(),
                paths.first().map(String::as_str).unwrap_or_default()
            ),
            _ => {}
        }
    }
    let notices: usize = site.published.iter().map(|p| p.languages.len()).sum();
    println!(
        "site: {} files in {} ({notices} notice pages of {} registers; {written} files changed)",
        site.files.len(),
        args.output.display(),
        site.published.len(),
    );
    println!("open {}", args.output.join("index.html").display());
    if args.options.base_url.is_none() {
        eprintln!(
            "note: sitemap.xml lists addresses relative to the site's root; pass --base-url with the address the site is published at"
        );
    }
    Ok(if withheld_for_errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Register files under `dir`, at any depth; hidden files and folders are skipped.
fn register_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            register_files(&path, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml" | "json")
        ) {
            out.push(path);
        }
    }
    Ok(())
}

/// Writes the site's files into `output`, each whole or not at all, and only where its bytes
/// changed; removes the files an earlier run wrote that this one did not. Returns how many
/// files were written or removed.
fn write_site(output: &Path, files: &[crate::notice::SiteFile]) -> Result<usize, String> {
    let manifest_path = output.join(MANIFEST);
    let earlier: BTreeSet<String> = match std::fs::read_to_string(&manifest_path) {
        Ok(text) => text.lines().map(str::to_owned).collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let occupied = std::fs::read_dir(output)
                .map(|mut entries| entries.next().is_some())
                .unwrap_or(false);
            if occupied {
                return Err(format!(
                    "{}: the folder has files that `gdpr site` did not write; give an empty or new folder",
                    output.display()
                ));
            }
            BTreeSet::new()
        }
        Err(e) => return Err(format!("{}: {e}", manifest_path.display())),
    };
    let mut changed = 0;
    for file in files {
        let path = output.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("{}: cannot create the folder: {e}", parent.display()))?;
        }
        if std::fs::read(&path).is_ok_and(|bytes| bytes == file.contents.as_bytes()) {
            continue;
        }
        super::output::write_atomically(&path, file.contents.as_bytes())
            .map_err(|e| format!("{}: cannot write the file: {e}", path.display()))?;
        changed += 1;
    }
    let now: BTreeSet<String> = files.iter().map(|f| f.path.clone()).collect();
    for gone in earlier.difference(&now) {
        // Only plain relative paths that an earlier run wrote are removed.
        if gone
            .split('/')
            .any(|part| part.is_empty() || part == "." || part == "..")
        {
            continue;
        }
        let path = output.join(gone);
        if std::fs::remove_file(&path).is_ok() {
            changed += 1;
            if let Some(parent) = path.parent() {
                let _ = std::fs::remove_dir(parent); // only if it is now empty
            }
        }
    }
    let manifest: String = now.iter().map(|p| format!("{p}\n")).collect();
    super::output::write_atomically(&manifest_path, manifest.as_bytes())
        .map_err(|e| format!("{}: cannot write the file: {e}", manifest_path.display()))?;
    Ok(changed)
}
