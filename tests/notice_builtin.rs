//! The built-in rendering of the embedded templates against minijinja's interpretation of the
//! same templates: the same bytes for every seed notice and for the registers in
//! `tests/data/notice-branches/` (built to reach every branch of the templates, with text that
//! Markdown and HTML would take as markup), in every language, format and option, and on a site
//! page frame.

use std::path::PathBuf;

use gdpr::Language;
use gdpr::notice::{
    FrameLink, NoticeDocument, NoticeFormat, NoticeOptions, NoticeRenderer, PageFrame, Template,
    embedded_template, template_name,
};

mod common;
use common::{SEEDS, seed};

/// A renderer that interprets the embedded templates with minijinja.
fn interpreter() -> NoticeRenderer {
    NoticeRenderer::with_templates(
        Language::ALL
            .iter()
            .map(|&language| Template {
                language,
                name: template_name(language),
                source: embedded_template(language).to_owned(),
            })
            .collect(),
    )
    .expect("the embedded templates compile")
}

fn branch_registers() -> Vec<(String, gdpr::Register)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/notice-branches");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the branch registers are there")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 3, "branch registers in {}", dir.display());
    paths
        .into_iter()
        .map(|path| {
            let register = gdpr::files::load(&path).unwrap_or_else(|e| panic!("{e}"));
            (path.display().to_string(), register)
        })
        .collect()
}

const OPTIONS: [NoticeOptions; 4] = [
    NoticeOptions {
        derived: false,
        standard_text: false,
    },
    NoticeOptions {
        derived: true,
        standard_text: false,
    },
    NoticeOptions {
        derived: false,
        standard_text: true,
    },
    NoticeOptions::COMPLETE,
];

/// Renders `register` every way both renderers can and returns how many renders were compared.
fn compare(
    name: &str,
    register: &gdpr::Register,
    builtin: &NoticeRenderer,
    interpreted: &NoticeRenderer,
) -> usize {
    let frame = PageFrame::new(
        "Kieliversiot <&>",
        vec![
            FrameLink::new("../index.html", "Kaikki selosteet"),
            FrameLink::to_language("sv.html", Language::Sv, "På svenska"),
        ],
        vec![FrameLink::download(
            "dpv.jsonld",
            "application/ld+json",
            "DPV",
        )],
    );
    let mut compared = 0;
    for language in Language::ALL {
        for options in OPTIONS {
            let document = NoticeDocument::build_with(register, language, options);
            for format in [
                NoticeFormat::Markdown,
                NoticeFormat::Html,
                NoticeFormat::Text,
            ] {
                let ours = builtin.render(&document, format).expect("renders");
                let theirs = interpreted.render(&document, format).expect("renders");
                assert_same(
                    &ours,
                    &theirs,
                    &format!("{name} {language} {options:?} {format:?}"),
                );
                compared += 1;
            }
            let ours = builtin.render_page(&document, &frame).expect("renders");
            let theirs = interpreted.render_page(&document, &frame).expect("renders");
            assert_same(
                &ours,
                &theirs,
                &format!("{name} {language} {options:?} page"),
            );
            compared += 1;
        }
    }
    compared
}

/// Equal, or a failure that shows the first line where they part.
fn assert_same(ours: &str, theirs: &str, what: &str) {
    if ours == theirs {
        return;
    }
    let line = ours
        .lines()
        .zip(theirs.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| ours.lines().count().min(theirs.lines().count()));
    panic!(
        "{what}: the built-in rendering differs from the template at line {}:\n built-in: {:?}\n template: {:?}",
        line + 1,
        ours.lines().nth(line),
        theirs.lines().nth(line)
    );
}

#[test]
fn seed_notices_render_as_the_templates_do() {
    let (builtin, interpreted) = (NoticeRenderer::new(), interpreter());
    let mut compared = 0;
    for id in SEEDS {
        compared += compare(id, &seed(id), &builtin, &interpreted);
    }
    assert_eq!(compared, 4 * 3 * 4 * 4);
}

#[test]
fn every_branch_renders_as_the_templates_do() {
    let (builtin, interpreted) = (NoticeRenderer::new(), interpreter());
    for (name, register) in branch_registers() {
        assert_eq!(compare(&name, &register, &builtin, &interpreted), 3 * 4 * 4);
    }
}

/// The branch registers do reach what they are there for: a check that the comparison above is
/// not made on notices that skip the hard parts.
#[test]
fn branch_registers_reach_the_hard_parts() {
    let renderer = NoticeRenderer::new();
    let mut all = String::new();
    for (_, register) in branch_registers() {
        for language in Language::ALL {
            let document = NoticeDocument::build_with(&register, language, NoticeOptions::COMPLETE);
            all.push_str(&renderer.render(&document, NoticeFormat::Markdown).unwrap());
        }
    }
    for expected in [
        // Every kind of retention period, and the actions after them.
        "Toistaiseksi anonyymeina tietoina",
        "Säilytysajasta säädetään",
        "Säilytetään ",
        "Selosteessa ei ole ilmoitettu säilytysaikaa",
        ", minkä jälkeen tiedot arkistoidaan",
        "Tills vidare i anonymiserad form",
        "The retention period is set by",
        // A special category with its condition.
        "erityinen henkilötietoryhmä: ",
        "; condition for processing: ",
        // The three authority sentences and the missing translations note.
        "Suomessa valvontaviranomainen on tietosuojavaltuutettu",
        "In Germany, where the controller is established",
        "där den personuppgiftsansvarige är etablerad, är tillsynsmyndigheten",
        "Osa selosteen teksteistä ei ole saatavilla suomeksi",
        // Automated decisions used, a requirement kind, the Art. 21(4) separate objection.
        "Logic involved",
        "nödvändigt för att ingå avtal",
        "Rekisteröidyllä on oikeus vastustaa",
        // Escaped markup from the register's text.
        "\\*",
        "\\<b\\>",
    ] {
        assert!(
            all.contains(expected),
            "no branch register reaches {expected:?}"
        );
    }
}
