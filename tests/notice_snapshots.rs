//! Snapshots of every seed notice in each of its languages and every format. A change to a
//! template or the view model shows up here as a diff to review (`cargo insta review`).

use gdpr::Language;
use gdpr::notice::{NoticeDocument, NoticeFormat, NoticeOptions, NoticeRenderer};

mod common;
use common::{SEEDS as REGISTERS, seed};

const NOTICES: [(&str, Language); 5] = [
    ("tem-tno-contacts", Language::Fi),
    ("tem-tno-contacts", Language::Sv),
    ("keha-alpo", Language::Fi),
    ("monialainen-yhteispalvelu", Language::Fi),
    ("espoo-tyollisyyspalvelut", Language::Fi),
];

#[test]
fn seed_notices() {
    let renderer = NoticeRenderer::new();
    for (id, language) in NOTICES {
        let register = seed(id);
        let document = NoticeDocument::build(&register, language);
        for format in NoticeFormat::ALL {
            let rendered = renderer.render(&document, format).unwrap();
            insta::assert_snapshot!(format!("{id}.{language}.{}", format.extension()), rendered);
        }
    }
}

/// Each seed's notice with derived and standard text (`gdpr notice --complete`), in Finnish,
/// Swedish and English: the static wording of every language is reviewed here.
#[test]
fn seed_notices_complete() {
    let renderer = NoticeRenderer::new();
    for id in REGISTERS {
        let register = seed(id);
        for language in Language::ALL {
            let document = NoticeDocument::build_with(&register, language, NoticeOptions::COMPLETE);
            let rendered = renderer.render(&document, NoticeFormat::Text).unwrap();
            insta::assert_snapshot!(format!("complete.{id}.{language}.txt"), rendered);
        }
    }
}

#[test]
fn seed_records_of_processing() {
    let registers: Vec<_> = REGISTERS.iter().map(|id| seed(id)).collect();
    for language in [Language::Fi, Language::Sv, Language::En] {
        let rows: Vec<_> = registers
            .iter()
            .map(|r| gdpr::notice::ropa_row(r, language))
            .collect();
        insta::assert_snapshot!(
            format!("ropa.{language}.csv"),
            gdpr::notice::ropa_csv(&rows, language)
        );
        insta::assert_snapshot!(
            format!("ropa.{language}.md"),
            gdpr::notice::ropa_markdown(&rows, language)
        );
    }
}

#[test]
fn seed_dpv_exports() {
    for id in REGISTERS {
        let register = seed(id);
        let json = serde_json::to_string_pretty(&gdpr::notice::dpv(&register)).unwrap();
        insta::assert_snapshot!(format!("dpv.{id}.jsonld"), json);
    }
}
