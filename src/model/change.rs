//! The notice's version history: what changed in it, and when.
//!
//! A controller must tell data subjects of changes to the information it gave them: before
//! processing for a new purpose (Art. 13(3), 14(4)), and otherwise as fairness and
//! transparency require (Art. 5(1)(a), 12(1)), as the Article 29 Working Party's transparency
//! guidelines WP260 rev.01 (endorsed by the EDPB) explain in their section "Changes to Article
//! 13 and Article 14 information" (we could not check its paragraph numbers against the
//! published PDF). A change may be announced before it takes effect, so its date may lie after
//! the notice's `updated` date. A register file keeps that history as `[[changes]]`, in any
//! order; the notice lists it newest first.

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
/// description = { fi = "Säilytysaika lyhennettiin viiteen vuoteen.", sv = "Bevarandetiden förkortades till fem år." }
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
