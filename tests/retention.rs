//! Retention: every seed rule, month ends and leap days, holds, sweep plans, properties.

use chrono::NaiveDate;
use gdpr::Register;
use gdpr::model::DisposalAction;
use gdpr::retention::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

mod common;

fn load(id: &str) -> Register {
    common::seed(id)
}

fn decide(register: &Register, rule: &str, facts: &RecordFacts, as_of: &str) -> Decision {
    evaluate(register.retention_rule(rule).unwrap(), facts, d(as_of))
}

fn keep(on: &str) -> Decision {
    Decision::Keep {
        expires_on: Some(d(on)),
    }
}

fn due(on: &str) -> Decision {
    Decision::Due {
        expires_on: d(on),
        action: DisposalAction::Erase,
    }
}

/// The record is kept through the day before `on` and due, to be erased, on `on`.
fn assert_expires(register: &Register, rule: &str, facts: &RecordFacts, on: &str) {
    let day_before = d(on).pred_opt().unwrap().to_string();
    assert_eq!(
        decide(register, rule, facts, &day_before),
        keep(on),
        "{rule} on {day_before}"
    );
    assert_eq!(decide(register, rule, facts, on), due(on), "{rule} on {on}");
}

#[test]
fn keha_alpo_users_twelve_months_from_last_login() {
    let keha = load("keha-alpo");
    let facts = RecordFacts::default().with_last_activity(d("2025-11-24"));
    assert_expires(&keha, "users", &facts, "2026-11-25");
    // Collection date does not matter; a record without a last login cannot be evaluated.
    let never = RecordFacts::collected(d("2020-01-01"));
    assert_eq!(
        decide(&keha, "users", &never, "2026-11-24"),
        Decision::Unknown {
            reason: UnknownReason::MissingFact(Fact::LastActivity)
        }
    );
}

#[test]
fn keha_alpo_partner_contacts_twelve_months_from_entry() {
    let keha = load("keha-alpo");
    let facts = RecordFacts::collected(d("2026-01-31")).with_last_activity(d("2026-11-01"));
    assert_expires(&keha, "partner-contacts", &facts, "2027-02-01");
}

#[test]
fn keha_alpo_statistics_are_kept_indefinitely() {
    let keha = load("keha-alpo");
    let facts = RecordFacts::collected(d("2019-03-01"));
    assert_eq!(
        decide(&keha, "statistics", &facts, "2126-01-01"),
        Decision::Keep { expires_on: None }
    );
}

#[test]
fn tem_contact_persons_until_replaced() {
    let tem = load("tem-tno-contacts");
    let current = RecordFacts::collected(d("2022-05-01"));
    assert_eq!(
        decide(&tem, "contact-persons", &current, "2026-11-24"),
        Decision::Unknown {
            reason: UnknownReason::MissingFact(Fact::Event)
        }
    );
    // "jos yhteyshenkilö ei enää toimi ilmoittamansa TNO-palvelun yhteyshenkilönä"
    let replaced = current.with_event("ceased-as-contact-person", d("2026-11-20"));
    assert_expires(&tem, "contact-persons", &replaced, "2026-11-21");
}

#[test]
fn espoo_customer_records_trigger_not_stated() {
    let espoo = load("espoo-tyollisyyspalvelut");
    let facts = RecordFacts::collected(d("2010-01-01")).with_relationship_ended(d("2012-01-01"));
    assert_eq!(
        decide(&espoo, "customer-records", &facts, "2026-11-24"),
        Decision::Unknown {
            reason: UnknownReason::TriggerNotStated
        }
    );
}

#[test]
fn monialainen_customer_records_period_left_to_statute() {
    let typ = load("monialainen-yhteispalvelu");
    let facts = RecordFacts::collected(d("2016-01-01"));
    assert_eq!(
        decide(&typ, "customer-records", &facts, "2026-11-24"),
        Decision::Unknown {
            reason: UnknownReason::PeriodNotStated
        }
    );
}

#[test]
fn month_end_and_leap_day_triggers() {
    let keha = load("keha-alpo");
    // 29 February 2024 + 12 months: kept through 28 February 2025, gone from 1 March.
    let leap = RecordFacts::collected(d("2024-02-29"));
    assert_expires(&keha, "partner-contacts", &leap, "2025-03-01");
    // 31 March + 12 months is 31 March; 31 December rolls into January.
    assert_eq!(
        decide(
            &keha,
            "partner-contacts",
            &RecordFacts::collected(d("2025-03-31")),
            "2026-03-31"
        ),
        keep("2026-04-01")
    );
    assert_eq!(
        decide(
            &keha,
            "partner-contacts",
            &RecordFacts::collected(d("2025-12-31")),
            "2027-01-01"
        ),
        due("2027-01-01")
    );
    // No working-day roll: 1 January 2027 is a holiday and still the first day it must be gone.
}

#[test]
fn a_hold_that_outlives_the_period_and_a_hold_released() {
    let keha = load("keha-alpo");
    let held = RecordFacts::collected(d("2025-01-15"))
        .with_hold(LegalHold::until("litigation 12/2026", d("2026-12-31")));
    assert_eq!(
        decide(&keha, "partner-contacts", &held, "2026-11-24"),
        Decision::Held {
            expires_on: d("2026-01-16"),
            hold: 0,
            until: Some(d("2026-12-31"))
        }
    );
    assert_eq!(
        decide(&keha, "partner-contacts", &held, "2026-12-31").status(),
        "held"
    );
    // The hold lapses at the end of its last day.
    assert_eq!(
        decide(&keha, "partner-contacts", &held, "2027-01-01"),
        due("2026-01-16")
    );
    // Released early: the release sets `until`.
    let mut released = held.clone();
    released.holds[0].until = Some(d("2026-06-30"));
    assert_eq!(
        decide(&keha, "partner-contacts", &released, "2026-11-24"),
        due("2026-01-16")
    );
    // A hold on a record still within its period changes nothing.
    let young = RecordFacts::collected(d("2026-06-01")).with_hold(LegalHold::indefinite("audit"));
    assert_eq!(
        decide(&keha, "partner-contacts", &young, "2026-11-24"),
        keep("2027-06-02")
    );
}

#[test]
fn anonymised_records_are_kept() {
    let keha = load("keha-alpo");
    let facts = RecordFacts {
        anonymised: Some(d("2026-01-01")),
        ..RecordFacts::collected(d("2020-01-01"))
    };
    assert_eq!(
        decide(&keha, "partner-contacts", &facts, "2026-11-24"),
        Decision::Keep { expires_on: None }
    );
}

#[test]
fn sweep_plan_groups_by_rule_and_finds_the_next_due_date() {
    let keha = load("keha-alpo");
    let records = [
        (
            "u1",
            "users",
            RecordFacts::default().with_last_activity(d("2025-10-01")),
        ),
        (
            "u2",
            "users",
            RecordFacts::default().with_last_activity(d("2026-01-10")),
        ),
        (
            "p1",
            "partner-contacts",
            RecordFacts::collected(d("2025-11-23")),
        ),
        (
            "p2",
            "partner-contacts",
            RecordFacts::collected(d("2025-02-01"))
                .with_hold(LegalHold::until("request of the police", d("2026-12-15"))),
        ),
        ("s1", "statistics", RecordFacts::collected(d("2021-01-01"))),
        ("u3", "users", RecordFacts::default()),
    ];
    let plan = plan(
        &keha,
        d("2026-11-24"),
        records.iter().map(|(r, rule, f)| (*r, *rule, f)),
    )
    .unwrap();
    let users = &plan.rules[0];
    assert_eq!(users.rule.as_str(), "users");
    assert_eq!(users.due, vec!["u1"]);
    assert_eq!(
        users.unknown,
        vec![("u3", UnknownReason::MissingFact(Fact::LastActivity))]
    );
    assert_eq!(users.next_due, Some(d("2027-01-11")));
    let partners = &plan.rules[1];
    assert_eq!(partners.due, vec!["p1"]);
    assert_eq!(partners.counts.held, 1);
    assert_eq!(
        partners.next_due,
        Some(d("2026-12-16")),
        "the day after the hold lapses"
    );
    assert_eq!(plan.rules[2].counts.keep, 1);
    assert_eq!(
        plan.counts,
        Counts {
            records: 6,
            keep: 2,
            erase: 2,
            anonymise: 0,
            archive: 0,
            held: 1,
            unknown: 1
        }
    );
    assert_eq!(plan.next_due, Some(d("2026-12-16")));

    let err = gdpr::retention::plan(
        &keha,
        d("2026-11-24"),
        [("x", "customers", RecordFacts::default())],
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown retention rule `customers`; the register's rules are: partner-contacts, statistics, users"
    );
}

#[cfg(feature = "proptest")]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn date_in(from: &str, days: i64) -> impl Strategy<Value = NaiveDate> {
        let from = d(from);
        (0..days).prop_map(move |n| from + chrono::Duration::days(n))
    }

    fn facts() -> impl Strategy<Value = RecordFacts> {
        (
            proptest::option::of(date_in("2000-01-01", 10_000)),
            proptest::option::of(date_in("2000-01-01", 10_000)),
            proptest::option::of(date_in("2000-01-01", 10_000)),
            proptest::collection::vec(proptest::option::of(date_in("2000-01-01", 12_000)), 0..3),
        )
            .prop_map(|(collected, last_activity, ended, holds)| RecordFacts {
                collected,
                last_activity,
                relationship_ended: ended,
                superseded: ended,
                holds: holds
                    .into_iter()
                    .map(|until| LegalHold {
                        reason: "hold".into(),
                        until,
                    })
                    .collect(),
                ..RecordFacts::default()
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn retention_properties(register in gdpr::strategies::register(), facts in facts(), as_of in date_in("2000-01-01", 14_000), later in 0i64..5_000) {
            for rule in &register.retention {
                let compiled = CompiledRule::new(rule);
                let decision = compiled.evaluate(&facts, as_of);
                // A held record is never due.
                if facts.active_hold(as_of).is_some() {
                    prop_assert!(!matches!(decision, Decision::Due { .. }), "{decision:?}");
                }
                // expires_on is after the trigger date.
                if let (Some(expires_on), Some(trigger)) = (decision.expires_on(), rule.policy.trigger()) {
                    let start = match trigger {
                        gdpr::Trigger::Collected => facts.collected,
                        gdpr::Trigger::LastActivity => facts.last_activity,
                        gdpr::Trigger::RelationshipEnded => facts.relationship_ended,
                        gdpr::Trigger::Superseded => facts.superseded,
                        _ => None,
                    };
                    if let Some(start) = start {
                        prop_assert!(expires_on > start);
                    }
                }
                // Once due, always due.
                if matches!(decision, Decision::Due { .. }) {
                    let after = compiled.evaluate(&facts, as_of + chrono::Duration::days(later));
                    prop_assert!(matches!(after, Decision::Due { .. }), "{decision:?} then {after:?}");
                }
            }
        }
    }
}
