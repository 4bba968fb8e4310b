use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::BAD_INPUT;
use crate::Language;
use crate::notice::{
    NoticeDocument, NoticeFormat, NoticeOptions, NoticeRenderer, Template, dpv, ropa_csv,
    ropa_markdown, ropa_row, template_name,
};

fn load(file: &Path) -> Result<crate::Register, ExitCode> {
    crate::files::load(file).map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::from(BAD_INPUT)
    })
}

fn write(output: Option<&Path>, text: &str) -> ExitCode {
    super::output::to(output, text)
}

pub(super) fn notice(
    file: &Path,
    language: Language,
    format: NoticeFormat,
    templates: Option<&Path>,
    output: Option<&Path>,
    allow_missing: bool,
    complete: bool,
) -> ExitCode {
    let register = match load(file) {
        Ok(register) => register,
        Err(code) => return code,
    };
    if let Some(dir) = templates
        && !dir.is_dir()
    {
        eprintln!(
            "error: --templates {}: not a directory; give the directory that holds fi.j2, sv.j2 or en.j2",
            dir.display()
        );
        return ExitCode::from(BAD_INPUT);
    }
    let own = match templates.map(read_templates).transpose() {
        Ok(own) => own.unwrap_or_default(),
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(BAD_INPUT);
        }
    };
    let renderer = match NoticeRenderer::with_templates(own) {
        Ok(renderer) => renderer,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(BAD_INPUT);
        }
    };
    let options = if complete {
        NoticeOptions::COMPLETE
    } else {
        NoticeOptions::of(&register)
    };
    let document = NoticeDocument::build_with(&register, language, options);
    if !document.missing_translations.is_empty() && !allow_missing {
        for path in &document.missing_translations {
            eprintln!(
                "{}: error[text-missing-language] {path}: the text has no `{language}` version; add `{language} = \"...\"` or pass --allow-missing",
                file.display()
            );
        }
        eprintln!(
            "error: the notice cannot be rendered in `{language}`: {} texts lack it",
            document.missing_translations.len()
        );
        return ExitCode::from(1);
    }
    match renderer.render(&document, format) {
        Ok(text) => write(output, &text),
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

/// The format of the Art. 30 record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum RopaFormat {
    Csv,
    Json,
    Md,
}

pub(super) fn ropa(files: &[PathBuf], format: RopaFormat, language: Language) -> ExitCode {
    let mut rows = Vec::new();
    let mut failed = false;
    for file in files {
        match load(file) {
            Ok(register) => rows.push(ropa_row(&register, language)),
            Err(_) => failed = true,
        }
    }
    if failed {
        return ExitCode::from(BAD_INPUT);
    }
    let text = match format {
        RopaFormat::Csv => ropa_csv(&rows, language),
        RopaFormat::Md => ropa_markdown(&rows, language),
        RopaFormat::Json => serde_json::to_string_pretty(&rows).expect("rows serialize") + "\n",
    };
    write(None, &text)
}

pub(super) fn dpv_export(file: &Path) -> ExitCode {
    match load(file) {
        Ok(register) => write(
            None,
            &(serde_json::to_string_pretty(&dpv(&register)).expect("JSON-LD serializes") + "\n"),
        ),
        Err(code) => code,
    }
}

/// The templates `fi.j2`, `sv.j2` and `en.j2` found in `dir`, each named by its path; a
/// language without a file keeps the embedded template.
///
/// # Errors
/// A template file exists but cannot be read (not UTF-8, no permission).
pub fn read_templates(dir: &std::path::Path) -> Result<Vec<Template>, String> {
    let mut templates = Vec::new();
    for language in crate::Language::ALL {
        let path = dir.join(template_name(language));
        match std::fs::read_to_string(&path) {
            Ok(source) => templates.push(Template {
                language,
                name: path.display().to_string(),
                source,
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("cannot read template {}: {e}", path.display())),
        }
    }
    Ok(templates)
}
