//! Register files: TOML (canonical) and JSON, with errors that name the file, the field path
//! and the line.
//!
//! ```
//! let source = r#"
//! id = "example"
//! name.en = "Example register"
//! languages = ["en"]
//! [controller]
//! name.en = "City of Example"
//! "#;
//! let register = gdpr::files::from_toml_str(source, "example.toml")?;
//! assert_eq!(register.id.as_str(), "example");
//!
//! let err = gdpr::files::from_toml_str("id = \"Bad Id\"", "bad.toml").unwrap_err();
//! assert_eq!(err.to_string().lines().next().unwrap().split(": ").take(2).collect::<Vec<_>>(), ["bad.toml:1:6", "id"]);
//! # Ok::<(), gdpr::files::LoadError>(())
//! ```
//!
//! Loading a file, saving it and loading it again gives an equal [`Register`].

use std::fmt;
use std::path::{Path, PathBuf};

use crate::model::Register;

/// A register file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// TOML, the canonical format.
    Toml,
    /// JSON.
    Json,
}

impl Format {
    /// The format a path's extension names: `.json` is JSON, anything else TOML.
    pub fn from_path(path: &Path) -> Format {
        match path.extension().and_then(|ext| ext.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("json") => Format::Json,
            _ => Format::Toml,
        }
    }
}

/// One problem in a register file, located as precisely as the format allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The field path, e.g. `controller.business_id` or `retention[1].id`; `None` for syntax
    /// errors outside any field.
    pub path: Option<String>,
    /// The 1-based line.
    pub line: Option<usize>,
    /// The 1-based column.
    pub column: Option<usize>,
    /// What is wrong and what to do.
    pub message: String,
}

/// A register file could not be read, parsed or validated: one line per problem, each
/// "file:line:column: field path: message".
#[derive(Debug, thiserror::Error)]
#[error("{}", Located(self))]
#[non_exhaustive]
pub struct LoadError {
    /// The file, as given.
    pub file: PathBuf,
    /// Every problem found; at least one.
    pub diagnostics: Vec<Diagnostic>,
    /// The I/O error, when the file could not be read.
    #[source]
    pub io: Option<std::io::Error>,
}

/// The lines of a [`LoadError`].
struct Located<'a>(&'a LoadError);

impl fmt::Display for Located<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Located(error) = self;
        for (i, diagnostic) in error.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", error.file.display())?;
            if let Some(line) = diagnostic.line {
                write!(f, ":{line}")?;
                if let Some(column) = diagnostic.column {
                    write!(f, ":{column}")?;
                }
            }
            if let Some(path) = &diagnostic.path {
                write!(f, ": {path}")?;
            }
            write!(f, ": {}", diagnostic.message)?;
        }
        Ok(())
    }
}

/// Reads a register file; `.json` is read as JSON, anything else as TOML.
///
/// # Examples
///
/// ```
/// let register = gdpr::files::load("examples/registers/tem-tno-contacts.toml")?;
/// assert_eq!(register.id.as_str(), "tem-tno-contacts");
///
/// let missing = gdpr::files::load("no/such/register.toml").unwrap_err();
/// assert!(missing.to_string().starts_with("no/such/register.toml: cannot read"));
/// # Ok::<(), gdpr::files::LoadError>(())
/// ```
///
/// # Errors
/// The file cannot be read, is not valid TOML/JSON, does not match the model (unknown field,
/// bad code, bad identifier, impossible date, empty text) or breaks a rule of
/// [`Register::validate`]. Every error names the file, the field path and the line.
pub fn load(path: impl AsRef<Path>) -> Result<Register, LoadError> {
    let path = path.as_ref();
    let bytes = std::fs::read(path).map_err(|io| LoadError {
        file: path.to_owned(),
        diagnostics: vec![Diagnostic {
            path: None,
            line: None,
            column: None,
            message: format!("cannot read the file: {io}"),
        }],
        io: Some(io),
    })?;
    let source = utf8(&bytes).map_err(|diagnostic| LoadError {
        file: path.to_owned(),
        diagnostics: vec![diagnostic],
        io: None,
    })?;
    parse(source, Format::from_path(path), path)
}

/// The text of a file that must be UTF-8, or a diagnostic naming the line and column of the
/// first byte that is not.
pub(crate) fn utf8(bytes: &[u8]) -> Result<&str, Diagnostic> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        let (line, column) = LineIndex::new(valid).line_column(valid.len());
        Diagnostic {
            path: None,
            line: Some(line),
            column: Some(column),
            message: "the file is not UTF-8 text; save it as UTF-8".into(),
        }
    })
}

/// Parses TOML register text; `file` names it in errors.
///
/// # Errors
/// As [`load`], except for I/O.
pub fn from_toml_str(source: &str, file: impl AsRef<Path>) -> Result<Register, LoadError> {
    parse(source, Format::Toml, file.as_ref())
}

/// Parses JSON register text; `file` names it in errors.
///
/// # Errors
/// As [`load`], except for I/O.
pub fn from_json_str(source: &str, file: impl AsRef<Path>) -> Result<Register, LoadError> {
    parse(source, Format::Json, file.as_ref())
}

/// Parses register text in `format`; `file` names it in errors.
///
/// # Errors
/// As [`load`], except for I/O.
pub fn parse(source: &str, format: Format, file: &Path) -> Result<Register, LoadError> {
    // A byte-order mark is not part of the text (editors on Windows write one).
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let fail = |diagnostics| LoadError {
        file: file.to_owned(),
        diagnostics,
        io: None,
    };
    let register = match format {
        Format::Toml => parse_toml(source),
        Format::Json => parse_json(source),
    }
    .map_err(|diagnostic| fail(vec![diagnostic]))?;
    register
        .validate()
        .map_err(|errors| fail(locate_all(source, format, errors)))?;
    Ok(register)
}

/// A parsed source whose values know where they start.
enum Locator<'s> {
    Toml(toml::de::DeValue<'s>),
    Json(json::Node),
}

/// The most diagnostics one error report lists; the rest are counted.
pub const MAX_DIAGNOSTICS: usize = 100;

/// Locates validation errors in the source: the source is parsed once and each path is
/// followed from the root, so the cost grows with the number of errors, not with errors ×
/// file size. At most [`MAX_DIAGNOSTICS`] are listed.
fn locate_all(
    source: &str,
    format: Format,
    errors: Vec<crate::model::ValidationError>,
) -> Vec<Diagnostic> {
    let total = errors.len();
    let lines = LineIndex::new(source);
    let locator = match format {
        Format::Toml => toml::de::DeTable::parse(source)
            .ok()
            .map(|root| Locator::Toml(toml::de::DeValue::Table(root.into_inner()))),
        Format::Json => json::Node::parse(source.as_bytes()).map(Locator::Json),
    };
    let locate = |path: &str| match &locator {
        Some(Locator::Toml(root)) => locate_toml(root, path),
        Some(Locator::Json(root)) => root.locate(path),
        None => None,
    };
    let mut diagnostics: Vec<Diagnostic> = errors
        .into_iter()
        .take(MAX_DIAGNOSTICS)
        .map(|error| {
            let (line, column) = locate(&error.path)
                .map(|offset| lines.line_column(offset))
                .unzip();
            Diagnostic {
                path: Some(error.path),
                line,
                column,
                message: error.message,
            }
        })
        .collect();
    if total > MAX_DIAGNOSTICS {
        diagnostics.push(Diagnostic {
            path: None,
            line: None,
            column: None,
            message: format!(
                "{} more errors not listed; fix these and check again",
                total - MAX_DIAGNOSTICS
            ),
        });
    }
    diagnostics
}

fn parse_toml(source: &str) -> Result<Register, Diagnostic> {
    let deserializer =
        toml::Deserializer::parse(source).map_err(|e| toml_diagnostic(source, None, &e))?;
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = e.path().to_string();
        toml_diagnostic(source, Some(path), e.inner())
    })
}

fn toml_diagnostic(source: &str, path: Option<String>, error: &toml::de::Error) -> Diagnostic {
    let (line, column) = error
        .span()
        .map(|span| LineIndex::new(source).line_column(span.start))
        .unzip();
    Diagnostic {
        path: path.filter(|p| p != "."),
        line,
        column,
        message: without_values(error.message().trim_end()),
    }
}

/// A parser's message without the value it quotes: a value typed into the wrong field may be
/// a personal identity code or an address, and errors end up in logs. serde words them
/// "invalid type: string \"...\", expected ..." and "invalid value: ...".
fn without_values(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = ["string \"", "character `", "integer `", "floating point `"]
        .iter()
        .filter_map(|marker| rest.find(marker).map(|i| (i, *marker)))
        .min()
    {
        let (i, marker) = at;
        let close = if marker.ends_with('"') { '"' } else { '`' };
        out.push_str(&rest[..i + marker.len() - 1]);
        let after = &rest[i + marker.len()..];
        match after.find(close) {
            Some(end) => {
                out.push_str("(value not shown)");
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[i + marker.len() - 1..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn parse_json(source: &str) -> Result<Register, Diagnostic> {
    let mut deserializer = serde_json::Deserializer::from_str(source);
    let register: Register = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        json_diagnostic(Some(path), e.inner())
    })?;
    deserializer.end().map_err(|e| json_diagnostic(None, &e))?;
    Ok(register)
}

fn json_diagnostic(path: Option<String>, error: &serde_json::Error) -> Diagnostic {
    let message = error.to_string();
    // serde_json appends " at line L column C"; the location goes in its own fields.
    let message = match message.rfind(" at line ") {
        Some(at) => without_values(&message[..at]),
        None => without_values(&message),
    };
    Diagnostic {
        path: path.filter(|p| p != "."),
        line: (error.line() > 0).then_some(error.line()),
        column: (error.column() > 0).then_some(error.column()),
        message,
    }
}

/// Writes a register as TOML.
///
/// # Errors
/// Only if the register cannot be represented in TOML, which the model rules out; the error
/// is returned rather than unwrapped.
pub fn to_toml_string(register: &Register) -> Result<String, toml::ser::Error> {
    toml::to_string_pretty(register)
}

/// Writes a register as pretty JSON.
///
/// # Errors
/// Only if the register cannot be represented in JSON, which the model rules out; the error
/// is returned rather than unwrapped, as [`to_toml_string`] does.
pub fn to_json_string(register: &Register) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(register)
}

/// Saves a register; `.json` is written as JSON, anything else as TOML.
///
/// # Errors
/// The file cannot be written.
pub fn save(path: impl AsRef<Path>, register: &Register) -> std::io::Result<()> {
    let path = path.as_ref();
    let text = match Format::from_path(path) {
        Format::Json => to_json_string(register).map_err(std::io::Error::other)?,
        Format::Toml => to_toml_string(register).map_err(std::io::Error::other)?,
    };
    std::fs::write(path, text)
}

/// The JSON Schema of a register file.
pub fn schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Register);
    serde_json::to_value(schema).expect("a schema always serializes")
}

#[derive(Debug, PartialEq)]
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

fn segments(path: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Segment::Key(key));
        }
        while let Some((index, after)) = rest.split_once(']') {
            if let Ok(index) = index.trim_start_matches('[').parse() {
                out.push(Segment::Index(index));
            }
            rest = after;
        }
    }
    out
}

fn locate_toml(root: &toml::de::DeValue<'_>, path: &str) -> Option<usize> {
    let mut value = root;
    let mut offset = 0;
    for segment in segments(path) {
        let next = match segment {
            Segment::Key(key) => value.get(key)?,
            Segment::Index(index) => value.get(index)?,
        };
        offset = next.span().start;
        value = next.get_ref();
    }
    Some(offset)
}

/// Just enough of a JSON scanner to know where each value starts: one pass builds the tree
/// of offsets that every error's path is then looked up in.
mod json {
    use super::{Segment, segments};

    /// Where a value starts, and its members or elements.
    pub(super) struct Node {
        start: usize,
        children: Children,
    }

    enum Children {
        Object(Vec<(String, Node)>),
        Array(Vec<Node>),
        Scalar,
    }

    impl Node {
        /// The tree of a JSON text that serde_json already accepted.
        pub(super) fn parse(bytes: &[u8]) -> Option<Node> {
            let mut at = skip_ws(bytes, 0);
            node(bytes, &mut at)
        }

        /// Where the value at `path` starts.
        pub(super) fn locate(&self, path: &str) -> Option<usize> {
            let mut node = self;
            for segment in segments(path) {
                node = match (&node.children, segment) {
                    (Children::Object(members), Segment::Key(key)) => {
                        &members.iter().find(|(k, _)| k == key)?.1
                    }
                    (Children::Array(elements), Segment::Index(index)) => elements.get(index)?,
                    _ => return None,
                };
            }
            Some(node.start)
        }
    }

    fn skip_ws(bytes: &[u8], mut at: usize) -> usize {
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        at
    }

    /// The end of the string starting at `at` (just past its closing quote).
    fn string_end(bytes: &[u8], mut at: usize) -> Option<usize> {
        at += 1;
        while at < bytes.len() {
            match bytes[at] {
                b'\\' => at += 2,
                b'"' => return Some(at + 1),
                _ => at += 1,
            }
        }
        None
    }

    fn node(bytes: &[u8], at: &mut usize) -> Option<Node> {
        let start = *at;
        let children = match bytes.get(start)? {
            b'{' => {
                let mut members = Vec::new();
                *at = skip_ws(bytes, start + 1);
                while bytes.get(*at) == Some(&b'"') {
                    let end = string_end(bytes, *at)?;
                    let key: String = serde_json::from_slice(&bytes[*at..end]).ok()?;
                    *at = skip_ws(bytes, end);
                    if bytes.get(*at) != Some(&b':') {
                        return None;
                    }
                    *at = skip_ws(bytes, *at + 1);
                    let value = node(bytes, at)?;
                    members.push((key, value));
                    *at = skip_ws(bytes, *at);
                    if bytes.get(*at) == Some(&b',') {
                        *at = skip_ws(bytes, *at + 1);
                    }
                }
                *at += 1;
                Children::Object(members)
            }
            b'[' => {
                let mut elements = Vec::new();
                *at = skip_ws(bytes, start + 1);
                while bytes.get(*at).is_some_and(|b| *b != b']') {
                    elements.push(node(bytes, at)?);
                    *at = skip_ws(bytes, *at);
                    if bytes.get(*at) == Some(&b',') {
                        *at = skip_ws(bytes, *at + 1);
                    }
                }
                *at += 1;
                Children::Array(elements)
            }
            b'"' => {
                *at = string_end(bytes, start)?;
                Children::Scalar
            }
            _ => {
                while *at < bytes.len()
                    && !matches!(bytes[*at], b',' | b'}' | b']')
                    && !bytes[*at].is_ascii_whitespace()
                {
                    *at += 1;
                }
                Children::Scalar
            }
        };
        Some(Node { start, children })
    }
}

/// Line starts of a text, for turning byte offsets into lines and columns by binary search.
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(source: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { starts }
    }

    /// The 1-based line and column (in bytes) of `offset`.
    pub(crate) fn line_column(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|start| *start <= offset);
        (line, offset - self.starts[line - 1] + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_split_into_segments() {
        assert_eq!(
            segments("purposes[2].subject_groups[0]"),
            vec![
                Segment::Key("purposes"),
                Segment::Index(2),
                Segment::Key("subject_groups"),
                Segment::Index(0)
            ]
        );
    }

    #[test]
    fn json_locator_finds_nested_values() {
        let source = "{\n  \"a\": {\"x\": [1, \"]\", {\"id\": \"dup\"}]},\n  \"b\": 2\n}";
        let root = json::Node::parse(source.as_bytes()).unwrap();
        let lines = LineIndex::new(source);
        let at = root.locate("a.x[2].id").unwrap();
        assert_eq!(&source[at..at + 5], "\"dup\"");
        assert_eq!(lines.line_column(at).0, 2);
        let at = root.locate("b").unwrap();
        assert_eq!(lines.line_column(at), (3, 8));
    }

    #[test]
    fn parser_messages_do_not_echo_values() {
        assert_eq!(
            without_values("invalid type: string \"131052-308T\", expected a boolean"),
            "invalid type: string (value not shown), expected a boolean"
        );
        assert_eq!(
            without_values("invalid type: integer `131052`, expected a string"),
            "invalid type: integer (value not shown), expected a string"
        );
        assert_eq!(without_values("missing field `id`"), "missing field `id`");
    }
}
