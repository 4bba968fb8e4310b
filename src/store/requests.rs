//! The request store: subject requests as event streams.

use crate::store::Result;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::StoreError;
use crate::request::{Event, RequestKind, Status, SubjectRequest};
use crate::subject::SubjectRef;

/// The id of a subject request: a random (version 4) UUID, given when the request is filed.
///
/// ```
/// use gdpr::store::RequestId;
/// let id = RequestId::new();
/// assert_eq!(id.to_string().parse::<RequestId>()?, id);
/// # Ok::<(), gdpr::text::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RequestId(uuid::Uuid);

impl RequestId {
    /// A new random id.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        Self(uuid::Uuid::new_v4())
    }

    /// The id of a UUID.
    pub const fn from_uuid(uuid: uuid::Uuid) -> Self {
        Self(uuid)
    }

    /// The UUID.
    pub const fn uuid(&self) -> uuid::Uuid {
        self.0
    }

    /// The 16 bytes, as stores keep them.
    pub fn as_bytes(&self) -> &[u8; 16] {
        self.0.as_bytes()
    }

    /// The id of 16 stored bytes.
    ///
    /// # Errors
    /// Not 16 bytes.
    pub fn from_slice(bytes: &[u8]) -> Result<Self, crate::text::ParseError> {
        uuid::Uuid::from_slice(bytes)
            .map(Self)
            .map_err(|_| crate::text::ParseError::new("request id", "a request id is 16 bytes"))
    }
}

impl std::fmt::Debug for RequestId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RequestId({})", self.0)
    }
}

impl std::fmt::Display for RequestId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.0, f)
    }
}

impl std::str::FromStr for RequestId {
    type Err = crate::text::ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.parse().map(Self).map_err(|_| {
            crate::text::ParseError::new(
                "request id",
                "not a request id; expected a UUID such as 67e55044-10b1-426f-9247-bb680e5fe0c8",
            )
        })
    }
}

/// What a store keeps beside a request's events for queries: written with each append.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestProjection {
    /// Whose request it is.
    pub subject: SubjectRef,
    /// The right exercised.
    pub kind: RequestKind,
    /// Where it stands.
    pub status: Status,
    /// The local date of receipt.
    pub received: NaiveDate,
    /// The deadline in force.
    pub deadline: NaiveDate,
}

impl RequestProjection {
    /// The projection of a folded request.
    pub fn of(subject: SubjectRef, request: &SubjectRequest) -> Self {
        Self {
            subject,
            kind: request.kind(),
            status: request.status(),
            received: request.deadlines().received,
            deadline: request.current_deadline(),
        }
    }
}

/// A query over requests: every field that is set must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestQuery {
    /// Only requests with this status.
    pub status: Option<Status>,
    /// Only requests whose deadline is on or after this date.
    pub deadline_from: Option<NaiveDate>,
    /// Only requests whose deadline is on or before this date.
    pub deadline_to: Option<NaiveDate>,
    /// Only this subject's requests.
    pub subject: Option<SubjectRef>,
}

/// One request found by a query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestSummary {
    /// Its id.
    pub id: RequestId,
    /// The number of events.
    pub version: u64,
    /// The projection written with the last append.
    pub projection: RequestProjection,
}

/// One append to a request's stream: at least one event, the version the writer read, and
/// the projection the events lead to. The constructor keeps the invariant, so a store never
/// sees an empty append.
///
/// ```
/// use chrono::NaiveDate;
/// use gdpr::request::{RequestKind, Status};
/// use gdpr::store::{Append, RequestProjection, StoreError};
/// use gdpr::subject::SubjectKey;
///
/// let key = SubjectKey::new(*b"an example secret of 32 bytes!!!")?;
/// let projection = RequestProjection {
///     subject: key.other("crm", "customer-17"),
///     kind: RequestKind::Access,
///     status: Status::Open,
///     received: NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
///     deadline: NaiveDate::from_ymd_opt(2026, 4, 7).unwrap(),
/// };
/// assert!(matches!(Append::new(0, &[], &projection), Err(StoreError::Invalid(_))));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Append<'a> {
    expected_version: u64,
    first: &'a Event,
    rest: &'a [Event],
    projection: &'a RequestProjection,
}

impl<'a> Append<'a> {
    /// `events` after version `expected_version` (0 for a new request).
    ///
    /// # Errors
    /// [`StoreError::Invalid`] for an empty `events`.
    pub fn new(
        expected_version: u64,
        events: &'a [Event],
        projection: &'a RequestProjection,
    ) -> Result<Self> {
        let (first, rest) = events
            .split_first()
            .ok_or_else(|| StoreError::Invalid("append needs at least one event".into()))?;
        Ok(Self {
            expected_version,
            first,
            rest,
            projection,
        })
    }

    /// One event after version `expected_version`.
    pub fn one(expected_version: u64, event: &'a Event, projection: &'a RequestProjection) -> Self {
        Self {
            expected_version,
            first: event,
            rest: &[],
            projection,
        }
    }

    /// The version the writer read: the append succeeds only if it is still the stored one.
    pub fn expected_version(&self) -> u64 {
        self.expected_version
    }

    /// The first event.
    pub fn first(&self) -> &'a Event {
        self.first
    }

    /// The events after the first.
    pub fn rest(&self) -> &'a [Event] {
        self.rest
    }

    /// The events, in order; never empty.
    pub fn events(&self) -> impl Iterator<Item = &'a Event> + 'a {
        std::iter::once(self.first).chain(self.rest)
    }

    /// How many events.
    pub fn len(&self) -> u64 {
        1 + self.rest.len() as u64
    }

    /// Always `false`: an append has at least one event.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The version after the append.
    pub fn new_version(&self) -> u64 {
        self.expected_version + self.len()
    }

    /// The projection stored with the events.
    pub fn projection(&self) -> &'a RequestProjection {
        self.projection
    }
}

/// Subject requests as append-only event streams with optimistic concurrency.
pub trait RequestStore: Send + Sync {
    /// Appends `batch`'s events to request `id` if its stored version is still the one the
    /// writer read, storing the projection with them, atomically. Returns the new version.
    ///
    /// # Errors
    /// [`StoreError::Conflict`] when another writer appended first (or the request does not
    /// have that many events).
    fn append(&self, id: RequestId, batch: Append<'_>) -> Result<u64>;

    /// All events of request `id`, in order.
    ///
    /// # Errors
    /// [`StoreError::NotFound`] for an unknown request; [`StoreError::Corrupt`] for an event
    /// that cannot be read back.
    fn load(&self, id: RequestId) -> Result<Vec<Event>>;

    /// Requests matching `query`, ordered by deadline, then id.
    ///
    /// # Errors
    /// A backend failure.
    fn query(&self, query: &RequestQuery) -> Result<Vec<RequestSummary>>;
}

/// Conveniences over any [`RequestStore`].
pub trait RequestStoreExt: RequestStore {
    /// Loads and folds request `id` with `calendar`.
    ///
    /// # Errors
    /// As [`RequestStore::load`], or [`StoreError::Replay`] (with the broken rule as its
    /// source) when the stored events break the lifecycle.
    fn load_request(
        &self,
        id: RequestId,
        calendar: &dyn crate::calendar::HolidayCalendar,
    ) -> Result<SubjectRequest> {
        let events = self.load(id)?;
        SubjectRequest::replay(&events, calendar).map_err(|source| StoreError::Replay {
            request: id,
            source,
        })
    }
}

impl<S: RequestStore + ?Sized> RequestStoreExt for S {}
