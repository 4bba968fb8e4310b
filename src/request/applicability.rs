//! Which rights a register's data subjects have: the rights matrix summed over its purposes.

use serde::Serialize;

use super::kind::RequestKind;
use crate::legal::Right;
use crate::matrix::{RightDecision, RightStatus, decide};
use crate::model::{Purpose, Register};
use crate::text::{Id, LocalizedText};

/// Whether a request kind applies to a register, over all its purposes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RightApplicability {
    /// The right.
    pub right: Right,
    /// `applies` when it applies to every purpose, `not-applicable` when to none,
    /// `undetermined` when it cannot be decided for any (no lawful basis stated), `limited`
    /// otherwise (it is limited for some purpose, or applies to some purposes only).
    pub status: RightStatus,
    /// The provision that decides the overall status.
    pub article: &'static str,
    /// The decision for each purpose that processes personal data, by purpose id.
    pub purposes: Vec<(String, RightDecision)>,
}

/// Whether `kind` applies to `register`: [`crate::matrix::decide`] for each of its purposes,
/// combined. A register that states no purpose is decided as one purpose with no lawful
/// basis (access, rectification, restriction and erasure within Art. 17(3) still apply); one
/// whose purposes all process only anonymised data gives no rights (Recital 26).
///
/// ```
/// use gdpr::matrix::RightStatus;
/// use gdpr::request::{applicability, RequestKind};
/// let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
/// // ALPO's partner contacts rest on consent, its user data on Art. 6(1)(e): consent can be
/// // withdrawn for the one purpose and not the other.
/// let withdrawal = applicability(&register, RequestKind::WithdrawConsent);
/// assert_eq!(withdrawal.status, RightStatus::Limited);
/// assert_eq!(applicability(&register, RequestKind::Access).status, RightStatus::Applies);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn applicability(register: &Register, kind: RequestKind) -> RightApplicability {
    let right = kind.right();
    let purposes: Vec<(String, RightDecision)> = register
        .purposes
        .iter()
        .filter(|purpose| !purpose.anonymous)
        .map(|purpose| (purpose.id.to_string(), decide(register, purpose, right)))
        .collect();
    if purposes.is_empty() {
        if register.anonymous || !register.purposes.is_empty() {
            return RightApplicability {
                right,
                status: RightStatus::NotApplicable,
                article: "Recital 26",
                purposes,
            };
        }
        let unstated = Purpose::new(unstated_id(), LocalizedText::en("(no purpose stated)"));
        let decision = decide(register, &unstated, right);
        return RightApplicability {
            right,
            status: decision.status,
            article: decision.article,
            purposes,
        };
    }
    let first = &purposes[0].1;
    let (status, article) = if purposes.iter().all(|(_, d)| d.status == first.status) {
        (first.status, first.article)
    } else {
        let deciding = purposes
            .iter()
            .map(|(_, d)| d)
            .find(|d| d.status == RightStatus::NotApplicable)
            .or_else(|| {
                purposes
                    .iter()
                    .map(|(_, d)| d)
                    .find(|d| d.status == RightStatus::Limited)
            })
            .or_else(|| {
                purposes
                    .iter()
                    .map(|(_, d)| d)
                    .find(|d| d.status == RightStatus::Undetermined)
            })
            .expect("mixed statuses include one that is not `applies`");
        (RightStatus::Limited, deciding.article)
    };
    RightApplicability {
        right,
        status,
        article,
        purposes,
    }
}

fn unstated_id() -> Id {
    "unstated".parse().expect("a valid id")
}
