//! The desk and the stores for async services on tokio (feature `tokio`).
//!
//! The core is synchronous, and rightly so: a store call is a short, blocking database call.
//! A service on tokio (axum, actix-web) must not make it on a runtime thread, where it would
//! stall every other task on that thread. These wrappers run each call on tokio's blocking pool
//! ([`tokio::task::spawn_blocking`]) and own what they need
//! (`Arc`s), so their futures are `Send + 'static` and fit a handler.
//!
//! **Cancellation.** A blocking call, once started, runs to its end even if the future
//! awaiting it is dropped (a client hung up, a timeout fired): the desk's event append is its
//! commit point, so a request is either filed whole or not at all, and a step of
//! [`AsyncDesk::carry_out_in_systems`] is recorded whole or retried on the next call, as with
//! the synchronous [`Desk`]. Dropping the future only loses the answer; reload the request to
//! see where it stands.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use std::sync::Arc;
//! use chrono::{TimeZone, Utc};
//! use gdpr::calendar::Finland;
//! use gdpr::request::{Channel, RequestKind, HELSINKI};
//! use gdpr::store::{AuditKey, memory::{MemoryConnector, MemoryStore}};
//! use gdpr::subject::SubjectKey;
//! use gdpr::tokio::AsyncDesk;
//!
//! let store = Arc::new(MemoryStore::new());
//! let desk = AsyncDesk::new(store.clone(), store, AuditKey::new([7u8; 32])?, Arc::new(Finland::new()))
//!     .connector(Arc::new(MemoryConnector::new("crm")));
//! let subject = SubjectKey::new([42u8; 32])?.other("customer", "1001");
//! let at = Utc.with_ymd_and_hms(2026, 3, 5, 9, 0, 0).unwrap();
//! let (id, request) = desk.file(subject, RequestKind::Access, Channel::Web, at, HELSINKI).await?;
//! assert_eq!(request.current_deadline().to_string(), "2026-04-07");
//! desk.verify_identity(id, at, "Suomi.fi e-identification").await?;
//! desk.carry_out(id, at, vec![], |_export| Ok(())).await?;
//! assert!(desk.load(id).await?.status().is_closed());
//! # Ok(())
//! # }
//! ```

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::calendar::HolidayCalendar;
use crate::desk::{DeliveryError, Desk, DeskError, Outcome};
use crate::request::{Channel, Event, RequestKind, SubjectRequest};
use crate::store::{
    AuditEntry, AuditKey, AuditLog, AuditTrail, ChainBreak, ChainHead, Claim, DisposalAction,
    Disposed, Hold, HoldId, LedgerCounts, LedgerEntry, NewAuditEntry, RecordKey, Rectification,
    RequestId, RequestProjection, RequestQuery, RequestStore, RequestStoreExt, RequestSummary,
    RetentionLedger, StoreError, SubjectDataSource, SubjectExport,
};
use crate::subject::SubjectRef;

/// Runs `call` on the blocking pool. A panic in it is resumed here, as if the call had been
/// made on this task.
async fn blocking<T: Send + 'static>(call: impl FnOnce() -> T + Send + 'static) -> T {
    match ::tokio::task::spawn_blocking(call).await {
        Ok(value) => value,
        Err(error) => match error.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            // Only a runtime shutting down cancels a blocking task before it starts.
            Err(_) => panic!("the tokio runtime shut down before a store call could run"),
        },
    }
}

/// A [`RequestStore`] for async code: each call on the blocking pool.
#[derive(Clone)]
pub struct AsyncRequestStore {
    inner: Arc<dyn RequestStore>,
}

impl std::fmt::Debug for AsyncRequestStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AsyncRequestStore").finish_non_exhaustive()
    }
}

impl AsyncRequestStore {
    /// Wraps `store`.
    pub fn new(store: Arc<dyn RequestStore>) -> Self {
        Self { inner: store }
    }

    /// [`RequestStore::append`] of `events` (at least one) after `expected_version`.
    ///
    /// # Errors
    /// As [`RequestStore::append`]; [`StoreError::Invalid`] for no events.
    pub async fn append(
        &self,
        id: RequestId,
        expected_version: u64,
        events: Vec<Event>,
        projection: RequestProjection,
    ) -> Result<u64, StoreError> {
        let inner = self.inner.clone();
        blocking(move || {
            let batch = crate::store::Append::new(expected_version, &events, &projection)?;
            inner.append(id, batch)
        })
        .await
    }

    /// [`RequestStore::load`].
    ///
    /// # Errors
    /// As [`RequestStore::load`].
    pub async fn load(&self, id: RequestId) -> Result<Vec<Event>, StoreError> {
        let inner = self.inner.clone();
        blocking(move || inner.load(id)).await
    }

    /// [`RequestStoreExt::load_request`].
    ///
    /// # Errors
    /// As [`RequestStoreExt::load_request`].
    pub async fn load_request(
        &self,
        id: RequestId,
        calendar: Arc<dyn HolidayCalendar>,
    ) -> Result<SubjectRequest, StoreError> {
        let inner = self.inner.clone();
        blocking(move || inner.load_request(id, calendar.as_ref())).await
    }

    /// [`RequestStore::query`].
    ///
    /// # Errors
    /// As [`RequestStore::query`].
    pub async fn query(&self, query: RequestQuery) -> Result<Vec<RequestSummary>, StoreError> {
        let inner = self.inner.clone();
        blocking(move || inner.query(&query)).await
    }
}

/// A [`RetentionLedger`] for async code: each call on the blocking pool.
#[derive(Clone)]
pub struct AsyncLedger {
    inner: Arc<dyn RetentionLedger>,
}

impl std::fmt::Debug for AsyncLedger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AsyncLedger").finish_non_exhaustive()
    }
}

/// One async method per ledger method, each on the blocking pool.
macro_rules! ledger_calls {
    ($($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) -> $out:ty = |$inner:ident| $call:expr;)*) => {
        $(
            $(#[$doc])*
            ///
            /// # Errors
            #[doc = concat!("As [`RetentionLedger::", stringify!($name), "`].")]
            pub async fn $name(&self, $($arg: $ty),*) -> Result<$out, StoreError> {
                let $inner = self.inner.clone();
                blocking(move || $call).await
            }
        )*
    };
}

impl AsyncLedger {
    /// Wraps `ledger`.
    pub fn new(ledger: Arc<dyn RetentionLedger>) -> Self {
        Self { inner: ledger }
    }

    ledger_calls! {
        /// [`RetentionLedger::upsert`].
        fn upsert(entry: LedgerEntry) -> () = |inner| inner.upsert(&entry);
        /// [`RetentionLedger::get`].
        fn get(key: RecordKey) -> LedgerEntry = |inner| inner.get(&key);
        /// [`RetentionLedger::disposal`].
        fn disposal(key: RecordKey) -> Option<Disposed> = |inner| inner.disposal(&key);
        /// [`RetentionLedger::place_hold`].
        fn place_hold(key: RecordKey, hold: Hold) -> () = |inner| inner.place_hold(&key, &hold);
        /// [`RetentionLedger::release_hold`].
        fn release_hold(key: RecordKey, hold: HoldId, on: NaiveDate) -> () =
            |inner| inner.release_hold(&key, &hold, on);
        /// [`RetentionLedger::claim`].
        fn claim(as_of: NaiveDate, limit: usize, worker: String) -> Vec<Claim> =
            |inner| inner.claim(as_of, limit, &worker);
        /// [`RetentionLedger::mark`].
        fn mark(claims: Vec<Claim>, action: DisposalAction, worker: String, on: NaiveDate) -> u64 =
            |inner| inner.mark(&claims, action, &worker, on);
        /// [`RetentionLedger::release_claims`].
        fn release_claims(worker: String) -> u64 = |inner| inner.release_claims(&worker);
        /// [`RetentionLedger::counts`].
        fn counts(as_of: NaiveDate) -> LedgerCounts = |inner| inner.counts(as_of);
        /// [`RetentionLedger::by_subject`].
        fn by_subject(subject: SubjectRef) -> Vec<LedgerEntry> = |inner| inner.by_subject(&subject);
    }
}

/// An audit trail (an [`AuditLog`] and its key) for async code: each call on the blocking pool.
#[derive(Clone)]
pub struct AsyncAuditTrail {
    log: Arc<dyn AuditLog>,
    key: AuditKey,
}

impl std::fmt::Debug for AsyncAuditTrail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AsyncAuditTrail").finish_non_exhaustive()
    }
}

impl AsyncAuditTrail {
    /// The trail of `log`, authenticated under `key`.
    pub fn new(log: Arc<dyn AuditLog>, key: AuditKey) -> Self {
        Self { log, key }
    }

    /// [`AuditTrail::append`].
    ///
    /// # Errors
    /// As [`AuditLog::append`].
    pub async fn append(&self, entry: NewAuditEntry) -> Result<AuditEntry, StoreError> {
        let (log, key) = (self.log.clone(), self.key.clone());
        blocking(move || AuditTrail::new(log.as_ref(), &key).append(&entry)).await
    }

    /// [`AuditLog::read`].
    ///
    /// # Errors
    /// As [`AuditLog::read`].
    pub async fn read(&self, after: u64, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
        let log = self.log.clone();
        blocking(move || log.read(after, limit)).await
    }

    /// [`AuditTrail::head`].
    ///
    /// # Errors
    /// As [`AuditLog::head`].
    pub async fn head(&self) -> Result<ChainHead, StoreError> {
        let log = self.log.clone();
        blocking(move || log.head()).await
    }

    /// [`AuditTrail::verify`].
    ///
    /// # Errors
    /// As [`AuditTrail::verify`].
    pub async fn verify(&self, checkpoint: Option<ChainHead>) -> Result<ChainHead, ChainBreak> {
        let (log, key) = (self.log.clone(), self.key.clone());
        blocking(move || AuditTrail::new(log.as_ref(), &key).verify(checkpoint.as_ref())).await
    }
}

/// A [`Desk`] for async code: it owns its stores, calendar and connectors (`Arc`s), and runs
/// each operation on the blocking pool. Cloning is cheap; [`AsyncDesk::actor`] gives a clone
/// that acts as someone else (a staff member).
#[derive(Clone)]
pub struct AsyncDesk {
    requests: Arc<dyn RequestStore>,
    audit: Arc<dyn AuditLog>,
    key: AuditKey,
    calendar: Arc<dyn HolidayCalendar>,
    connectors: Vec<Arc<dyn SubjectDataSource>>,
    actor: String,
}

impl std::fmt::Debug for AsyncDesk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AsyncDesk")
            .field(
                "connectors",
                &self.connectors.iter().map(|c| c.name()).collect::<Vec<_>>(),
            )
            .field("actor", &self.actor)
            .finish_non_exhaustive()
    }
}

impl AsyncDesk {
    /// A desk over `requests`, auditing in `audit` under `key`, computing deadlines with
    /// `calendar`.
    pub fn new(
        requests: Arc<dyn RequestStore>,
        audit: Arc<dyn AuditLog>,
        key: AuditKey,
        calendar: Arc<dyn HolidayCalendar>,
    ) -> Self {
        Self {
            requests,
            audit,
            key,
            calendar,
            connectors: Vec::new(),
            actor: "desk".into(),
        }
    }

    /// Adds a connected system; requests are carried out in the order systems are added.
    pub fn connector(mut self, connector: Arc<dyn SubjectDataSource>) -> Self {
        self.connectors.push(connector);
        self
    }

    /// Names who acts, for the audit trail.
    pub fn actor(mut self, actor: impl Into<String>) -> Self {
        self.actor = actor.into();
        self
    }

    /// The request store, for queries.
    pub fn requests(&self) -> AsyncRequestStore {
        AsyncRequestStore::new(self.requests.clone())
    }

    /// The audit trail.
    pub fn audit_trail(&self) -> AsyncAuditTrail {
        AsyncAuditTrail::new(self.audit.clone(), self.key.clone())
    }

    /// The calendar deadlines are computed with.
    pub fn calendar(&self) -> Arc<dyn HolidayCalendar> {
        self.calendar.clone()
    }

    /// Runs `operation` with a synchronous desk over this one's parts, on the blocking pool.
    async fn run<T: Send + 'static>(
        &self,
        operation: impl FnOnce(&Desk<'_>) -> T + Send + 'static,
    ) -> T {
        let this = self.clone();
        blocking(move || {
            let desk = this.connectors.iter().fold(
                Desk::new(
                    this.requests.as_ref(),
                    AuditTrail::new(this.audit.as_ref(), &this.key),
                    this.calendar.as_ref(),
                )
                .actor(this.actor.clone()),
                |desk, connector| desk.connector(connector.as_ref()),
            );
            operation(&desk)
        })
        .await
    }

    /// [`Desk::file`].
    ///
    /// # Errors
    /// As [`Desk::file`].
    pub async fn file(
        &self,
        subject: SubjectRef,
        kind: RequestKind,
        channel: Channel,
        at: DateTime<Utc>,
        zone: Tz,
    ) -> Result<(RequestId, SubjectRequest), DeskError> {
        self.run(move |desk| desk.file(subject, kind, channel, at, zone))
            .await
    }

    /// [`Desk::record`].
    ///
    /// # Errors
    /// As [`Desk::record`].
    pub async fn record(&self, id: RequestId, event: Event) -> Result<SubjectRequest, DeskError> {
        self.run(move |desk| desk.record(id, event)).await
    }

    /// [`Desk::verify_identity`].
    ///
    /// # Errors
    /// As [`Desk::verify_identity`].
    pub async fn verify_identity(
        &self,
        id: RequestId,
        at: DateTime<Utc>,
        method: impl Into<String>,
    ) -> Result<SubjectRequest, DeskError> {
        let method = method.into();
        self.run(move |desk| desk.verify_identity(id, at, &method))
            .await
    }

    /// [`Desk::carry_out`]; `deliver` runs on the blocking pool too.
    ///
    /// # Errors
    /// As [`Desk::carry_out`].
    pub async fn carry_out(
        &self,
        id: RequestId,
        at: DateTime<Utc>,
        changes: Vec<Rectification>,
        mut deliver: impl FnMut(&SubjectExport) -> Result<(), DeliveryError> + Send + 'static,
    ) -> Result<Outcome, DeskError> {
        self.run(move |desk| desk.carry_out(id, at, &changes, &mut deliver))
            .await
    }

    /// [`Desk::carry_out_in_systems`]; `deliver` runs on the blocking pool too.
    ///
    /// # Errors
    /// As [`Desk::carry_out_in_systems`].
    pub async fn carry_out_in_systems(
        &self,
        id: RequestId,
        at: DateTime<Utc>,
        changes: Vec<Rectification>,
        mut deliver: impl FnMut(&SubjectExport) -> Result<(), DeliveryError> + Send + 'static,
    ) -> Result<Outcome, DeskError> {
        self.run(move |desk| desk.carry_out_in_systems(id, at, &changes, &mut deliver))
            .await
    }

    /// [`Desk::complete`].
    ///
    /// # Errors
    /// As [`Desk::complete`].
    pub async fn complete(&self, id: RequestId, at: DateTime<Utc>) -> Result<Outcome, DeskError> {
        self.run(move |desk| desk.complete(id, at)).await
    }

    /// Loads request `id` as it stands.
    ///
    /// # Errors
    /// As [`RequestStoreExt::load_request`].
    pub async fn load(&self, id: RequestId) -> Result<SubjectRequest, StoreError> {
        self.requests()
            .load_request(id, self.calendar.clone())
            .await
    }
}
