//! A store's own records about a subject, as a connector: the stores hold personal data too
//! (who asked what, when; retention facts), and a subject's access request covers them.

use super::connector::{
    ConnectorError, ErasureOutcome, ExportedRecord, Rectification, SubjectDataSource, SubjectExport,
};
use super::{RequestId, RequestQuery, RequestStore, RetentionLedger};
use crate::request::Withheld;
use crate::subject::SubjectRef;

/// The records a request store and a ledger hold on a subject, exported like any system's.
///
/// ```
/// use gdpr::store::{StoreRecords, SubjectDataSource, memory::MemoryStore};
/// let store = MemoryStore::new();
/// let records = StoreRecords::new("gdpr-store", &store, &store);
/// let someone = gdpr::subject::SubjectKey::new([9u8; 32])?.other("customer", "42");
/// assert!(records.export(&someone)?.records.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct StoreRecords<'a> {
    name: String,
    requests: &'a dyn RequestStore,
    ledger: &'a dyn RetentionLedger,
}

impl std::fmt::Debug for StoreRecords<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreRecords")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl<'a> StoreRecords<'a> {
    /// The records of `requests` and `ledger`, under the connector name `name`.
    pub fn new(
        name: impl Into<String>,
        requests: &'a dyn RequestStore,
        ledger: &'a dyn RetentionLedger,
    ) -> Self {
        Self {
            name: name.into(),
            requests,
            ledger,
        }
    }
}

fn failed(e: super::StoreError) -> ConnectorError {
    ConnectorError::Failed(Box::new(e))
}

impl SubjectDataSource for StoreRecords<'_> {
    fn name(&self) -> &str {
        &self.name
    }

    fn locate(&self, subject: &SubjectRef) -> Result<Vec<String>, ConnectorError> {
        Ok(self
            .export(subject)?
            .records
            .into_iter()
            .map(|r| r.id)
            .collect())
    }

    fn export(&self, subject: &SubjectRef) -> Result<SubjectExport, ConnectorError> {
        let query = RequestQuery {
            subject: Some(*subject),
            ..RequestQuery::default()
        };
        let mut records: Vec<ExportedRecord> = self
            .requests
            .query(&query)
            .map_err(failed)?
            .into_iter()
            .map(|summary| ExportedRecord {
                id: format!("request/{}", summary.id),
                subject: summary.projection.subject,
                category: "subject-request".into(),
                data: serde_json::to_value(&summary).expect("a summary serializes"),
            })
            .collect();
        records.extend(
            self.ledger
                .by_subject(subject)
                .map_err(failed)?
                .into_iter()
                .map(|entry| ExportedRecord {
                    id: format!("ledger/{}/{}", entry.register, entry.record),
                    subject: entry.subject.unwrap_or(*subject),
                    category: "retention".into(),
                    data: serde_json::to_value(&entry).expect("an entry serializes"),
                }),
        );
        Ok(SubjectExport::new(&self.name, *subject, records))
    }

    fn rectify(
        &self,
        _: RequestId,
        _: &SubjectRef,
        _: &[Rectification],
    ) -> Result<u32, ConnectorError> {
        // Request projections and retention facts record the controller's own acts; there is
        // nothing in them for a subject to rectify.
        Ok(0)
    }

    fn erase(&self, _: RequestId, subject: &SubjectRef) -> Result<ErasureOutcome, ConnectorError> {
        // The trail of handling requests is kept to show compliance (Art. 5(2), 17(3)(b)).
        let kept = self.locate(subject)?.len() as u32;
        let withheld = (kept > 0)
            .then(|| Withheld {
                item: format!("{kept} request and retention records"),
                ground: "Art. 17(3)(b): records of handling data subject requests (Art. 5(2), 12)"
                    .into(),
            })
            .into_iter()
            .collect();
        Ok(ErasureOutcome {
            erased: 0,
            withheld,
        })
    }

    fn restrict(&self, _: RequestId, _: &SubjectRef) -> Result<u32, ConnectorError> {
        Ok(0)
    }
}
