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
//! let register = gdpr::file::from_toml_str(source, "example.toml")?;
//! assert_eq!(register.id.as_str(), "example");
//!
//! let err = gdpr::file::from_toml_str("id = \"Bad Id\"", "bad.toml").unwrap_err();
//! assert_eq!(err.to_string().lines().next().unwrap().split(": ").take(2).collect::<Vec<_>>(), ["bad.toml:1:6", "id"]);
//! # Ok::<(), gdpr::file::LoadError>(())
//! ```
//!
//! Loading a file, saving it and loading it again gives an equal [`Register`].

use std::fmt;
use std::path::{Path, PathBuf};

use crate::model::Register;

/// A register file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// A register file could not be read, parsed or validated.
#[derive(Debug)]
pub struct LoadError {
    /// The file, as given.
    pub file: PathBuf,
    /// Every problem found; at least one.
    pub diagnostics: Vec<Diagnostic>,
    /// The I/O error, when the file could not be read.
    pub io: Option<std::io::Error>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, diagnostic) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", self.file.display())?;
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

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.io.as_ref().map(|e| e as _)
    }
}

/// Reads a register file; `.json` is read as JSON, anything else as TOML.
///
/// # Errors
/// The file cannot be read, is not valid TOML/JSON, does not match the model (unknown field,
/// bad code, bad identifier, impossible date, empty text) or breaks a rule of
/// [`Register::validate`]. Every error names the file, the field path and the line.
pub fn load(path: impl AsRef<Path>) -> Result<Register, LoadError> {
    let path = path.as_ref();
    let source = std::fs::read_to_string(path).map_err(|io| LoadError {
        file: path.to_owned(),
        diagnostics: vec![Diagnostic {
            path: None,
            line: None,
            column: None,
            message: format!("cannot read the file: {io}"),
        }],
        io: Some(io),
    })?;
    parse(&source, Format::from_path(path), path)
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
    register.validate().map_err(|errors| {
        fail(
            errors
                .into_iter()
                .map(|error| {
                    let offset = match format {
                        Format::Toml => locate_toml(source, &error.path),
                        Format::Json => locate_json(source, &error.path),
                    };
                    let (line, column) = offset.map(|o| line_column(source, o)).unzip();
                    Diagnostic {
                        path: Some(error.path),
                        line,
                        column,
                        message: error.message,
                    }
                })
                .collect(),
        )
    })?;
    Ok(register)
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
        .map(|span| line_column(source, span.start))
        .unzip();
    Diagnostic {
        path: path.filter(|p| p != "."),
        line,
        column,
        message: error.message().trim_end().to_owned(),
    }
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
        Some(at) => message[..at].to_owned(),
        None => message,
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
pub fn to_json_string(register: &Register) -> String {
    serde_json::to_string_pretty(register).expect("a register always serializes to JSON")
}

/// Saves a register; `.json` is written as JSON, anything else as TOML.
///
/// # Errors
/// The file cannot be written.
pub fn save(path: impl AsRef<Path>, register: &Register) -> std::io::Result<()> {
    let path = path.as_ref();
    let text = match Format::from_path(path) {
        Format::Json => to_json_string(register),
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

fn locate_toml(source: &str, path: &str) -> Option<usize> {
    let root = toml::de::DeTable::parse(source).ok()?;
    let mut value = toml::de::DeValue::Table(root.into_inner());
    let mut offset = 0;
    for segment in segments(path) {
        let next = match segment {
            Segment::Key(key) => value.get(key)?,
            Segment::Index(index) => value.get(index)?,
        };
        offset = next.span().start;
        value = next.get_ref().clone();
    }
    Some(offset)
}

fn locate_json(source: &str, path: &str) -> Option<usize> {
    let bytes = source.as_bytes();
    let mut at = 0;
    for segment in segments(path) {
        at = json::skip_ws(bytes, at);
        at = match segment {
            Segment::Key(key) => json::member(bytes, at, key)?,
            Segment::Index(index) => json::element(bytes, at, index)?,
        };
    }
    Some(json::skip_ws(bytes, at))
}

/// Just enough of a JSON scanner to find where a path's value starts.
mod json {
    pub(super) fn skip_ws(bytes: &[u8], mut at: usize) -> usize {
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        at
    }

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

    fn value_end(bytes: &[u8], at: usize) -> Option<usize> {
        match bytes.get(at)? {
            b'"' => string_end(bytes, at),
            b'{' | b'[' => {
                let mut depth = 0usize;
                let mut i = at;
                while i < bytes.len() {
                    match bytes[i] {
                        b'"' => {
                            i = string_end(bytes, i)?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                return Some(i + 1);
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                None
            }
            _ => {
                let mut i = at;
                while i < bytes.len()
                    && !matches!(bytes[i], b',' | b'}' | b']')
                    && !bytes[i].is_ascii_whitespace()
                {
                    i += 1;
                }
                Some(i)
            }
        }
    }

    pub(super) fn member(bytes: &[u8], at: usize, key: &str) -> Option<usize> {
        if bytes.get(at) != Some(&b'{') {
            return None;
        }
        let mut i = skip_ws(bytes, at + 1);
        while bytes.get(i) == Some(&b'"') {
            let key_end = string_end(bytes, i)?;
            let found = &bytes[i + 1..key_end - 1] == key.as_bytes();
            i = skip_ws(bytes, key_end);
            if bytes.get(i) != Some(&b':') {
                return None;
            }
            i = skip_ws(bytes, i + 1);
            if found {
                return Some(i);
            }
            i = skip_ws(bytes, value_end(bytes, i)?);
            if bytes.get(i) == Some(&b',') {
                i = skip_ws(bytes, i + 1);
            }
        }
        None
    }

    pub(super) fn element(bytes: &[u8], at: usize, index: usize) -> Option<usize> {
        if bytes.get(at) != Some(&b'[') {
            return None;
        }
        let mut i = skip_ws(bytes, at + 1);
        for _ in 0..index {
            i = skip_ws(bytes, value_end(bytes, i)?);
            if bytes.get(i) != Some(&b',') {
                return None;
            }
            i = skip_ws(bytes, i + 1);
        }
        Some(i)
    }
}

fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rfind('\n')
        .map_or(before.len(), |nl| before.len() - nl - 1)
        + 1;
    (line, column)
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
        let at = locate_json(source, "a.x[2].id").unwrap();
        assert_eq!(&source[at..at + 5], "\"dup\"");
        assert_eq!(line_column(source, at).0, 2);
        let at = locate_json(source, "b").unwrap();
        assert_eq!(line_column(source, at), (3, 8));
    }
}
