//! Which rights a register's data subjects have, from its lawful bases (Art. 15–22, 7(3)).

use serde::Serialize;

use super::kind::RequestKind;
use crate::legal::{Applicability, Article9Condition, ErasureException, LawfulBasis, Right};
use crate::model::Register;

/// Whether a request kind applies to a register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum RightApplicability {
    /// The right applies to all the register's processing.
    Applies,
    /// The right applies, limited by exceptions or conditions for some of the processing.
    AppliesWithExceptions {
        /// Art. 17(3) exceptions that may limit erasure.
        exceptions: Vec<ErasureException>,
        /// Conditions (article, condition) the register alone cannot show to hold.
        conditions: Vec<(&'static str, &'static str)>,
        /// The purposes whose bases limit the right.
        limited_purposes: Vec<String>,
    },
    /// The right does not apply to any of the register's processing.
    DoesNotApply {
        /// The article that says so.
        article: &'static str,
        /// Why, in English.
        reason: String,
    },
    /// The register states too little to tell.
    Undetermined {
        /// What is missing.
        reason: String,
    },
}

/// Whether `kind` applies to `register`, combining the lawful bases of its purposes
/// (LEGAL.md, "Which rights apply").
///
/// Access, rectification and restriction apply whatever the basis. Erasure is limited by
/// Art. 17(3)(b) for 6(1)(c) and (e). Portability needs consent or contract and automated
/// processing (Art. 20(1)) and never applies to a public task (20(3)). Objection needs
/// 6(1)(e) or (f) (Art. 21(1)). Withdrawal needs consent (6(1)(a) or 9(2)(a)).
///
/// ```
/// use gdpr::request::{applicability, RequestKind, RightApplicability};
/// let register = gdpr::file::load("examples/registers/keha-alpo.toml")?;
/// // ALPO's user data rests on Art. 6(1)(e): it cannot be ported (Art. 20(3)) but the users
/// // may object; partner contacts rest on consent, which can be withdrawn.
/// assert!(matches!(applicability(&register, RequestKind::Objection), RightApplicability::Applies | RightApplicability::AppliesWithExceptions { .. }));
/// assert!(matches!(applicability(&register, RequestKind::WithdrawConsent), RightApplicability::AppliesWithExceptions { .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn applicability(register: &Register, kind: RequestKind) -> RightApplicability {
    let right = kind.right();
    if matches!(
        right,
        Right::Access | Right::Rectification | Right::Restriction
    ) {
        return RightApplicability::Applies;
    }
    if right == Right::AutomatedDecision {
        return match &register.automated_decisions {
            Some(automated) if automated.used => RightApplicability::Applies,
            Some(_) => RightApplicability::DoesNotApply {
                article: "Art. 22(1)",
                reason: "the register makes no decisions based solely on automated processing"
                    .into(),
            },
            None => RightApplicability::Undetermined {
                reason:
                    "the register does not say whether automated decisions are made (Art. 13(2)(f))"
                        .into(),
            },
        };
    }

    let purposes: Vec<_> = register.purposes.iter().filter(|p| !p.anonymous).collect();
    let mut results: Vec<(String, Applicability)> = Vec::new();
    let mut unknown = Vec::new();
    for purpose in &purposes {
        let mut bases = purpose.lawful_bases.clone();
        if right == Right::WithdrawConsent
            && purpose
                .special_conditions
                .contains(&Article9Condition::ExplicitConsent)
        {
            bases.push(LawfulBasis::Consent);
        }
        if bases.is_empty() {
            unknown.push(purpose.id.to_string());
        }
        for basis in bases {
            results.push((purpose.id.to_string(), right.applicability(basis)));
        }
    }
    if results.is_empty() {
        return RightApplicability::Undetermined {
            reason: if purposes.is_empty() {
                "the register states no purpose of processing personal data".into()
            } else {
                format!(
                    "no lawful basis is stated for {} (Art. 13(1)(c))",
                    unknown.join(", ")
                )
            },
        };
    }
    let available: Vec<_> = results.iter().filter(|(_, a)| a.is_available()).collect();
    if available.is_empty() {
        let article = match results[0].1 {
            Applicability::DoesNotApply { article } => article,
            _ => unreachable!("no result is available"),
        };
        let reason = format!(
            "the {} does not apply to processing on the register's lawful bases",
            right.title(crate::Language::En)
        );
        return RightApplicability::DoesNotApply { article, reason };
    }
    let mut exceptions = Vec::new();
    let mut conditions = Vec::new();
    let mut limited = Vec::new();
    for (purpose, result) in &results {
        match result {
            Applicability::Applies => {}
            Applicability::WithExceptions { exceptions: list } => {
                exceptions.extend(list.iter().copied());
                limited.push(purpose.clone());
            }
            Applicability::Conditional { article, condition } => {
                conditions.push((*article, *condition));
                limited.push(purpose.clone());
            }
            Applicability::DoesNotApply { .. } => limited.push(purpose.clone()),
        }
    }
    if limited.is_empty() && unknown.is_empty() {
        return RightApplicability::Applies;
    }
    limited.extend(unknown);
    exceptions.sort();
    exceptions.dedup();
    conditions.sort();
    conditions.dedup();
    limited.sort();
    limited.dedup();
    RightApplicability::AppliesWithExceptions {
        exceptions,
        conditions,
        limited_purposes: limited,
    }
}
