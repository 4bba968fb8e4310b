//! `gdpr site` and `notice::build_site`: the seed registers as a static site.

mod common;

use gdpr::Language;
use gdpr::notice::{
    NoticeRenderer, SiteError, SiteOptions, SiteSource, WithheldReason, build_site,
};

const SEEDS: [&str; 4] = [
    "espoo-tyollisyyspalvelut",
    "keha-alpo",
    "monialainen-yhteispalvelu",
    "tem-tno-contacts",
];

fn sources() -> Vec<SiteSource> {
    SEEDS
        .iter()
        .map(|id| SiteSource::new(format!("registers/{id}.toml"), common::seed(id)))
        .collect()
}

fn page<'a>(site: &'a gdpr::notice::Site, path: &str) -> &'a str {
    &site
        .files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path} is not on the site"))
        .contents
}

#[test]
fn registers_with_lint_errors_are_withheld_unless_allowed() {
    let renderer = NoticeRenderer::new();
    let site = build_site(&sources(), &renderer, &SiteOptions::default()).unwrap();
    // Three of the four real notices have errors (repealed acts, no DPO, no consent
    // withdrawal...): only the TEM contacts register goes out, in both of its languages.
    let published: Vec<(&str, &[Language])> = site
        .published
        .iter()
        .map(|p| (p.register.as_str(), p.languages.as_slice()))
        .collect();
    assert_eq!(
        published,
        [("tem-tno-contacts", &[Language::Fi, Language::Sv][..])]
    );
    let withheld: Vec<&str> = site.withheld.iter().map(|w| w.register.as_str()).collect();
    assert_eq!(
        withheld,
        [
            "espoo-tyollisyyspalvelut",
            "keha-alpo",
            "monialainen-yhteispalvelu"
        ]
    );
    let WithheldReason::LintErrors(findings) = &site.withheld[1].reason else {
        panic!("withheld for its errors")
    };
    let codes: Vec<&str> = findings.iter().map(|f| f.code).collect();
    assert_eq!(
        codes,
        ["controller-contact-missing", "consent-withdrawal-missing"]
    );
    assert!(!site.files.iter().any(|f| f.path.starts_with("keha-alpo/")));
    assert!(!page(&site, "fi/index.html").contains("ALPO"));

    let all = build_site(
        &sources(),
        &renderer,
        &SiteOptions::default().allow_errors(true),
    )
    .unwrap();
    assert_eq!(all.published.len(), 4);
    assert!(all.withheld.is_empty());
    let paths: Vec<&str> = all.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "espoo-tyollisyyspalvelut/dpv.jsonld",
            "espoo-tyollisyyspalvelut/fi.html",
            "fi/index.html",
            "fi/ropa.csv",
            "fi/ropa.html",
            "fi/ropa.json",
            "index.html",
            "keha-alpo/dpv.jsonld",
            "keha-alpo/fi.html",
            "monialainen-yhteispalvelu/dpv.jsonld",
            "monialainen-yhteispalvelu/fi.html",
            "sitemap.xml",
            "sv/index.html",
            "sv/ropa.csv",
            "sv/ropa.html",
            "sv/ropa.json",
            "tem-tno-contacts/dpv.jsonld",
            "tem-tno-contacts/fi.html",
            "tem-tno-contacts/sv.html",
        ]
    );
}

#[test]
fn the_index_groups_registers_by_controller_with_purposes_languages_and_last_change() {
    let site = build_site(
        &sources(),
        &NoticeRenderer::new(),
        &SiteOptions::default().allow_errors(true),
    )
    .unwrap();
    let fi = page(&site, "fi/index.html");
    assert!(fi.starts_with("<!DOCTYPE html>\n<html lang=\"fi\">"));
    // TEM is the controller of two seed registers: one heading, both registers under it.
    let tem = fi.find("<h2>Työ- ja elinkeinoministeriö</h2>").unwrap();
    assert_eq!(
        fi.matches("<h2>Työ- ja elinkeinoministeriö</h2>").count(),
        1
    );
    let monialainen = fi
        .find("Monialaisen yhteispalvelun asiakasrekisteri")
        .unwrap();
    let tno = fi
        .find("Ohjaus- ja neuvontapalveluiden yhteystietorekisteri")
        .unwrap();
    assert!(tem < monialainen && monialainen < tno);
    assert!(fi.contains(
        "<h3><a href=\"../keha-alpo/fi.html\">ALPO-rekisteri (maahanmuuttajien neuvontapalveluiden asiakasrekisterijärjestelmä)</a></h3>"
    ));
    // The notice's own date, labelled by what it is: ALPO's notice was drawn up 18.11.2021,
    // Espoo's published 24.6.2021; TEM's two give none.
    assert!(
        fi.contains("<dt>Laadittu</dt><dd><time datetime=\"2021-11-18\">18.11.2021</time></dd>")
    );
    assert!(
        fi.contains("<dt>Julkaistu</dt><dd><time datetime=\"2021-06-24\">24.6.2021</time></dd>")
    );
    assert_eq!(
        fi.matches("<dt>Päivitetty</dt><dd>ei ilmoitettu</dd>")
            .count(),
        2
    );
    // Languages link to each version; a link to another language says so.
    assert!(fi.contains("<dt>Kielet</dt><dd><a href=\"../tem-tno-contacts/fi.html\">suomi</a>, <a href=\"../tem-tno-contacts/sv.html\" hreflang=\"sv\" lang=\"sv\">svenska</a></dd>"));
    // Purposes on one line: first sentences, cut at a word, every cut marked.
    assert!(fi.contains("neuvojien toimesta. … · Rekisterin käyttö"));
    assert!(fi.contains("<dt>Käsittelyn tarkoitukset</dt><dd>Henkilötietojen käsittelyn tarkoituksena on työllisyyspalveluiden järjestäminen ja toteuttaminen sekä työ- ja elinkeinoviranomaiselle laissa säädettyjen …</dd>"));

    // The Swedish index lists the Finnish-only registers too, marked as Finnish text.
    let sv = page(&site, "sv/index.html");
    assert!(sv.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    assert!(sv.contains("<h3><a href=\"../tem-tno-contacts/sv.html\">Registret över handlednings- och rådgivningstjänsternas kontakter</a></h3>"));
    assert!(sv.contains(
        "<h3><a href=\"../keha-alpo/fi.html\" hreflang=\"fi\" lang=\"fi\">ALPO-rekisteri"
    ));
    assert!(sv.contains("<h2><span lang=\"fi\">ELY-keskusten sekä TE-toimistojen kehittämis- ja hallintokeskus (KEHA-keskus)</span></h2>"));
    assert!(sv.contains("<link rel=\"alternate\" hreflang=\"fi\" href=\"../fi/index.html\">"));
}

#[test]
fn notice_pages_link_their_language_versions_and_downloads() {
    let site = build_site(&sources(), &NoticeRenderer::new(), &SiteOptions::default()).unwrap();
    let sv = page(&site, "tem-tno-contacts/sv.html");
    assert!(sv.contains("<link rel=\"alternate\" hreflang=\"fi\" href=\"fi.html\">\n</head>"));
    assert!(sv.contains(
        "<nav aria-label=\"Webbplatsens navigering\">\n<ul>\n<li><a href=\"../sv/index.html\">Alla dataskyddsbeskrivningar</a></li>\n<li><a href=\"fi.html\" hreflang=\"fi\" lang=\"fi\">Suomeksi</a></li>\n</ul>\n</nav>"
    ));
    assert!(sv.contains("<footer>\n<ul>\n<li><a href=\"dpv.jsonld\" type=\"application/ld+json\">Registrets uppgifter i maskinläsbar form (JSON-LD, W3C:s DPV-vokabulär)</a></li>"));
    assert!(sv.contains("@media print"));
    assert!(!sv.contains("<script") && !sv.contains("src=") && !sv.contains("http://"));
    let jsonld: serde_json::Value =
        serde_json::from_str(page(&site, "tem-tno-contacts/dpv.jsonld")).unwrap();
    assert_eq!(jsonld, gdpr::notice::dpv(&common::seed("tem-tno-contacts")));
    let csv = page(&site, "sv/ropa.csv");
    // The Swedish record holds the one register published in Swedish.
    assert!(csv.starts_with("Register,(a) Personuppgiftsansvarig och dataskyddsombud,"));
    assert_eq!(csv.matches("\nRegistret över").count(), 1, "{csv}");
    assert!(!csv.contains("ALPO"));
    assert!(
        page(&site, "sv/ropa.html")
            .contains("<h2>Registret över handlednings- och rådgivningstjänsternas kontakter</h2>")
    );
}

#[test]
fn the_sitemap_lists_public_pages_and_the_report_stays_out_of_it() {
    let options = SiteOptions::default()
        .allow_errors(true)
        .with_report(true)
        .base_url("https://www.example.fi/tietosuoja");
    let site = build_site(&sources(), &NoticeRenderer::new(), &options).unwrap();
    let sitemap = page(&site, "sitemap.xml");
    assert!(sitemap.contains("<url>\n<loc>https://www.example.fi/tietosuoja/tem-tno-contacts/sv.html</loc>\n<xhtml:link rel=\"alternate\" hreflang=\"fi\" href=\"https://www.example.fi/tietosuoja/tem-tno-contacts/fi.html\"/>"));
    assert_eq!(sitemap.matches("<url>").count(), 10, "{sitemap}");
    assert!(!sitemap.contains("report.html"));
    let report = page(&site, "report.html");
    assert!(report.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(report.contains("<td>error</td><td>dpo-contact-missing</td>"));
    assert!(
        page(&site, "fi/index.html")
            .contains("<h2>Ylläpitäjille</h2>\n<ul>\n<li><a href=\"../report.html\">Tarkistusraportti (sisäiseen käyttöön, englanniksi)</a></li>")
    );
    let without = build_site(&sources(), &NoticeRenderer::new(), &SiteOptions::default()).unwrap();
    assert!(!without.files.iter().any(|f| f.path == "report.html"));
    assert!(!page(&without, "fi/index.html").contains("report.html"));
}

#[test]
fn the_same_registers_give_the_same_bytes_in_any_order() {
    let renderer = NoticeRenderer::new();
    let options = SiteOptions::default().allow_errors(true).with_report(true);
    let first = build_site(&sources(), &renderer, &options).unwrap();
    let mut reversed = sources();
    reversed.reverse();
    let second = build_site(&reversed, &renderer, &options).unwrap();
    assert_eq!(first.files, second.files);
}

#[test]
fn a_language_version_missing_texts_is_withheld_even_when_errors_are_allowed() {
    let mut register = common::seed("keha-alpo");
    register.languages.push(Language::Sv);
    let site = build_site(
        &[SiteSource::new("alpo.toml", register)],
        &NoticeRenderer::new(),
        &SiteOptions::default().allow_errors(true),
    )
    .unwrap();
    assert_eq!(site.published[0].languages, [Language::Fi]);
    assert_eq!(site.withheld[0].language, Some(Language::Sv));
    assert!(matches!(
        &site.withheld[0].reason,
        WithheldReason::MissingTranslations(paths) if paths.contains(&"name".to_owned())
    ));
}

#[test]
fn two_registers_with_one_id_are_an_error() {
    let register = common::seed("keha-alpo");
    let err = build_site(
        &[
            SiteSource::new("b/alpo.toml", register.clone()),
            SiteSource::new("a/alpo.toml", register),
        ],
        &NoticeRenderer::new(),
        &SiteOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(err, SiteError::DuplicateId { .. }));
    assert_eq!(
        err.to_string(),
        "b/alpo.toml: register id `keha-alpo` is also the id of a/alpo.toml; each register needs its own id, since its pages live under /keha-alpo/"
    );
}

#[cfg(feature = "cli")]
mod cli {
    use super::common::{self, gdpr};
    use std::path::Path;

    fn registers() -> String {
        common::seed_path("keha-alpo")
            .parent()
            .unwrap()
            .to_string_lossy()
            .into_owned()
    }

    fn listing(dir: &Path) -> Vec<String> {
        let mut files = Vec::new();
        fn walk(dir: &Path, root: &Path, files: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, root, files);
                } else {
                    files.push(path.strip_prefix(root).unwrap().display().to_string());
                }
            }
        }
        walk(dir, dir, &mut files);
        files.sort();
        files
    }

    #[test]
    fn errors_withhold_registers_and_exit_1_listing_them() {
        let out = tempfile::tempdir().unwrap();
        let site = out.path().join("site");
        let (code, stdout, stderr) = gdpr(&["site", &registers(), "-o", site.to_str().unwrap()]);
        assert_eq!(code, Some(1), "{stderr}");
        assert!(stderr.contains(
            "keha-alpo.toml: not published: 2 lint errors (fix them, or pass --allow-errors):"
        ));
        assert!(
            stderr
                .contains("keha-alpo.toml: error[controller-contact-missing] controller.contact:")
        );
        assert!(stdout.starts_with("site: 13 files in "), "{stdout}");
        assert!(stdout.contains("(2 notice pages of 1 registers; 13 files changed)"));
        assert!(site.join("tem-tno-contacts/sv.html").is_file());
        assert!(!site.join("keha-alpo").exists());
    }

    #[test]
    fn rerunning_writes_nothing_new_and_removes_what_is_gone() {
        let out = tempfile::tempdir().unwrap();
        let site = out.path().join("site");
        let site_arg = site.to_str().unwrap();
        let (code, stdout, stderr) =
            gdpr(&["site", &registers(), "-o", site_arg, "--allow-errors"]);
        assert_eq!(code, Some(0), "{stderr}");
        assert!(
            stdout.contains("(5 notice pages of 4 registers; 19 files changed)"),
            "{stdout}"
        );
        let before: Vec<(String, Vec<u8>)> = listing(&site)
            .into_iter()
            .map(|p| (p.clone(), std::fs::read(site.join(&p)).unwrap()))
            .collect();
        let (code, stdout, _) = gdpr(&["site", &registers(), "-o", site_arg, "--allow-errors"]);
        assert_eq!(code, Some(0));
        assert!(stdout.contains("; 0 files changed)"), "{stdout}");
        let after: Vec<(String, Vec<u8>)> = listing(&site)
            .into_iter()
            .map(|p| (p.clone(), std::fs::read(site.join(&p)).unwrap()))
            .collect();
        assert_eq!(before, after, "byte-identical");

        // A folder with one register less: its pages go, the rest stay.
        let fewer = out.path().join("registers");
        std::fs::create_dir(&fewer).unwrap();
        std::fs::copy(
            common::seed_path("tem-tno-contacts"),
            fewer.join("tem-tno-contacts.toml"),
        )
        .unwrap();
        let (code, _, stderr) = gdpr(&["site", fewer.to_str().unwrap(), "-o", site_arg]);
        assert_eq!(code, Some(0), "{stderr}");
        assert!(!site.join("keha-alpo").exists());
        assert!(site.join("tem-tno-contacts/fi.html").is_file());
        assert!(
            !std::fs::read_to_string(site.join("fi/index.html"))
                .unwrap()
                .contains("ALPO")
        );
    }

    #[test]
    fn a_city_s_own_template_gives_the_notices_its_look_inside_the_site_frame() {
        let out = tempfile::tempdir().unwrap();
        let templates = out.path().join("templates");
        std::fs::create_dir(&templates).unwrap();
        std::fs::write(
            templates.join("fi.j2"),
            "{{ begin(\"Espoo: \" ~ doc.register.name, \"fi\") }}{{ title(doc.register.name) }}{{ p(\"Kaupungin oma ulkoasu.\") }}{{ end() }}",
        )
        .unwrap();
        let site = out.path().join("site");
        let (code, _, stderr) = gdpr(&[
            "site",
            &registers(),
            "-o",
            site.to_str().unwrap(),
            "--templates",
            templates.to_str().unwrap(),
        ]);
        assert_eq!(code, Some(1), "three seeds have errors: {stderr}");
        let fi = std::fs::read_to_string(site.join("tem-tno-contacts/fi.html")).unwrap();
        assert!(
            fi.contains(
                "<title>Espoo: Ohjaus- ja neuvontapalveluiden yhteystietorekisteri</title>"
            )
        );
        assert!(fi.contains("<p>Kaupungin oma ulkoasu.</p>"));
        assert!(fi.contains("<a href=\"sv.html\" hreflang=\"sv\" lang=\"sv\">På svenska</a>"));
        assert!(fi.contains("<footer>"));
        // Swedish keeps the embedded template.
        let sv = std::fs::read_to_string(site.join("tem-tno-contacts/sv.html")).unwrap();
        assert!(sv.contains("<h2>1. Personuppgiftsansvarig</h2>"));
    }

    #[test]
    fn a_file_that_does_not_parse_writes_nothing() {
        let out = tempfile::tempdir().unwrap();
        let registers = out.path().join("registers");
        std::fs::create_dir(&registers).unwrap();
        std::fs::copy(
            common::seed_path("tem-tno-contacts"),
            registers.join("tem-tno-contacts.toml"),
        )
        .unwrap();
        std::fs::write(registers.join("broken.toml"), "id = \"x\"\nname.fi = \n").unwrap();
        let site = out.path().join("site");
        let (code, _, stderr) = gdpr(&[
            "site",
            registers.to_str().unwrap(),
            "-o",
            site.to_str().unwrap(),
        ]);
        assert_eq!(code, Some(2));
        assert!(stderr.contains("broken.toml:2:"), "{stderr}");
        assert!(stderr.contains("1 of 2 register files cannot be read; nothing was written"));
        assert!(!site.exists());
    }

    #[test]
    fn a_folder_it_did_not_write_is_left_alone() {
        let out = tempfile::tempdir().unwrap();
        std::fs::write(out.path().join("notes.txt"), "mine").unwrap();
        let (code, _, stderr) = gdpr(&["site", &registers(), "-o", out.path().to_str().unwrap()]);
        assert_eq!(code, Some(2));
        assert!(stderr.contains("the folder has files that `gdpr site` did not write"));
        assert_eq!(listing(out.path()), ["notes.txt"]);
        let (code, _, stderr) = gdpr(&["site", "no/such/dir", "-o", out.path().to_str().unwrap()]);
        assert_eq!(code, Some(2));
        assert!(stderr.contains("no/such/dir: not a directory"));
    }
}
