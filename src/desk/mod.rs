//! The request desk: files subject requests, gates them on identity, carries them out in every
//! connected system, and records each step, so that a request interrupted by a failure or a
//! crash resumes where it stopped.
//!
//! All state is in the stores: a [`Desk`] holds only references, and a new desk over the same
//! stores continues any request. Each system the request was carried out in is a
//! `carried-out` event in the request's stream; a resumed run skips the systems it finds
//! there. A connector call whose completion was not recorded (the process died in between) is
//! made again, which is why connectors must be idempotent.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use gdpr::calendar::Finland;
//! use gdpr::desk::{Desk, Outcome};
//! use gdpr::request::{Channel, RequestKind, HELSINKI};
//! use gdpr::store::{AuditKey, AuditTrail, StoreRecords, memory::MemoryStore};
//! use gdpr::subject::SubjectKey;
//!
//! let store = MemoryStore::new();
//! let own_records = StoreRecords::new("requests", &store, &store);
//! let calendar = Finland::new();
//! let audit_key = AuditKey::new([7u8; 32])?;
//! let desk = Desk::new(&store, AuditTrail::new(&store, &audit_key), &calendar)
//!     .connector(&own_records);
//! let subject = SubjectKey::new([42u8; 32])?.other("customer", "1001");
//! let at = |d, h| Utc.with_ymd_and_hms(2026, 3, d, h, 0, 0).unwrap();
//!
//! let (id, request) = desk.file(subject, RequestKind::Access, Channel::Web, at(5, 9), HELSINKI)?;
//! assert_eq!(request.current_deadline().to_string(), "2026-04-07");
//! desk.verify_identity(id, at(5, 10), "Suomi.fi e-identification")?;
//! let mut delivered = Vec::new();
//! let outcome = desk.carry_out(id, at(6, 9), &[], &mut |export| {
//!     delivered.push(export.clone());
//!     Ok(())
//! })?;
//! assert_eq!(outcome, Outcome::Fulfilled { withheld: 0 });
//! assert_eq!(delivered.len(), 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::calendar::HolidayCalendar;
use crate::request::{
    Channel, Event, EventKind, LifecycleError, RequestKind, Status, SubjectRequest,
};
use crate::store::{
    Append, AuditTrail, ConnectorError, NewAuditEntry, Rectification, RequestId, RequestProjection,
    RequestStore, RequestStoreExt, StoreError, SubjectDataSource, SubjectExport,
};
use crate::subject::SubjectRef;

/// A desk operation failed; the request stays as the stores have it, ready to resume.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DeskError {
    /// The law does not allow the step now (e.g. carrying out before identity is verified).
    #[error(transparent)]
    Lifecycle(#[from] LifecycleError),
    /// A store failed, or another desk changed the request first ([`StoreError::Conflict`]).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A connected system failed; the step is retried on the next run.
    #[error("{connector}: {source}")]
    Connector {
        /// The system.
        connector: String,
        /// What went wrong.
        #[source]
        source: ConnectorError,
    },
    /// The export could not be handed over; the step is retried on the next run.
    #[error("delivering the export of {connector} failed")]
    Delivery {
        /// The system whose export it was.
        connector: String,
        /// What the delivery callback returned.
        #[source]
        source: DeliveryError,
    },
    /// A step failed and recording that failure in the audit trail failed too. Both are
    /// keep: the step's error is what to act on, the audit error why the trail lacks it.
    #[error("{error}; recording the failure in the audit trail failed too: {audit}")]
    Unaudited {
        /// The step's failure.
        error: Box<DeskError>,
        /// The audit store's failure.
        audit: StoreError,
    },
    /// The request has no subject reference to act on.
    #[error("request {0} has no subject reference; file it with one")]
    NoSubject(RequestId),
    /// The request cannot be completed yet: these connected systems have not carried it out.
    #[error("request {id} is not carried out in {}; carry it out there first", remaining.join(", "))]
    Incomplete {
        /// The request.
        id: RequestId,
        /// The systems that have not carried it out.
        remaining: Vec<String>,
    },
    /// The request needs a person, not a system (Art. 22(3): human intervention).
    #[error("a request of kind {0} is carried out by a person, not by connectors")]
    Manual(RequestKind),
}

/// How a run of [`Desk::carry_out`] ended.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// Every step is done and the request is fulfilled; `withheld` items were kept under
    /// their legal grounds (a partial fulfilment when more than zero).
    Fulfilled {
        /// How many items were withheld.
        withheld: usize,
    },
    /// Every connected system has carried the request out; it stays open until
    /// [`Desk::complete`]. `withheld` items were kept under their legal grounds.
    CarriedOut {
        /// How many items were withheld.
        withheld: usize,
    },
    /// The request was already closed.
    AlreadyClosed(Status),
}

/// What a delivery callback returns when it cannot hand an export over.
pub type DeliveryError = Box<dyn std::error::Error + Send + Sync>;

/// What carrying out a request does in each connected system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Operation {
    /// Export the subject's data (Art. 15, 20).
    Export,
    /// Rectify it (Art. 16).
    Rectify,
    /// Erase it (Art. 17).
    Erase,
    /// Restrict its processing (Art. 18, 21).
    Restrict,
}

/// The operation a request kind needs in each connected system.
pub const fn operation(kind: RequestKind) -> Option<Operation> {
    match kind {
        RequestKind::Access | RequestKind::Portability => Some(Operation::Export),
        RequestKind::Rectification => Some(Operation::Rectify),
        RequestKind::Erasure => Some(Operation::Erase),
        RequestKind::Restriction | RequestKind::Objection | RequestKind::WithdrawConsent => {
            Some(Operation::Restrict)
        }
        RequestKind::AutomatedDecision => None,
    }
}

/// Files, gates, carries out and records subject requests over a request store, an audit log
/// and the connected systems.
pub struct Desk<'a> {
    requests: &'a dyn RequestStore,
    audit: AuditTrail<'a>,
    calendar: &'a dyn HolidayCalendar,
    connectors: Vec<&'a dyn SubjectDataSource>,
    actor: String,
}

impl std::fmt::Debug for Desk<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk")
            .field(
                "connectors",
                &self.connectors.iter().map(|c| c.name()).collect::<Vec<_>>(),
            )
            .field("actor", &self.actor)
            .finish_non_exhaustive()
    }
}

impl<'a> Desk<'a> {
    /// A desk over `requests` and the audit trail `audit` (a log and its key), computing
    /// deadlines with `calendar`.
    pub fn new(
        requests: &'a dyn RequestStore,
        audit: AuditTrail<'a>,
        calendar: &'a dyn HolidayCalendar,
    ) -> Self {
        Self {
            requests,
            audit,
            calendar,
            connectors: Vec::new(),
            actor: "desk".into(),
        }
    }

    /// Adds a connected system; requests are carried out in the order systems are added.
    pub fn connector(mut self, connector: &'a dyn SubjectDataSource) -> Self {
        self.connectors.push(connector);
        self
    }

    /// Names who acts, for the audit trail (a user or service id).
    pub fn actor(mut self, actor: impl Into<String>) -> Self {
        self.actor = actor.into();
        self
    }

    fn audit(
        &self,
        at: DateTime<Utc>,
        action: &str,
        subject: Option<SubjectRef>,
        request: RequestId,
        detail: serde_json::Value,
    ) -> Result<(), StoreError> {
        self.audit.append(&NewAuditEntry {
            at,
            actor: self.actor.clone(),
            action: action.into(),
            subject,
            request: Some(request),
            detail: detail.to_string(),
        })?;
        Ok(())
    }

    /// Files a new request received at `at`, with its deadlines from the controller's time
    /// zone and calendar.
    ///
    /// # Errors
    /// The date is outside the supported range, or a store fails.
    pub fn file(
        &self,
        subject: SubjectRef,
        kind: RequestKind,
        channel: Channel,
        at: DateTime<Utc>,
        zone: Tz,
    ) -> Result<(RequestId, SubjectRequest), DeskError> {
        let id = RequestId::new();
        let event = Event::new(
            at,
            EventKind::Received {
                kind,
                channel,
                time_zone: zone,
                subject: Some(subject),
            },
        );
        let request = SubjectRequest::receive(&event, self.calendar)?;
        let projection = RequestProjection::of(subject, &request);
        self.requests
            .append(id, Append::one(0, &event, &projection))?;
        let detail = serde_json::json!({
            "kind": kind,
            "channel": channel,
            "due": request.current_deadline(),
        });
        self.audit(at, "request.received", Some(subject), id, detail)?;
        Ok((id, request))
    }

    /// Records an event after the lifecycle allows it (identity, extension, fee, refusal,
    /// withdrawal, ...), and audits it.
    ///
    /// # Errors
    /// [`DeskError::Lifecycle`] for a transition the law does not allow; [`StoreError::Conflict`]
    /// when another desk changed the request first.
    pub fn record(&self, id: RequestId, event: Event) -> Result<SubjectRequest, DeskError> {
        let mut request = self.requests.load_request(id, self.calendar)?;
        let subject = request.subject().ok_or(DeskError::NoSubject(id))?;
        self.append(id, &mut request, subject, event)?;
        Ok(request)
    }

    fn append(
        &self,
        id: RequestId,
        request: &mut SubjectRequest,
        subject: SubjectRef,
        event: Event,
    ) -> Result<(), DeskError> {
        let expected = request.version();
        request.apply(&event)?;
        let projection = RequestProjection::of(subject, request);
        self.requests
            .append(id, Append::one(expected, &event, &projection))?;
        let detail = match &event.kind {
            EventKind::CarriedOut {
                system,
                records,
                withheld,
            } => {
                serde_json::json!({
                    "system": system,
                    "operation": operation(request.kind()),
                    "records": records,
                    "withheld": withheld.len(),
                })
            }
            _ => {
                serde_json::json!({
                    "status": request.status(),
                    "deadline": request.current_deadline(),
                })
            }
        };
        self.audit(
            event.at,
            &format!("request.{}", event.kind.name()),
            Some(subject),
            id,
            detail,
        )?;
        Ok(())
    }

    /// Records that the requester's identity was verified, by `method`.
    ///
    /// # Errors
    /// As [`Desk::record`].
    pub fn verify_identity(
        &self,
        id: RequestId,
        at: DateTime<Utc>,
        method: &str,
    ) -> Result<SubjectRequest, DeskError> {
        self.record(
            id,
            Event::new(
                at,
                EventKind::IdentityVerified {
                    method: method.into(),
                },
            ),
        )
    }

    /// Carries out request `id` in every connected system, skipping the steps completed
    /// before, then records the fulfilment: [`Desk::carry_out_in_systems`] followed by
    /// [`Desk::complete`]. Exports go to `deliver` (the caller's secure delivery to the
    /// subject); `changes` are the rectifications of a rectification request.
    ///
    /// Nothing is exported, rectified, erased or restricted before the requester's identity
    /// is verified, and an export holding another subject's record is refused whole.
    ///
    /// # Errors
    /// The first failure; what completed before it stays recorded, and calling again resumes.
    pub fn carry_out(
        &self,
        id: RequestId,
        at: DateTime<Utc>,
        changes: &[Rectification],
        deliver: &mut dyn FnMut(&SubjectExport) -> Result<(), DeliveryError>,
    ) -> Result<Outcome, DeskError> {
        match self.carry_out_in_systems(id, at, changes, deliver)? {
            Outcome::CarriedOut { .. } => self.complete(id, at),
            other => Ok(other),
        }
    }

    /// Carries out request `id` in every connected system, skipping the steps completed
    /// before, and leaves it open, so that a person can review what the systems did before
    /// [`Desk::complete`] closes it.
    ///
    /// # Errors
    /// As [`Desk::carry_out`]; a request no system can carry out is [`DeskError::Manual`].
    pub fn carry_out_in_systems(
        &self,
        id: RequestId,
        at: DateTime<Utc>,
        changes: &[Rectification],
        deliver: &mut dyn FnMut(&SubjectExport) -> Result<(), DeliveryError>,
    ) -> Result<Outcome, DeskError> {
        let mut request = self.requests.load_request(id, self.calendar)?;
        if request.status().is_closed() {
            return Ok(Outcome::AlreadyClosed(request.status()));
        }
        let subject = request.subject().ok_or(DeskError::NoSubject(id))?;
        let operation = operation(request.kind()).ok_or(DeskError::Manual(request.kind()))?;
        if request.identity() != crate::request::Identity::Verified {
            self.audit(
                at,
                "request.blocked",
                Some(subject),
                id,
                serde_json::json!({ "reason": "identity not verified" }),
            )?;
            return Err(LifecycleError::IdentityNotVerified.into());
        }
        for connector in &self.connectors {
            let name = connector.name();
            if request.carried_out_in(name) {
                continue;
            }
            let result = self.step(*connector, operation, id, &subject, changes, deliver);
            let (records, withheld) = match result {
                Ok(done) => done,
                Err(error) => {
                    let detail = serde_json::json!({
                        "system": name,
                        "operation": operation,
                        "error": error.to_string(),
                    });
                    return Err(
                        match self.audit(at, "step.failed", Some(subject), id, detail) {
                            Ok(()) => error,
                            Err(audit) => DeskError::Unaudited {
                                error: Box::new(error),
                                audit,
                            },
                        },
                    );
                }
            };
            let event = Event::new(
                at,
                EventKind::CarriedOut {
                    system: name.to_owned(),
                    records,
                    withheld,
                },
            );
            self.append(id, &mut request, subject, event)?;
        }
        Ok(Outcome::CarriedOut {
            withheld: request.withheld_in_systems().len(),
        })
    }

    /// Closes request `id` as fulfilled, with what the systems withheld under their legal
    /// grounds. A request that systems carry out is completed only when every connected
    /// system has carried it out.
    ///
    /// # Errors
    /// [`DeskError::Incomplete`] while a connected system has not carried it out;
    /// [`DeskError::Lifecycle`] when the law does not allow closing it now (identity not
    /// verified); a store failure.
    pub fn complete(&self, id: RequestId, at: DateTime<Utc>) -> Result<Outcome, DeskError> {
        let mut request = self.requests.load_request(id, self.calendar)?;
        if request.status().is_closed() {
            return Ok(Outcome::AlreadyClosed(request.status()));
        }
        let subject = request.subject().ok_or(DeskError::NoSubject(id))?;
        if operation(request.kind()).is_some() {
            let remaining: Vec<String> = self
                .connectors
                .iter()
                .map(|c| c.name())
                .filter(|name| !request.carried_out_in(name))
                .map(str::to_owned)
                .collect();
            if !remaining.is_empty() {
                return Err(DeskError::Incomplete { id, remaining });
            }
        }
        let withheld = request.withheld_in_systems().to_vec();
        let count = withheld.len();
        self.append(
            id,
            &mut request,
            subject,
            Event::new(at, EventKind::Fulfilled { withheld }),
        )?;
        Ok(Outcome::Fulfilled { withheld: count })
    }

    fn step(
        &self,
        connector: &dyn SubjectDataSource,
        operation: Operation,
        id: RequestId,
        subject: &SubjectRef,
        changes: &[Rectification],
        deliver: &mut dyn FnMut(&SubjectExport) -> Result<(), DeliveryError>,
    ) -> Result<(u32, Vec<crate::request::Withheld>), DeskError> {
        let name = connector.name().to_owned();
        let failed = |source| DeskError::Connector {
            connector: name.clone(),
            source,
        };
        match operation {
            Operation::Export => {
                let export = connector.export(subject).map_err(failed)?;
                export.check_subject(subject).map_err(failed)?;
                deliver(&export).map_err(|source| DeskError::Delivery {
                    connector: name.clone(),
                    source,
                })?;
                Ok((export.records.len() as u32, Vec::new()))
            }
            Operation::Rectify => Ok((
                connector.rectify(id, subject, changes).map_err(failed)?,
                Vec::new(),
            )),
            Operation::Erase => {
                let outcome = connector.erase(id, subject).map_err(failed)?;
                Ok((outcome.erased, outcome.withheld))
            }
            Operation::Restrict => {
                Ok((connector.restrict(id, subject).map_err(failed)?, Vec::new()))
            }
        }
    }
}
