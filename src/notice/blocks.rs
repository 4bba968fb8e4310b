//! The blocks a notice is made of — headings, paragraphs, lists, label–value fields, tables —
//! written in Markdown, HTML or plain text, with the register's words escaped for the format.
//!
//! Both ways of rendering a notice write through these functions: the built-in renderer of the
//! embedded templates ([`super::builtin`]) calls them directly, and the minijinja block functions
//! of a template (`p`, `ul`, `fields`, …) convert their arguments and call them. One piece of
//! code therefore decides every escape and every line break, and the two ways give the same
//! bytes for the same notice.

use std::borrow::Cow;

/// A notice format that has a syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Syntax {
    Markdown,
    Html,
    Text,
}

/// A text handed to a block.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Text<'a> {
    /// Words to escape for the format: the register's, or a phrase built from them.
    Plain(&'a str),
    /// Already escaped for the format (a rendered block, a retention period built piece by
    /// piece): written as it is.
    Markup(&'a str),
}

impl<'a> Text<'a> {
    fn as_str(self) -> &'a str {
        match self {
            Text::Plain(text) | Text::Markup(text) => text,
        }
    }

    /// Whether a block leaves it out: empty or only white space.
    pub(crate) fn is_blank(self) -> bool {
        self.as_str().trim().is_empty()
    }
}

/// An item of a bulleted list.
#[derive(Debug)]
pub(crate) enum Item<'a> {
    /// A text; left out when blank.
    Text(Text<'a>),
    /// A text with a list under it (always shown, as its sublist is part of it).
    Nested(Text<'a>, Vec<Item<'a>>),
}

impl Syntax {
    /// Appends `text` escaped. `continuing` text goes on a line already begun (headings, cells,
    /// field values), so in Markdown only its later lines can open a block.
    pub(crate) fn push_escaped(self, out: &mut String, text: &str, continuing: bool) {
        match self {
            Syntax::Markdown => push_markdown(out, text, !continuing),
            Syntax::Html => push_html(out, text),
            Syntax::Text => out.push_str(text),
        }
    }

    /// Appends a text: markup as it is, plain text escaped.
    pub(crate) fn push_text(self, out: &mut String, text: Text<'_>, continuing: bool) {
        match text {
            Text::Markup(markup) => out.push_str(markup),
            Text::Plain(plain) => self.push_escaped(out, plain, continuing),
        }
    }

    /// Appends a text whose line breaks stay inside one paragraph, list item or field.
    fn push_inline(self, out: &mut String, text: Text<'_>, continuing: bool) {
        let start = out.len();
        self.push_text(out, text, continuing);
        match self {
            Syntax::Markdown => replace_tail(out, start, "\\\n"),
            Syntax::Html => replace_tail(out, start, "<br>\n"),
            Syntax::Text => {}
        }
    }

    /// Appends a text that must stay on one line (a heading, a cell): line breaks become spaces.
    fn push_line(self, out: &mut String, text: Text<'_>) {
        let start = out.len();
        self.push_text(out, text, true);
        replace_tail(out, start, " ");
    }
}

/// Replaces each line break in `out[start..]` with `with`; allocates only when there is one.
fn replace_tail(out: &mut String, start: usize, with: &str) {
    if out[start..].contains('\n') {
        let tail = out.split_off(start);
        out.push_str(&tail.replace('\n', with));
    }
}

/// A heading of `level` (1 the title, 2 a section, 3 a subsection), on one line.
pub(crate) fn heading(syntax: Syntax, out: &mut String, level: usize, text: Text<'_>) {
    match syntax {
        Syntax::Markdown => {
            out.push('\n');
            out.extend(std::iter::repeat_n('#', level));
            out.push(' ');
            syntax.push_line(out, text);
            out.push_str("\n\n");
        }
        Syntax::Html => {
            let tag = ["h1", "h2", "h3"][level.clamp(1, 3) - 1];
            out.push('<');
            out.push_str(tag);
            out.push('>');
            syntax.push_line(out, text);
            out.push_str("</");
            out.push_str(tag);
            out.push_str(">\n");
        }
        Syntax::Text => {
            out.push('\n');
            let start = out.len();
            syntax.push_line(out, text);
            let width = out[start..].chars().count();
            out.push('\n');
            if level < 3 {
                let underline = if level == 1 { '=' } else { '-' };
                out.extend(std::iter::repeat_n(underline, width));
                out.push('\n');
            }
            out.push('\n');
        }
    }
}

/// The paragraphs of `text` (separated by blank lines); nothing for a blank text.
pub(crate) fn paragraphs(syntax: Syntax, out: &mut String, text: Text<'_>) {
    for paragraph in text
        .as_str()
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        if syntax == Syntax::Html {
            out.push_str("<p>");
        }
        let start = out.len();
        match text {
            Text::Markup(_) => out.push_str(paragraph),
            Text::Plain(_) => syntax.push_escaped(out, paragraph, false),
        }
        match syntax {
            Syntax::Html => {
                replace_tail(out, start, "<br>\n");
                out.push_str("</p>\n");
            }
            Syntax::Markdown => {
                replace_tail(out, start, "\\\n");
                out.push_str("\n\n");
            }
            Syntax::Text => out.push_str("\n\n"),
        }
    }
}

/// Label–value pairs, those without a value or with a blank one left out; nothing when none
/// is left.
pub(crate) fn fields(syntax: Syntax, out: &mut String, pairs: &[(Text<'_>, Option<Text<'_>>)]) {
    let mut any = false;
    for (label, value) in pairs {
        let Some(value) = value.filter(|v| !v.is_blank()) else {
            continue;
        };
        if !any && syntax == Syntax::Html {
            out.push_str("<dl>\n");
        }
        any = true;
        out.push_str(match syntax {
            Syntax::Html => "<dt>",
            Syntax::Markdown => "- **",
            Syntax::Text => "",
        });
        syntax.push_text(out, *label, true);
        out.push_str(match syntax {
            Syntax::Html => "</dt><dd>",
            Syntax::Markdown => ":** ",
            Syntax::Text => ": ",
        });
        syntax.push_inline(out, value, true);
        out.push_str(match syntax {
            Syntax::Html => "</dd>\n",
            _ => "\n",
        });
    }
    if any {
        out.push_str(match syntax {
            Syntax::Html => "</dl>\n",
            _ => "\n",
        });
    }
}

/// A table with a header row; the caption (HTML only) names it for a screen reader, which does
/// not take the heading above as part of the table. In plain text each row becomes
/// "header: cell" lines.
pub(crate) fn table<'a, R: AsRef<[Text<'a>]>>(
    syntax: Syntax,
    out: &mut String,
    headers: &[Text<'_>],
    rows: &[R],
    caption: Option<Text<'_>>,
) {
    match syntax {
        Syntax::Markdown => {
            out.push('|');
            for header in headers {
                out.push(' ');
                syntax.push_line(out, *header);
                out.push_str(" |");
            }
            out.push_str("\n|");
            for _ in headers {
                out.push_str(" --- |");
            }
            out.push('\n');
            for row in rows {
                out.push('|');
                for cell in row.as_ref() {
                    out.push(' ');
                    syntax.push_line(out, *cell);
                    out.push_str(" |");
                }
                out.push('\n');
            }
            out.push('\n');
        }
        Syntax::Html => {
            out.push_str("<table>\n");
            if let Some(caption) = caption.filter(|c| !c.is_blank()) {
                out.push_str("<caption>");
                syntax.push_line(out, caption);
                out.push_str("</caption>\n");
            }
            out.push_str("<thead><tr>");
            for header in headers {
                out.push_str("<th scope=\"col\">");
                syntax.push_line(out, *header);
                out.push_str("</th>");
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for cell in row.as_ref() {
                    out.push_str("<td>");
                    syntax.push_line(out, *cell);
                    out.push_str("</td>");
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        Syntax::Text => {
            for row in rows {
                for (header, cell) in headers.iter().zip(row.as_ref()) {
                    syntax.push_line(out, *header);
                    out.push_str(": ");
                    syntax.push_line(out, *cell);
                    out.push('\n');
                }
                out.push('\n');
            }
        }
    }
}

/// A bulleted list; blank text items are left out, and nothing is written when none is left.
pub(crate) fn list(syntax: Syntax, out: &mut String, items: &[Item<'_>]) {
    list_at(syntax, out, items, 0);
}

fn list_at(syntax: Syntax, out: &mut String, items: &[Item<'_>], depth: usize) {
    let mut any = false;
    for item in items {
        let (text, children) = match item {
            Item::Text(text) if text.is_blank() => continue,
            Item::Text(text) => (*text, &[][..]),
            Item::Nested(text, children) => (*text, &children[..]),
        };
        if !any && syntax == Syntax::Html {
            out.push_str("<ul>\n");
        }
        any = true;
        match syntax {
            Syntax::Html => {
                out.push_str("<li>");
                syntax.push_inline(out, text, false);
            }
            Syntax::Markdown | Syntax::Text => {
                for _ in 0..depth {
                    out.push_str("  ");
                }
                out.push_str("- ");
                let start = out.len();
                syntax.push_inline(out, text, false);
                if out[start..].contains('\n') {
                    let continuation = format!("\n{}  ", "  ".repeat(depth));
                    let tail = out.split_off(start);
                    out.push_str(&tail.replace('\n', &continuation));
                }
                out.push('\n');
            }
        }
        if !children.is_empty() {
            if syntax == Syntax::Html {
                out.push('\n');
            }
            list_at(syntax, out, children, depth + 1);
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
}

/// A statute's text, and when `note` is given (derived text is asked for) the note on its
/// repeal: `text (note: repeal)`.
pub(crate) fn push_statute(out: &mut String, text: &str, repeal: Option<&str>, note: Option<&str>) {
    out.push_str(text);
    if let (Some(note), Some(repeal)) = (
        note.filter(|n| !n.is_empty()),
        repeal.filter(|r| !r.is_empty()),
    ) {
        out.push_str(" (");
        out.push_str(note);
        out.push_str(": ");
        out.push_str(repeal);
        out.push(')');
    }
}

/// Statutes as one phrase: `a, b and c` when no statute's own text has a comma, otherwise
/// separated by semicolons so that the reader can tell where each ends.
pub(crate) fn join_statutes(texts: &[String], and: &str) -> String {
    match texts.split_last() {
        Some((last, rest)) if !rest.is_empty() && !texts.iter().any(|t| t.contains(',')) => {
            let mut out = rest.join(", ");
            out.push(' ');
            out.push_str(and);
            out.push(' ');
            out.push_str(last);
            out
        }
        _ => texts.join("; "),
    }
}

/// The first character in upper case, the rest as it was (minijinja's `capitalize` would
/// lower-case the rest, and with it the register's own abbreviations and names).
pub(crate) fn upper_first(text: &str) -> Cow<'_, str> {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.to_uppercase().ne(std::iter::once(first)) => {
            let mut out = String::with_capacity(text.len() + 2);
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
            Cow::Owned(out)
        }
        _ => Cow::Borrowed(text),
    }
}

/// Collapses the runs of blank lines that blocks and templates leave between blocks (Markdown
/// and text), and trims trailing white space.
pub(crate) fn tidy_blank_lines(text: &str) -> String {
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

/// Drops the blank lines a template leaves between HTML blocks; they mean nothing in HTML,
/// and every block ends its own lines.
pub(crate) fn drop_blank_lines(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    for line in html.split_inclusive('\n') {
        if !line.trim().is_empty() {
            out.push_str(line);
        }
    }
    out
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

pub(crate) fn push_html(out: &mut String, text: &str) {
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
        assert_eq!(
            drop_blank_lines("<p>a</p>\n\n  \n<p>b</p>\n"),
            "<p>a</p>\n<p>b</p>\n"
        );
    }

    #[test]
    fn upper_first_keeps_the_rest() {
        assert_eq!(
            upper_first("until the EU programme ends"),
            "Until the EU programme ends"
        );
        assert_eq!(upper_first("äitiysavustus"), "Äitiysavustus");
        assert_eq!(upper_first("Already"), "Already");
        assert_eq!(upper_first(""), "");
    }

    #[test]
    fn statutes_are_joined_with_and_unless_one_has_a_comma() {
        let plain: Vec<String> = vec!["A".into(), "B".into(), "C".into()];
        assert_eq!(join_statutes(&plain, "ja"), "A, B ja C");
        let comma: Vec<String> = vec!["A, 3 §".into(), "B".into()];
        assert_eq!(join_statutes(&comma, "and"), "A, 3 §; B");
        assert_eq!(join_statutes(&plain[..1], "and"), "A");
    }

    #[test]
    fn lists_leave_out_blank_items_and_nest() {
        let mut out = String::new();
        let items = [
            Item::Text(Text::Plain(" ")),
            Item::Nested(Text::Plain("a*"), vec![Item::Text(Text::Plain("b"))]),
        ];
        list(Syntax::Markdown, &mut out, &items);
        assert_eq!(out, "- a\\*\n  - b\n\n");
        out.clear();
        list(Syntax::Html, &mut out, &items[..1]);
        assert_eq!(out, "");
    }
}
