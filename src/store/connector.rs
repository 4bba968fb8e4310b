//! The connector a system implements over its own tables, so that a request is carried out
//! in it.

use serde::{Deserialize, Serialize};

use super::RequestId;
use crate::request::Withheld;
use crate::subject::SubjectRef;

/// One record of an export, tagged with whose it is. `Debug` shows its id and category, not
/// its data (which may hold identifiers).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedRecord {
    /// The record's id in its system.
    pub id: String,
    /// Whose record it is: checked against the requester before anything is handed over.
    pub subject: SubjectRef,
    /// What kind of data it is, e.g. a data category of the register.
    pub category: String,
    /// The data, structured and machine-readable (Art. 15(3), 20(1)).
    pub data: serde_json::Value,
}

impl std::fmt::Debug for ExportedRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExportedRecord")
            .field("id", &self.id)
            .field("subject", &self.subject)
            .field("category", &self.category)
            .field("data", &format_args!("<redacted>"))
            .finish()
    }
}

/// What a system holds on one subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubjectExport {
    /// The system.
    pub source: String,
    /// The subject asked about.
    pub subject: SubjectRef,
    /// The records.
    pub records: Vec<ExportedRecord>,
}

impl SubjectExport {
    /// What `source` holds on `subject`.
    pub fn new(
        source: impl Into<String>,
        subject: SubjectRef,
        records: Vec<ExportedRecord>,
    ) -> Self {
        Self {
            source: source.into(),
            subject,
            records,
        }
    }

    /// Checks that every record is the subject's own.
    ///
    /// # Errors
    /// [`ConnectorError::ForeignData`] naming the first record of someone else.
    pub fn check_subject(&self, subject: &SubjectRef) -> Result<(), ConnectorError> {
        if self.subject != *subject {
            return Err(ConnectorError::ForeignData {
                source_name: self.source.clone(),
                record: "(the export itself)".into(),
            });
        }
        match self.records.iter().find(|r| r.subject != *subject) {
            Some(record) => Err(ConnectorError::ForeignData {
                source_name: self.source.clone(),
                record: record.id.clone(),
            }),
            None => Ok(()),
        }
    }
}

/// A rectification: a field and its corrected value. `Debug` shows the field, not the value.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rectification {
    /// The field, in the system's terms.
    pub field: String,
    /// The corrected or completed value.
    pub value: serde_json::Value,
}

impl std::fmt::Debug for Rectification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rectification")
            .field("field", &self.field)
            .field("value", &format_args!("<redacted>"))
            .finish()
    }
}

/// What an erasure did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureOutcome {
    /// Records erased.
    pub erased: u32,
    /// Records kept, each with its legal ground (e.g. Art. 17(3)(b) and the statute).
    pub withheld: Vec<Withheld>,
}

/// A connector call failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConnectorError {
    /// The system could not be reached; retry later.
    #[error("{0} is unavailable")]
    Unavailable(String),
    /// The system returned data of another subject: nothing is handed over.
    #[error(
        "{source_name} returned record {record} of another subject; nothing from it is handed over"
    )]
    ForeignData {
        /// The system.
        source_name: String,
        /// The record.
        record: String,
    },
    /// Any other failure.
    #[error("connector failed: {0}")]
    Failed(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// A system's own tables, reached for a data subject's request. Every call is idempotent:
/// calling it again for the same request does no more than the first call did (a resumed
/// request may repeat a call whose completion was not recorded).
pub trait SubjectDataSource: Send + Sync {
    /// The system's name, unique among the connectors of a desk.
    fn name(&self) -> &str;

    /// The ids of the subject's records.
    ///
    /// # Errors
    /// The system fails.
    fn locate(&self, subject: &SubjectRef) -> Result<Vec<String>, ConnectorError>;

    /// The subject's data, structured and machine-readable (Art. 15, 20).
    ///
    /// # Errors
    /// The system fails.
    fn export(&self, subject: &SubjectRef) -> Result<SubjectExport, ConnectorError>;

    /// Rectifies the subject's data for request `request`; returns the records changed.
    ///
    /// # Errors
    /// The system fails.
    fn rectify(
        &self,
        request: RequestId,
        subject: &SubjectRef,
        changes: &[Rectification],
    ) -> Result<u32, ConnectorError>;

    /// Erases the subject's data for request `request`, keeping what the law requires.
    ///
    /// # Errors
    /// The system fails.
    fn erase(
        &self,
        request: RequestId,
        subject: &SubjectRef,
    ) -> Result<ErasureOutcome, ConnectorError>;

    /// Restricts processing of the subject's data for request `request`; returns the records.
    ///
    /// # Errors
    /// The system fails.
    fn restrict(&self, request: RequestId, subject: &SubjectRef) -> Result<u32, ConnectorError>;
}
