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

/// `citation` (the crate's form, e.g. `Art. 17(3)(b)`, or a range of paragraphs such as
/// `Art. 21(2)-(3)`) as `language` writes it, naming the regulation; a form the crate does
/// not know is returned as it is.
///
/// ```
/// use gdpr::legal::cite;
/// use gdpr::Language;
/// assert_eq!(cite("Art. 21(2)-(3)", Language::Fi), "tietosuoja-asetuksen 21 artiklan 2 ja 3 kohta");
/// assert_eq!(cite("Art. 21(1)-(3)", Language::Sv), "artikel 21.1–21.3 i dataskyddsförordningen");
/// assert_eq!(cite("Art. 21(1)-(3)", Language::En), "Article 21(1) to (3) GDPR");
/// ```
pub fn cite(citation: &str, language: Language) -> String {
    if let Some(text) = paragraph_range(citation, language) {
        return text;
    }
    Citation::parse(citation).map_or_else(|| citation.to_owned(), |c| c.text(language, true))
}

/// `Art. N(P)-(Q)`: consecutive paragraphs are two ("2 ja 3 kohta"), more a range.
fn paragraph_range(citation: &str, language: Language) -> Option<String> {
    let (first, last) = citation.split_once("-(")?;
    let start = Citation::parse(first)?;
    let from = start.paragraph.filter(|_| start.point.is_none())?;
    let to: u16 = last.strip_suffix(')')?.parse().ok()?;
    if to <= from {
        return None;
    }
    let article = start.article;
    let pair = to == from + 1;
    Some(match (language, pair) {
        (Language::Fi, true) => {
            format!("tietosuoja-asetuksen {article} artiklan {from} ja {to} kohta")
        }
        (Language::Fi, false) => {
            format!("tietosuoja-asetuksen {article} artiklan {from}–{to} kohta")
        }
        (Language::Sv, true) => {
            format!("artikel {article}.{from} och {article}.{to} i dataskyddsförordningen")
        }
        (Language::Sv, false) => {
            format!("artikel {article}.{from}–{article}.{to} i dataskyddsförordningen")
        }
        (Language::En, true) => format!("Article {article}({from}) and ({to}) GDPR"),
        (Language::En, false) => format!("Article {article}({from}) to ({to}) GDPR"),
    })
}

/// Several provisions in one phrase, each with an optional title: provisions that share an
/// article and paragraph are grouped by point, as the official texts do ("6 artiklan 1 kohdan
/// a, c ja e alakohta", "artikel 6.1 a, c och e", "Article 6(1)(a), (c) and (e)"), and one
/// provision cited twice (the two limbs of Art. 6(1)(e)) is cited once with both titles.
///
/// ```
/// use gdpr::legal::cite_all;
/// use gdpr::Language;
/// let bases = [("Art. 6(1)(a)", None), ("Art. 6(1)(c)", None), ("Art. 6(1)(e)", None)];
/// assert_eq!(cite_all(&bases, Language::Sv), "artikel 6.1 a, c och e i dataskyddsförordningen");
/// assert_eq!(cite_all(&bases, Language::Fi), "tietosuoja-asetuksen 6 artiklan 1 kohdan a, c ja e alakohta");
/// let limbs = [("Art. 6(1)(e)", Some("task")), ("Art. 6(1)(e)", Some("authority"))];
/// assert_eq!(cite_all(&limbs, Language::En), "Article 6(1)(e) (task and authority) GDPR");
/// let titled = [("Art. 6(1)(a)", Some("samtycke")), ("Art. 6(1)(e)", Some("myndighetsutövning"))];
/// assert_eq!(
///     cite_all(&titled, Language::Sv),
///     "artikel 6.1 a (samtycke) och 6.1 e (myndighetsutövning) i dataskyddsförordningen"
/// );
/// ```
pub fn cite_all(provisions: &[(&str, Option<&str>)], language: Language) -> String {
    // Merge titles of the same provision, keeping first-seen order.
    let mut merged: Vec<(&str, Vec<&str>)> = Vec::new();
    for (article, title) in provisions {
        match merged.iter_mut().find(|(a, _)| a == article) {
            Some((_, titles)) => titles.extend(title),
            None => merged.push((article, title.iter().copied().collect())),
        }
    }
    let parsed: Option<Vec<Citation>> = merged.iter().map(|(a, _)| Citation::parse(a)).collect();
    let grouped = parsed.as_ref().is_some_and(|citations| {
        !citations.is_empty()
            && citations.iter().all(|c| {
                c.point.is_some()
                    && (c.article, c.paragraph) == (citations[0].article, citations[0].paragraph)
            })
    });
    let and = language.pick(" ja ", " och ", " and ");
    let titled = |text: String, titles: &[&str]| {
        if titles.is_empty() {
            text
        } else {
            format!("{text} ({})", join(titles, ", ", and))
        }
    };
    let Some(citations) = parsed.filter(|_| grouped) else {
        let parts: Vec<String> = merged
            .iter()
            .map(|(article, titles)| titled(cite(article, language), titles))
            .collect();
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        return join(&parts, "; ", and);
    };
    let (article, paragraph) = (citations[0].article, citations[0].paragraph.unwrap_or(0));
    let any_title = merged.iter().any(|(_, titles)| !titles.is_empty());
    let points: Vec<String> = citations
        .iter()
        .zip(&merged)
        .map(|(c, (_, titles))| {
            let x = c.point.unwrap_or_default();
            let point = match (language, any_title) {
                (Language::Fi, true) => format!("{x} alakohta"),
                (Language::Sv, true) => format!("{article}.{paragraph} {x}"),
                (Language::Fi | Language::Sv, false) => x.to_string(),
                (Language::En, _) => format!("({x})"),
            };
            titled(point, titles)
        })
        .collect();
    let points: Vec<&str> = points.iter().map(String::as_str).collect();
    let list = join(&points, ", ", and);
    match (language, any_title) {
        (Language::Fi, true) => {
            format!("tietosuoja-asetuksen {article} artiklan {paragraph} kohdan {list}")
        }
        (Language::Fi, false) => {
            format!("tietosuoja-asetuksen {article} artiklan {paragraph} kohdan {list} alakohta")
        }
        (Language::Sv, true) => format!("artikel {list} i dataskyddsförordningen"),
        (Language::Sv, false) => {
            format!("artikel {article}.{paragraph} {list} i dataskyddsförordningen")
        }
        (Language::En, _) => format!("Article {article}({paragraph}){list} GDPR"),
    }
}

/// `a, b and c`: items joined by `separator`, the last by `and`.
pub(crate) fn join(items: &[&str], separator: &str, and: &str) -> String {
    match items {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [init @ .., last] => format!("{}{and}{last}", init.join(separator)),
    }
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
