//! The rights matrix: which rights of the data subject apply to each purpose of a register.
//!
//! Rights follow the purpose, not the register: a register with a consent purpose and a
//! public-task purpose gives different rights for each. [`decide`] is the one function that
//! decides a right for a purpose; the request lifecycle ([`crate::request::applicability`]),
//! the linter, the notice and the DPV export all call it, so they cannot disagree.
//!
//! | right | decided by |
//! | --- | --- |
//! | access, rectification, restriction, complaint | apply whatever the basis, even when none is stated (Art. 15, 16, 18, 77) |
//! | erasure | applies within the exceptions of Art. 17(3) under every basis; limited by Art. 17(3)(b) under 6(1)(c) and (e) |
//! | portability | only for consent (6(1)(a), 9(2)(a)) or contract (6(1)(b)), processing by automated means, and data the subject provided (Art. 20(1)); never for a public task (Art. 20(3)) |
//! | objection | limited (the controller may show compelling legitimate grounds that override the subject's interests, or legal claims) under 6(1)(e) and (f) (Art. 21(1)); absolute for direct marketing whatever the basis (Art. 21(2)–(3)), beside the Art. 21(1) right of the other bases |
//! | withdrawal of consent | only under 6(1)(a) or 9(2)(a) (Art. 7(3)) |
//!
//! Portability, objection and withdrawal depend on the lawful basis: for a purpose whose
//! basis the register does not state they are `undetermined`, never `not-applicable`.
//! | automated decisions | apply unless the register states that no decision is based solely on automated processing (Art. 22(1)) |
//!
//! A purpose with several bases combines their cells: the same status for every basis gives
//! that status; mixed statuses give `limited`, citing the provision that excludes or limits
//! the right for part of the processing. The right to object to processing for research or
//! statistics (Art. 21(6)) is not modelled: no register here states such a purpose.
//!
//! ```
//! use gdpr::legal::Right;
//! use gdpr::matrix::{decide, RightStatus};
//!
//! let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
//! let users = register.purposes.iter().find(|p| p.id.as_str() == "user-management").unwrap();
//! // Art. 6(1)(e): no portability (Art. 20(3)); objection limited by compelling grounds.
//! let portability = decide(&register, users, Right::Portability);
//! assert_eq!((portability.status, portability.article), (RightStatus::NotApplicable, "Art. 20(3)"));
//! assert_eq!(decide(&register, users, Right::Objection).status, RightStatus::Limited);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;

use serde::Serialize;

use crate::legal::{Article9Condition, ErasureException, LawfulBasis, Right};
use crate::model::{Purpose, Register, SourceKind};

/// Whether a right applies to a purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RightStatus {
    /// The right applies.
    Applies,
    /// The right exists, but an exception or condition the law names can restrict it.
    Limited,
    /// The right does not apply.
    NotApplicable,
    /// The register states no lawful basis for the purpose, and the right depends on it
    /// (portability, objection, withdrawal of consent): it cannot be decided. A notice says
    /// so instead of claiming the right does not apply; a request is not refused on it.
    Undetermined,
}

impl RightStatus {
    /// The stable code: `applies`, `limited` or `not-applicable`.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Applies => "applies",
            Self::Limited => "limited",
            Self::NotApplicable => "not-applicable",
            Self::Undetermined => "undetermined",
        }
    }

    /// Whether the data subject can exercise the right: `applies` or `limited`. An
    /// `undetermined` right is neither available nor excluded.
    pub const fn is_available(self) -> bool {
        matches!(self, Self::Applies | Self::Limited)
    }
}

impl fmt::Display for RightStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// How one right applies to one purpose, and the provision that decides it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RightDecision {
    /// The right.
    pub right: Right,
    /// Whether it applies.
    pub status: RightStatus,
    /// The provision that decides, e.g. `Art. 20(3)` or `Art. 17(3)(b)`.
    pub article: &'static str,
    /// For erasure: the Art. 17(3) exceptions that can still limit it (all of them apply
    /// whatever the basis). Empty for the other rights.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exceptions: Vec<ErasureException>,
}

/// Every right decided for one purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct PurposeRights {
    /// The purpose's id.
    pub purpose: String,
    /// One decision per right, in the order of [`Right::ALL`].
    pub rights: Vec<RightDecision>,
}

impl PurposeRights {
    /// The decision on `right`.
    pub fn get(&self, right: Right) -> &RightDecision {
        self.rights
            .iter()
            .find(|decision| decision.right == right)
            .expect("every right is decided")
    }
}

/// The whole matrix: every right for every purpose that processes personal data (purposes
/// the register calls anonymous have no rows), in the register's order.
///
/// ```
/// let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
/// let matrix = gdpr::matrix::matrix(&register);
/// // client-statistics is anonymous: no rights rows for it.
/// let ids: Vec<_> = matrix.iter().map(|row| row.purpose.as_str()).collect();
/// assert_eq!(ids, ["partner-cooperation", "user-management"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn matrix(register: &Register) -> Vec<PurposeRights> {
    register
        .purposes
        .iter()
        .filter(|purpose| !purpose.anonymous)
        .map(|purpose| PurposeRights {
            purpose: purpose.id.to_string(),
            rights: Right::ALL
                .iter()
                .map(|right| decide(register, purpose, *right))
                .collect(),
        })
        .collect()
}

/// What the processing for a purpose rests on, as far as the rights are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ground {
    Basis(LawfulBasis),
    /// Art. 9(2)(a): counts as consent for Art. 7(3) and Art. 20(1)(a).
    ExplicitConsent,
}

/// Whether `right` applies to the processing for `purpose` of `register`.
///
/// The register supplies what the purpose alone does not: its sources (portability needs
/// data the subject provided) and its statement on automated decisions (Art. 22).
///
/// # Examples
///
/// ```
/// use gdpr::legal::Right;
/// use gdpr::matrix::{decide, RightStatus};
/// let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
/// let partners = register.purposes.iter().find(|p| p.id.as_str() == "partner-cooperation").unwrap();
/// // The partner contacts rest on consent: it can be withdrawn (Art. 7(3)).
/// assert_eq!(decide(&register, partners, Right::WithdrawConsent).status, RightStatus::Applies);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn decide(register: &Register, purpose: &Purpose, right: Right) -> RightDecision {
    let (status, article) = cell(register, purpose, right);
    let exceptions = if right == Right::Erasure {
        ErasureException::ALL.to_vec()
    } else {
        Vec::new()
    };
    RightDecision {
        right,
        status,
        article,
        exceptions,
    }
}

fn grounds(purpose: &Purpose) -> Vec<Ground> {
    let mut grounds: Vec<Ground> = purpose
        .lawful_bases
        .iter()
        .map(|basis| Ground::Basis(*basis))
        .collect();
    if purpose
        .special_conditions
        .contains(&Article9Condition::ExplicitConsent)
    {
        grounds.push(Ground::ExplicitConsent);
    }
    grounds
}

/// The provisions of an objection to a direct-marketing purpose: Art. 21(2)–(3) alone, or
/// with Art. 21(1) where a basis of the purpose is 6(1)(e) or (f).
pub const OBJECTION_DIRECT_MARKETING: &str = "Art. 21(2)-(3)";
/// See [`OBJECTION_DIRECT_MARKETING`].
pub const OBJECTION_BOTH: &str = "Art. 21(1)-(3)";

fn cell(register: &Register, purpose: &Purpose, right: Right) -> (RightStatus, &'static str) {
    use RightStatus::*;
    let grounds = grounds(purpose);
    match right {
        Right::Access => (Applies, "Art. 15"),
        Right::Rectification => (Applies, "Art. 16"),
        Right::Restriction => (Applies, "Art. 18"),
        Right::Complaint => (Applies, "Art. 77"),
        Right::AutomatedDecision => match &register.automated_decisions {
            Some(automated) if !automated.used => (NotApplicable, "Art. 22(1)"),
            _ => (Applies, "Art. 22(1)"),
        },
        Right::WithdrawConsent | Right::Objection | Right::Portability
            if grounds.is_empty() && !(right == Right::Objection && purpose.direct_marketing) =>
        {
            let article = match right {
                Right::Portability => "Art. 20",
                Right::Objection => "Art. 21",
                _ => "Art. 7(3)",
            };
            (Undetermined, article)
        }
        Right::WithdrawConsent => {
            let consent = grounds.iter().any(|g| {
                matches!(
                    g,
                    Ground::ExplicitConsent | Ground::Basis(LawfulBasis::Consent)
                )
            });
            if consent {
                (Applies, "Art. 7(3)")
            } else {
                (NotApplicable, "Art. 7(3)")
            }
        }
        Right::Objection if purpose.direct_marketing => {
            // Art. 21(2) is absolute for the direct marketing; the Art. 21(1) right of the
            // purpose's bases stands beside it (Art. 13(2)(b) requires both to be given).
            let cells: Vec<_> = grounds
                .iter()
                .filter_map(|ground| basis_cell(register, purpose, right, *ground))
                .collect();
            match combine(&cells) {
                Some((Limited, _)) => (Applies, OBJECTION_BOTH),
                _ => (Applies, OBJECTION_DIRECT_MARKETING),
            }
        }
        Right::Erasure if purpose.lawful_bases.is_empty() => (Limited, "Art. 17(3)"),
        Right::Erasure | Right::Objection | Right::Portability => {
            let cells: Vec<_> = grounds
                .iter()
                .filter_map(|ground| basis_cell(register, purpose, right, *ground))
                .collect();
            combine(&cells).unwrap_or(match right {
                Right::Portability => (NotApplicable, "Art. 20(1)(a)"),
                _ => (NotApplicable, "Art. 21(1)"),
            })
        }
    }
}

/// The cell of one ground for erasure, objection or portability; `None` where the ground
/// does not decide the right (Art. 9(2)(a) beside the Art. 6(1) bases for erasure and
/// objection).
fn basis_cell(
    register: &Register,
    purpose: &Purpose,
    right: Right,
    ground: Ground,
) -> Option<(RightStatus, &'static str)> {
    use LawfulBasis as B;
    use RightStatus::*;
    let basis = match ground {
        Ground::Basis(basis) => basis,
        Ground::ExplicitConsent if right == Right::Portability => B::Consent,
        Ground::ExplicitConsent => return None,
    };
    Some(match (right, basis) {
        (Right::Erasure, B::LegalObligation | B::PublicInterest | B::OfficialAuthority) => {
            (Limited, "Art. 17(3)(b)")
        }
        (Right::Erasure, _) => (Applies, "Art. 17(1)"),
        (Right::Objection, B::PublicInterest | B::OfficialAuthority | B::LegitimateInterests) => {
            (Limited, "Art. 21(1)")
        }
        (Right::Objection, _) => (NotApplicable, "Art. 21(1)"),
        (Right::Portability, B::PublicInterest | B::OfficialAuthority) => {
            (NotApplicable, "Art. 20(3)")
        }
        (Right::Portability, B::Consent | B::Contract) => portability(register, purpose),
        (Right::Portability, _) => (NotApplicable, "Art. 20(1)(a)"),
        _ => unreachable!("only erasure, objection and portability have basis cells"),
    })
}

/// Portability under consent or contract: the data must have been provided by the subject
/// and processed by automated means (Art. 20(1)). Data the controller observes while the
/// subject uses a service counts as provided, data it derives does not (Article 29 Working
/// Party, Guidelines on the right to data portability, WP242 rev.01, section II.1); a
/// `controller` source can hold either, so it leaves the right limited.
fn portability(register: &Register, purpose: &Purpose) -> (RightStatus, &'static str) {
    use RightStatus::*;
    let sources: Vec<_> = register
        .sources
        .iter()
        .filter(|source| {
            purpose.subject_groups.is_empty()
                || source.subject_groups.is_empty()
                || purpose
                    .subject_groups
                    .iter()
                    .any(|group| source.concerns(group))
        })
        .collect();
    let provided = sources.iter().any(|source| source.from_data_subject());
    if !provided {
        let maybe = register.sources.is_empty()
            || sources
                .iter()
                .any(|source| source.kinds().any(|kind| kind == SourceKind::Controller));
        return if maybe {
            (Limited, "Art. 20(1)")
        } else {
            (NotApplicable, "Art. 20(1)")
        };
    }
    match purpose.automated_means {
        Some(true) => (Applies, "Art. 20(1)"),
        Some(false) => (NotApplicable, "Art. 20(1)(b)"),
        None => (Limited, "Art. 20(1)(b)"),
    }
}

/// Combines the cells of several bases: one status for all gives it; mixed statuses give
/// `limited`, citing the first cell that excludes the right for part of the processing, or
/// else the first that limits it.
fn combine(cells: &[(RightStatus, &'static str)]) -> Option<(RightStatus, &'static str)> {
    let first = *cells.first()?;
    if cells.iter().all(|(status, _)| *status == first.0) {
        return Some(first);
    }
    let deciding = cells
        .iter()
        .find(|(status, _)| *status == RightStatus::NotApplicable)
        .or_else(|| {
            cells
                .iter()
                .find(|(status, _)| *status == RightStatus::Limited)
        })
        .expect("mixed statuses include one that is not `applies`");
    Some((RightStatus::Limited, deciding.1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Source, SourceKind};
    use crate::text::{Id, LocalizedText};
    use LawfulBasis as B;
    use RightStatus::*;

    fn register(purpose: Purpose, sources: Vec<Source>) -> Register {
        let mut builder = Register::builder(
            "test".parse().expect("a valid id"),
            LocalizedText::en("Test"),
            crate::Controller::new(LocalizedText::en("City")),
        )
        .language(crate::Language::En)
        .purpose(purpose);
        for source in sources {
            builder = builder.source(source);
        }
        builder.build().expect("a valid register")
    }

    fn purpose(bases: &[LawfulBasis]) -> Purpose {
        let id: Id = "p".parse().unwrap();
        bases.iter().fold(
            Purpose::new(id, LocalizedText::en("Purpose")),
            |purpose, basis| purpose.basis(*basis),
        )
    }

    fn from_subject() -> Vec<Source> {
        vec![Source::new(
            SourceKind::DataSubject,
            LocalizedText::en("The subject"),
        )]
    }

    /// (status, article) of every right, in [`Right::ALL`] order, for one purpose.
    fn row(purpose: Purpose, sources: Vec<Source>) -> Vec<(RightStatus, &'static str)> {
        let register = register(purpose, sources);
        Right::ALL
            .iter()
            .map(|right| {
                let d = decide(&register, &register.purposes[0], *right);
                (d.status, d.article)
            })
            .collect()
    }

    const ALWAYS: [(RightStatus, &str); 3] = [
        (Applies, "Art. 15"),
        (Applies, "Art. 16"),
        (Applies, "Art. 18"),
    ];

    fn expect(
        erasure: (RightStatus, &'static str),
        portability: (RightStatus, &'static str),
        objection: (RightStatus, &'static str),
        withdrawal: (RightStatus, &'static str),
    ) -> Vec<(RightStatus, &'static str)> {
        vec![
            ALWAYS[0],
            ALWAYS[1],
            erasure,
            ALWAYS[2],
            portability,
            objection,
            withdrawal,
            (Applies, "Art. 22(1)"),
            (Applies, "Art. 77"),
        ]
    }

    #[test]
    fn every_basis_alone() {
        let cases = [
            (
                B::Consent,
                expect(
                    (Applies, "Art. 17(1)"),
                    (Limited, "Art. 20(1)(b)"),
                    (NotApplicable, "Art. 21(1)"),
                    (Applies, "Art. 7(3)"),
                ),
            ),
            (
                B::Contract,
                expect(
                    (Applies, "Art. 17(1)"),
                    (Limited, "Art. 20(1)(b)"),
                    (NotApplicable, "Art. 21(1)"),
                    (NotApplicable, "Art. 7(3)"),
                ),
            ),
            (
                B::LegalObligation,
                expect(
                    (Limited, "Art. 17(3)(b)"),
                    (NotApplicable, "Art. 20(1)(a)"),
                    (NotApplicable, "Art. 21(1)"),
                    (NotApplicable, "Art. 7(3)"),
                ),
            ),
            (
                B::VitalInterests,
                expect(
                    (Applies, "Art. 17(1)"),
                    (NotApplicable, "Art. 20(1)(a)"),
                    (NotApplicable, "Art. 21(1)"),
                    (NotApplicable, "Art. 7(3)"),
                ),
            ),
            (
                B::PublicInterest,
                expect(
                    (Limited, "Art. 17(3)(b)"),
                    (NotApplicable, "Art. 20(3)"),
                    (Limited, "Art. 21(1)"),
                    (NotApplicable, "Art. 7(3)"),
                ),
            ),
            (
                B::OfficialAuthority,
                expect(
                    (Limited, "Art. 17(3)(b)"),
                    (NotApplicable, "Art. 20(3)"),
                    (Limited, "Art. 21(1)"),
                    (NotApplicable, "Art. 7(3)"),
                ),
            ),
            (
                B::LegitimateInterests,
                expect(
                    (Applies, "Art. 17(1)"),
                    (NotApplicable, "Art. 20(1)(a)"),
                    (Limited, "Art. 21(1)"),
                    (NotApplicable, "Art. 7(3)"),
                ),
            ),
        ];
        for (basis, expected) in cases {
            assert_eq!(row(purpose(&[basis]), from_subject()), expected, "{basis}");
        }
    }

    #[test]
    fn no_basis_stated_still_gives_the_rights_that_need_none() {
        assert_eq!(
            row(purpose(&[]), from_subject()),
            expect(
                (Limited, "Art. 17(3)"),
                (Undetermined, "Art. 20"),
                (Undetermined, "Art. 21"),
                (Undetermined, "Art. 7(3)"),
            )
        );
        // Direct marketing can be objected to whatever the basis, even an unstated one.
        let mut marketing = purpose(&[]);
        marketing.direct_marketing = true;
        let register = register(marketing, from_subject());
        let d = decide(&register, &register.purposes[0], Right::Objection);
        assert_eq!((d.status, d.article), (Applies, OBJECTION_DIRECT_MARKETING));
    }

    #[test]
    fn direct_marketing_can_always_be_objected_to() {
        for basis in LawfulBasis::ALL {
            let mut marketing = purpose(&[*basis]);
            marketing.direct_marketing = true;
            let register = register(marketing, from_subject());
            let d = decide(&register, &register.purposes[0], Right::Objection);
            // Under 6(1)(e) and (f) the Art. 21(1) right stands beside Art. 21(2).
            let expected = match basis {
                B::PublicInterest | B::OfficialAuthority | B::LegitimateInterests => OBJECTION_BOTH,
                _ => OBJECTION_DIRECT_MARKETING,
            };
            assert_eq!((d.status, d.article), (Applies, expected), "{basis}");
        }
    }

    #[test]
    fn portability_needs_data_the_subject_provided_and_automated_means() {
        let portability = |purpose: Purpose, sources: Vec<Source>| row(purpose, sources)[4];
        let authority = || {
            vec![Source::new(
                SourceKind::Authority,
                LocalizedText::en("Kela"),
            )]
        };
        let observed = || {
            vec![Source::new(
                SourceKind::Controller,
                LocalizedText::en("Logs"),
            )]
        };
        assert_eq!(
            portability(purpose(&[B::Consent]), authority()),
            (NotApplicable, "Art. 20(1)")
        );
        assert_eq!(
            portability(purpose(&[B::Consent]), observed()),
            (Limited, "Art. 20(1)")
        );
        assert_eq!(
            portability(purpose(&[B::Contract]), Vec::new()),
            (Limited, "Art. 20(1)")
        );
        let mut automated = purpose(&[B::Contract]);
        automated.automated_means = Some(true);
        assert_eq!(
            portability(automated.clone(), from_subject()),
            (Applies, "Art. 20(1)")
        );
        automated.automated_means = Some(false);
        assert_eq!(
            portability(automated, from_subject()),
            (NotApplicable, "Art. 20(1)(b)")
        );
        // Art. 9(2)(a) explicit consent counts as consent for Art. 20(1)(a) and 7(3).
        let mut explicit = purpose(&[B::LegalObligation]);
        explicit
            .special_conditions
            .push(crate::legal::Article9Condition::ExplicitConsent);
        let cells = row(explicit, from_subject());
        assert_eq!(cells[4], (Limited, "Art. 20(1)(a)"));
        assert_eq!(cells[6], (Applies, "Art. 7(3)"));
    }

    #[test]
    fn several_bases_combine_to_limited_citing_the_exclusion() {
        let cells = row(
            purpose(&[B::Consent, B::LegalObligation, B::OfficialAuthority]),
            from_subject(),
        );
        assert_eq!(cells[2], (Limited, "Art. 17(3)(b)"));
        assert_eq!(cells[4], (Limited, "Art. 20(1)(a)"));
        assert_eq!(cells[5], (Limited, "Art. 21(1)"));
        assert_eq!(cells[6], (Applies, "Art. 7(3)"));
    }

    #[test]
    fn automated_decisions_follow_the_register() {
        let mut register = register(purpose(&[B::Consent]), from_subject());
        register.automated_decisions = Some(crate::model::AutomatedDecisions {
            used: false,
            logic: None,
            consequences: None,
        });
        let d = decide(&register, &register.purposes[0], Right::AutomatedDecision);
        assert_eq!((d.status, d.article), (NotApplicable, "Art. 22(1)"));
    }
}
