//! Rendering a [`NoticeDocument`] with one minijinja template per language.
//!
//! A template is written once per language and works for every format: it calls a handful
//! of block functions that each format implements, and each escapes the register's text for
//! its format:
//!
//! | function | what it writes |
//! | --- | --- |
//! | `begin(title)`, `end()` | the document frame (an HTML page; nothing in Markdown and text) |
//! | `title(text)`, `h(text)`, `h3(text)` | headings of three levels |
//! | `p(text)` | paragraphs (blank lines separate them, single newlines break lines) |
//! | `ul(items)` | a bulleted list; an item may itself be `[text, [subitems]]` |
//! | `fields(pairs)` | `[label, value]` pairs; pairs whose value is empty are skipped |
//! | `table(headers, rows, caption)` | a table; the caption (optional) names it in HTML, where the heading above is not part of the table for a screen reader |
//!
//! Two text helpers build phrases that are not blocks: `statute(s, note)` is a statute's text,
//! followed by `(note: repeal)` when `note` is given and the statute was repealed;
//! `statutes(list, and, note)` joins several as `a, b and c` (with the template's word for
//! "and"), or with semicolons when a statute's own text has a comma.
//!
//! A value printed directly with `{{ ... }}` is escaped for the format too.

use minijinja::value::{Serde, Value, ValueKind};
use minijinja::{AutoEscape, Environment, Error as TemplateError, ErrorKind, Output, State};

use super::document::NoticeDocument;
use crate::text::Language;

/// The formats a notice renders to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NoticeFormat {
    /// CommonMark.
    Markdown,
    /// One self-contained HTML page.
    Html,
    /// Plain text.
    Text,
    /// The [`NoticeDocument`] as JSON.
    Json,
}

impl NoticeFormat {
    /// Every format.
    pub const ALL: [NoticeFormat; 4] = [
        NoticeFormat::Markdown,
        NoticeFormat::Html,
        NoticeFormat::Text,
        NoticeFormat::Json,
    ];

    /// The file extension: `md`, `html`, `txt`, `json`.
    pub const fn extension(self) -> &'static str {
        match self {
            NoticeFormat::Markdown => "md",
            NoticeFormat::Html => "html",
            NoticeFormat::Text => "txt",
            NoticeFormat::Json => "json",
        }
    }
}

/// A template could not be loaded or rendered.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// A template has a syntax or runtime error.
    #[error("template {name}{}: {message}", line.map(|l| format!(", line {l}")).unwrap_or_default())]
    Template {
        /// The template's file name or path.
        name: String,
        /// The line, where known.
        line: Option<usize>,
        /// What is wrong.
        message: String,
    },
}

/// A notice template of one language, given by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// The language it renders.
    pub language: Language,
    /// Its name in errors, e.g. the file's path.
    pub name: String,
    /// The minijinja source.
    pub source: String,
}

const EMBEDDED: [(Language, &str); 3] = [
    (Language::Fi, include_str!("templates/fi.j2")),
    (Language::Sv, include_str!("templates/sv.j2")),
    (Language::En, include_str!("templates/en.j2")),
];

/// The embedded template of a language, e.g. to start a customised one from.
pub fn embedded_template(language: Language) -> &'static str {
    EMBEDDED
        .iter()
        .find(|(l, _)| *l == language)
        .map(|(_, t)| *t)
        .expect("every language has a template")
}

/// The file name of a language's template: `fi.j2`, `sv.j2`, `en.j2`.
pub fn template_name(language: Language) -> String {
    format!("{}.j2", language.code())
}

/// Renders notices. Build it once (templates are compiled then) and render many.
///
/// ```
/// use gdpr::notice::{NoticeDocument, NoticeFormat, NoticeRenderer};
/// use gdpr::Language;
///
/// let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
/// let renderer = NoticeRenderer::new();
/// let html = renderer.render(&NoticeDocument::build(&register, Language::Fi), NoticeFormat::Html)?;
/// assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fi\">"));
/// assert!(html.contains("tietosuoja.keha@ely-keskus.fi"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct NoticeRenderer {
    markdown: Environment<'static>,
    html: Environment<'static>,
    text: Environment<'static>,
    names: Vec<(Language, String)>,
}

impl std::fmt::Debug for NoticeRenderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NoticeRenderer")
            .field("templates", &self.names)
            .finish()
    }
}

impl Default for NoticeRenderer {
    fn default() -> Self {
        Self::new()
    }
}

impl NoticeRenderer {
    /// A renderer with the embedded templates.
    pub fn new() -> Self {
        let sources = EMBEDDED
            .iter()
            .map(|(language, source)| (*language, template_name(*language), (*source).to_owned()))
            .collect();
        Self::from_sources(sources).expect("the embedded templates compile")
    }

    /// A renderer with `templates` in place of the embedded template of their language; the
    /// other languages keep the embedded one. The crate reads no files: the caller (the `gdpr`
    /// CLI's `--templates DIR`) does, and names each template by its path so that errors
    /// point at it.
    ///
    /// ```
    /// use gdpr::notice::{NoticeDocument, NoticeFormat, NoticeRenderer, Template};
    /// use gdpr::Language;
    /// let own = Template {
    ///     language: Language::Fi,
    ///     name: "templates/fi.j2".into(),
    ///     source: "{{ title(doc.register.name) }}".into(),
    /// };
    /// let renderer = NoticeRenderer::with_templates(vec![own])?;
    /// let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
    /// let text = renderer.render(&NoticeDocument::build(&register, Language::Fi), NoticeFormat::Markdown)?;
    /// assert!(text.starts_with("# ALPO-rekisteri"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// A template does not compile; the error names it and its line.
    pub fn with_templates(templates: Vec<Template>) -> Result<Self, RenderError> {
        let sources = EMBEDDED
            .iter()
            .map(|(language, embedded)| {
                match templates.iter().rev().find(|t| t.language == *language) {
                    Some(own) => (*language, own.name.clone(), own.source.clone()),
                    None => (*language, template_name(*language), (*embedded).to_owned()),
                }
            })
            .collect();
        Self::from_sources(sources)
    }

    fn from_sources(sources: Vec<(Language, String, String)>) -> Result<Self, RenderError> {
        let mut markdown = environment(Syntax::Markdown);
        let mut html = environment(Syntax::Html);
        let mut text = environment(Syntax::Text);
        let mut names = Vec::new();
        for (language, name, source) in sources {
            for env in [&mut markdown, &mut html, &mut text] {
                env.add_template_owned(name.clone(), source.clone())
                    .map_err(|e| template_error(&name, &e))?;
            }
            names.push((language, name));
        }
        Ok(Self {
            markdown,
            html,
            text,
            names,
        })
    }

    /// Renders `document` in `format`.
    ///
    /// # Errors
    /// A (user) template fails at run time; the error names the template and its line.
    ///
    /// # Examples
    ///
    /// ```
    /// use gdpr::notice::{NoticeDocument, NoticeFormat, NoticeRenderer};
    /// use gdpr::Language;
    /// let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
    /// let html = NoticeRenderer::new()
    ///     .render(&NoticeDocument::build(&register, Language::Fi), NoticeFormat::Html)?;
    /// assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fi\">"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn render(
        &self,
        document: &NoticeDocument,
        format: NoticeFormat,
    ) -> Result<String, RenderError> {
        let env = match format {
            NoticeFormat::Json => {
                return Ok(
                    serde_json::to_string_pretty(document).expect("a notice serializes") + "\n",
                );
            }
            NoticeFormat::Markdown => &self.markdown,
            NoticeFormat::Html => &self.html,
            NoticeFormat::Text => &self.text,
        };
        let name = self.template_name(document.language);
        let template = env
            .get_template(name)
            .map_err(|e| template_error(name, &e))?;
        let out = template
            .render(minijinja::context! { doc => Value::from(Serde(document)) })
            .map_err(|e| template_error(name, &e))?;
        Ok(match format {
            NoticeFormat::Html => out,
            _ => tidy_blank_lines(&out),
        })
    }

    /// Renders `document` as an HTML page inside `frame`: the frame's links to other
    /// language versions go in the page head (`hreflang`) and in a navigation bar above the
    /// notice, its other links in a footer. A user template gets the frame through its
    /// `begin()` and `end()` calls.
    ///
    /// ```
    /// use gdpr::notice::{FrameLink, NoticeDocument, NoticeRenderer, PageFrame};
    /// use gdpr::Language;
    /// let register = gdpr::files::load("examples/registers/tem-tno-contacts.toml")?;
    /// let frame = PageFrame::new(
    ///     "Kieliversiot",
    ///     vec![FrameLink::to_language("sv.html", Language::Sv, "På svenska")],
    ///     vec![],
    /// );
    /// let html = NoticeRenderer::new()
    ///     .render_page(&NoticeDocument::build(&register, Language::Fi), &frame)?;
    /// assert!(html.contains(r#"<link rel="alternate" hreflang="sv" href="sv.html">"#));
    /// assert!(html.contains(r#"<a href="sv.html" hreflang="sv" lang="sv">På svenska</a>"#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// As [`NoticeRenderer::render`].
    pub fn render_page(
        &self,
        document: &NoticeDocument,
        frame: &PageFrame,
    ) -> Result<String, RenderError> {
        let name = self.template_name(document.language);
        let template = self
            .html
            .get_template(name)
            .map_err(|e| template_error(name, &e))?;
        let head = Value::from_safe_string(frame.head());
        let top = Value::from_safe_string(frame.top());
        let bottom = Value::from_safe_string(frame.bottom());
        template
            .render(minijinja::context! {
                doc => Value::from(Serde(document)),
                __gdpr_frame_head => head,
                __gdpr_frame_top => top,
                __gdpr_frame_bottom => bottom,
            })
            .map_err(|e| template_error(name, &e))
    }

    fn template_name(&self, language: Language) -> &str {
        &self
            .names
            .iter()
            .find(|(l, _)| *l == language)
            .expect("every language has a template")
            .1
    }
}

/// What surrounds a notice on a site page (see [`NoticeRenderer::render_page`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PageFrame {
    /// The accessible name of the navigation bar, in the page's language.
    pub navigation_label: String,
    /// Links above the notice: back to the index, the other language versions.
    pub navigation: Vec<FrameLink>,
    /// Links below the notice: downloads.
    pub footer: Vec<FrameLink>,
}

/// A link in a [`PageFrame`]. Its text must say where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FrameLink {
    /// Where it goes, relative to the page.
    pub href: String,
    /// What it says.
    pub text: String,
    /// The language of the page it goes to, when that is a language version of this page:
    /// it is then also named in the head as an alternate (`hreflang`), and its text is
    /// marked as being in that language.
    pub language: Option<Language>,
    /// The media type of a download, e.g. `application/ld+json`.
    pub media_type: Option<String>,
}

impl FrameLink {
    /// A link to a page or file.
    pub fn new(href: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            href: href.into(),
            text: text.into(),
            language: None,
            media_type: None,
        }
    }

    /// A link to this page in another language.
    pub fn to_language(
        href: impl Into<String>,
        language: Language,
        text: impl Into<String>,
    ) -> Self {
        Self {
            language: Some(language),
            ..Self::new(href, text)
        }
    }

    /// A link to a download of `media_type`.
    pub fn download(href: impl Into<String>, media_type: &str, text: impl Into<String>) -> Self {
        Self {
            media_type: Some(media_type.to_owned()),
            ..Self::new(href, text)
        }
    }

    /// Appends the link as an `a` element.
    pub(crate) fn push_html(&self, out: &mut String) {
        out.push_str("<a href=\"");
        push_html(out, &self.href);
        out.push('"');
        if let Some(language) = self.language {
            out.push_str(" hreflang=\"");
            out.push_str(language.code());
            out.push_str("\" lang=\"");
            out.push_str(language.code());
            out.push('"');
        }
        if let Some(media_type) = &self.media_type {
            out.push_str(" type=\"");
            push_html(out, media_type);
            out.push('"');
        }
        out.push('>');
        push_html(out, &self.text);
        out.push_str("</a>");
    }
}

impl PageFrame {
    /// A frame with a navigation bar named `navigation_label` holding `navigation`, and
    /// `footer` below the notice.
    pub fn new(
        navigation_label: impl Into<String>,
        navigation: Vec<FrameLink>,
        footer: Vec<FrameLink>,
    ) -> Self {
        Self {
            navigation_label: navigation_label.into(),
            navigation,
            footer,
        }
    }

    fn head(&self) -> String {
        let mut out = String::new();
        for link in self.navigation.iter().filter(|l| l.language.is_some()) {
            out.push_str("<link rel=\"alternate\" hreflang=\"");
            out.push_str(link.language.map(Language::code).unwrap_or_default());
            out.push_str("\" href=\"");
            push_html(&mut out, &link.href);
            out.push_str("\">\n");
        }
        out
    }

    fn top(&self) -> String {
        let mut out = String::new();
        if !self.navigation.is_empty() {
            out.push_str("<header>\n<nav aria-label=\"");
            push_html(&mut out, &self.navigation_label);
            out.push_str("\">\n");
            push_link_list(&mut out, &self.navigation);
            out.push_str("</nav>\n</header>\n");
        }
        out
    }

    fn bottom(&self) -> String {
        let mut out = String::new();
        if !self.footer.is_empty() {
            out.push_str("<footer>\n");
            push_link_list(&mut out, &self.footer);
            out.push_str("</footer>\n");
        }
        out
    }
}

/// Links as a list, one item each.
pub(crate) fn push_link_list(out: &mut String, links: &[FrameLink]) {
    out.push_str("<ul>\n");
    for link in links {
        out.push_str("<li>");
        link.push_html(out);
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

fn template_error(name: &str, error: &TemplateError) -> RenderError {
    let mut message = error
        .detail()
        .map_or_else(|| error.kind().to_string(), str::to_owned);
    if error.kind() != ErrorKind::SyntaxError && error.detail().is_some() {
        message = format!("{}: {message}", error.kind());
    }
    RenderError::Template {
        name: error.name().unwrap_or(name).to_owned(),
        line: error.line(),
        message,
    }
}

/// Collapses runs of blank lines that templates leave between blocks.
fn tidy_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.trim_start_matches('\n').lines() {
        if line.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
            out.push('\n');
        } else {
            blank = 0;
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Syntax {
    Markdown,
    Html,
    Text,
}

impl Syntax {
    /// Appends `text` escaped. `continuing` text goes on a line already begun (headings, cells,
    /// field values), so in Markdown only its later lines can open a block.
    fn push_escaped(self, out: &mut String, text: &str, continuing: bool) {
        match self {
            Syntax::Markdown => push_markdown(out, text, !continuing),
            Syntax::Html => push_html(out, text),
            Syntax::Text => out.push_str(text),
        }
    }

    /// Appends a value as escaped text: safe strings (already rendered blocks) pass through,
    /// none and undefined add nothing.
    fn push_value(self, out: &mut String, value: &Value, continuing: bool) {
        match value.kind() {
            ValueKind::Undefined | ValueKind::None => {}
            _ => match value.as_str() {
                Some(text) if value.is_safe() => out.push_str(text),
                Some(text) => self.push_escaped(out, text, continuing),
                None if value.is_safe() => out.push_str(&value.to_string()),
                None => self.push_escaped(out, &value.to_string(), continuing),
            },
        }
    }

    /// Appends a value whose line breaks stay inside one paragraph, list item or field.
    fn push_inline(self, out: &mut String, value: &Value, continuing: bool) {
        let start = out.len();
        self.push_value(out, value, continuing);
        match self {
            Syntax::Markdown => replace_tail(out, start, "\\\n"),
            Syntax::Html => replace_tail(out, start, "<br>\n"),
            Syntax::Text => {}
        }
    }
}

/// Replaces each line break in `out[start..]` with `with`; allocates only when there is one.
fn replace_tail(out: &mut String, start: usize, with: &str) {
    if out[start..].contains('\n') {
        let tail = out.split_off(start);
        out.push_str(&tail.replace('\n', with));
    }
}

/// A date as a notice writes it: day.month.year in Finnish and Swedish, `YYYY-MM-DD` in
/// English (unambiguous for every reader).
pub(crate) fn date_text(date: chrono::NaiveDate, language: Language) -> String {
    match language {
        Language::Fi | Language::Sv => date.format("%-d.%-m.%Y").to_string(),
        Language::En => date.format("%Y-%m-%d").to_string(),
    }
}

/// An undefined value reaching a block function is a misspelt field in the template: an
/// error, so that a notice never silently loses a section.
fn defined(value: &Value) -> Result<(), TemplateError> {
    if value.is_undefined() {
        Err(TemplateError::new(
            ErrorKind::UndefinedError,
            "a block function was given an undefined value; check the field name",
        ))
    } else {
        Ok(())
    }
}

fn is_empty(value: &Value) -> bool {
    match value.kind() {
        ValueKind::Undefined | ValueKind::None => true,
        ValueKind::String => value.as_str().is_some_and(|s| s.trim().is_empty()),
        ValueKind::Seq => value.len() == Some(0),
        _ => false,
    }
}

fn environment(syntax: Syntax) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_auto_escape_callback(move |_| match syntax {
        Syntax::Html => AutoEscape::Html,
        Syntax::Markdown => AutoEscape::Custom("markdown".into()),
        Syntax::Text => AutoEscape::Custom("text".into()),
    });
    env.set_formatter(move |out: &mut Output, _: &mut State, value: &Value| {
        let written = match value.as_str() {
            Some(text) if value.is_safe() || syntax == Syntax::Text => out.write_str(text),
            _ => {
                let mut text = String::new();
                syntax.push_value(&mut text, value, false);
                out.write_str(&text)
            }
        };
        written.map_err(|_| TemplateError::new(ErrorKind::WriteFailure, "cannot write the output"))
    });
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
            .expect("a valid syntax configuration"),
    );
    env.add_filter("date", |value: String, language: String| -> String {
        match (crate::model::date::parse(&value), language.parse()) {
            (Ok(date), Ok(language)) => date_text(date, language),
            _ => value,
        }
    });
    let safe = Value::from_safe_string;
    env.add_function(
        "begin",
        move |state: &State, title: Value, language: Value| {
            safe(begin(syntax, state, &title, &language))
        },
    );
    env.add_function("end", move |state: &State| {
        let mut out = String::new();
        if syntax == Syntax::Html {
            let bottom = state.lookup(FRAME_BOTTOM).filter(|v| v.is_safe());
            push_page_end(
                &mut out,
                bottom.as_ref().and_then(Value::as_str).unwrap_or(""),
            );
        }
        safe(out)
    });
    for (name, level) in [("title", 1usize), ("h", 2), ("h3", 3)] {
        env.add_function(name, move |text: Value| {
            heading(syntax, level, &text).map(safe)
        });
    }
    env.add_function("p", move |text: Value| paragraphs(syntax, &text).map(safe));
    env.add_function("ul", move |items: Value| -> Result<Value, TemplateError> {
        let mut out = String::new();
        list(syntax, &items, 0, &mut out)?;
        Ok(safe(out))
    });
    env.add_function("fields", move |pairs: Value| {
        fields(syntax, &pairs).map(safe)
    });
    env.add_function(
        "table",
        move |headers: Value, rows: Value, caption: Option<Value>| {
            table(syntax, &headers, &rows, caption.as_ref()).map(safe)
        },
    );
    env.add_function("statute", |statute: Value, note: Value| {
        let mut out = String::new();
        push_statute(&mut out, &statute, &note)?;
        Ok::<_, TemplateError>(out)
    });
    env.add_function("statutes", statute_list);
    env
}

/// A statute's text, and when `note` is given (derived text is asked for) the note on its
/// repeal: `text (note: repeal)`.
fn push_statute(out: &mut String, statute: &Value, note: &Value) -> Result<(), TemplateError> {
    let text = statute.get_attr("text")?;
    defined(&text)?;
    out.push_str(&text.to_string());
    let repeal = statute.get_attr("repeal")?;
    if note.is_true() && repeal.is_true() {
        out.push_str(" (");
        out.push_str(&note.to_string());
        out.push_str(": ");
        out.push_str(&repeal.to_string());
        out.push(')');
    }
    Ok(())
}

/// Statutes as one phrase: `a, b and c` when no statute's own text has a comma, otherwise
/// separated by semicolons so that the reader can tell where each ends.
fn statute_list(list: Value, and: Value, note: Value) -> Result<String, TemplateError> {
    let texts = list
        .try_iter()?
        .map(|statute| {
            let mut text = String::new();
            push_statute(&mut text, &statute, &note).map(|()| text)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(match texts.split_last() {
        Some((last, rest)) if !rest.is_empty() && !texts.iter().any(|t| t.contains(',')) => {
            format!("{} {and} {last}", rest.join(", "))
        }
        _ => texts.join("; "),
    })
}

/// The start of a document: the HTML head with its one style sheet, nothing in the others.
/// On a site page the frame adds its head links and navigation.
fn begin(syntax: Syntax, state: &State, title: &Value, language: &Value) -> String {
    if syntax != Syntax::Html {
        return String::new();
    }
    let mut out = String::with_capacity(2048);
    let frame = |name: &str| state.lookup(name).filter(|v| v.is_safe());
    let head = frame(FRAME_HEAD);
    let top = frame(FRAME_TOP);
    let mut title_text = String::new();
    syntax.push_value(&mut title_text, title, true);
    let mut language_code = String::new();
    syntax.push_value(&mut language_code, language, true);
    push_page_start(
        &mut out,
        &title_text,
        &language_code,
        head.as_ref().and_then(Value::as_str).unwrap_or(""),
        top.as_ref().and_then(Value::as_str).unwrap_or(""),
    );
    out
}

/// The style of every page: the notice's, and the site's index pages. The print rules drop the
/// navigation and keep table rows and headings with what follows them.
const STYLE: &str = "body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #fff; }\nh1 { font-size: 1.8rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #ccc; } h3 { font-size: 1.05rem; }\ndl { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; } dt { font-weight: 600; } dd { margin: 0; }\ntable { border-collapse: collapse; } caption { text-align: left; font-weight: 600; } th, td { border: 1px solid #ccc; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }\na { color: #0b57a4; } nav ul, footer ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }\n@media print { body { max-width: none; margin: 0; font-size: 11pt; } nav, footer { display: none; } a { color: inherit; } h2, h3 { break-after: avoid; } tr, dt, dd, li { break-inside: avoid; } }\n";

/// Writes the start of an HTML page up to the opening of `main`: `head` goes at the end of the
/// document head (already HTML), `top` before `main` (already HTML).
pub(crate) fn push_page_start(
    out: &mut String,
    title: &str,
    language: &str,
    head: &str,
    top: &str,
) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(language);
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    out.push_str(title);
    out.push_str("</title>\n<style>\n");
    out.push_str(STYLE);
    out.push_str("</style>\n");
    out.push_str(head);
    out.push_str("</head>\n<body>\n");
    out.push_str(top);
    out.push_str("<main>\n");
}

/// Writes the end of an HTML page from the close of `main`; `bottom` (already HTML) goes
/// after it.
pub(crate) fn push_page_end(out: &mut String, bottom: &str) {
    out.push_str("</main>\n");
    out.push_str(bottom);
    out.push_str("</body>\n</html>\n");
}

/// The context names of a page frame's parts (see [`NoticeRenderer::render_page`]). Only
/// safe values are taken from them, and a register's text never becomes one.
const FRAME_HEAD: &str = "__gdpr_frame_head";
const FRAME_TOP: &str = "__gdpr_frame_top";
const FRAME_BOTTOM: &str = "__gdpr_frame_bottom";

/// A heading of `level` (1 the title, 2 a section, 3 a subsection), on one line.
fn heading(syntax: Syntax, level: usize, text: &Value) -> Result<String, TemplateError> {
    defined(text)?;
    let mut line = String::new();
    syntax.push_value(&mut line, text, true);
    if line.contains('\n') {
        line = line.replace('\n', " ");
    }
    let mut out = String::with_capacity(line.len() + 16);
    match syntax {
        Syntax::Markdown => {
            out.push('\n');
            out.extend(std::iter::repeat_n('#', level));
            out.push(' ');
            out.push_str(&line);
            out.push_str("\n\n");
        }
        Syntax::Html => {
            let tag = ["h1", "h2", "h3"][level.clamp(1, 3) - 1];
            out.push('<');
            out.push_str(tag);
            out.push('>');
            out.push_str(&line);
            out.push_str("</");
            out.push_str(tag);
            out.push_str(">\n");
        }
        Syntax::Text => {
            out.push('\n');
            out.push_str(&line);
            out.push('\n');
            if level < 3 {
                let underline = if level == 1 { '=' } else { '-' };
                out.extend(std::iter::repeat_n(underline, line.chars().count()));
                out.push('\n');
            }
            out.push('\n');
        }
    }
    Ok(out)
}

/// The paragraphs of `text` (separated by blank lines); nothing for an empty text.
fn paragraphs(syntax: Syntax, text: &Value) -> Result<String, TemplateError> {
    defined(text)?;
    if is_empty(text) {
        return Ok(String::new());
    }
    let owned;
    let raw = match text.as_str() {
        Some(raw) => raw,
        None => {
            owned = text.to_string();
            &owned
        }
    };
    let mut out = String::with_capacity(raw.len() + 16);
    for paragraph in raw.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        if syntax == Syntax::Html {
            out.push_str("<p>");
        }
        let start = out.len();
        if text.is_safe() {
            out.push_str(paragraph);
        } else {
            syntax.push_escaped(&mut out, paragraph, false);
        }
        match syntax {
            Syntax::Html => {
                replace_tail(&mut out, start, "<br>\n");
                out.push_str("</p>\n");
            }
            Syntax::Markdown => {
                replace_tail(&mut out, start, "\\\n");
                out.push_str("\n\n");
            }
            Syntax::Text => out.push_str("\n\n"),
        }
    }
    Ok(out)
}

/// Label–value pairs, those with an empty value left out; nothing when none is left.
fn fields(syntax: Syntax, pairs: &Value) -> Result<String, TemplateError> {
    let mut out = String::new();
    for pair in pairs.try_iter()? {
        let label = pair.get_item_by_index(0)?;
        let value = pair.get_item_by_index(1)?;
        defined(&value)?;
        if is_empty(&value) {
            continue;
        }
        if out.is_empty() && syntax == Syntax::Html {
            out.push_str("<dl>\n");
        }
        out.push_str(match syntax {
            Syntax::Html => "<dt>",
            Syntax::Markdown => "- **",
            Syntax::Text => "",
        });
        syntax.push_value(&mut out, &label, true);
        out.push_str(match syntax {
            Syntax::Html => "</dt><dd>",
            Syntax::Markdown => ":** ",
            Syntax::Text => ": ",
        });
        syntax.push_inline(&mut out, &value, true);
        out.push_str(match syntax {
            Syntax::Html => "</dd>\n",
            _ => "\n",
        });
    }
    if !out.is_empty() {
        out.push_str(match syntax {
            Syntax::Html => "</dl>\n",
            _ => "\n",
        });
    }
    Ok(out)
}

/// A table; in plain text each row becomes "header: cell" lines.
fn table(
    syntax: Syntax,
    headers: &Value,
    rows: &Value,
    caption: Option<&Value>,
) -> Result<String, TemplateError> {
    let cell = |value: &Value| {
        let mut text = String::new();
        syntax.push_value(&mut text, value, true);
        if text.contains('\n') {
            text = text.replace('\n', " ");
        }
        text
    };
    let headers: Vec<String> = headers.try_iter()?.map(|h| cell(&h)).collect();
    let mut out = String::new();
    match syntax {
        Syntax::Markdown => {
            out.push_str("| ");
            out.push_str(&headers.join(" | "));
            out.push_str(" |\n|");
            out.push_str(&" --- |".repeat(headers.len()));
            out.push('\n');
            for row in rows.try_iter()? {
                out.push('|');
                for c in row.try_iter()? {
                    out.push(' ');
                    out.push_str(&cell(&c));
                    out.push_str(" |");
                }
                out.push('\n');
            }
            out.push('\n');
        }
        Syntax::Html => {
            out.push_str("<table>\n");
            if let Some(caption) = caption.filter(|c| !is_empty(c)) {
                out.push_str("<caption>");
                out.push_str(&cell(caption));
                out.push_str("</caption>\n");
            }
            out.push_str("<thead><tr>");
            for h in &headers {
                out.push_str("<th scope=\"col\">");
                out.push_str(h);
                out.push_str("</th>");
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for row in rows.try_iter()? {
                out.push_str("<tr>");
                for c in row.try_iter()? {
                    out.push_str("<td>");
                    out.push_str(&cell(&c));
                    out.push_str("</td>");
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        Syntax::Text => {
            for row in rows.try_iter()? {
                for (h, c) in headers.iter().zip(row.try_iter()?) {
                    out.push_str(h);
                    out.push_str(": ");
                    out.push_str(&cell(&c));
                    out.push('\n');
                }
                out.push('\n');
            }
        }
    }
    Ok(out)
}

fn list(
    syntax: Syntax,
    items: &Value,
    depth: usize,
    out: &mut String,
) -> Result<(), TemplateError> {
    defined(items)?;
    let mut any = false;
    for item in items.try_iter()?.filter(|item| !is_empty(item)) {
        if !any && syntax == Syntax::Html {
            out.push_str("<ul>\n");
        }
        any = true;
        // An item is a text, or a [text, [subitems]] pair.
        let (text, children) = if item.kind() == ValueKind::Seq {
            (item.get_item_by_index(0)?, Some(item.get_item_by_index(1)?))
        } else {
            (item, None)
        };
        match syntax {
            Syntax::Html => {
                out.push_str("<li>");
                syntax.push_inline(out, &text, false);
            }
            Syntax::Markdown | Syntax::Text => {
                for _ in 0..depth {
                    out.push_str("  ");
                }
                out.push_str("- ");
                let start = out.len();
                syntax.push_inline(out, &text, false);
                if out[start..].contains('\n') {
                    let continuation = format!("\n{}  ", "  ".repeat(depth));
                    let tail = out.split_off(start);
                    out.push_str(&tail.replace('\n', &continuation));
                }
                out.push('\n');
            }
        }
        if let Some(children) = children.filter(|c| !is_empty(c)) {
            if syntax == Syntax::Html {
                out.push('\n');
            }
            list(syntax, &children, depth + 1, out)?;
        }
        if syntax == Syntax::Html {
            out.push_str("</li>\n");
        }
    }
    match syntax {
        _ if !any => {}
        Syntax::Html => out.push_str("</ul>\n"),
        _ if depth == 0 => out.push('\n'),
        _ => {}
    }
    Ok(())
}

/// Escapes text for CommonMark so that it reads literally: markup characters get a backslash,
/// and so do line starts that would open a heading, list or quote.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_markdown(&mut out, text, true);
    out
}

/// Appends `text` escaped for Markdown; unless `first_at_line_start`, its first line continues
/// a line already begun (a heading, a table cell, a field after its label), and only later
/// lines can open a block.
fn push_markdown(out: &mut String, text: &str, first_at_line_start: bool) {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let trimmed = line.trim_start();
        out.push_str(&line[..line.len() - trimmed.len()]);
        let bytes = trimmed.as_bytes();
        let mut copied = 0;
        if i > 0 || first_at_line_start {
            // A line that starts like a heading, list item or quote: escape its marker.
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            if let Some(marker @ (b'#' | b'+' | b'-' | b'=' | b'>')) = bytes.first() {
                out.push('\\');
                out.push(char::from(*marker));
                copied = 1;
            } else if (1..=9).contains(&digits) && matches!(bytes.get(digits), Some(b'.' | b')')) {
                out.push_str(&trimmed[..digits]);
                out.push('\\');
                copied = digits;
            }
        }
        for (at, &b) in bytes.iter().enumerate().skip(copied) {
            // Every character escaped is ASCII, so a byte position is a character boundary.
            if MARKDOWN_SPECIAL[usize::from(b)] {
                out.push_str(&trimmed[copied..at]);
                out.push('\\');
                copied = at;
            }
        }
        out.push_str(&trimmed[copied..]);
    }
}

/// The characters that are markup anywhere in a CommonMark line.
const MARKDOWN_SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let special = b"\\`*_[]<>|~&!";
    let mut i = 0;
    while i < special.len() {
        table[special[i] as usize] = true;
        i += 1;
    }
    table
};

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_html(&mut out, text);
    out
}

fn push_html(out: &mut String, text: &str) {
    let mut copied = 0;
    for (at, b) in text.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[copied..at]);
        out.push_str(entity);
        copied = at + 1;
    }
    out.push_str(&text[copied..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escaping_reads_literally() {
        assert_eq!(
            escape_markdown("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(escape_markdown("a *b* | c_d"), "a \\*b\\* \\| c\\_d");
        assert_eq!(escape_markdown("# not a heading"), "\\# not a heading");
        assert_eq!(
            escape_markdown("- not a list\n1. not a list"),
            "\\- not a list\n1\\. not a list"
        );
        assert_eq!(
            escape_markdown("PL 32, 00023 Valtioneuvosto"),
            "PL 32, 00023 Valtioneuvosto"
        );
        assert_eq!(escape_markdown("12. luku"), "12\\. luku");
        assert_eq!(escape_markdown("2016/679"), "2016/679");
    }

    #[test]
    fn html_escaping() {
        assert_eq!(
            escape_html("<b>\"A&B\"</b>"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
        );
    }

    #[test]
    fn blank_lines_are_collapsed() {
        assert_eq!(tidy_blank_lines("\n\na\n\n\n\nb  \n\n"), "a\n\nb\n");
    }
}
