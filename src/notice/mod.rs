//! Privacy notices (Art. 13 and 14 GDPR) in Finnish, Swedish and English, the Art. 30 record of
//! processing activities, export to the W3C Data Privacy Vocabulary, a static site of all of
//! them ([`build_site`]), and the changes between two versions of a register that the data
//! subjects must be told of ([`diff`]).
//!
//! [`NoticeDocument::build`] turns a register into the items of its notice in one language;
//! [`NoticeRenderer`] renders that as Markdown, HTML, plain text or JSON as one minijinja
//! template per language says, embedded in the crate and replaceable from a directory (the
//! embedded ones run as built-in Rust code that the tests hold to the templates' output).
//!
//! ```
//! use gdpr::notice::{NoticeDocument, NoticeFormat, NoticeRenderer};
//! use gdpr::Language;
//!
//! let register = gdpr::files::load("examples/registers/tem-tno-contacts.toml")?;
//! let notice = NoticeDocument::build(&register, Language::Sv);
//! let text = NoticeRenderer::new().render(&notice, NoticeFormat::Text)?;
//! assert!(text.contains("Arbets- och näringsministeriet"));
//! assert!(text.contains("PB 32, 00023 Statsrådet"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod blocks;
mod builtin;
mod diff;
mod document;
mod dpv;
mod render;
mod ropa;
mod site;
mod statute_text;

pub use diff::{Difference, DifferenceKind, RegisterDiff, diff};
pub use document::*;
pub use dpv::dpv;
pub use render::{
    FrameLink, NoticeFormat, NoticeRenderer, PageFrame, RenderError, Template, embedded_template,
    escape_html, escape_markdown, template_name,
};
pub use ropa::{RopaRow, ropa_csv, ropa_headers, ropa_markdown, ropa_row};
pub use site::{
    Published, Site, SiteError, SiteFile, SiteOptions, SiteSource, Withheld, WithheldReason,
    build_site,
};
