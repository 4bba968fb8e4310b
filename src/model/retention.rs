//! Retention rules as a register states them, Art. 5(1)(e), 13(2)(a), 30(1)(f).
//!
//! The rules are data; [`crate::retention`] evaluates them against the facts of a record.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::legal::StatuteRef;
use crate::text::{Id, Label, LocalizedText};

/// A retention rule: what it applies to, how long it is kept, and what happens then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RetentionRule {
    /// Stable id within the register; records refer to their rule by it.
    pub id: Id,
    /// What the rule applies to, e.g. `ALPO-rekisterin käyttäjien tiedot`.
    pub applies_to: LocalizedText,
    /// The data subject groups it covers; empty means all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subject_groups: Vec<Id>,
    /// How long the data is kept.
    pub policy: RetentionPolicy,
    /// What happens when the period ends, where the notice says; `None` when it does not.
    /// A sweep then erases ([`RetentionRule::disposal`]), but a notice never says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<DisposalAction>,
    /// The notice's own words for what starts (or, for `until`, ends) the period, e.g.
    /// "käyttäjän viimeisimmästä kirjautumisesta". A notice renders these instead of the
    /// trigger's standard wording.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_text: Option<LocalizedText>,
    /// The notice's own words about the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// When the data may be disposed of before the period ends, as the notice says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub early_disposal: Option<LocalizedText>,
}

/// How long data is kept.
///
/// In a register file: `policy = { kind = "period", months = 12, trigger = "last-activity" }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub enum RetentionPolicy {
    /// Kept through the same date `years`/`months` after the trigger (clamped to the month's
    /// end), gone from the next day; no working-day roll.
    Period {
        /// Whole years.
        #[serde(default, skip_serializing_if = "is_zero")]
        years: u16,
        /// Whole months.
        #[serde(default, skip_serializing_if = "is_zero")]
        months: u16,
        /// What starts the period.
        trigger: Trigger,
    },
    /// Kept until an event, e.g. until the contact person is replaced; gone from the day after
    /// the event.
    Until {
        /// The event.
        trigger: Trigger,
    },
    /// Kept indefinitely.
    Indefinite {
        /// The data is anonymised and so no longer personal data (Recital 26).
        #[serde(default)]
        anonymised: bool,
    },
    /// The period is set by a statute that the notice cites without stating the period.
    Statute {
        /// The statute.
        statute: StatuteRef,
    },
    /// The period is set by criteria the notice states in its own words, e.g. "the time
    /// defined in the archive formation plan" (Art. 13(2)(a): "the criteria used to
    /// determine that period").
    Criteria {
        /// The criteria.
        criteria: LocalizedText,
    },
    /// The notice states neither a period nor the criteria for one.
    NotStated,
}

fn is_zero(value: &u16) -> bool {
    *value == 0
}

impl RetentionPolicy {
    /// A period of whole months from a trigger.
    pub fn months(months: u16, trigger: Trigger) -> Self {
        Self::Period {
            years: 0,
            months,
            trigger,
        }
    }

    /// A period of whole years from a trigger.
    pub fn years(years: u16, trigger: Trigger) -> Self {
        Self::Period {
            years,
            months: 0,
            trigger,
        }
    }

    /// The trigger, for policies that have one.
    pub fn trigger(&self) -> Option<&Trigger> {
        match self {
            Self::Period { trigger, .. } | Self::Until { trigger } => Some(trigger),
            _ => None,
        }
    }

    /// The length in months of a `Period` policy.
    pub fn total_months(&self) -> Option<u32> {
        match self {
            Self::Period { years, months, .. } => Some(u32::from(*years) * 12 + u32::from(*months)),
            _ => None,
        }
    }
}

/// What starts a retention period.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Trigger {
    /// The data was collected or entered.
    Collected,
    /// The subject's last activity, e.g. last login.
    LastActivity,
    /// The customer or employment relationship ended.
    RelationshipEnded,
    /// The data was superseded, e.g. a contact person was replaced.
    Superseded,
    /// A named event, e.g. `{ event = "decision-final" }`.
    Event(Label),
    /// The notice gives a period but not what starts it.
    NotStated,
}

/// The kind of a [`RetentionPolicy`], without its data: what a notice template branches on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum PolicyKind {
    /// [`RetentionPolicy::Period`].
    Period,
    /// [`RetentionPolicy::Until`].
    Until,
    /// [`RetentionPolicy::Indefinite`].
    Indefinite,
    /// [`RetentionPolicy::Statute`].
    Statute,
    /// [`RetentionPolicy::Criteria`].
    Criteria,
    /// [`RetentionPolicy::NotStated`].
    NotStated,
}

/// The kind of a [`Trigger`], without the event's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum TriggerKind {
    /// [`Trigger::Collected`].
    Collected,
    /// [`Trigger::LastActivity`].
    LastActivity,
    /// [`Trigger::RelationshipEnded`].
    RelationshipEnded,
    /// [`Trigger::Superseded`].
    Superseded,
    /// [`Trigger::Event`].
    Event,
    /// [`Trigger::NotStated`].
    NotStated,
}

impl Trigger {
    /// The trigger's kind.
    pub fn kind(&self) -> TriggerKind {
        match self {
            Trigger::Collected => TriggerKind::Collected,
            Trigger::LastActivity => TriggerKind::LastActivity,
            Trigger::RelationshipEnded => TriggerKind::RelationshipEnded,
            Trigger::Superseded => TriggerKind::Superseded,
            Trigger::Event(_) => TriggerKind::Event,
            Trigger::NotStated => TriggerKind::NotStated,
        }
    }
}

impl RetentionPolicy {
    /// The policy's kind.
    pub fn kind(&self) -> PolicyKind {
        match self {
            RetentionPolicy::Period { .. } => PolicyKind::Period,
            RetentionPolicy::Until { .. } => PolicyKind::Until,
            RetentionPolicy::Indefinite { .. } => PolicyKind::Indefinite,
            RetentionPolicy::Statute { .. } => PolicyKind::Statute,
            RetentionPolicy::Criteria { .. } => PolicyKind::Criteria,
            RetentionPolicy::NotStated => PolicyKind::NotStated,
        }
    }
}

/// What happens to data when its retention ends.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[cfg_attr(feature = "proptest", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum DisposalAction {
    /// Erased (poistetaan, hävitetään).
    #[default]
    Erase,
    /// Anonymised so that it is no longer personal data.
    Anonymise,
    /// Transferred to an archive for permanent or long-term keeping (arkistoidaan), e.g. a
    /// city archive under the Archives Act 831/1994: it leaves the register but is not erased.
    Archive,
}

impl RetentionRule {
    /// A rule with a policy and nothing else stated yet.
    pub fn new(id: Id, applies_to: LocalizedText, policy: RetentionPolicy) -> Self {
        Self {
            id,
            applies_to,
            subject_groups: Vec::new(),
            policy,
            action: None,
            trigger_text: None,
            description: None,
            early_disposal: None,
        }
    }
}

impl RetentionRule {
    /// What a sweep does when the rule's period ends: the stated action, or erasure where the
    /// notice states none (storage limitation, Art. 5(1)(e), leaves erasure or anonymisation;
    /// erasure is the one that needs nothing more to be kept).
    pub fn disposal(&self) -> DisposalAction {
        self.action.unwrap_or(DisposalAction::Erase)
    }

    /// Sets what happens when the period ends.
    pub fn with_action(mut self, action: DisposalAction) -> Self {
        self.action = Some(action);
        self
    }
}
