//! Citing a provision of the GDPR the way each language writes it.

use std::fmt::Write;

use crate::text::Language;

/// A provision of Regulation (EU) 2016/679: an article, and optionally its paragraph and point,
/// parsed from the crate's own citation form (`Art. 6(1)(a)`, `Art. 15`, `Art. 12(3)`).
///
/// The three languages cite differently: Finnish legal usage declines the parts
/// ("6 artiklan 1 kohdan a alakohta"), Finland-Swedish usage numbers them ("artikel 6.1 a"),
/// English brackets them ("Article 6(1)(a)"). Each language's official text of the GDPR
/// (EUR-Lex, CELEX 32016R0679) cites its own provisions in these forms.
///
/// ```
/// use gdpr::legal::Citation;
/// use gdpr::Language;
/// let basis = Citation::parse("Art. 6(1)(a)").unwrap();
/// assert_eq!(basis.text(Language::Fi, true), "tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta");
/// assert_eq!(basis.text(Language::Sv, true), "artikel 6.1 a i dataskyddsförordningen");
/// assert_eq!(basis.text(Language::En, false), "Article 6(1)(a)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Citation {
    article: u16,
    paragraph: Option<u16>,
    point: Option<char>,
}

impl Citation {
    /// Parses `Art. N`, `Art. N(P)` or `Art. N(P)(x)`; anything else (ranges, lists,
    /// subparagraphs) is `None`.
    pub fn parse(citation: &str) -> Option<Self> {
        let rest = citation.strip_prefix("Art. ")?;
        let (article, mut rest) = split_number(rest)?;
        let mut paragraph = None;
        let mut point = None;
        if let Some(inner) = rest.strip_prefix('(') {
            let (number, after) = split_number(inner)?;
            rest = after.strip_prefix(')')?;
            paragraph = Some(number);
            if let Some(inner) = rest.strip_prefix('(') {
                let mut chars = inner.chars();
                let letter = chars.next().filter(char::is_ascii_lowercase)?;
                rest = chars.as_str().strip_prefix(')')?;
                point = Some(letter);
            }
        }
        rest.is_empty().then_some(Self {
            article,
            paragraph,
            point,
        })
    }

    /// The citation in `language`, in the nominative; with `of_gdpr`, naming the regulation
    /// ("tietosuoja-asetuksen …", "… i dataskyddsförordningen", "… GDPR").
    pub fn text(self, language: Language, of_gdpr: bool) -> String {
        let mut out = String::new();
        match language {
            Language::Fi => {
                if of_gdpr {
                    out.push_str("tietosuoja-asetuksen ");
                }
                let _ = match (self.paragraph, self.point) {
                    (None, _) => write!(out, "{} artikla", self.article),
                    (Some(p), None) => write!(out, "{} artiklan {p} kohta", self.article),
                    (Some(p), Some(x)) => {
                        write!(out, "{} artiklan {p} kohdan {x} alakohta", self.article)
                    }
                };
            }
            Language::Sv => {
                let _ = write!(out, "artikel {}", self.article);
                if let Some(p) = self.paragraph {
                    let _ = write!(out, ".{p}");
                }
                if let Some(x) = self.point {
                    let _ = write!(out, " {x}");
                }
                if of_gdpr {
                    out.push_str(" i dataskyddsförordningen");
                }
            }
            Language::En => {
                let _ = write!(out, "Article {}", self.article);
                if let Some(p) = self.paragraph {
                    let _ = write!(out, "({p})");
                }
                if let Some(x) = self.point {
                    let _ = write!(out, "({x})");
                }
                if of_gdpr {
                    out.push_str(" GDPR");
                }
            }
        }
        out
    }
}

fn split_number(s: &str) -> Option<(u16, &str)> {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let number = s[..end].parse().ok()?;
    Some((number, &s[end..]))
}

/// `citation` (the crate's form, e.g. `Art. 17(3)(b)`) as `language` writes it, naming the
/// regulation; a form [`Citation::parse`] does not know is returned as it is.
pub fn cite(citation: &str, language: Language) -> String {
    Citation::parse(citation).map_or_else(|| citation.to_owned(), |c| c.text(language, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_in_every_language() {
        let cases = [
            (
                "Art. 15",
                "tietosuoja-asetuksen 15 artikla",
                "artikel 15 i dataskyddsförordningen",
                "Article 15 GDPR",
            ),
            (
                "Art. 12(3)",
                "tietosuoja-asetuksen 12 artiklan 3 kohta",
                "artikel 12.3 i dataskyddsförordningen",
                "Article 12(3) GDPR",
            ),
            (
                "Art. 17(3)(b)",
                "tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta",
                "artikel 17.3 b i dataskyddsförordningen",
                "Article 17(3)(b) GDPR",
            ),
        ];
        for (input, fi, sv, en) in cases {
            assert_eq!(cite(input, Language::Fi), fi);
            assert_eq!(cite(input, Language::Sv), sv);
            assert_eq!(cite(input, Language::En), en);
        }
        assert_eq!(cite("Art. 21(2)–(4)", Language::Fi), "Art. 21(2)–(4)");
        assert_eq!(Citation::parse("Art. 6(1)(a"), None);
        assert_eq!(Citation::parse("Art. 6(1)(a) x"), None);
    }
}
