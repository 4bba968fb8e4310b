//! A static site of privacy notices, built from a folder of registers: see [`build_site`].

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::NaiveDate;

use super::document::NoticeDocument;
use super::render::{
    FrameLink, NoticeRenderer, PageFrame, RenderError, date_text, escape_html, push_link_list,
    push_page_end, push_page_start,
};
use super::{dpv, ropa_csv, ropa_headers, ropa_row};
use crate::lint::{Finding, Severity, has_errors, lint};
use crate::model::Register;
use crate::text::{Language, LocalizedText};

/// A register and where it came from (a file's path, shown in messages and the report).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct SiteSource {
    /// Where the register was read from.
    pub source: String,
    /// The register.
    pub register: Register,
}

impl SiteSource {
    /// A register read from `source`.
    pub fn new(source: impl Into<String>, register: Register) -> Self {
        Self {
            source: source.into(),
            register,
        }
    }
}

/// How to build a site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SiteOptions {
    /// Publish registers that have lint errors (they are withheld otherwise).
    pub allow_errors: bool,
    /// Write `report.html` with every finding, linked from the indexes as the team's page.
    pub with_report: bool,
    /// The address the site is published at, e.g. `https://www.example.fi/tietosuoja/`: the
    /// sitemap's locations start with it. Without it they are relative to the site's root,
    /// which search engines do not accept.
    pub base_url: Option<String>,
}

impl SiteOptions {
    /// Publishes registers with lint errors too.
    pub fn allow_errors(mut self, allow: bool) -> Self {
        self.allow_errors = allow;
        self
    }

    /// Writes the team's lint report page.
    pub fn with_report(mut self, with: bool) -> Self {
        self.with_report = with;
        self
    }

    /// The address the site is published at.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }
}

/// The files of a site and what was left out of it.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Site {
    /// Every file, ordered by path.
    pub files: Vec<SiteFile>,
    /// The registers published, in id order.
    pub published: Vec<Published>,
    /// Registers and language versions not published, and why.
    pub withheld: Vec<Withheld>,
}

/// A register on a site.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Published {
    /// The register's id.
    pub register: String,
    /// The languages its notice is published in.
    pub languages: Vec<Language>,
}

/// One file of a site.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SiteFile {
    /// The path under the site's root, with `/` between parts, e.g. `keha-alpo/fi.html`.
    pub path: String,
    /// The file's text.
    pub contents: String,
}

/// A register, or one language version of it, left out of the site.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Withheld {
    /// Where the register was read from.
    pub source: String,
    /// The register's id.
    pub register: String,
    /// The language version left out; `None` when the whole register is.
    pub language: Option<Language>,
    /// Why.
    pub reason: WithheldReason,
}

/// Why something was left out of a site.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum WithheldReason {
    /// The register has lint errors and [`SiteOptions::allow_errors`] was not given.
    LintErrors(Vec<Finding>),
    /// Texts lack the language (their field paths).
    MissingTranslations(Vec<String>),
}

/// A site cannot be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SiteError {
    /// Two files hold registers with the same id, which would share one address.
    #[error(
        "{second}: register id `{id}` is also the id of {first}; each register needs its own id, since its pages live under /{id}/"
    )]
    DuplicateId {
        /// The id.
        id: String,
        /// The file that has it first.
        first: String,
        /// The file that has it again.
        second: String,
    },
    /// A notice template failed.
    #[error(transparent)]
    Render(#[from] RenderError),
}

/// A register going on the site, with the language versions it is published in.
struct Entry<'a> {
    source: &'a SiteSource,
    findings: Vec<Finding>,
    languages: Vec<Language>,
    published: bool,
}

impl Entry<'_> {
    fn register(&self) -> &Register {
        &self.source.register
    }

    fn id(&self) -> &str {
        self.register().id.as_str()
    }
}

/// Builds every file of a static site of privacy notices from `sources`, in memory.
///
/// A public body publishes its notices on pages that must be accessible (in Finland the Act on
/// the Provision of Digital Services 306/2019, s. 7, through the harmonised standard EN 301 549,
/// which takes in WCAG 2.1 level AA) and must keep people informed of changes (GDPR Art. 5(1)(a)
/// and 12(1); before processing for a new purpose, Art. 13(3) and 14(4); the transparency
/// guidelines WP260 rev.01 on changes to the information). The caller (the `gdpr site`
/// command) writes the files. The same registers always give the same bytes: nothing depends
/// on the clock, the order of the input or the machine.
///
/// | path | what it is |
/// | --- | --- |
/// | `index.html` | the languages of the site, each linking to its index |
/// | `<lang>/index.html` | the registers grouped by controller: name, purposes in one line, languages, last update |
/// | `<register-id>/<lang>.html` | the notice in one language, with links to its other language versions (`hreflang`) |
/// | `<register-id>/dpv.jsonld` | the register in the W3C Data Privacy Vocabulary |
/// | `<lang>/ropa.html`, `.csv`, `.json` | the Art. 30 record of the registers published in that language |
/// | `report.html` | the lint findings, for the team (only with [`SiteOptions::with_report`]; `noindex`, not in the sitemap) |
/// | `sitemap.xml` | every public page, with its language versions |
///
/// Pages are self-contained: one inline style sheet (with print rules), no scripts, no
/// external assets. A register with lint errors is withheld unless
/// [`SiteOptions::allow_errors`]; a language version that lacks texts in its language is
/// always withheld, since its passages in another language could not be marked as such.
///
/// ```
/// use gdpr::notice::{build_site, NoticeRenderer, SiteOptions, SiteSource};
/// let path = "examples/registers/tem-tno-contacts.toml";
/// let sources = vec![SiteSource::new(path, gdpr::files::load(path)?)];
/// let site = build_site(&sources, &NoticeRenderer::new(), &SiteOptions::default())?;
/// assert!(site.withheld.is_empty());
/// let paths: Vec<&str> = site.files.iter().map(|f| f.path.as_str()).collect();
/// assert!(paths.contains(&"tem-tno-contacts/sv.html"));
/// assert!(paths.contains(&"sv/index.html"));
/// assert!(paths.contains(&"sitemap.xml"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// Two registers share an id, or a (user) template fails.
pub fn build_site(
    sources: &[SiteSource],
    renderer: &NoticeRenderer,
    options: &SiteOptions,
) -> Result<Site, SiteError> {
    let mut by_id: BTreeMap<&str, &SiteSource> = BTreeMap::new();
    for source in sources {
        if let Some(first) = by_id.insert(source.register.id.as_str(), source) {
            let (first, second) = ordered(&first.source, &source.source);
            return Err(SiteError::DuplicateId {
                id: source.register.id.to_string(),
                first,
                second,
            });
        }
    }
    let mut withheld = Vec::new();
    let mut entries = Vec::new();
    for source in by_id.into_values() {
        let findings = lint(&source.register);
        if has_errors(&findings) && !options.allow_errors {
            withheld.push(Withheld {
                source: source.source.clone(),
                register: source.register.id.to_string(),
                language: None,
                reason: WithheldReason::LintErrors(
                    findings
                        .iter()
                        .filter(|f| f.severity == Severity::Error)
                        .cloned()
                        .collect(),
                ),
            });
            entries.push(Entry {
                source,
                findings,
                languages: Vec::new(),
                published: false,
            });
            continue;
        }
        let mut languages = Vec::new();
        for language in Language::ALL
            .into_iter()
            .filter(|l| source.register.languages.contains(l))
        {
            let missing = NoticeDocument::build(&source.register, language).missing_translations;
            if missing.is_empty() {
                languages.push(language);
            } else {
                withheld.push(Withheld {
                    source: source.source.clone(),
                    register: source.register.id.to_string(),
                    language: Some(language),
                    reason: WithheldReason::MissingTranslations(missing),
                });
            }
        }
        let published = !languages.is_empty();
        entries.push(Entry {
            source,
            findings,
            languages,
            published,
        });
    }
    let site_languages: Vec<Language> = Language::ALL
        .into_iter()
        .filter(|l| entries.iter().any(|e| e.languages.contains(l)))
        .collect();

    let mut files = Vec::new();
    let mut sitemap = Sitemap::default();
    files.push(file("index.html", language_choice(&site_languages)));
    sitemap.add("index.html", &[]);
    for &language in &site_languages {
        let alternates: Vec<(Language, String)> = site_languages
            .iter()
            .map(|&l| (l, format!("{}/index.html", l.code())))
            .collect();
        let path = format!("{}/index.html", language.code());
        files.push(file(
            &path,
            index_page(&entries, language, &site_languages, options.with_report),
        ));
        sitemap.add(&path, &alternates);
        let published: Vec<&Entry<'_>> = entries
            .iter()
            .filter(|e| e.languages.contains(&language))
            .collect();
        let rows: Vec<_> = published
            .iter()
            .map(|e| ropa_row(e.register(), language))
            .collect();
        let ropa = format!("{}/ropa", language.code());
        files.push(file(
            &format!("{ropa}.html"),
            ropa_page(&rows, language, &site_languages),
        ));
        sitemap.add(
            &format!("{ropa}.html"),
            &site_languages
                .iter()
                .map(|&l| (l, format!("{}/ropa.html", l.code())))
                .collect::<Vec<_>>(),
        );
        files.push(file(&format!("{ropa}.csv"), ropa_csv(&rows, language)));
        files.push(file(
            &format!("{ropa}.json"),
            serde_json::to_string_pretty(&rows).expect("rows serialize") + "\n",
        ));
    }
    for entry in entries.iter().filter(|e| e.published) {
        let id = entry.id();
        let alternates: Vec<(Language, String)> = entry
            .languages
            .iter()
            .map(|&l| (l, format!("{id}/{}.html", l.code())))
            .collect();
        for &language in &entry.languages {
            let document = NoticeDocument::build(entry.register(), language);
            let html = renderer.render_page(&document, &notice_frame(entry, language))?;
            let path = format!("{id}/{}.html", language.code());
            files.push(file(&path, html));
            sitemap.add(&path, &alternates);
        }
        files.push(file(
            &format!("{id}/dpv.jsonld"),
            serde_json::to_string_pretty(&dpv(entry.register())).expect("JSON-LD serializes")
                + "\n",
        ));
    }
    if options.with_report {
        files.push(file("report.html", report_page(&entries)));
    }
    files.push(file(
        "sitemap.xml",
        sitemap.xml(options.base_url.as_deref()),
    ));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let published = entries
        .iter()
        .filter(|e| e.published)
        .map(|e| Published {
            register: e.id().to_owned(),
            languages: e.languages.clone(),
        })
        .collect();
    Ok(Site {
        files,
        published,
        withheld,
    })
}

fn ordered(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_owned(), b.to_owned())
    } else {
        (b.to_owned(), a.to_owned())
    }
}

fn file(path: &str, contents: String) -> SiteFile {
    SiteFile {
        path: path.to_owned(),
        contents,
    }
}

/// The site's words, in each language.
struct Words {
    notices: &'static str,
    notices_in_language: &'static str,
    all_notices: &'static str,
    site_navigation: &'static str,
    purposes: &'static str,
    languages: &'static str,
    updated: &'static str,
    published: &'static str,
    drawn_up: &'static str,
    not_stated: &'static str,
    machine_readable: &'static str,
    ropa: &'static str,
    ropa_intro: &'static str,
    ropa_csv: &'static str,
    ropa_json: &'static str,
    ropa_empty: &'static str,
    report_link: &'static str,
    for_the_team: &'static str,
    no_registers: &'static str,
}

const FI: Words = Words {
    notices: "Tietosuojaselosteet",
    notices_in_language: "Tietosuojaselosteet suomeksi",
    all_notices: "Kaikki tietosuojaselosteet",
    site_navigation: "Sivuston navigointi",
    purposes: "Käsittelyn tarkoitukset",
    languages: "Kielet",
    updated: "Päivitetty",
    published: "Julkaistu",
    drawn_up: "Laadittu",
    not_stated: "ei ilmoitettu",
    machine_readable: "Rekisterin tiedot koneluettavassa muodossa (JSON-LD, W3C:n DPV-sanasto)",
    ropa: "Seloste käsittelytoimista (tietosuoja-asetuksen 30 artikla)",
    ropa_intro: "Tietosuoja-asetuksen 30 artiklan 1 kohdan mukaiset tiedot niistä rekistereistä, joiden tietosuojaseloste on julkaistu suomeksi. Tiedot on koottu tietosuojaselosteista; rekisterinpitäjän oma seloste käsittelytoimista voi olla laajempi.",
    ropa_csv: "Seloste käsittelytoimista CSV-tiedostona",
    ropa_json: "Seloste käsittelytoimista JSON-tiedostona",
    ropa_empty: "Yhtään rekisteriä ei ole julkaistu tällä kielellä.",
    report_link: "Tarkistusraportti (sisäiseen käyttöön, englanniksi)",
    for_the_team: "Ylläpitäjille",
    no_registers: "Yhtään tietosuojaselostetta ei ole julkaistu.",
};

const SV: Words = Words {
    notices: "Dataskyddsbeskrivningar",
    notices_in_language: "Dataskyddsbeskrivningar på svenska",
    all_notices: "Alla dataskyddsbeskrivningar",
    site_navigation: "Webbplatsens navigering",
    purposes: "Ändamål",
    languages: "Språk",
    updated: "Uppdaterad",
    published: "Publicerad",
    drawn_up: "Upprättad",
    not_stated: "inte angivet",
    machine_readable: "Registrets uppgifter i maskinläsbar form (JSON-LD, W3C:s DPV-vokabulär)",
    ropa: "Register över behandling (artikel 30 i dataskyddsförordningen)",
    ropa_intro: "Uppgifter enligt artikel 30.1 i dataskyddsförordningen för de personuppgiftsregister vars dataskyddsbeskrivning har publicerats på svenska. Uppgifterna har sammanställts ur dataskyddsbeskrivningarna; den personuppgiftsansvariges eget register över behandling kan vara mer omfattande.",
    ropa_csv: "Registret över behandling som CSV-fil",
    ropa_json: "Registret över behandling som JSON-fil",
    ropa_empty: "Inga register har publicerats på detta språk.",
    report_link: "Granskningsrapport (för internt bruk, på engelska)",
    for_the_team: "För registerförvaltarna",
    no_registers: "Inga dataskyddsbeskrivningar har publicerats.",
};

const EN: Words = Words {
    notices: "Privacy notices",
    notices_in_language: "Privacy notices in English",
    all_notices: "All privacy notices",
    site_navigation: "Site navigation",
    purposes: "Purposes",
    languages: "Languages",
    updated: "Updated",
    published: "Published",
    drawn_up: "Drawn up",
    not_stated: "not stated",
    machine_readable: "The register's data in machine-readable form (JSON-LD, W3C Data Privacy Vocabulary)",
    ropa: "Record of processing activities (Article 30 GDPR)",
    ropa_intro: "Article 30(1) information for the registers whose privacy notice is published in English, compiled from the notices; each controller's own record may cover more.",
    ropa_csv: "The record of processing activities as a CSV file",
    ropa_json: "The record of processing activities as a JSON file",
    ropa_empty: "No register is published in this language.",
    report_link: "Lint report (internal)",
    for_the_team: "For the register keepers",
    no_registers: "No privacy notice is published.",
};

fn words(language: Language) -> &'static Words {
    match language {
        Language::Fi => &FI,
        Language::Sv => &SV,
        Language::En => &EN,
    }
}

/// A language's name in itself, as a reader looks for it.
fn endonym(language: Language) -> &'static str {
    language.pick("suomi", "svenska", "English")
}

/// A text in `language`, or else in the first language it is stated in, with that language.
fn text_in(text: &LocalizedText, language: Language) -> (&str, Language) {
    match text.get(language) {
        Some(t) => (t, language),
        None => {
            let other = text.languages().next().unwrap_or(language);
            (text.get(other).unwrap_or_default(), other)
        }
    }
}

/// Appends `text` escaped, inside a `span` with its language when that is not `page`'s.
fn push_text(out: &mut String, text: &str, language: Language, page: Language) {
    if language == page {
        out.push_str(&escape_html(text));
    } else {
        let _ = write!(
            out,
            "<span lang=\"{}\">{}</span>",
            language.code(),
            escape_html(text)
        );
    }
}

/// "In Swedish" in Swedish: the text of a link to a language version.
fn in_language(language: Language) -> &'static str {
    language.pick("Suomeksi", "På svenska", "In English")
}

/// The most a purpose takes in an index line, in characters.
const PURPOSE_EXCERPT: usize = 160;

/// A purpose for an index line: its first sentence on one line, cut at a word when longer than
/// [`PURPOSE_EXCERPT`]; whenever anything is left out, ` …` says so. The notice has the whole
/// text.
fn purpose_excerpt(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let end = sentence_end(&line).unwrap_or(line.len());
    let sentence = &line[..end];
    let mut excerpt = String::new();
    for word in sentence.split(' ') {
        if excerpt.chars().count() + word.chars().count() + 1 > PURPOSE_EXCERPT {
            break;
        }
        if !excerpt.is_empty() {
            excerpt.push(' ');
        }
        excerpt.push_str(word);
    }
    if excerpt.len() < line.len() {
        excerpt.truncate(excerpt.trim_end_matches([',', ';', ':']).len());
        excerpt.push_str(" …");
    }
    excerpt
}

/// Where the first sentence of `line` ends: after a full stop followed by a space and a capital
/// letter, unless the word before it is an abbreviation ("esim. Kela", "mm. Kelan", "t.ex.
/// FPA").
fn sentence_end(line: &str) -> Option<usize> {
    line.match_indices(". ")
        .map(|(at, _)| at)
        .find(|&at| {
            let capital = line[at + 2..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            let word = line[..at].rsplit(' ').next().unwrap_or_default();
            let abbreviation =
                word.chars().count() <= 4 && word.chars().all(|c| c.is_lowercase() || c == '.');
            capital && !abbreviation
        })
        .map(|at| at + 1)
}

/// The date an index shows for a register, with the label of the field it comes from: the
/// latest `[[changes]]` entry or `updated` ("updated"), else `published`, else `drawn_up`.
/// Drawing up or publishing a notice is not a change, so it is never called one.
fn dated(register: &Register, w: &Words) -> (&'static str, Option<NaiveDate>) {
    let updated = register
        .changes
        .iter()
        .map(|c| c.date)
        .chain(register.updated)
        .max();
    match (updated, register.published, register.drawn_up) {
        (Some(date), _, _) => (w.updated, Some(date)),
        (None, Some(date), _) => (w.published, Some(date)),
        (None, None, Some(date)) => (w.drawn_up, Some(date)),
        (None, None, None) => (w.updated, None),
    }
}

/// The page listing the site's languages.
fn language_choice(languages: &[Language]) -> String {
    let page = languages.first().copied().unwrap_or(Language::Fi);
    let mut out = String::new();
    push_page_start(&mut out, words(page).notices, page.code(), "", "");
    out.push_str("<h1>");
    for (i, &language) in languages.iter().enumerate() {
        if i > 0 {
            out.push_str(" – ");
        }
        push_text(&mut out, words(language).notices, language, page);
    }
    if languages.is_empty() {
        out.push_str(words(page).notices);
    }
    out.push_str("</h1>\n");
    if languages.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", words(page).no_registers);
    } else {
        let links: Vec<FrameLink> = languages
            .iter()
            .map(|&l| {
                FrameLink::to_language(
                    format!("{}/index.html", l.code()),
                    l,
                    words(l).notices_in_language,
                )
            })
            .collect();
        push_link_list(&mut out, &links);
    }
    push_page_end(&mut out, "");
    out
}

/// The navigation of a page in `language` whose other language versions are at `versions`.
fn navigation(language: Language, home: Option<&str>, versions: &[(Language, String)]) -> String {
    let w = words(language);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<header>\n<nav aria-label=\"{}\">",
        escape_html(w.site_navigation)
    );
    let mut links: Vec<FrameLink> = home
        .map(|home| FrameLink::new(home, w.all_notices))
        .into_iter()
        .collect();
    links.extend(
        versions
            .iter()
            .filter(|(l, _)| *l != language)
            .map(|(l, href)| FrameLink::to_language(href.clone(), *l, in_language(*l))),
    );
    push_link_list(&mut out, &links);
    out.push_str("</nav>\n</header>\n");
    out
}

fn alternates_head(language: Language, versions: &[(Language, String)]) -> String {
    let mut out = String::new();
    for (l, href) in versions.iter().filter(|(l, _)| *l != language) {
        let _ = writeln!(
            out,
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            l.code(),
            escape_html(href)
        );
    }
    out
}

/// The index of the site in `language`: the registers grouped by controller.
fn index_page(
    entries: &[Entry<'_>],
    language: Language,
    site_languages: &[Language],
    with_report: bool,
) -> String {
    let w = words(language);
    let versions: Vec<(Language, String)> = site_languages
        .iter()
        .map(|&l| (l, format!("../{}/index.html", l.code())))
        .collect();
    let mut out = String::new();
    push_page_start(
        &mut out,
        w.notices,
        language.code(),
        &alternates_head(language, &versions),
        &navigation(language, None, &versions),
    );
    let _ = writeln!(out, "<h1>{}</h1>", escape_html(w.notices));
    let mut by_controller: BTreeMap<(String, Language), Vec<&Entry<'_>>> = BTreeMap::new();
    for entry in entries.iter().filter(|e| e.published) {
        let (name, in_language) = text_in(&entry.register().controller.name, language);
        by_controller
            .entry((name.to_owned(), in_language))
            .or_default()
            .push(entry);
    }
    if by_controller.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape_html(w.no_registers));
    }
    for ((controller, controller_language), mut registers) in by_controller {
        out.push_str("<h2>");
        push_text(&mut out, &controller, controller_language, language);
        out.push_str("</h2>\n");
        registers.sort_by_key(|e| {
            (
                text_in(&e.register().name, language).0.to_owned(),
                e.id().to_owned(),
            )
        });
        for entry in registers {
            index_entry(&mut out, entry, language);
        }
    }
    out.push_str("<h2>");
    out.push_str(&escape_html(w.ropa));
    out.push_str("</h2>\n");
    push_link_list(&mut out, &[FrameLink::new("ropa.html", w.ropa)]);
    if with_report {
        // Only in a build the team asked for: a public site is built without --with-report.
        let _ = writeln!(out, "<h2>{}</h2>", escape_html(w.for_the_team));
        push_link_list(&mut out, &[FrameLink::new("../report.html", w.report_link)]);
    }
    push_page_end(&mut out, "");
    out
}

fn index_entry(out: &mut String, entry: &Entry<'_>, language: Language) {
    let w = words(language);
    let register = entry.register();
    // A register not published in this index's language is shown, and linked, in its own.
    let shown = if entry.languages.contains(&language) {
        language
    } else {
        entry.languages[0]
    };
    let name = register.name.get(shown).unwrap_or_default();
    out.push_str("<h3>");
    FrameLink {
        language: (shown != language).then_some(shown),
        ..FrameLink::new(format!("../{}/{}.html", entry.id(), shown.code()), name)
    }
    .push_html(out);
    out.push_str("</h3>\n<dl>\n");
    let purposes: Vec<String> = register
        .purposes
        .iter()
        .filter_map(|p| p.description.get(shown))
        .map(purpose_excerpt)
        .collect();
    let _ = write!(out, "<dt>{}</dt><dd>", escape_html(w.purposes));
    if purposes.is_empty() {
        out.push_str(&escape_html(w.not_stated));
    } else {
        push_text(out, &purposes.join(" · "), shown, language);
    }
    let _ = write!(out, "</dd>\n<dt>{}</dt><dd>", escape_html(w.languages));
    for (i, &l) in entry.languages.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        FrameLink {
            language: (l != language).then_some(l),
            ..FrameLink::new(format!("../{}/{}.html", entry.id(), l.code()), endonym(l))
        }
        .push_html(out);
    }
    let (label, date) = dated(register, w);
    let _ = write!(out, "</dd>\n<dt>{}</dt><dd>", escape_html(label));
    match date {
        Some(date) => {
            let _ = write!(
                out,
                "<time datetime=\"{date}\">{}</time>",
                date_text(date, language)
            );
        }
        None => out.push_str(&escape_html(w.not_stated)),
    }
    out.push_str("</dd>\n</dl>\n");
}

/// The frame of a notice page: back to the index, the other language versions, the download.
fn notice_frame(entry: &Entry<'_>, language: Language) -> PageFrame {
    let w = words(language);
    let mut navigation = vec![FrameLink::new(
        format!("../{}/index.html", language.code()),
        w.all_notices,
    )];
    navigation.extend(
        entry
            .languages
            .iter()
            .filter(|&&l| l != language)
            .map(|&l| FrameLink::to_language(format!("{}.html", l.code()), l, in_language(l))),
    );
    PageFrame {
        navigation_label: w.site_navigation.to_owned(),
        navigation,
        footer: vec![FrameLink::download(
            "dpv.jsonld",
            "application/ld+json",
            w.machine_readable,
        )],
    }
}

/// The Art. 30 record in `language` as a page: one section per register.
fn ropa_page(rows: &[super::RopaRow], language: Language, site_languages: &[Language]) -> String {
    let w = words(language);
    let versions: Vec<(Language, String)> = site_languages
        .iter()
        .map(|&l| (l, format!("../{}/ropa.html", l.code())))
        .collect();
    let mut out = String::new();
    push_page_start(
        &mut out,
        w.ropa,
        language.code(),
        &alternates_head(language, &versions),
        &navigation(language, Some("index.html"), &versions),
    );
    let _ = writeln!(out, "<h1>{}</h1>", escape_html(w.ropa));
    let _ = writeln!(out, "<p>{}</p>", escape_html(w.ropa_intro));
    push_link_list(
        &mut out,
        &[
            FrameLink::download("ropa.csv", "text/csv", w.ropa_csv),
            FrameLink::download("ropa.json", "application/json", w.ropa_json),
        ],
    );
    if rows.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape_html(w.ropa_empty));
    }
    let headers = ropa_headers(language);
    for row in rows {
        let _ = writeln!(out, "<h2>{}</h2>\n<dl>", escape_html(&row.register));
        for (header, value) in headers.iter().skip(1).zip([
            &row.a_controller,
            &row.b_purposes,
            &row.c_categories,
            &row.d_recipients,
            &row.e_transfers,
            &row.f_erasure_time_limits,
            &row.g_security,
        ]) {
            let _ = writeln!(
                out,
                "<dt>{}</dt><dd>{}</dd>",
                escape_html(header),
                escape_html(value).replace('\n', "<br>\n")
            );
        }
        out.push_str("</dl>\n");
    }
    push_page_end(&mut out, "");
    out
}

/// The team's page: every finding of every register, and what was withheld.
fn report_page(entries: &[Entry<'_>]) -> String {
    let mut out = String::new();
    push_page_start(
        &mut out,
        "Lint report (internal)",
        "en",
        "<meta name=\"robots\" content=\"noindex\">\n",
        "",
    );
    out.push_str("<h1>Lint report (internal)</h1>\n<p>For the register keepers: the findings of <code>gdpr check</code>'s automated rules (Art. 13, 14 and 30 GDPR) for every register of this site. No findings does not mean that a notice complies. This page is not part of the public notices and is not listed in the sitemap; build the public site without <code>--with-report</code>.</p>\n");
    for entry in entries {
        let _ = writeln!(
            out,
            "<h2>{} (<code>{}</code>)</h2>",
            escape_html(entry.id()),
            escape_html(&entry.source.source)
        );
        let status = if !entry.published {
            "Not published: the register has errors (pass --allow-errors to publish it anyway) or no language version is complete.".to_owned()
        } else {
            format!(
                "Published in {}.",
                entry
                    .languages
                    .iter()
                    .map(|l| l.code())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let _ = writeln!(out, "<p>{}</p>", escape_html(&status));
        if entry.findings.is_empty() {
            out.push_str("<p>No findings.</p>\n");
            continue;
        }
        let _ = writeln!(
            out,
            "<table>\n<caption>Findings in {}</caption>\n<thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Code</th><th scope=\"col\">Article</th><th scope=\"col\">Field</th><th scope=\"col\">Finding</th></tr></thead>\n<tbody>",
            escape_html(&entry.source.source)
        );
        for finding in &entry.findings {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                finding.severity,
                escape_html(finding.code),
                escape_html(finding.article),
                escape_html(&finding.path),
                escape_html(&finding.message)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    push_page_end(&mut out, "");
    out
}

/// The sitemap (sitemaps.org protocol 0.9, with `xhtml:link` alternates for language
/// versions as search engines read them).
#[derive(Default)]
struct Sitemap {
    pages: Vec<(String, Vec<(Language, String)>)>,
}

impl Sitemap {
    fn add(&mut self, path: &str, alternates: &[(Language, String)]) {
        self.pages.push((path.to_owned(), alternates.to_vec()));
    }

    fn xml(&self, base_url: Option<&str>) -> String {
        let base = match base_url {
            Some(url) if !url.ends_with('/') => format!("{url}/"),
            Some(url) => url.to_owned(),
            None => String::new(),
        };
        let mut pages = self.pages.clone();
        pages.sort();
        let mut out = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
        );
        for (path, alternates) in pages {
            let _ = writeln!(
                out,
                "<url>\n<loc>{}</loc>",
                escape_html(&format!("{base}{path}"))
            );
            if alternates.len() > 1 {
                for (language, href) in alternates {
                    let _ = writeln!(
                        out,
                        "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                        language.code(),
                        escape_html(&format!("{base}{href}"))
                    );
                }
            }
            out.push_str("</url>\n");
        }
        out.push_str("</urlset>\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_purpose_excerpt_is_its_first_sentence_and_marks_every_cut() {
        assert_eq!(purpose_excerpt("Neuvonta."), "Neuvonta.");
        assert_eq!(
            purpose_excerpt("Neuvonta ja ohjaus.\nToinen lause."),
            "Neuvonta ja ohjaus. …"
        );
        // Abbreviations do not end a sentence.
        assert_eq!(
            purpose_excerpt("Tietoja saadaan esim. Kelalta ja mm. Kelan rekistereistä. Muuta."),
            "Tietoja saadaan esim. Kelalta ja mm. Kelan rekistereistä. …"
        );
        assert_eq!(
            purpose_excerpt("Uppgifter fås t.ex. FPA och kommunen. Annat."),
            "Uppgifter fås t.ex. FPA och kommunen. …"
        );
        let long = "sana ".repeat(60);
        let excerpt = purpose_excerpt(&long);
        assert!(excerpt.ends_with("sana …"), "{excerpt}");
        assert!(excerpt.chars().count() <= PURPOSE_EXCERPT + 2);
    }
}
