//! The notice's version history: what changed in it, and when.
//!
//! A controller must tell data subjects of changes to the information it gave them, in good
//! time and before a new purpose takes effect (Art. 13(3), 14(4); the Article 29 Working
//! Party's transparency guidelines WP260 rev.01, paragraphs 29–33, endorsed by the EDPB). A
//! register file keeps that history as `[[changes]]`, newest last or first as the team
//! prefers; the notice lists them newest first.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::date;
use crate::text::LocalizedText;

/// One version of the notice: the day it took effect and a short description of what changed.
///
/// ```toml
/// [[changes]]
/// date = "2026-03-01"
/// description = { fi = "Säilytysaika lyhennettiin viiteen vuoteen.", sv = "Lagringstiden förkortades till fem år." }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The day the changed notice took effect, YYYY-MM-DD.
    #[serde(with = "date::required")]
    #[schemars(with = "NaiveDate")]
    pub date: NaiveDate,
    /// What changed, in the notice's words and languages.
    pub description: LocalizedText,
}
