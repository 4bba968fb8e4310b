//! Proptest strategies that generate valid registers (feature `proptest`).
//!
//! Every generated [`Register`] passes [`Register::validate`], so users' own property tests
//! can feed registers to code that renders, stores or lints them.
//!
//! ```
//! use proptest::prelude::*;
//! use proptest::test_runner::TestRunner;
//!
//! let mut runner = TestRunner::default();
//! runner.run(&gdpr::strategies::register(), |register| {
//!     prop_assert!(register.validate().is_ok());
//!     Ok(())
//! }).unwrap();
//! ```

use chrono::NaiveDate;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

use crate::legal::{
    Article9Condition, LawfulBasis, Right, SpecialCategory, StatuteRef, TransferSafeguard,
};
use crate::model::*;
use crate::text::{Id, Label, Language, LocalizedText};

/// Non-empty text with the characters that trouble file formats and markup: quotes,
/// backslashes, newlines, `<`, `|`, `*`, and letters outside ASCII.
pub fn text() -> BoxedStrategy<String> {
    text_unboxed().boxed()
}

fn text_unboxed() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-zÅÄÖåäö0-9 ,.:;()§/-]{1,40}",
        "\\PC{1,30}",
        Just("<script>alert(1)</script> | *bold* \"quoted\" \\ back".to_owned()),
        Just("rivi 1\nrivi 2\r\n\ttabulaattori".to_owned()),
    ]
    .prop_filter("text must not be blank", |s| !s.trim().is_empty())
}

/// A localized text stated in every language of `languages` (and maybe others).
pub fn localized_text(languages: Vec<Language>) -> BoxedStrategy<LocalizedText> {
    localized_text_unboxed(languages).boxed()
}

fn localized_text_unboxed(languages: Vec<Language>) -> impl Strategy<Value = LocalizedText> {
    (text(), text(), text(), any::<[bool; 3]>()).prop_map(move |(fi, sv, en, extra)| {
        let mut result = LocalizedText::default();
        for (i, (language, value)) in [(Language::Fi, fi), (Language::Sv, sv), (Language::En, en)]
            .into_iter()
            .enumerate()
        {
            if languages.contains(&language) || extra[i] {
                result = result.with(language, value);
            }
        }
        if result.is_empty() {
            result = result.with(Language::Fi, "teksti");
        }
        result
    })
}

/// A language-independent name.
pub fn label() -> BoxedStrategy<Label> {
    label_unboxed().boxed()
}

fn label_unboxed() -> impl Strategy<Value = Label> {
    text().prop_map(|s| s.parse().expect("non-blank text is a label"))
}

/// A date between 1950 and 2099.
pub fn date() -> impl Strategy<Value = NaiveDate> {
    (1950i32..2100, 1u32..=12, 1u32..=31).prop_filter_map("the date must exist", |(y, m, d)| {
        NaiveDate::from_ymd_opt(y, m, d)
    })
}

/// A statute reference with a valid number, title or both.
pub fn statute(languages: Vec<Language>) -> BoxedStrategy<StatuteRef> {
    statute_unboxed(languages).boxed()
}

fn statute_unboxed(languages: Vec<Language>) -> impl Strategy<Value = StatuteRef> {
    let number = prop_oneof![
        (1u32..3000, 1889u32..2030).prop_map(|(n, y)| format!("{n}/{y}")),
        Just("(EU) 2016/679".to_owned()),
        Just("523/1999".to_owned()),
    ];
    (
        option::of(number),
        localized_text(languages.clone()),
        any::<bool>(),
        option::of(localized_text(languages)),
    )
        .prop_map(|(number, title, with_title, section)| StatuteRef {
            // A reference needs a number or a title.
            title: (with_title || number.is_none()).then_some(title),
            number: number.map(|n| n.parse().expect("generated numbers are valid")),
            section,
        })
}

/// An e-mail address.
pub fn email() -> impl Strategy<Value = EmailAddress> {
    "[a-z]{1,10}(\\.[a-z]{1,10})?@[a-z]{2,10}\\.(fi|se|eu)"
        .prop_map(|s| s.parse().expect("generated addresses are valid"))
}

fn contact(languages: Vec<Language>) -> BoxedStrategy<Contact> {
    contact_unboxed(languages).boxed()
}

fn contact_unboxed(languages: Vec<Language>) -> impl Strategy<Value = Contact> {
    (
        option::of(localized_text(languages.clone())),
        option::of(
            "0[0-9]{2} [0-9]{6}".prop_map(|s| s.parse::<PhoneNumber>().expect("valid phone")),
        ),
        option::of(email()),
        any::<bool>(),
        option::of(label()),
    )
        .prop_map(
            |(postal_address, phone, email, email_withheld, web)| Contact {
                postal_address,
                visiting_address: None,
                phone,
                phone_note: None,
                email,
                email_not_captured: email_withheld,
                web,
                other: None,
            },
        )
}

fn party(languages: Vec<Language>) -> BoxedStrategy<Party> {
    party_unboxed(languages).boxed()
}

fn party_unboxed(languages: Vec<Language>) -> impl Strategy<Value = Party> {
    (
        option::of(
            "[A-ZÅÄÖ][a-zåäö]{1,10} [A-ZÅÄÖ][a-zåäö]{1,12}"
                .prop_map(|s| s.parse::<PersonName>().expect("valid name")),
        ),
        option::of(localized_text(languages.clone())),
        contact(languages),
    )
        .prop_map(|(name, title, contact)| Party {
            name,
            title,
            organisation: None,
            contact,
        })
}

fn business_id() -> impl Strategy<Value = BusinessId> {
    (0u32..10_000_000).prop_filter_map("remainder 1 has no check digit", |n| {
        let body = format!("{n:07}");
        let sum: u32 = body
            .bytes()
            .zip([7, 9, 10, 5, 8, 4, 2])
            .map(|(b, w)| u32::from(b - b'0') * w)
            .sum();
        let check = match sum % 11 {
            0 => 0,
            1 => return None,
            r => 11 - r,
        };
        Some(
            format!("{body}-{check}")
                .parse()
                .expect("computed check digit"),
        )
    })
}

fn controller(languages: Vec<Language>) -> BoxedStrategy<Controller> {
    controller_unboxed(languages).boxed()
}

fn controller_unboxed(languages: Vec<Language>) -> impl Strategy<Value = Controller> {
    (
        localized_text(languages.clone()),
        option::of(business_id()),
        any::<bool>(),
        contact(languages.clone()),
        option::of(party(languages.clone())),
        option::of(party(languages.clone())),
        option::of(party(languages)),
    )
        .prop_map(
            |(
                name,
                business_id,
                public_authority,
                contact,
                responsible_person,
                contact_person,
                dpo,
            )| Controller {
                name,
                business_id,
                country: None,
                public_authority,
                role: None,
                contact,
                responsible_person,
                contact_person,
                dpo,
                representative: None,
                joint_controllers: Vec::new(),
            },
        )
}

fn trigger() -> BoxedStrategy<Trigger> {
    trigger_unboxed().boxed()
}

fn trigger_unboxed() -> impl Strategy<Value = Trigger> {
    prop_oneof![
        Just(Trigger::Collected),
        Just(Trigger::LastActivity),
        Just(Trigger::RelationshipEnded),
        Just(Trigger::Superseded),
        Just(Trigger::NotStated),
        label().prop_map(Trigger::Event),
    ]
}

fn policy(languages: Vec<Language>) -> BoxedStrategy<RetentionPolicy> {
    policy_unboxed(languages).boxed()
}

fn policy_unboxed(languages: Vec<Language>) -> impl Strategy<Value = RetentionPolicy> {
    prop_oneof![
        (0u16..20, 0u16..24, trigger())
            .prop_filter("a period is longer than zero", |(y, m, _)| y + m > 0)
            .prop_map(|(years, months, trigger)| RetentionPolicy::Period {
                years,
                months,
                trigger
            }),
        trigger()
            .prop_filter("until needs an event", |t| *t != Trigger::NotStated)
            .prop_map(|trigger| RetentionPolicy::Until { trigger }),
        any::<bool>().prop_map(|anonymised| RetentionPolicy::Indefinite { anonymised }),
        statute(languages.clone()).prop_map(|statute| RetentionPolicy::Statute { statute }),
        localized_text(languages).prop_map(|criteria| RetentionPolicy::Criteria { criteria }),
        Just(RetentionPolicy::NotStated),
    ]
}

fn id(prefix: &str, i: usize) -> Id {
    format!("{prefix}-{i}")
        .parse()
        .expect("generated ids are valid")
}

/// A valid register: unique ids, references to groups that exist, texts in every declared
/// language, and every optional part sometimes present.
pub fn register() -> impl Strategy<Value = Register> {
    prop_oneof![
        Just(vec![Language::Fi]),
        Just(vec![Language::Fi, Language::Sv]),
        Just(vec![Language::En]),
        Just(vec![Language::Fi, Language::Sv, Language::En]),
    ]
    .prop_flat_map(register_in)
}

fn register_in(languages: Vec<Language>) -> impl Strategy<Value = Register> {
    let l = || languages.clone();
    (
        localized_text(l()),
        controller(l()),
        subject_groups(l()),
        purposes(l()),
        sources(l()),
        recipients(l()),
        retention_rules(l()),
        transfers(l()),
        rights_info(l()),
        extras(l()),
    )
        .prop_map(
            move |(
                name,
                controller,
                subject_groups,
                purposes,
                sources,
                recipients,
                retention,
                transfers,
                rights,
                extras,
            )| {
                // Each purpose concerns one of the generated groups, where there are any.
                let purposes = purposes
                    .into_iter()
                    .map(|(mut purpose, group): (Purpose, prop::sample::Index)| {
                        if !subject_groups.is_empty() {
                            let chosen: &SubjectGroup =
                                &subject_groups[group.index(subject_groups.len())];
                            purpose.subject_groups = vec![chosen.id.clone()];
                        }
                        purpose
                    })
                    .collect();
                let Extras {
                    published,
                    reference,
                    description,
                    security,
                    provision,
                    automated_decisions,
                    systems,
                    cookies,
                } = extras;
                Register {
                    id: "generated".parse().expect("valid id"),
                    name,
                    part_of: None,
                    description,
                    reference,
                    languages: languages.clone(),
                    drawn_up: None,
                    published,
                    updated: published.map(|d| d + chrono::Days::new(30)),
                    changes: Vec::new(),
                    document_basis: Vec::new(),
                    controller,
                    publisher: None,
                    purposes,
                    subject_groups,
                    sources,
                    disclosure_statement: None,
                    recipients,
                    processors: Vec::new(),
                    systems,
                    transfers,
                    retention,
                    security,
                    confidentiality: Vec::new(),
                    provision,
                    automated_decisions,
                    cookies,
                    rights,
                    anonymous: false,
                }
            },
        )
}

fn subject_groups(l: Vec<Language>) -> BoxedStrategy<Vec<SubjectGroup>> {
    let item = (
        localized_text(l.clone()),
        option::of(any::<SpecialCategory>()),
    )
        .prop_map(|(text, special)| DataItem {
            text,
            special,
            condition: None,
        });
    let category = (
        localized_text(l.clone()),
        vec(item, 0..3),
        option::of(any::<SpecialCategory>()),
        option::of(any::<Article9Condition>()),
    )
        .prop_map(|(name, items, special, condition)| DataCategory {
            name,
            items,
            special,
            // A condition is valid only on an Art. 9 category.
            condition: condition.filter(|_| special.is_some_and(|s| s.is_article_9())),
        });
    let group = (
        localized_text(l),
        any::<bool>(),
        vec(category, 0..3),
        option::of(any::<RecordLevel>()),
    );
    vec(group, 0..4)
        .prop_map(|groups| {
            groups
                .into_iter()
                .enumerate()
                .map(
                    |(i, (name, anonymous, categories, record_level))| SubjectGroup {
                        id: id("group", i),
                        name,
                        description: None,
                        anonymous,
                        statutes: Vec::new(),
                        record_level,
                        categories,
                    },
                )
                .collect()
        })
        .boxed()
}

/// Purposes, each with the index of the group it concerns (resolved by the register).
fn purposes(l: Vec<Language>) -> BoxedStrategy<Vec<(Purpose, prop::sample::Index)>> {
    let purpose = (
        localized_text(l.clone()),
        vec(any::<LawfulBasis>(), 0..3),
        vec(any::<Article9Condition>(), 0..2),
        vec(statute(l.clone()), 0..2),
        option::of(localized_text(l)),
        any::<bool>(),
        any::<prop::sample::Index>(),
        (any::<bool>(), option::of(any::<bool>())),
    );
    vec(purpose, 0..4)
        .prop_map(|purposes| {
            purposes
                .into_iter()
                .enumerate()
                .map(
                    |(
                        i,
                        (
                            description,
                            lawful_bases,
                            special_conditions,
                            statutes,
                            legitimate_interests,
                            anonymous,
                            group,
                            (direct_marketing, automated_means),
                        ),
                    )| {
                        let purpose = Purpose {
                            id: id("purpose", i),
                            description,
                            details: Vec::new(),
                            lawful_bases,
                            basis_statements: Vec::new(),
                            special_conditions,
                            statutes,
                            legitimate_interests,
                            direct_marketing,
                            automated_means,
                            anonymous,
                            subject_groups: Vec::new(),
                        };
                        (purpose, group)
                    },
                )
                .collect()
        })
        .boxed()
}

fn sources(l: Vec<Language>) -> BoxedStrategy<Vec<Source>> {
    let item = (localized_text(l.clone()), option::of(any::<SourceKind>()))
        .prop_map(|(text, kind)| SourceItem { text, kind });
    let source = (
        localized_text(l),
        any::<SourceKind>(),
        any::<bool>(),
        option::of(any::<bool>()),
        vec(item, 0..3),
    )
        .prop_map(
            |(description, kind, consent_required, publicly_accessible, items)| Source {
                description,
                kind,
                items,
                means: None,
                subject_groups: Vec::new(),
                consent_required,
                publicly_accessible,
                statutes: Vec::new(),
                exemption: None,
            },
        );
    vec(source, 0..3).boxed()
}

fn recipients(l: Vec<Language>) -> BoxedStrategy<Vec<Recipient>> {
    let recipient = (
        localized_text(l.clone()),
        any::<RecipientKind>(),
        any::<bool>(),
        any::<bool>(),
        option::of(localized_text(l)),
    )
        .prop_map(
            |(name, kind, regular, consent_required, legal_ground)| Recipient {
                name,
                kind,
                description: None,
                regular,
                consent_required,
                legal_ground,
                statutes: Vec::new(),
                items: Vec::new(),
            },
        );
    vec(recipient, 0..3).boxed()
}

fn retention_rules(l: Vec<Language>) -> BoxedStrategy<Vec<RetentionRule>> {
    let rule = (
        localized_text(l.clone()),
        policy(l.clone()),
        option::of(any::<DisposalAction>()),
        option::of(localized_text(l.clone())),
        option::of(localized_text(l)),
    );
    vec(rule, 0..4)
        .prop_map(|rules| {
            rules
                .into_iter()
                .enumerate()
                .map(
                    |(i, (applies_to, policy, action, description, trigger_text))| RetentionRule {
                        id: id("rule", i),
                        applies_to,
                        subject_groups: Vec::new(),
                        policy,
                        action,
                        trigger_text,
                        description,
                        early_disposal: None,
                    },
                )
                .collect()
        })
        .boxed()
}

/// Transfers: listed only when `outside_eea` (the model refuses a list otherwise).
fn transfers(l: Vec<Language>) -> BoxedStrategy<Option<Transfers>> {
    let transfer =
        (label(), option::of(any::<TransferSafeguard>())).prop_map(|(destination, safeguard)| {
            Transfer {
                destination,
                recipient: None,
                safeguard,
                safeguard_copy: None,
            }
        });
    option::of((
        any::<bool>(),
        option::of(localized_text(l)),
        vec(transfer, 0..2),
    ))
    .prop_map(|transfers| {
        transfers.map(|(outside_eea, statement, list)| Transfers {
            outside_eea,
            statement,
            transfers: if outside_eea { list } else { Vec::new() },
        })
    })
    .boxed()
}

fn rights_info(l: Vec<Language>) -> BoxedStrategy<RightsInfo> {
    let statement =
        (vec(any::<Right>(), 1..3), localized_text(l)).prop_map(|(rights, text)| RightStatement {
            heading: None,
            rights,
            text,
        });
    (vec(statement, 0..4), any::<[bool; 4]>())
        .prop_map(
            |(statements, [written_only, identity_proof_always, derived, standard_text])| {
                RightsInfo {
                    introduction: None,
                    how_to_request: None,
                    statements,
                    procedure: Some(RequestProcedure {
                        written_only,
                        identity_proof_always,
                    }),
                    derived,
                    standard_text,
                }
            },
        )
        .boxed()
}

/// The register's optional parts.
#[derive(Debug, Clone)]
struct Extras {
    published: Option<NaiveDate>,
    reference: Option<Label>,
    description: Option<LocalizedText>,
    security: Option<Security>,
    provision: Option<ProvisionRequirement>,
    automated_decisions: Option<AutomatedDecisions>,
    systems: Vec<InformationSystem>,
    cookies: Option<LocalizedText>,
}

fn extras(l: Vec<Language>) -> BoxedStrategy<Extras> {
    let text = || localized_text(l.clone());
    let security = option::of(vec(text(), 1..3)).prop_map(|general| {
        general.map(|general| Security {
            general,
            manual: Vec::new(),
            electronic: Vec::new(),
        })
    });
    let provision = option::of((
        option::of(any::<RequirementKind>()),
        option::of(any::<bool>()),
        option::of(text()),
    ))
    .prop_map(|provision| {
        provision.map(
            |(requirement, obligatory, consequences)| ProvisionRequirement {
                requirement,
                obligatory,
                consequences,
            },
        )
    });
    let automated = option::of((any::<bool>(), option::of(text()))).prop_map(|automated| {
        automated.map(|(used, logic)| AutomatedDecisions {
            used,
            logic,
            consequences: None,
        })
    });
    let systems = vec((label(), option::of(text())), 0..3).prop_map(|systems| {
        systems
            .into_iter()
            .map(|(name, description)| InformationSystem {
                name,
                description,
                controller: None,
            })
            .collect()
    });
    (
        option::of(date()),
        option::of(label()),
        option::of(text()),
        security,
        provision,
        automated,
        systems,
        option::of(text()),
    )
        .prop_map(
            |(
                published,
                reference,
                description,
                security,
                provision,
                automated_decisions,
                systems,
                cookies,
            )| {
                Extras {
                    published,
                    reference,
                    description,
                    security,
                    provision,
                    automated_decisions,
                    systems,
                    cookies,
                }
            },
        )
        .boxed()
}
