//! Checks a register against what Art. 13, 14 and 30 GDPR require a notice to say.
//!
//! Each [`Finding`] has a stable kebab-case code (see [`RULES`]), a severity, the field path
//! in the register file and a message saying what to add. An error is an item the law
//! requires and the notice lacks; a warning is an item that is required only in some cases
//! the register cannot show, or that leaves the subject guessing.
//!
//! ```
//! let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
//! let findings = gdpr::lint::lint(&register);
//! // The notice gives no contact details for the controller itself.
//! assert!(findings.iter().any(|f| f.is(&gdpr::lint::CONTROLLER_CONTACT_MISSING)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod rules;

use std::fmt;

use schemars::JsonSchema;
use serde::Serialize;

pub use rules::*;

use crate::model::Register;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Severity {
    /// Worth a look, but not a gap the law names: an item required only "where applicable"
    /// that the register may rightly leave out, or a gap in the register file rather than in
    /// the notice.
    Note,
    /// The item may be required; state it or state that it does not apply.
    Warning,
    /// The law requires the item and the register lacks it.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// A lint rule: its code, severity and the article it enforces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// Stable kebab-case code, e.g. `dpo-contact-missing`.
    pub code: &'static str,
    /// Severity of its findings.
    pub severity: Severity,
    /// The provision it enforces, e.g. `Art. 37(1)(a), 13(1)(b)`.
    pub article: &'static str,
    /// One line on what it checks.
    pub summary: &'static str,
    /// Why the rule has its severity, with the provision or guidance it rests on.
    pub rationale: &'static str,
}

/// One gap found in a register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Finding {
    /// Stable code, e.g. `dpo-contact-missing`.
    pub code: &'static str,
    /// Error, warning or note.
    pub severity: Severity,
    /// The provision concerned.
    pub article: &'static str,
    /// Field path in the register file, e.g. `purposes[1].lawful_bases`.
    pub path: String,
    /// What is missing and what to add.
    pub message: String,
}

impl Finding {
    /// Whether the finding comes from `rule`: match on the rule's constant, not its code text.
    ///
    /// ```
    /// use gdpr::lint::{lint, CONTROLLER_CONTACT_MISSING};
    /// let register = gdpr::files::load("examples/registers/keha-alpo.toml")?;
    /// assert!(lint(&register).iter().any(|f| f.is(&CONTROLLER_CONTACT_MISSING)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is(&self, rule: &Rule) -> bool {
        self.code == rule.code
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}[{}] {}: {}",
            self.severity, self.code, self.path, self.message
        )
    }
}

/// Lints a register. Findings come in a fixed order: by rule, then by position in the file.
///
/// # Examples
///
/// ```
/// use gdpr::lint::{has_errors, lint, COMPLAINT_RIGHT_MISSING};
/// let register = gdpr::files::load("examples/registers/monialainen-yhteispalvelu.toml")?;
/// let findings = lint(&register);
/// // The notice never tells of the right to complain (Art. 14(2)(e)).
/// assert!(findings.iter().any(|f| f.is(&COMPLAINT_RIGHT_MISSING)));
/// assert!(has_errors(&findings));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn lint(register: &Register) -> Vec<Finding> {
    rules::run(register)
}

/// Whether any finding is an error.
pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}
