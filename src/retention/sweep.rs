//! Sweep plans: which records must go today, grouped by rule.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::evaluate::{CompiledRule, Decision, ExpiryMemo, UnknownReason};
use super::facts::RecordFacts;
use crate::model::{DisposalAction, Register};
use crate::text::Id;

/// A record names a rule the register does not have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown retention rule `{rule}`; the register's rules are: {}", known.join(", "))]
pub struct UnknownRule {
    /// The rule id given.
    pub rule: String,
    /// The register's rule ids.
    pub known: Vec<String>,
}

/// The counts of a plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Records evaluated.
    pub records: u64,
    /// Records that may be kept.
    pub keep: u64,
    /// Records due for erasure.
    pub erase: u64,
    /// Records due for anonymisation.
    pub anonymise: u64,
    /// Records due for transfer to an archive.
    pub archive: u64,
    /// Records due but held.
    pub held: u64,
    /// Records whose rule cannot be evaluated.
    pub unknown: u64,
}

impl Counts {
    /// Records due (erase + anonymise + archive).
    pub fn due(&self) -> u64 {
        self.erase + self.anonymise + self.archive
    }
}

/// The plan for one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RulePlan<R> {
    /// The rule.
    pub rule: Id,
    /// What to do with its due records.
    pub action: DisposalAction,
    /// The due records, in input order.
    pub due: Vec<R>,
    /// Records that cannot be evaluated, with the reason.
    pub unknown: Vec<(R, UnknownReason)>,
    /// Counts for the rule.
    pub counts: Counts,
    /// The next date one of its kept or held records becomes due.
    pub next_due: Option<NaiveDate>,
}

/// What a sweep must do on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SweepPlan<R> {
    /// The date planned for.
    pub as_of: NaiveDate,
    /// One plan per rule of the register, in the register's order.
    pub rules: Vec<RulePlan<R>>,
    /// Counts over all rules.
    pub counts: Counts,
    /// The next date after `as_of` anything becomes due.
    pub next_due: Option<NaiveDate>,
}

/// Builds a [`SweepPlan`] one record at a time. Only due and unknown records are stored;
/// a kept or held record costs a count and a date comparison.
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::retention::{RecordFacts, SweepPlanner};
///
/// let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
/// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
/// let mut planner = SweepPlanner::new(&register, d("2026-11-24"));
/// planner.add("user-1", "users", &RecordFacts::default().with_last_activity(d("2025-10-01")))?;
/// planner.add("user-2", "users", &RecordFacts::default().with_last_activity(d("2026-10-01")))?;
/// let plan = planner.finish();
/// assert_eq!(plan.rules[0].due, vec!["user-1"]);
/// assert_eq!(plan.next_due, Some(d("2027-10-02")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct SweepPlanner<'r, R> {
    as_of: NaiveDate,
    /// Each rule with its plan and the earliest date one of its records becomes due
    /// (`NaiveDate::MAX` for none yet).
    rules: Vec<(CompiledRule<'r>, RulePlan<R>, NaiveDate, ExpiryMemo)>,
    index: RuleIndex<'r>,
}

/// `a == b` for rule ids, compared in place in machine words: a sweep looks a rule up for every
/// record, and a call to `memcmp` for a ten-byte id costs more than the comparison itself.
#[inline]
fn same_id(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word = |s: &[u8], at: usize| u64::from_ne_bytes(s[at..at + 8].try_into().expect("8 bytes"));
    let half = |s: &[u8], at: usize| u32::from_ne_bytes(s[at..at + 4].try_into().expect("4 bytes"));
    match n {
        0 => true,
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..=7 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        _ => {
            // Whole words from the start, and the last word (overlapping the one before).
            let mut at = 0;
            while at + 8 < n {
                if word(a, at) != word(b, at) {
                    return false;
                }
                at += 8;
            }
            word(a, n - 8) == word(b, n - 8)
        }
    }
}

/// Finds a rule by id: registers have a handful of rules, for which comparing the ids is
/// cheaper than hashing one; a large register gets a hash map.
#[derive(Debug)]
enum RuleIndex<'r> {
    Few(Vec<&'r str>),
    Many(HashMap<&'r str, usize>),
}

impl<'r> RuleIndex<'r> {
    fn new(ids: Vec<&'r str>) -> Self {
        if ids.len() <= 16 {
            RuleIndex::Few(ids)
        } else {
            RuleIndex::Many(ids.into_iter().enumerate().map(|(i, id)| (id, i)).collect())
        }
    }

    #[inline]
    fn get(&self, id: &str) -> Option<usize> {
        match self {
            RuleIndex::Few(ids) => ids.iter().position(|known| same_id(known, id)),
            RuleIndex::Many(map) => map.get(id).copied(),
        }
    }

    fn ids(&self) -> Vec<&'r str> {
        match self {
            RuleIndex::Few(ids) => ids.clone(),
            RuleIndex::Many(map) => map.keys().copied().collect(),
        }
    }
}

impl<'r, R> SweepPlanner<'r, R> {
    /// A planner for `register`'s rules on `as_of`.
    pub fn new(register: &'r Register, as_of: NaiveDate) -> Self {
        let rules: Vec<_> = register
            .retention
            .iter()
            .map(|rule| {
                let plan = RulePlan {
                    rule: rule.id.clone(),
                    action: rule.disposal(),
                    due: Vec::new(),
                    unknown: Vec::new(),
                    counts: Counts::default(),
                    next_due: None,
                };
                (
                    CompiledRule::new(rule),
                    plan,
                    NaiveDate::MAX,
                    ExpiryMemo::new(),
                )
            })
            .collect();
        let index = RuleIndex::new(
            register
                .retention
                .iter()
                .map(|rule| rule.id.as_str())
                .collect(),
        );
        Self {
            as_of,
            rules,
            index,
        }
    }

    /// Evaluates one record under the rule `rule` and adds it to the plan.
    ///
    /// # Errors
    /// [`UnknownRule`] when the register has no rule with that id.
    #[inline]
    pub fn add(
        &mut self,
        record: R,
        rule: &str,
        facts: &RecordFacts,
    ) -> Result<Decision, UnknownRule> {
        let Some(i) = self.index.get(rule) else {
            return Err(self.unknown_rule(rule));
        };
        let (compiled, plan, next_due, memo) = &mut self.rules[i];
        let decision = compiled.evaluate_remembering(facts, self.as_of, memo);
        let counts = &mut plan.counts;
        counts.records += 1;
        // A kept or held record costs a count and a comparison; only due and unknown records
        // are stored.
        match decision {
            Decision::Keep { expires_on } => {
                counts.keep += 1;
                if let Some(date) = expires_on {
                    *next_due = (*next_due).min(date);
                }
            }
            Decision::Held { until, .. } => {
                counts.held += 1;
                if let Some(date) = until.and_then(|until| until.succ_opt()) {
                    *next_due = (*next_due).min(date);
                }
            }
            Decision::Due { action, .. } => {
                match action {
                    DisposalAction::Erase => counts.erase += 1,
                    DisposalAction::Anonymise => counts.anonymise += 1,
                    DisposalAction::Archive => counts.archive += 1,
                }
                plan.due.push(record);
            }
            Decision::Unknown { reason } => {
                counts.unknown += 1;
                plan.unknown.push((record, reason));
            }
        }
        Ok(decision)
    }

    #[cold]
    fn unknown_rule(&self, rule: &str) -> UnknownRule {
        let mut known = self.index.ids();
        known.sort_unstable();
        UnknownRule {
            rule: rule.to_owned(),
            known: known.into_iter().map(str::to_owned).collect(),
        }
    }

    /// The finished plan.
    pub fn finish(self) -> SweepPlan<R> {
        let rules: Vec<RulePlan<R>> = self
            .rules
            .into_iter()
            .map(|(_, mut plan, next_due, _)| {
                plan.next_due = (next_due != NaiveDate::MAX).then_some(next_due);
                plan
            })
            .collect();
        let mut counts = Counts::default();
        for plan in &rules {
            let c = plan.counts;
            counts.records += c.records;
            counts.keep += c.keep;
            counts.erase += c.erase;
            counts.anonymise += c.anonymise;
            counts.archive += c.archive;
            counts.held += c.held;
            counts.unknown += c.unknown;
        }
        let next_due = rules.iter().filter_map(|plan| plan.next_due).min();
        SweepPlan {
            as_of: self.as_of,
            rules,
            counts,
            next_due,
        }
    }
}

/// Plans a sweep over `records` (record, rule id, facts) on `as_of`.
///
/// # Errors
/// [`UnknownRule`] for the first record naming a rule the register lacks.
pub fn plan<R, S: AsRef<str>, F: std::borrow::Borrow<RecordFacts>>(
    register: &Register,
    as_of: NaiveDate,
    records: impl IntoIterator<Item = (R, S, F)>,
) -> Result<SweepPlan<R>, UnknownRule> {
    let mut planner = SweepPlanner::new(register, as_of);
    for (record, rule, facts) in records {
        planner.add(record, rule.as_ref(), facts.borrow())?;
    }
    Ok(planner.finish())
}

#[cfg(test)]
mod tests {
    use super::same_id;

    #[test]
    fn ids_compare_as_strings_do() {
        // Every length from 0 to 24, equal and differing at each position.
        for n in 0..=24usize {
            let a: String = (0..n).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
            assert!(same_id(&a, &a.clone()), "{a:?}");
            assert!(!same_id(&a, &format!("{a}x")));
            for at in 0..n {
                let mut b = a.clone().into_bytes();
                b[at] = b'-';
                let b = String::from_utf8(b).unwrap();
                assert!(!same_id(&a, &b), "{a:?} vs {b:?}");
            }
        }
        assert!(same_id("partner-contacts", "partner-contacts"));
        assert!(!same_id("users", "usert"));
        assert!(same_id("käyttäjät", "käyttäjät"));
    }
}
