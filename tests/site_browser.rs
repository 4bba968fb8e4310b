//! The seed site in a real browser: headless Chromium runs axe-core (WCAG 2.1 A and AA) on
//! every page, checks headings, tables, links and languages, and shows each notice's name and
//! section headings; one notice per language is photographed.
//!
//! Needs Chromium (`CHROMIUM`, default `/usr/bin/chromium`) and the pinned npm packages in
//! `.ci/browser` (`npm ci` there). Without them the tests say so and pass, unless
//! `GDPR_BROWSER_TESTS=required` (set by `.ci/run`), when they fail.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use gdpr::notice::{
    NoticeDocument, NoticeFormat, NoticeRenderer, SiteOptions, SiteSource, build_site,
};
use serde_json::{Value, json};

fn checker() -> Option<(PathBuf, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = root.join(".ci/browser/check-site.mjs");
    let modules = root.join(".ci/browser/node_modules/puppeteer-core");
    let chromium = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    let node = Command::new("node").arg("--version").output().is_ok();
    if node && modules.is_dir() && chromium.is_file() {
        return Some((script, chromium));
    }
    let why = format!(
        "browser checks need node, Chromium at {} and `npm ci` in .ci/browser",
        chromium.display()
    );
    if std::env::var("GDPR_BROWSER_TESTS").as_deref() == Ok("required") {
        panic!("{why}");
    }
    eprintln!("skipped: {why}");
    None
}

fn run_checker(site: &Path, expectations: &Value, shots: &Path) -> (Option<i32>, Value) {
    let (script, chromium) = checker().expect("checked by the caller");
    let expectations_path = site.with_extension("expectations.json");
    std::fs::write(&expectations_path, expectations.to_string()).unwrap();
    let output = Command::new("node")
        .arg(script)
        .arg(site)
        .arg(&expectations_path)
        .arg(shots)
        .env("CHROMIUM", chromium)
        .output()
        .expect("node runs");
    let report = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "the checker's report is not JSON ({e}); stderr: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (output.status.code(), report)
}

/// The section headings of a notice: in plain text, the lines underlined with `-`.
fn section_headings(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    lines
        .windows(2)
        .filter(|pair| {
            !pair[1].is_empty()
                && pair[1].chars().all(|c| c == '-')
                && pair[1].chars().count() == pair[0].chars().count()
        })
        .map(|pair| pair[0].to_owned())
        .collect()
}

#[test]
fn every_page_of_the_seed_site_passes_axe_and_shows_its_notice() {
    if checker().is_none() {
        return;
    }
    let sources: Vec<SiteSource> = [
        "espoo-tyollisyyspalvelut",
        "keha-alpo",
        "monialainen-yhteispalvelu",
        "tem-tno-contacts",
    ]
    .iter()
    .map(|id| SiteSource::new(format!("{id}.toml"), common::seed(id)))
    .collect();
    let renderer = NoticeRenderer::new();
    let site = build_site(
        &sources,
        &renderer,
        &SiteOptions::default().allow_errors(true).with_report(true),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    for file in &site.files {
        let path = root.join(&file.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &file.contents).unwrap();
    }
    let mut pages = Vec::new();
    let mut photographed = Vec::new();
    // The register with the most languages is photographed in each of them.
    let mut published = site.published.clone();
    published.sort_by_key(|p| (std::cmp::Reverse(p.languages.len()), p.register.clone()));
    for published in &published {
        let register = &sources
            .iter()
            .find(|s| s.register.id.as_str() == published.register)
            .unwrap()
            .register;
        for &language in &published.languages {
            let document = NoticeDocument::build(register, language);
            let text = renderer.render(&document, NoticeFormat::Text).unwrap();
            let mut texts = vec![document.register.name.clone()];
            let headings = section_headings(&text);
            assert!(headings.len() >= 16, "{headings:?}");
            texts.extend(headings);
            let screenshot = (!photographed.contains(&language)).then(|| {
                photographed.push(language);
                format!("{}.{language}.png", published.register)
            });
            pages.push(json!({
                "path": format!("{}/{language}.html", published.register),
                "texts": texts,
                "screenshot": screenshot,
            }));
        }
    }
    pages.push(json!({"path": "fi/index.html", "texts": ["Tietosuojaselosteet", "Työ- ja elinkeinoministeriö"], "screenshot": "index.fi.png"}));
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("site-screenshots");
    let (code, report) = run_checker(&root, &json!({ "pages": pages }), &shots);
    let html_pages = site
        .files
        .iter()
        .filter(|f| f.path.ends_with(".html"))
        .count();
    let checked = report["pages"].as_array().unwrap();
    assert_eq!(checked.len(), html_pages, "every page was opened");
    let failing: Vec<&Value> = checked
        .iter()
        .filter(|p| {
            ["violations", "structure", "missingTexts"]
                .iter()
                .any(|k| !p[k].as_array().unwrap().is_empty())
        })
        .collect();
    assert!(
        failing.is_empty(),
        "{}",
        serde_json::to_string_pretty(&failing).unwrap()
    );
    assert_eq!(code, Some(0));
    // One notice per language of the site (fi, sv) and the index, as PNG images.
    for name in [
        "tem-tno-contacts.fi.png",
        "tem-tno-contacts.sv.png",
        "index.fi.png",
    ] {
        let bytes = std::fs::read(shots.join(name)).unwrap();
        assert!(
            bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() > 20_000,
            "{name}"
        );
    }
}

#[test]
fn the_checker_fails_a_page_with_faults() {
    if checker().is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    std::fs::create_dir(&root).unwrap();
    std::fs::write(
        root.join("bad.html"),
        "<!DOCTYPE html><html><head><title>x</title></head><body><main><h1>A</h1><h3>B</h3><img src=\"x.png\"><table><tr><td>1</td></tr></table></main></body></html>",
    )
    .unwrap();
    let expectations =
        json!({"pages": [{"path": "bad.html", "texts": ["Rekisterinpitäjä"], "screenshot": null}]});
    let (code, report) = run_checker(&root, &expectations, dir.path());
    assert_eq!(code, Some(1));
    let page = &report["pages"][0];
    let rules: Vec<&str> = page["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].as_str().unwrap())
        .collect();
    assert!(
        rules.contains(&"html-has-lang") && rules.contains(&"image-alt"),
        "{rules:?}"
    );
    assert_eq!(
        page["structure"],
        json!([
            "the page has no lang",
            "heading \"B\" skips from h1 to h3",
            "a table without a caption",
            "a table without header cells"
        ])
    );
    assert_eq!(page["missingTexts"], json!(["Rekisterinpitäjä"]));
}
