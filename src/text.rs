//! Languages, localized text and the small validated strings every other module uses.
//!
//! Finnish authorities publish in Finnish and Swedish (Language Act 423/2003, s. 32) and
//! often in English; a [`LocalizedText`] carries each variant the register states. Asking for a
//! language a text lacks gives `None`: the linter reports the gap, nothing falls back silently.

use std::fmt;

use schemars::{JsonSchema, json_schema};
use serde::{Deserialize, Serialize};

use crate::macros::validated_string;

/// A value could not be parsed: names what was expected, never echoes a personal identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ParseError {
    what: &'static str,
    message: String,
}

impl ParseError {
    pub(crate) fn new(what: &'static str, message: impl Into<String>) -> Self {
        Self {
            what,
            message: message.into(),
        }
    }

    /// What was being parsed, e.g. `business ID`.
    pub fn what(&self) -> &'static str {
        self.what
    }
}

/// A language a notice can be published in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[cfg_attr(feature = "proptest", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Finnish (`fi`).
    Fi,
    /// Swedish (`sv`).
    Sv,
    /// English (`en`).
    En,
}

impl Language {
    /// Every supported language.
    pub const ALL: [Language; 3] = [Language::Fi, Language::Sv, Language::En];

    /// The ISO 639-1 code, also the serde name.
    pub const fn code(self) -> &'static str {
        match self {
            Language::Fi => "fi",
            Language::Sv => "sv",
            Language::En => "en",
        }
    }

    /// Picks the variant of a three-language constant.
    pub const fn pick(self, fi: &'static str, sv: &'static str, en: &'static str) -> &'static str {
        match self {
            Language::Fi => fi,
            Language::Sv => sv,
            Language::En => en,
        }
    }

    /// [`Language::pick`] for text built at run time.
    pub(crate) fn pick_owned(self, fi: String, sv: String, en: String) -> String {
        match self {
            Language::Fi => fi,
            Language::Sv => sv,
            Language::En => en,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Language {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "fi" => Ok(Language::Fi),
            "sv" => Ok(Language::Sv),
            "en" => Ok(Language::En),
            other => Err(ParseError::new(
                "language",
                format!("unknown language `{other}`; expected fi, sv or en"),
            )),
        }
    }
}

/// Text stated in one or more of Finnish, Swedish and English.
///
/// At least one variant is present and none is empty. In a register file it is a table:
///
/// ```toml
/// name = { fi = "Työ- ja elinkeinoministeriö", sv = "Arbets- och näringsministeriet" }
/// ```
#[derive(Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, try_from = "RawLocalizedText")]
pub struct LocalizedText {
    /// Finnish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fi: Option<String>,
    /// Swedish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sv: Option<String>,
    /// English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    en: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawLocalizedText {
    #[serde(default)]
    fi: Option<String>,
    #[serde(default)]
    sv: Option<String>,
    #[serde(default)]
    en: Option<String>,
}

impl TryFrom<RawLocalizedText> for LocalizedText {
    type Error = ParseError;
    fn try_from(raw: RawLocalizedText) -> Result<Self, Self::Error> {
        let mut text = LocalizedText::default();
        for (language, value) in [
            (Language::Fi, raw.fi),
            (Language::Sv, raw.sv),
            (Language::En, raw.en),
        ] {
            if let Some(value) = value {
                text = text.try_with(language, value)?;
            }
        }
        if text.is_empty() {
            return Err(ParseError::new(
                "text",
                "a text needs at least one of `fi`, `sv` or `en`",
            ));
        }
        Ok(text)
    }
}

impl LocalizedText {
    /// Builds a text from its three optional variants, as a register file states them; used by
    /// the types that put a text's `fi`/`sv`/`en` keys beside keys of their own.
    pub(crate) fn from_parts(
        fi: Option<String>,
        sv: Option<String>,
        en: Option<String>,
    ) -> Result<Self, ParseError> {
        RawLocalizedText { fi, sv, en }.try_into()
    }

    /// The three optional variants.
    pub(crate) fn into_parts(self) -> (Option<String>, Option<String>, Option<String>) {
        (self.fi, self.sv, self.en)
    }

    /// A text stated in Finnish.
    ///
    /// # Panics
    /// If `text` is empty or only whitespace; use [`LocalizedText::try_with`] for input.
    pub fn fi(text: impl Into<String>) -> Self {
        Self::default().with(Language::Fi, text)
    }

    /// A text stated in Swedish. Panics like [`LocalizedText::fi`].
    pub fn sv(text: impl Into<String>) -> Self {
        Self::default().with(Language::Sv, text)
    }

    /// A text stated in English. Panics like [`LocalizedText::fi`].
    pub fn en(text: impl Into<String>) -> Self {
        Self::default().with(Language::En, text)
    }

    /// Adds or replaces one language variant.
    ///
    /// # Panics
    /// If `text` is empty or only whitespace: builder code states real text.
    pub fn with(self, language: Language, text: impl Into<String>) -> Self {
        self.try_with(language, text)
            .expect("a localized text must not be empty")
    }

    /// Adds or replaces one language variant.
    ///
    /// # Errors
    /// If `text` is empty or only whitespace.
    pub fn try_with(
        mut self,
        language: Language,
        text: impl Into<String>,
    ) -> Result<Self, ParseError> {
        let text = text.into();
        if text.trim().is_empty() {
            return Err(ParseError::new(
                "text",
                format!("the `{language}` text is empty; write the text or leave the language out"),
            ));
        }
        *self.slot(language) = Some(text);
        Ok(self)
    }

    fn slot(&mut self, language: Language) -> &mut Option<String> {
        match language {
            Language::Fi => &mut self.fi,
            Language::Sv => &mut self.sv,
            Language::En => &mut self.en,
        }
    }

    /// The text in `language`, if the register states it.
    pub fn get(&self, language: Language) -> Option<&str> {
        match language {
            Language::Fi => self.fi.as_deref(),
            Language::Sv => self.sv.as_deref(),
            Language::En => self.en.as_deref(),
        }
    }

    /// Whether no language is present (only the `Default` value).
    pub fn is_empty(&self) -> bool {
        self.fi.is_none() && self.sv.is_none() && self.en.is_none()
    }

    /// The languages this text is stated in.
    pub fn languages(&self) -> impl Iterator<Item = Language> + '_ {
        Language::ALL
            .into_iter()
            .filter(|language| self.get(*language).is_some())
    }

    /// The languages of `wanted` that this text lacks.
    pub fn missing<'a>(&'a self, wanted: &'a [Language]) -> impl Iterator<Item = Language> + 'a {
        wanted
            .iter()
            .copied()
            .filter(|language| self.get(*language).is_none())
    }
}

impl fmt::Debug for LocalizedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for language in self.languages() {
            map.entry(&language.code(), &self.get(language).unwrap_or_default());
        }
        map.finish()
    }
}

fn validate_id(s: &str) -> Result<String, ParseError> {
    let well_formed = !s.is_empty()
        && s.len() <= 64
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if well_formed {
        Ok(s.to_owned())
    } else {
        Err(ParseError::new(
            "id",
            format!(
                "`{s}` is not a valid id; use lowercase letters and digits separated by single hyphens, e.g. `partner-contacts`"
            ),
        ))
    }
}

validated_string! {
    /// A stable identifier inside a register: kebab-case, e.g. `partner-contacts`.
    ///
    /// Ids let other parts refer to a group, purpose or retention rule, and let stores key
    /// records by rule.
    pub struct Id("id", validate_id);
    schema = json_schema!({
        "type": "string",
        "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
        "maxLength": 64
    });
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({:?})", self.0)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn validate_label(s: &str) -> Result<String, ParseError> {
    if s.trim().is_empty() {
        Err(ParseError::new(
            "name",
            "the name is empty; write the name as the notice states it",
        ))
    } else {
        Ok(s.to_owned())
    }
}

validated_string! {
    /// A language-independent name, non-empty: an information system (`URA`), a company
    /// (`Netum Oy`), a reference number (`KEHA/1516/2017`).
    pub struct Label("name", validate_label);
    schema = json_schema!({ "type": "string", "minLength": 1 });
}

impl fmt::Debug for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localized_text_reports_missing_languages() {
        let text =
            LocalizedText::fi("Rekisterinpitäjä").with(Language::Sv, "Personuppgiftsansvarig");
        assert_eq!(text.get(Language::Sv), Some("Personuppgiftsansvarig"));
        assert_eq!(text.get(Language::En), None);
        let missing: Vec<_> = text.missing(&Language::ALL).collect();
        assert_eq!(missing, vec![Language::En]);
    }

    #[test]
    fn empty_text_is_rejected() {
        let err = LocalizedText::default()
            .try_with(Language::Fi, "  ")
            .unwrap_err();
        assert!(err.to_string().contains("`fi` text is empty"));
        let err = serde_json::from_str::<LocalizedText>("{}").unwrap_err();
        assert!(err.to_string().contains("at least one of"), "{err}");
        assert!(serde_json::from_str::<LocalizedText>(r#"{"de": "Hallo"}"#).is_err());
    }

    #[test]
    fn ids_are_kebab_case() {
        assert!("partner-contacts".parse::<Id>().is_ok());
        assert!("users".parse::<Id>().is_ok());
        for bad in ["", "Users", "a--b", "-a", "a-", "a b", "ä"] {
            assert!(bad.parse::<Id>().is_err(), "{bad:?} accepted");
        }
    }
}
