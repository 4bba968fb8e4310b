//! What a system knows about one record, for retention.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The dates and holds of one record that retention rules are evaluated against.
///
/// Every date is the controller's local date. A missing date is unknown: a rule that needs it
/// evaluates to [`super::Decision::Unknown`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordFacts {
    /// When the data was collected or entered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collected: Option<NaiveDate>,
    /// The subject's last activity, e.g. last login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_activity: Option<NaiveDate>,
    /// When the customer or employment relationship ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship_ended: Option<NaiveDate>,
    /// When the data was superseded, e.g. the contact person was replaced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superseded: Option<NaiveDate>,
    /// Named events, e.g. `("decision-final", 2026-05-04)`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<NamedEvent>,
    /// Legal holds that suspend disposal.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub holds: Vec<LegalHold>,
    /// When the record was anonymised, if it was: it is then no longer personal data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anonymised: Option<NaiveDate>,
}

/// A named event in a record's life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedEvent {
    /// The event's name, as the rule's trigger names it.
    pub name: String,
    /// When it happened.
    pub on: NaiveDate,
}

/// A hold that stops disposal, e.g. pending litigation (Art. 17(3)(e)) or an
/// authority's request to preserve.
///
/// A hold is in force through `until` (inclusive), or indefinitely when `until` is `None`;
/// releasing it sets `until`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalHold {
    /// Why the record is held.
    pub reason: String,
    /// The last day the hold is in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
}

impl LegalHold {
    /// A hold in force until released.
    pub fn indefinite(reason: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
            until: None,
        }
    }

    /// A hold in force through `until`.
    pub fn until(reason: impl Into<String>, until: NaiveDate) -> Self {
        Self {
            reason: reason.into(),
            until: Some(until),
        }
    }

    /// Whether the hold is in force on `date`.
    pub fn is_active(&self, date: NaiveDate) -> bool {
        self.until.is_none_or(|until| date <= until)
    }
}

impl RecordFacts {
    /// Facts with the collection date only.
    pub fn collected(on: NaiveDate) -> Self {
        Self {
            collected: Some(on),
            ..Self::default()
        }
    }

    /// Sets the last activity.
    pub fn with_last_activity(mut self, on: NaiveDate) -> Self {
        self.last_activity = Some(on);
        self
    }

    /// Sets the end of the relationship.
    pub fn with_relationship_ended(mut self, on: NaiveDate) -> Self {
        self.relationship_ended = Some(on);
        self
    }

    /// Adds a named event, e.g. `("ceased-as-contact-person", 2026-11-20)`.
    pub fn with_event(mut self, name: impl Into<String>, on: NaiveDate) -> Self {
        self.events.push(NamedEvent {
            name: name.into(),
            on,
        });
        self
    }

    /// Sets the day the data was superseded.
    pub fn with_superseded(mut self, on: NaiveDate) -> Self {
        self.superseded = Some(on);
        self
    }

    /// Adds a hold.
    pub fn with_hold(mut self, hold: LegalHold) -> Self {
        self.holds.push(hold);
        self
    }

    /// The first hold in force on `date`.
    pub fn active_hold(&self, date: NaiveDate) -> Option<&LegalHold> {
        self.holds.iter().find(|hold| hold.is_active(date))
    }
}
