//! Retention: evaluate a register's rules against the facts of records on a date, and plan
//! sweeps.
//!
//! The engine never reads the clock: the as-of date is a parameter, so a test pins a date
//! and gets the same answer every time. Date rule (`docs/design.md`, Time): data kept "N months/years
//! from T" may be kept through the same date N months/years later (clamped to the month's
//! end) and must be gone from the next day; no working-day roll.

pub mod csv;
mod evaluate;
mod facts;
mod sweep;

pub use evaluate::{CompiledRule, Decision, Fact, LAST_DATE, UnknownReason, evaluate};
pub use facts::{LegalHold, NamedEvent, RecordFacts};
pub use sweep::{Counts, RulePlan, SweepPlan, SweepPlanner, UnknownRule, plan};
