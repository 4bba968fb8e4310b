//! Evaluating one retention rule against one record's facts at a date.

use chrono::{Datelike, NaiveDate};

use crate::calendar::period::checked_add_months;
use serde::Serialize;

use super::facts::RecordFacts;
use crate::model::{DisposalAction, RetentionPolicy, RetentionRule, Trigger};

/// What a rule says about a record on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Decision {
    /// The record may be kept. `expires_on` is the first day it may no longer be kept;
    /// `None` means indefinitely (or it is anonymised and no longer personal data).
    Keep {
        /// The first day the record may no longer be kept.
        expires_on: Option<NaiveDate>,
    },
    /// The record's retention has ended: carry out `action`.
    Due {
        /// The first day the record could no longer be kept.
        expires_on: NaiveDate,
        /// Erase or anonymise.
        action: DisposalAction,
    },
    /// Retention has ended but a legal hold is in force.
    Held {
        /// The first day the record could no longer be kept, but for the hold.
        expires_on: NaiveDate,
        /// The index of the hold in force in [`RecordFacts::holds`].
        hold: usize,
        /// The hold's last day, if it has one.
        until: Option<NaiveDate>,
    },
    /// The rule cannot be evaluated.
    Unknown {
        /// Why.
        reason: UnknownReason,
    },
}

impl Decision {
    /// The status word used in reports: `keep`, `due`, `held` or `unknown`.
    pub const fn status(&self) -> &'static str {
        match self {
            Decision::Keep { .. } => "keep",
            Decision::Due { .. } => "due",
            Decision::Held { .. } => "held",
            Decision::Unknown { .. } => "unknown",
        }
    }

    /// The first day the record may no longer be kept, where known.
    pub const fn expires_on(&self) -> Option<NaiveDate> {
        match self {
            Decision::Keep { expires_on } => *expires_on,
            Decision::Due { expires_on, .. } | Decision::Held { expires_on, .. } => {
                Some(*expires_on)
            }
            Decision::Unknown { .. } => None,
        }
    }
}

/// Why a rule cannot be evaluated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum UnknownReason {
    /// The record lacks the date the rule's trigger needs.
    MissingFact(Fact),
    /// The rule states a period but not what starts it.
    TriggerNotStated,
    /// The rule leaves the period to a statute without stating it.
    PeriodNotStated,
    /// The rule states criteria in words (e.g. an archive formation plan), not a period a
    /// sweep can compute.
    CriteriaOnly,
    /// The rule states neither a period nor criteria.
    NotStated,
    /// The period ends after [`LAST_DATE`] (31 December 9999): the record never becomes due.
    OutOfRange,
}

/// A fact a trigger reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Fact {
    /// [`RecordFacts::collected`].
    Collected,
    /// [`RecordFacts::last_activity`].
    LastActivity,
    /// [`RecordFacts::relationship_ended`].
    RelationshipEnded,
    /// [`RecordFacts::superseded`].
    Superseded,
    /// A named event of [`RecordFacts::events`].
    Event,
}

/// A fact of the record itself that starts a period.
#[derive(Debug, Clone, Copy)]
enum Field {
    Collected,
    LastActivity,
    RelationshipEnded,
    Superseded,
}

impl Field {
    #[inline]
    fn date(self, facts: &RecordFacts) -> Result<NaiveDate, Fact> {
        match self {
            Field::Collected => facts.collected.ok_or(Fact::Collected),
            Field::LastActivity => facts.last_activity.ok_or(Fact::LastActivity),
            Field::RelationshipEnded => facts.relationship_ended.ok_or(Fact::RelationshipEnded),
            Field::Superseded => facts.superseded.ok_or(Fact::Superseded),
        }
    }
}

/// What a rule keeps a record for, flattened for a sweep: one match per record. "Until" a
/// trigger is a period of 0 months from it.
#[derive(Debug, Clone, Copy)]
enum Kind<'r> {
    /// `months` from a fact of the record.
    Field(Field, u32),
    /// `months` from the named event.
    Event(&'r str, u32),
    Indefinite,
    Unknown(UnknownReason),
}

/// A retention rule prepared for evaluating many records.
#[derive(Debug, Clone, Copy)]
pub struct CompiledRule<'r> {
    rule: &'r RetentionRule,
    kind: Kind<'r>,
}

/// The kind of a period of `months` from `trigger`.
fn from_trigger(trigger: &Trigger, months: u32) -> Kind<'_> {
    match trigger {
        Trigger::Collected => Kind::Field(Field::Collected, months),
        Trigger::LastActivity => Kind::Field(Field::LastActivity, months),
        Trigger::RelationshipEnded => Kind::Field(Field::RelationshipEnded, months),
        Trigger::Superseded => Kind::Field(Field::Superseded, months),
        Trigger::Event(name) => Kind::Event(name.as_str(), months),
        Trigger::NotStated => Kind::Unknown(UnknownReason::TriggerNotStated),
    }
}

impl<'r> CompiledRule<'r> {
    /// Prepares `rule`.
    pub fn new(rule: &'r RetentionRule) -> Self {
        let kind = match &rule.policy {
            RetentionPolicy::Period { trigger, .. } => from_trigger(
                trigger,
                rule.policy.total_months().expect("a period has a length"),
            ),
            RetentionPolicy::Until { trigger } => from_trigger(trigger, 0),
            RetentionPolicy::Indefinite { .. } => Kind::Indefinite,
            RetentionPolicy::Statute { .. } => Kind::Unknown(UnknownReason::PeriodNotStated),
            RetentionPolicy::Criteria { .. } => Kind::Unknown(UnknownReason::CriteriaOnly),
            RetentionPolicy::NotStated => Kind::Unknown(UnknownReason::NotStated),
        };
        Self { rule, kind }
    }

    /// The rule.
    pub fn rule(&self) -> &'r RetentionRule {
        self.rule
    }

    /// The first day a record with these facts may no longer be keep: `Ok(None)` when it may
    /// be kept indefinitely.
    ///
    /// # Errors
    /// Why it cannot be known.
    pub fn expires_on(&self, facts: &RecordFacts) -> Result<Option<NaiveDate>, UnknownReason> {
        match self.start(facts)? {
            Some((start, months)) => expiry(start, months).map(Some),
            None => Ok(None),
        }
    }

    /// The trigger date and the period in months; `None` for indefinite retention.
    #[inline]
    fn start(&self, facts: &RecordFacts) -> Result<Option<(NaiveDate, u32)>, UnknownReason> {
        let (start, months) = match self.kind {
            Kind::Field(field, months) => (field.date(facts), months),
            Kind::Event(name, months) => (
                facts
                    .events
                    .iter()
                    .find(|e| e.name == name)
                    .map(|e| e.on)
                    .ok_or(Fact::Event),
                months,
            ),
            Kind::Indefinite => return Ok(None),
            Kind::Unknown(reason) => return Err(reason),
        };
        let start = start.map_err(UnknownReason::MissingFact)?;
        Ok(Some((start, months)))
    }

    /// Evaluates the rule for a record on `as_of`.
    pub fn evaluate(&self, facts: &RecordFacts, as_of: NaiveDate) -> Decision {
        self.decide(facts, as_of, expiry)
    }

    /// [`CompiledRule::evaluate`], remembering expiry dates by trigger date: a sweep meets
    /// the same few thousand dates again and again.
    #[inline]
    pub(crate) fn evaluate_remembering(
        &self,
        facts: &RecordFacts,
        as_of: NaiveDate,
        memo: &mut ExpiryMemo,
    ) -> Decision {
        self.decide(facts, as_of, |start, months| {
            memo.get_or_compute(start, || expiry(start, months))
        })
    }

    #[inline]
    fn decide(
        &self,
        facts: &RecordFacts,
        as_of: NaiveDate,
        expiry: impl FnOnce(NaiveDate, u32) -> Result<NaiveDate, UnknownReason>,
    ) -> Decision {
        if facts.anonymised.is_some() {
            return Decision::Keep { expires_on: None };
        }
        let expires_on = match self
            .start(facts)
            .and_then(|start| start.map(|(s, m)| expiry(s, m)).transpose())
        {
            Ok(Some(expires_on)) => expires_on,
            Ok(None) => return Decision::Keep { expires_on: None },
            Err(reason) => return Decision::Unknown { reason },
        };
        if as_of < expires_on {
            return Decision::Keep {
                expires_on: Some(expires_on),
            };
        }
        match facts.holds.iter().position(|hold| hold.is_active(as_of)) {
            Some(hold) => Decision::Held {
                expires_on,
                hold,
                until: facts.holds[hold].until,
            },
            None => Decision::Due {
                expires_on,
                action: self.rule.disposal(),
            },
        }
    }
}

/// The last date the crate computes and stores: 31 December 9999. Four-digit years keep a date
/// written `YYYY-MM-DD` in order on every backend; an expiry later than this is
/// [`UnknownReason::OutOfRange`], which a ledger keeps as "no expiry" (never due), never as a
/// date that sorts before real ones.
pub const LAST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(date) => date,
    None => panic!("9999-12-31 is a date"),
};

/// Kept through the same date `months` later (clamped to the month's end); gone from the
/// next day.
#[inline]
fn expiry(start: NaiveDate, months: u32) -> Result<NaiveDate, UnknownReason> {
    checked_add_months(start, months)
        .and_then(|last_kept| last_kept.succ_opt())
        .filter(|expires_on| *expires_on <= LAST_DATE)
        .ok_or(UnknownReason::OutOfRange)
}

/// A direct-mapped memo of trigger date → expiry date for one rule.
#[derive(Debug)]
pub(crate) struct ExpiryMemo {
    slots: Box<[(NaiveDate, NaiveDate)]>,
}

const MEMO_SLOTS: usize = 4096;

impl ExpiryMemo {
    pub(crate) fn new() -> Self {
        Self {
            slots: vec![(NaiveDate::MIN, NaiveDate::MIN); MEMO_SLOTS].into_boxed_slice(),
        }
    }

    #[inline]
    fn get_or_compute(
        &mut self,
        start: NaiveDate,
        compute: impl FnOnce() -> Result<NaiveDate, UnknownReason>,
    ) -> Result<NaiveDate, UnknownReason> {
        // Year and day of the year are plain fields of a chrono date: a cheap key.
        let key = (start.year() as usize)
            .wrapping_mul(367)
            .wrapping_add(start.ordinal0() as usize);
        let slot = &mut self.slots[key % MEMO_SLOTS];
        if slot.0 == start && start != NaiveDate::MIN {
            return Ok(slot.1);
        }
        let expires_on = compute()?;
        *slot = (start, expires_on);
        Ok(expires_on)
    }
}

/// Evaluates `rule` for a record with `facts` on `as_of`.
///
/// `expires_on` is the first day the record may no longer be keep: a period of N months from
/// a trigger keeps the record through the same date N months later (clamped to the month's
/// end) and it must be gone from the next day, with no working-day roll (`docs/design.md`, Time).
/// "Until" an event keeps it through the day of the event.
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::retention::{evaluate, Decision, RecordFacts};
///
/// let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
/// let users = register.retention_rule("users").unwrap();
/// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
/// let facts = RecordFacts::default().with_last_activity(d("2024-02-29"));
/// // Kept through 28 February 2025 (no 29th), gone from 1 March.
/// assert_eq!(evaluate(users, &facts, d("2025-02-28")), Decision::Keep { expires_on: Some(d("2025-03-01")) });
/// assert!(matches!(evaluate(users, &facts, d("2025-03-01")), Decision::Due { .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn evaluate(rule: &RetentionRule, facts: &RecordFacts, as_of: NaiveDate) -> Decision {
    CompiledRule::new(rule).evaluate(facts, as_of)
}
