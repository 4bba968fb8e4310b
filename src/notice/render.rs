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
//! A value printed directly with `{{ ... }}` is escaped for the format too. Two filters help
//! with dates and sentences: `date(language)` writes a `YYYY-MM-DD` date as the language does,
//! and `upper_first` starts a text with a capital letter and leaves the rest as it is
//! (minijinja's own `capitalize` lower-cases the rest, abbreviations and names included).
//!
//! Blank lines a template leaves between blocks are tidied away: in Markdown and text runs of
//! them become one, in HTML they are dropped.
//!
//! The embedded templates are not interpreted at run time: `builtin.rs` writes what they write,
//! through the same block functions, and `tests/notice_builtin.rs` holds the two to the same
//! bytes. A caller's template ([`NoticeRenderer::with_templates`]) is interpreted.

use minijinja::value::{Serde, Value, ValueKind};
use minijinja::{AutoEscape, Environment, Error as TemplateError, ErrorKind, Output, State};

use super::blocks::{self, Item, Syntax, Text};
use super::builtin;
use super::document::NoticeDocument;
use crate::text::Language;

pub(crate) use super::blocks::push_html;
pub use super::blocks::{escape_html, escape_markdown};

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

/// Renders notices. Build it once and render many.
///
/// A language without a template of the caller's is rendered by the crate's built-in
/// rendering of its embedded template: Rust code that writes what the template writes, byte
/// for byte (the test suite renders every seed notice, and registers built to reach every
/// branch, both ways and compares them), several times faster than interpreting it. A
/// template given to [`NoticeRenderer::with_templates`] is compiled once and interpreted by
/// minijinja.
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
    /// The caller's templates, compiled for each syntax; `None` when there are none.
    own: Option<Box<Environments>>,
    names: Vec<(Language, String)>,
}

struct Environments {
    markdown: Environment<'static>,
    html: Environment<'static>,
    text: Environment<'static>,
    languages: Vec<Language>,
}

impl Environments {
    fn get(&self, syntax: Syntax) -> &Environment<'static> {
        match syntax {
            Syntax::Markdown => &self.markdown,
            Syntax::Html => &self.html,
            Syntax::Text => &self.text,
        }
    }
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
        Self {
            own: None,
            names: Language::ALL
                .iter()
                .map(|language| (*language, template_name(*language)))
                .collect(),
        }
    }

    /// A renderer with `templates` in place of the embedded template of their language (the
    /// last one given for a language wins); the other languages keep the embedded one. The
    /// crate reads no files: the caller (the `gdpr` CLI's `--templates DIR`) does, and names
    /// each template by its path so that errors point at it.
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
        let mut renderer = Self::new();
        if templates.is_empty() {
            return Ok(renderer);
        }
        let mut own = Environments {
            markdown: environment(Syntax::Markdown),
            html: environment(Syntax::Html),
            text: environment(Syntax::Text),
            languages: Vec::new(),
        };
        for (language, name) in &mut renderer.names {
            let Some(template) = templates.iter().rev().find(|t| t.language == *language) else {
                continue;
            };
            for env in [&mut own.markdown, &mut own.html, &mut own.text] {
                env.add_template_owned(template.name.clone(), template.source.clone())
                    .map_err(|e| template_error(&template.name, &e))?;
            }
            name.clone_from(&template.name);
            own.languages.push(*language);
        }
        renderer.own = Some(Box::new(own));
        Ok(renderer)
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
        let syntax = match format {
            NoticeFormat::Json => {
                return Ok(
                    serde_json::to_string_pretty(document).expect("a notice serializes") + "\n",
                );
            }
            NoticeFormat::Markdown => Syntax::Markdown,
            NoticeFormat::Html => Syntax::Html,
            NoticeFormat::Text => Syntax::Text,
        };
        self.render_in(document, syntax, &PageFrame::default())
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
        self.render_in(document, Syntax::Html, frame)
    }

    fn render_in(
        &self,
        document: &NoticeDocument,
        syntax: Syntax,
        frame: &PageFrame,
    ) -> Result<String, RenderError> {
        let parts = FrameParts {
            head: frame.head(),
            top: frame.top(),
            bottom: frame.bottom(),
        };
        let raw = match &self.own {
            Some(own) if own.languages.contains(&document.language) => {
                let name = self.template_name(document.language);
                let template = own
                    .get(syntax)
                    .get_template(name)
                    .map_err(|e| template_error(name, &e))?;
                template
                    .render(minijinja::context! {
                        doc => Value::from(Serde(document)),
                        __gdpr_frame_head => Value::from_safe_string(parts.head),
                        __gdpr_frame_top => Value::from_safe_string(parts.top),
                        __gdpr_frame_bottom => Value::from_safe_string(parts.bottom),
                    })
                    .map_err(|e| template_error(name, &e))?
            }
            _ => builtin::render(document, syntax, &parts),
        };
        Ok(match syntax {
            Syntax::Html => blocks::drop_blank_lines(&raw),
            Syntax::Markdown | Syntax::Text => blocks::tidy_blank_lines(&raw),
        })
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

/// A page frame's parts as HTML, empty outside a site page.
pub(crate) struct FrameParts {
    pub(crate) head: String,
    pub(crate) top: String,
    pub(crate) bottom: String,
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

/// Whether a value is one that blocks leave out: none, undefined or an empty list.
fn absent(value: &Value) -> bool {
    match value.kind() {
        ValueKind::Undefined | ValueKind::None => true,
        ValueKind::Seq => value.len() == Some(0),
        _ => false,
    }
}

/// A template value as a block's text, owned: `None` for none, undefined and an empty list,
/// which blocks leave out; a safe string (a macro's or block's output) stays markup.
struct OwnedText {
    text: String,
    markup: bool,
}

impl OwnedText {
    fn of(value: &Value) -> Option<Self> {
        (!absent(value)).then(|| Self {
            text: value
                .as_str()
                .map_or_else(|| value.to_string(), str::to_owned),
            markup: value.is_safe(),
        })
    }

    fn text(&self) -> Text<'_> {
        if self.markup {
            Text::Markup(&self.text)
        } else {
            Text::Plain(&self.text)
        }
    }
}

fn text_of(value: Option<&OwnedText>) -> Text<'_> {
    value.map_or(Text::Plain(""), OwnedText::text)
}

/// A list item given to `ul`: a text, or a `[text, [subitems]]` pair.
struct OwnedItem {
    text: Option<OwnedText>,
    children: Option<Vec<OwnedItem>>,
}

impl OwnedItem {
    fn list(items: &Value) -> Result<Vec<Self>, TemplateError> {
        defined(items)?;
        if absent(items) {
            return Ok(Vec::new());
        }
        items
            .try_iter()?
            .filter(|item| !absent(item))
            .map(|item| {
                if item.kind() == ValueKind::Seq {
                    let children = item.get_item_by_index(1)?;
                    let children = if absent(&children) {
                        Vec::new()
                    } else {
                        Self::list(&children)?
                    };
                    Ok(Self {
                        text: OwnedText::of(&item.get_item_by_index(0)?),
                        children: Some(children),
                    })
                } else {
                    Ok(Self {
                        text: OwnedText::of(&item),
                        children: None,
                    })
                }
            })
            .collect()
    }

    fn item(&self) -> Item<'_> {
        let text = text_of(self.text.as_ref());
        match &self.children {
            None => Item::Text(text),
            Some(children) => Item::Nested(text, children.iter().map(Self::item).collect()),
        }
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
                if let Some(value) = OwnedText::of(value) {
                    syntax.push_text(&mut text, value.text(), false);
                }
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
    env.add_filter("upper_first", |value: String| -> String {
        blocks::upper_first(&value).into_owned()
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
            defined(&text)?;
            let mut out = String::new();
            let text = OwnedText::of(&text);
            blocks::heading(syntax, &mut out, level, text_of(text.as_ref()));
            Ok::<_, TemplateError>(safe(out))
        });
    }
    env.add_function("p", move |text: Value| {
        defined(&text)?;
        let mut out = String::new();
        if let Some(text) = OwnedText::of(&text) {
            blocks::paragraphs(syntax, &mut out, text.text());
        }
        Ok::<_, TemplateError>(safe(out))
    });
    env.add_function("ul", move |items: Value| {
        let items = OwnedItem::list(&items)?;
        let items: Vec<Item<'_>> = items.iter().map(OwnedItem::item).collect();
        let mut out = String::new();
        blocks::list(syntax, &mut out, &items);
        Ok::<_, TemplateError>(safe(out))
    });
    env.add_function("fields", move |pairs: Value| {
        let mut owned = Vec::new();
        for pair in pairs.try_iter()? {
            let label = OwnedText::of(&pair.get_item_by_index(0)?);
            let value = pair.get_item_by_index(1)?;
            defined(&value)?;
            owned.push((label, OwnedText::of(&value)));
        }
        let pairs: Vec<_> = owned
            .iter()
            .map(|(label, value)| (text_of(label.as_ref()), value.as_ref().map(OwnedText::text)))
            .collect();
        let mut out = String::new();
        blocks::fields(syntax, &mut out, &pairs);
        Ok::<_, TemplateError>(safe(out))
    });
    env.add_function(
        "table",
        move |headers: Value, rows: Value, caption: Option<Value>| {
            let headers = headers
                .try_iter()?
                .map(|h| OwnedText::of(&h))
                .collect::<Vec<_>>();
            let rows = rows
                .try_iter()?
                .map(|row| Ok(row.try_iter()?.map(|c| OwnedText::of(&c)).collect()))
                .collect::<Result<Vec<Vec<_>>, TemplateError>>()?;
            let caption = caption.as_ref().and_then(OwnedText::of);
            let headers: Vec<Text<'_>> = headers.iter().map(|h| text_of(h.as_ref())).collect();
            let rows: Vec<Vec<Text<'_>>> = rows
                .iter()
                .map(|row| row.iter().map(|c| text_of(c.as_ref())).collect())
                .collect();
            let mut out = String::new();
            blocks::table(
                syntax,
                &mut out,
                &headers,
                &rows,
                caption.as_ref().map(OwnedText::text),
            );
            Ok::<_, TemplateError>(safe(out))
        },
    );
    env.add_function("statute", |statute: Value, note: Value| {
        statute_text(&statute, &note)
    });
    env.add_function("statutes", |list: Value, and: Value, note: Value| {
        let texts = list
            .try_iter()?
            .map(|statute| statute_text(&statute, &note))
            .collect::<Result<Vec<_>, TemplateError>>()?;
        Ok::<_, TemplateError>(blocks::join_statutes(&texts, &and.to_string()))
    });
    env
}

/// A template's statute value (a [`super::StatuteInfo`]) as text, with the note on its repeal
/// when `note` is given.
fn statute_text(statute: &Value, note: &Value) -> Result<String, TemplateError> {
    let text = statute.get_attr("text")?;
    defined(&text)?;
    let repeal = statute.get_attr("repeal")?;
    let note = note.is_true().then(|| note.to_string());
    let repeal = repeal.is_true().then(|| repeal.to_string());
    let mut out = String::new();
    blocks::push_statute(
        &mut out,
        &text.to_string(),
        repeal.as_deref(),
        note.as_deref(),
    );
    Ok(out)
}

/// The start of a document: the HTML head with its one style sheet, nothing in the others.
/// On a site page the frame adds its head links and navigation.
fn begin(syntax: Syntax, state: &State, title: &Value, language: &Value) -> String {
    if syntax != Syntax::Html {
        return String::new();
    }
    let frame = |name: &str| state.lookup(name).filter(|v| v.is_safe());
    let head = frame(FRAME_HEAD);
    let top = frame(FRAME_TOP);
    let escaped = |value: &Value| {
        let mut text = String::new();
        syntax.push_text(&mut text, text_of(OwnedText::of(value).as_ref()), true);
        text
    };
    let mut out = String::with_capacity(2048);
    push_page_start(
        &mut out,
        &escaped(title),
        &escaped(language),
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
