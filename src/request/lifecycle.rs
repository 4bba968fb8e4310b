//! The lifecycle of a subject request as a fold over events (Art. 12 GDPR).

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::deadline::Deadlines;
use super::kind::{Channel, RequestKind};
use crate::calendar::HolidayCalendar;
use crate::calendar::period::DateOutOfRange;
use crate::legal::ErasureException;

/// Something that happened to a request, at an instant. The events are the request's record
/// and audit trail; [`SubjectRequest`] is their fold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// When it happened.
    pub at: DateTime<Utc>,
    /// What happened.
    #[serde(flatten)]
    pub kind: EventKind,
}

impl Event {
    /// An event at `at`.
    pub fn new(at: DateTime<Utc>, kind: EventKind) -> Self {
        Self { at, kind }
    }
}

/// What happened to a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum EventKind {
    /// The request arrived. Its date of receipt is the local date of `at` in `time_zone`.
    Received {
        /// The right exercised.
        kind: RequestKind,
        /// How it arrived.
        channel: Channel,
        /// The controller's time zone, e.g. `Europe/Helsinki`.
        time_zone: Tz,
        /// Whose data the request concerns, as a keyed reference (never the raw identifier);
        /// `None` until the requester is known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        subject: Option<crate::subject::SubjectRef>,
    },
    /// The controller asked for information to confirm the requester's identity (Art. 12(6)).
    IdentityRequested {
        /// What was asked for.
        information: String,
    },
    /// The requester's identity was confirmed.
    IdentityVerified {
        /// How, e.g. `strong electronic identification`.
        method: String,
    },
    /// The requester's identity could not be confirmed (Art. 11(2), 12(2)).
    IdentityFailed {
        /// Why.
        reason: String,
    },
    /// The deadline was extended by two further months; the subject was told of it and of
    /// the reasons (Art. 12(3)). Allowed once, on or before the one-month deadline.
    Extended {
        /// The reasons given to the subject: complexity and number of requests.
        reasons: String,
    },
    /// A reasonable fee was proposed for a manifestly unfounded or excessive request
    /// (Art. 12(5)(a)).
    FeeProposed {
        /// The fee in cents.
        amount_cents: u64,
        /// Why the request is manifestly unfounded or excessive.
        reasons: String,
    },
    /// The controller does not act on the request (Art. 12(4)).
    Refused {
        /// The ground.
        ground: RefusalGround,
        /// The reasons given to the subject.
        reasons: String,
        /// The subject was told of the right to lodge a complaint with a supervisory
        /// authority and to seek a judicial remedy (Art. 12(4)).
        remedies_informed: bool,
    },
    /// The request was carried out: fully when `withheld` is empty, partially otherwise.
    Fulfilled {
        /// What was not given or done, each with its legal ground.
        withheld: Vec<Withheld>,
    },
    /// The subject withdrew the request.
    Withdrawn,
    /// The request was carried out in one of the systems that hold the subject's data: the
    /// data exported, rectified, erased or restricted there, as the request's kind says.
    /// Only after identity is verified, and once per system.
    CarriedOut {
        /// The system.
        system: String,
        /// How many records it concerned.
        records: u32,
        /// What the system kept, each with its legal ground (e.g. erasure refused under
        /// Art. 17(3)(b)).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        withheld: Vec<Withheld>,
    },
}

impl EventKind {
    /// A short name, e.g. `extended`.
    pub const fn name(&self) -> &'static str {
        match self {
            EventKind::Received { .. } => "received",
            EventKind::IdentityRequested { .. } => "identity-requested",
            EventKind::IdentityVerified { .. } => "identity-verified",
            EventKind::IdentityFailed { .. } => "identity-failed",
            EventKind::Extended { .. } => "extended",
            EventKind::FeeProposed { .. } => "fee-proposed",
            EventKind::Refused { .. } => "refused",
            EventKind::Fulfilled { .. } => "fulfilled",
            EventKind::Withdrawn => "withdrawn",
            EventKind::CarriedOut { .. } => "carried-out",
        }
    }
}

/// An item withheld from an answer, with its legal ground.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Withheld {
    /// What was withheld, e.g. `notes of the case worker`.
    pub item: String,
    /// The legal ground, e.g. `Art. 15(4)` or `Act 621/1999 s. 24`.
    pub ground: String,
}

/// Why a request is refused (Art. 12(4)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "ground", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RefusalGround {
    /// Manifestly unfounded (Art. 12(5)(b)); the controller bears the burden of proof.
    ManifestlyUnfounded,
    /// Excessive, in particular repetitive (Art. 12(5)(b)).
    Excessive,
    /// An exception to erasure, Art. 17(3); only for erasure requests.
    ErasureException {
        /// The exception.
        exception: ErasureException,
    },
    /// Another exception or restriction in law (e.g. Art. 15(4), Art. 23 and national law).
    OtherException {
        /// The provision, e.g. `Data Protection Act 1050/2018 s. 34`.
        provision: String,
    },
    /// The controller holds no data on the subject.
    NoDataHeld,
    /// The controller cannot identify the subject (Art. 11(2), 12(2)); only after identity
    /// information was asked for.
    IdentityNotEstablished,
}

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Status {
    /// Awaiting an answer.
    Open,
    /// Carried out fully.
    Fulfilled,
    /// Carried out with items withheld.
    PartiallyFulfilled,
    /// Not acted on, with reasons.
    Refused,
    /// Withdrawn by the subject.
    Withdrawn,
}

impl Status {
    /// Whether no further event is possible.
    pub const fn is_closed(self) -> bool {
        !matches!(self, Status::Open)
    }

    /// The serde name, e.g. `partially-fulfilled`.
    pub const fn code(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Fulfilled => "fulfilled",
            Status::PartiallyFulfilled => "partially-fulfilled",
            Status::Refused => "refused",
            Status::Withdrawn => "withdrawn",
        }
    }
}

/// Where identity verification stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Identity {
    /// Nothing recorded yet.
    Unverified,
    /// Information was asked for (Art. 12(6)).
    Requested,
    /// Confirmed.
    Verified,
    /// Could not be confirmed.
    Failed,
}

/// A transition the law does not allow, or an event that lacks what the law requires.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LifecycleError {
    /// The first event must be `received`.
    #[error("the first event of a request must be `received`, not `{0}`")]
    NotReceived(&'static str),
    /// `received` can happen only once.
    #[error("the request was already received")]
    AlreadyReceived,
    /// The request is closed.
    #[error("the request is already {status:?}; no further `{event}` is possible")]
    Closed {
        /// Its status.
        status: Status,
        /// The event attempted.
        event: &'static str,
    },
    /// The receipt date is outside the supported range.
    #[error(transparent)]
    OutOfRange(#[from] DateOutOfRange),
    /// An extension after the one-month deadline (Art. 12(3)).
    #[error(
        "an extension must be notified by {due} (one month from receipt, Art. 12(3)); it is {on}"
    )]
    ExtensionAfterDue {
        /// The one-month deadline.
        due: NaiveDate,
        /// The local date of the attempt.
        on: NaiveDate,
    },
    /// A second extension: Art. 12(3) allows two further months once.
    #[error("the deadline was already extended; Art. 12(3) allows one extension of two months")]
    AlreadyExtended,
    /// Reasons are required and were empty.
    #[error("`{0}` needs reasons for the subject; write them")]
    MissingReasons(&'static str),
    /// A refusal without telling the subject of the right to complain and to a judicial remedy.
    #[error(
        "a refusal must tell the subject of the right to complain to a supervisory authority and to seek a judicial remedy (Art. 12(4)); set remedies_informed"
    )]
    RemediesNotInformed,
    /// Delivery before the requester's identity is verified.
    #[error(
        "the request cannot be carried out before the requester's identity is verified (Art. 12(6)); record identity-verified first"
    )]
    IdentityNotVerified,
    /// An identity event that does not fit the verification state.
    #[error("identity is already {0:?}")]
    IdentityAlreadySettled(Identity),
    /// A refusal on identity grounds without asking for identity information first.
    #[error(
        "refusing for lack of identification requires asking for identity information first (Art. 12(2), 12(6))"
    )]
    IdentityNotRequested,
    /// An Art. 17(3) exception used for a request that is not for erasure.
    #[error("an Art. 17(3) exception applies only to erasure requests, not to {0}")]
    ExceptionNotForKind(RequestKind),
    /// A withheld item without a legal ground or description.
    #[error("every withheld item needs a description and its legal ground")]
    WithheldWithoutGround,
    /// A step that already completed.
    #[error(
        "the request was already carried out in {system}; a resumed request does not repeat it"
    )]
    AlreadyCarriedOut {
        /// The system.
        system: String,
    },
    /// An event before the request was received.
    #[error("an event at {at} is before the request was received at {received_at}")]
    BeforeReceipt {
        /// The event's instant.
        at: DateTime<Utc>,
        /// The receipt's instant.
        received_at: DateTime<Utc>,
    },
}

/// A subject request: the fold of its events.
///
/// ```
/// use chrono::{NaiveDate, TimeZone, Utc};
/// use gdpr::calendar::Finland;
/// use gdpr::request::{Channel, Event, EventKind, RequestKind, Status, SubjectRequest, HELSINKI};
///
/// let at = |d: u32, h: u32| Utc.with_ymd_and_hms(2026, 3, d, h, 0, 0).unwrap();
/// let mut request = SubjectRequest::receive(
///     &Event::new(at(4, 23), EventKind::Received { kind: RequestKind::Access, channel: Channel::Email, time_zone: HELSINKI, subject: None }),
///     &Finland::new(),
/// )?;
/// // 23:00 UTC on 4 March is 5 March in Helsinki; 5 April 2026 is Easter Sunday.
/// assert_eq!(request.deadlines().received, NaiveDate::from_ymd_opt(2026, 3, 5).unwrap());
/// assert_eq!(request.current_deadline(), NaiveDate::from_ymd_opt(2026, 4, 7).unwrap());
///
/// // Delivering before the identity is verified is not allowed.
/// let deliver = Event::new(at(10, 9), EventKind::Fulfilled { withheld: vec![] });
/// assert!(request.apply(&deliver).is_err());
/// request.apply(&Event::new(at(9, 9), EventKind::IdentityVerified { method: "strong electronic identification".into() }))?;
/// request.apply(&deliver)?;
/// assert_eq!(request.status(), Status::Fulfilled);
/// # Ok::<(), gdpr::request::LifecycleError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubjectRequest {
    kind: RequestKind,
    channel: Channel,
    time_zone: Tz,
    subject: Option<crate::subject::SubjectRef>,
    received_at: DateTime<Utc>,
    deadlines: Deadlines,
    status: Status,
    identity: Identity,
    extended_on: Option<NaiveDate>,
    fee_cents: Option<u64>,
    closed_on: Option<NaiveDate>,
    withheld: Vec<Withheld>,
    refusal: Option<RefusalGround>,
    carried_out: std::collections::BTreeSet<String>,
    withheld_in_systems: Vec<Withheld>,
    version: u64,
}

/// Every withheld item names what was kept and the legal ground for keeping it.
fn grounded(withheld: &[Withheld]) -> Result<(), LifecycleError> {
    if withheld
        .iter()
        .any(|w| w.item.trim().is_empty() || w.ground.trim().is_empty())
    {
        Err(LifecycleError::WithheldWithoutGround)
    } else {
        Ok(())
    }
}

fn require_text(text: &str, event: &'static str) -> Result<(), LifecycleError> {
    if text.trim().is_empty() {
        Err(LifecycleError::MissingReasons(event))
    } else {
        Ok(())
    }
}

impl SubjectRequest {
    /// Starts a request from its `received` event, computing its deadlines with `calendar`.
    ///
    /// # Errors
    /// The event is not `received`, or its date is outside the supported range.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use gdpr::calendar::Finland;
    /// use gdpr::request::{Channel, Event, EventKind, RequestKind, SubjectRequest, HELSINKI};
    /// // Received on Friday 5 December 2025 at 23:30 UTC: Saturday 6 December in Helsinki.
    /// let received = Event::new(
    ///     Utc.with_ymd_and_hms(2025, 12, 5, 23, 30, 0).unwrap(),
    ///     EventKind::Received {
    ///         kind: RequestKind::Access,
    ///         channel: Channel::Email,
    ///         time_zone: HELSINKI,
    ///         subject: None,
    ///     },
    /// );
    /// let request = SubjectRequest::receive(&received, &Finland::new())?;
    /// // One month is 6 January, Epiphany: the deadline moves to Wednesday 7 January.
    /// assert_eq!(request.current_deadline().to_string(), "2026-01-07");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn receive(event: &Event, calendar: &dyn HolidayCalendar) -> Result<Self, LifecycleError> {
        let EventKind::Received {
            kind,
            channel,
            time_zone,
            subject,
        } = &event.kind
        else {
            return Err(LifecycleError::NotReceived(event.kind.name()));
        };
        let received = super::received_on(event.at, *time_zone);
        Ok(Self {
            kind: *kind,
            channel: *channel,
            time_zone: *time_zone,
            subject: *subject,
            received_at: event.at,
            deadlines: Deadlines::for_receipt(received, calendar)?,
            status: Status::Open,
            identity: Identity::Unverified,
            extended_on: None,
            fee_cents: None,
            closed_on: None,
            withheld: Vec::new(),
            refusal: None,
            carried_out: std::collections::BTreeSet::new(),
            withheld_in_systems: Vec::new(),
            version: 1,
        })
    }

    /// Folds a whole event history.
    ///
    /// # Errors
    /// The first transition the law does not allow.
    pub fn replay<'a>(
        events: impl IntoIterator<Item = &'a Event>,
        calendar: &dyn HolidayCalendar,
    ) -> Result<Self, LifecycleError> {
        let mut events = events.into_iter();
        let first = events
            .next()
            .ok_or(LifecycleError::NotReceived("nothing"))?;
        let mut request = Self::receive(first, calendar)?;
        for event in events {
            request.apply(event)?;
        }
        Ok(request)
    }

    /// Checks that `event` may happen now, without applying it.
    ///
    /// # Errors
    /// The transition the law does not allow, or what the event lacks.
    pub fn check(&self, event: &Event) -> Result<(), LifecycleError> {
        if self.status.is_closed() {
            return Err(LifecycleError::Closed {
                status: self.status,
                event: event.kind.name(),
            });
        }
        if event.at < self.received_at {
            return Err(LifecycleError::BeforeReceipt {
                at: event.at,
                received_at: self.received_at,
            });
        }
        match &event.kind {
            EventKind::Received { .. } => Err(LifecycleError::AlreadyReceived),
            EventKind::IdentityRequested { information } => {
                require_text(information, "identity-requested")?;
                self.identity_open(&[Identity::Verified, Identity::Failed])
            }
            EventKind::IdentityVerified { method } => {
                require_text(method, "identity-verified")?;
                self.identity_open(&[Identity::Verified])
            }
            EventKind::IdentityFailed { reason } => {
                require_text(reason, "identity-failed")?;
                self.identity_open(&[Identity::Verified, Identity::Failed])
            }
            EventKind::Extended { reasons } => {
                require_text(reasons, "extended")?;
                self.check_extension(event.at)
            }
            EventKind::FeeProposed { reasons, .. } => require_text(reasons, "fee-proposed"),
            EventKind::Refused {
                ground,
                reasons,
                remedies_informed,
            } => {
                require_text(reasons, "refused")?;
                if !remedies_informed {
                    return Err(LifecycleError::RemediesNotInformed);
                }
                self.check_refusal(ground)
            }
            EventKind::Fulfilled { withheld } => {
                self.verified()?;
                grounded(withheld)
            }
            EventKind::Withdrawn => Ok(()),
            EventKind::CarriedOut {
                system, withheld, ..
            } => {
                self.verified()?;
                if self.carried_out.contains(system) {
                    return Err(LifecycleError::AlreadyCarriedOut {
                        system: system.clone(),
                    });
                }
                grounded(withheld)
            }
        }
    }

    /// The identity is not already in one of the `settled` states.
    fn identity_open(&self, settled: &[Identity]) -> Result<(), LifecycleError> {
        if settled.contains(&self.identity) {
            Err(LifecycleError::IdentityAlreadySettled(self.identity))
        } else {
            Ok(())
        }
    }

    /// Nothing is carried out or fulfilled for an unverified requester (Art. 12(6)).
    fn verified(&self) -> Result<(), LifecycleError> {
        if self.identity == Identity::Verified {
            Ok(())
        } else {
            Err(LifecycleError::IdentityNotVerified)
        }
    }

    /// Once, and notified within the first month (Art. 12(3)).
    fn check_extension(&self, at: DateTime<Utc>) -> Result<(), LifecycleError> {
        if self.extended_on.is_some() {
            return Err(LifecycleError::AlreadyExtended);
        }
        let on = self.local_date(at);
        if on > self.deadlines.extension_notice_by {
            return Err(LifecycleError::ExtensionAfterDue {
                due: self.deadlines.extension_notice_by,
                on,
            });
        }
        Ok(())
    }

    fn check_refusal(&self, ground: &RefusalGround) -> Result<(), LifecycleError> {
        match ground {
            RefusalGround::ErasureException { .. } if self.kind != RequestKind::Erasure => {
                Err(LifecycleError::ExceptionNotForKind(self.kind))
            }
            RefusalGround::OtherException { provision } => require_text(provision, "refused"),
            RefusalGround::IdentityNotEstablished
                if matches!(self.identity, Identity::Unverified | Identity::Verified) =>
            {
                Err(LifecycleError::IdentityNotRequested)
            }
            _ => Ok(()),
        }
    }

    /// Applies `event` if the law allows it.
    ///
    /// # Errors
    /// As [`SubjectRequest::check`]; the request is unchanged on error.
    pub fn apply(&mut self, event: &Event) -> Result<(), LifecycleError> {
        self.check(event)?;
        let on = self.local_date(event.at);
        match &event.kind {
            EventKind::Received { .. } => unreachable!("check rejects a second receipt"),
            EventKind::IdentityRequested { .. } => self.identity = Identity::Requested,
            EventKind::IdentityVerified { .. } => self.identity = Identity::Verified,
            EventKind::IdentityFailed { .. } => self.identity = Identity::Failed,
            EventKind::Extended { .. } => self.extended_on = Some(on),
            EventKind::FeeProposed { amount_cents, .. } => self.fee_cents = Some(*amount_cents),
            EventKind::Refused { ground, .. } => {
                self.refusal = Some(ground.clone());
                self.close(Status::Refused, on);
            }
            EventKind::Fulfilled { withheld } => {
                self.withheld = withheld.clone();
                let status = if withheld.is_empty() {
                    Status::Fulfilled
                } else {
                    Status::PartiallyFulfilled
                };
                self.close(status, on);
            }
            EventKind::Withdrawn => self.close(Status::Withdrawn, on),
            EventKind::CarriedOut {
                system, withheld, ..
            } => {
                self.carried_out.insert(system.clone());
                self.withheld_in_systems.extend(withheld.iter().cloned());
            }
        }
        self.version += 1;
        Ok(())
    }

    fn close(&mut self, status: Status, on: NaiveDate) {
        self.status = status;
        self.closed_on = Some(on);
    }

    fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        super::received_on(at, self.time_zone)
    }

    /// The right exercised.
    pub fn kind(&self) -> RequestKind {
        self.kind
    }

    /// Whose data the request concerns.
    pub fn subject(&self) -> Option<crate::subject::SubjectRef> {
        self.subject
    }

    /// How the request arrived.
    pub fn channel(&self) -> Channel {
        self.channel
    }

    /// Its deadlines.
    pub fn deadlines(&self) -> Deadlines {
        self.deadlines
    }

    /// Where it stands.
    pub fn status(&self) -> Status {
        self.status
    }

    /// Where identity verification stands.
    pub fn identity(&self) -> Identity {
        self.identity
    }

    /// The local date the extension was notified, if it was.
    pub fn extended_on(&self) -> Option<NaiveDate> {
        self.extended_on
    }

    /// The fee proposed, in cents.
    pub fn fee_cents(&self) -> Option<u64> {
        self.fee_cents
    }

    /// The local date the request was closed.
    pub fn closed_on(&self) -> Option<NaiveDate> {
        self.closed_on
    }

    /// Items withheld from a partial fulfilment.
    pub fn withheld(&self) -> &[Withheld] {
        &self.withheld
    }

    /// The ground of a refusal.
    pub fn refusal(&self) -> Option<&RefusalGround> {
        self.refusal.as_ref()
    }

    /// Whether the request was carried out in `system`.
    pub fn carried_out_in(&self, system: &str) -> bool {
        self.carried_out.contains(system)
    }

    /// Items the systems kept while carrying out the request, each with its legal ground.
    pub fn withheld_in_systems(&self) -> &[Withheld] {
        &self.withheld_in_systems
    }

    /// The number of events folded: the version a store appends after.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// The deadline in force: three months from receipt once extended, else one month.
    pub fn current_deadline(&self) -> NaiveDate {
        if self.extended_on.is_some() {
            self.deadlines.extended
        } else {
            self.deadlines.due
        }
    }

    /// Days from `as_of` to the deadline in force; negative when it has passed.
    pub fn days_left(&self, as_of: NaiveDate) -> i64 {
        (self.current_deadline() - as_of).num_days()
    }

    /// Whether the request is still open after its deadline.
    pub fn is_overdue(&self, as_of: NaiveDate) -> bool {
        self.status == Status::Open && as_of > self.current_deadline()
    }

    /// Whether it was closed after the deadline in force.
    pub fn answered_late(&self) -> bool {
        self.closed_on
            .is_some_and(|on| on > self.current_deadline())
    }

    /// Whether the deadline can still be extended as of `as_of`.
    pub fn can_extend(&self, as_of: NaiveDate) -> bool {
        self.status == Status::Open
            && self.extended_on.is_none()
            && as_of <= self.deadlines.extension_notice_by
    }

    /// What the law lets the controller do next, as of `as_of`.
    pub fn next_steps(&self, as_of: NaiveDate) -> Vec<NextStep> {
        if self.status.is_closed() {
            return Vec::new();
        }
        let mut steps = Vec::new();
        match self.identity {
            Identity::Verified => steps.push(NextStep::Fulfil),
            Identity::Failed => steps.push(NextStep::RefuseUnidentified),
            Identity::Unverified | Identity::Requested => {
                steps.push(NextStep::VerifyIdentity);
                if self.identity == Identity::Unverified {
                    steps.push(NextStep::RequestIdentity);
                }
            }
        }
        if self.can_extend(as_of) {
            steps.push(NextStep::Extend);
        }
        steps.push(NextStep::Refuse);
        steps
    }
}

/// A step the controller may take next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum NextStep {
    /// Ask for information to confirm identity (Art. 12(6)).
    RequestIdentity,
    /// Record that identity was confirmed.
    VerifyIdentity,
    /// Carry out the request.
    Fulfil,
    /// Extend by two months, telling the subject why (Art. 12(3)).
    Extend,
    /// Refuse with reasons and remedies (Art. 12(4), 12(5)(b)).
    Refuse,
    /// Refuse because the subject cannot be identified (Art. 11(2), 12(2)).
    RefuseUnidentified,
}
