//! The subject-request lifecycle: transitions the law allows and the ones it does not.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use gdpr::calendar::Finland;
use gdpr::legal::ErasureException;
use gdpr::request::*;

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn received(kind: RequestKind, when: DateTime<Utc>) -> SubjectRequest {
    let event = Event::new(
        when,
        EventKind::Received {
            kind,
            channel: Channel::Web,
            time_zone: HELSINKI,
            subject: None,
        },
    );
    SubjectRequest::receive(&event, &Finland::new()).unwrap()
}

fn verified(at: DateTime<Utc>) -> Event {
    Event::new(
        at,
        EventKind::IdentityVerified {
            method: "Suomi.fi e-identification".into(),
        },
    )
}

fn refusal(reasons: &str, remedies_informed: bool) -> EventKind {
    EventKind::Refused {
        ground: RefusalGround::ManifestlyUnfounded,
        reasons: reasons.into(),
        remedies_informed,
    }
}

#[test]
fn an_access_request_from_receipt_to_fulfilment() {
    // Received 5 March 2026 in Helsinki: due Tuesday 7 April (Easter), extended 5 June.
    let mut request = received(RequestKind::Access, at(2026, 3, 5, 10));
    assert_eq!(request.deadlines().due, date("2026-04-07"));
    assert_eq!(request.current_deadline(), date("2026-04-07"));
    assert_eq!(request.days_left(date("2026-03-31")), 7);
    assert_eq!(
        request.next_steps(date("2026-03-06")),
        vec![
            NextStep::VerifyIdentity,
            NextStep::RequestIdentity,
            NextStep::Extend,
            NextStep::Refuse
        ]
    );
    request
        .apply(&Event::new(
            at(2026, 3, 6, 9),
            EventKind::IdentityRequested {
                information: "a copy of an identity document".into(),
            },
        ))
        .unwrap();
    request.apply(&verified(at(2026, 3, 12, 9))).unwrap();
    assert_eq!(request.identity(), Identity::Verified);
    request
        .apply(&Event::new(
            at(2026, 4, 2, 12),
            EventKind::Fulfilled { withheld: vec![] },
        ))
        .unwrap();
    assert_eq!(request.status(), Status::Fulfilled);
    assert_eq!(request.closed_on(), Some(date("2026-04-02")));
    assert!(!request.answered_late());
    assert!(!request.is_overdue(date("2026-05-01")));
    assert_eq!(request.version(), 4);
    assert!(request.next_steps(date("2026-04-03")).is_empty());
}

#[test]
fn extension_on_the_due_date_is_allowed_once() {
    let mut request = received(RequestKind::Erasure, at(2026, 3, 5, 10));
    // 7 April 2026 at 20:59 UTC is still 7 April in Helsinki (23:59 EEST).
    request
        .apply(&Event::new(
            Utc.with_ymd_and_hms(2026, 4, 7, 20, 59, 0).unwrap(),
            EventKind::Extended {
                reasons: "several related requests".into(),
            },
        ))
        .unwrap();
    assert_eq!(request.current_deadline(), date("2026-06-05"));
    assert!(request.is_overdue(date("2026-06-06")));
    assert_eq!(request.days_left(date("2026-06-06")), -1);
    let again = Event::new(
        at(2026, 4, 7, 12),
        EventKind::Extended {
            reasons: "more".into(),
        },
    );
    assert_eq!(request.apply(&again), Err(LifecycleError::AlreadyExtended));
}

#[test]
fn an_extension_after_due_is_rejected() {
    let mut request = received(RequestKind::Access, at(2026, 3, 5, 10));
    // 7 April 2026 at 21:00 UTC is already 8 April in Helsinki.
    let late = Event::new(
        Utc.with_ymd_and_hms(2026, 4, 7, 21, 0, 0).unwrap(),
        EventKind::Extended {
            reasons: "complex".into(),
        },
    );
    assert_eq!(
        request.apply(&late),
        Err(LifecycleError::ExtensionAfterDue {
            due: date("2026-04-07"),
            on: date("2026-04-08")
        })
    );
    assert_eq!(request.version(), 1, "a rejected event changes nothing");
    assert!(!request.can_extend(date("2026-04-08")));
    assert!(request.is_overdue(date("2026-04-08")));
}

#[test]
fn a_delivery_before_identity_verification_is_rejected() {
    let mut request = received(RequestKind::Portability, at(2026, 3, 5, 10));
    let deliver = Event::new(
        at(2026, 3, 6, 10),
        EventKind::Fulfilled { withheld: vec![] },
    );
    assert_eq!(
        request.apply(&deliver),
        Err(LifecycleError::IdentityNotVerified)
    );
    request
        .apply(&Event::new(
            at(2026, 3, 6, 9),
            EventKind::IdentityRequested {
                information: "date of birth".into(),
            },
        ))
        .unwrap();
    assert_eq!(
        request.apply(&deliver),
        Err(LifecycleError::IdentityNotVerified)
    );
    request.apply(&verified(at(2026, 3, 6, 9))).unwrap();
    request.apply(&deliver).unwrap();
}

#[test]
fn a_refusal_without_reasons_or_remedies_is_rejected() {
    let mut request = received(RequestKind::Access, at(2026, 3, 5, 10));
    let no_reasons = Event::new(at(2026, 3, 6, 10), refusal("  ", true));
    assert_eq!(
        request.apply(&no_reasons),
        Err(LifecycleError::MissingReasons("refused"))
    );
    let no_remedies = Event::new(
        at(2026, 3, 6, 10),
        refusal("the fifth identical request this month", false),
    );
    assert_eq!(
        request.apply(&no_remedies),
        Err(LifecycleError::RemediesNotInformed)
    );
    request
        .apply(&Event::new(
            at(2026, 3, 6, 10),
            refusal("the fifth identical request this month", true),
        ))
        .unwrap();
    assert_eq!(request.status(), Status::Refused);
    assert_eq!(request.refusal(), Some(&RefusalGround::ManifestlyUnfounded));
}

#[test]
fn erasure_exceptions_only_refuse_erasure() {
    let ground = RefusalGround::ErasureException {
        exception: ErasureException::LegalObligationOrPublicTask,
    };
    let event = |at| {
        Event::new(
            at,
            EventKind::Refused {
                ground: ground.clone(),
                reasons: "kept under Act 916/2012".into(),
                remedies_informed: true,
            },
        )
    };
    let mut access = received(RequestKind::Access, at(2026, 3, 5, 10));
    assert_eq!(
        access.apply(&event(at(2026, 3, 6, 10))),
        Err(LifecycleError::ExceptionNotForKind(RequestKind::Access))
    );
    let mut erasure = received(RequestKind::Erasure, at(2026, 3, 5, 10));
    erasure.apply(&event(at(2026, 3, 6, 10))).unwrap();
}

#[test]
fn refusing_the_unidentified_requires_asking_first() {
    let mut request = received(RequestKind::Access, at(2026, 3, 5, 10));
    let refuse = Event::new(
        at(2026, 3, 20, 10),
        EventKind::Refused {
            ground: RefusalGround::IdentityNotEstablished,
            reasons: "no reply".into(),
            remedies_informed: true,
        },
    );
    assert_eq!(
        request.apply(&refuse),
        Err(LifecycleError::IdentityNotRequested)
    );
    request
        .apply(&Event::new(
            at(2026, 3, 6, 10),
            EventKind::IdentityRequested {
                information: "a copy of an identity document".into(),
            },
        ))
        .unwrap();
    request
        .apply(&Event::new(
            at(2026, 3, 19, 10),
            EventKind::IdentityFailed {
                reason: "the document did not match".into(),
            },
        ))
        .unwrap();
    assert_eq!(
        request.next_steps(date("2026-03-20")),
        vec![
            NextStep::RefuseUnidentified,
            NextStep::Extend,
            NextStep::Refuse
        ]
    );
    request.apply(&refuse).unwrap();
}

#[test]
fn partial_fulfilment_names_what_was_withheld_and_why() {
    let mut request = received(RequestKind::Access, at(2026, 3, 5, 10));
    request.apply(&verified(at(2026, 3, 6, 9))).unwrap();
    let empty_ground = vec![Withheld {
        item: "case worker's notes".into(),
        ground: " ".into(),
    }];
    assert_eq!(
        request.apply(&Event::new(
            at(2026, 3, 9, 9),
            EventKind::Fulfilled {
                withheld: empty_ground
            }
        )),
        Err(LifecycleError::WithheldWithoutGround)
    );
    let withheld = vec![Withheld {
        item: "case worker's notes".into(),
        ground: "Act 621/1999 s. 24(1)(25)".into(),
    }];
    request
        .apply(&Event::new(
            at(2026, 4, 9, 9),
            EventKind::Fulfilled {
                withheld: withheld.clone(),
            },
        ))
        .unwrap();
    assert_eq!(request.status(), Status::PartiallyFulfilled);
    assert_eq!(request.withheld(), withheld.as_slice());
    assert!(request.answered_late(), "closed 9 April, due 7 April");
}

#[test]
fn nothing_happens_after_a_request_is_closed() {
    let mut request = received(RequestKind::Objection, at(2026, 3, 5, 10));
    request
        .apply(&Event::new(at(2026, 3, 6, 10), EventKind::Withdrawn))
        .unwrap();
    let err = request.apply(&verified(at(2026, 3, 7, 10))).unwrap_err();
    assert_eq!(
        err,
        LifecycleError::Closed {
            status: Status::Withdrawn,
            event: "identity-verified"
        }
    );
    assert!(!request.is_overdue(date("2027-01-01")));
}

#[test]
fn replay_folds_stored_events_and_stops_at_the_first_illegal_one() {
    let events = vec![
        Event::new(
            at(2026, 3, 5, 10),
            EventKind::Received {
                kind: RequestKind::Rectification,
                channel: Channel::Post,
                time_zone: HELSINKI,
                subject: None,
            },
        ),
        verified(at(2026, 3, 6, 9)),
        Event::new(at(2026, 3, 7, 9), EventKind::Fulfilled { withheld: vec![] }),
    ];
    let json = serde_json::to_string(&events).unwrap();
    assert!(json.contains("\"type\":\"received\""), "{json}");
    let stored: Vec<Event> = serde_json::from_str(&json).unwrap();
    let request = SubjectRequest::replay(&stored, &Finland::new()).unwrap();
    assert_eq!(request.status(), Status::Fulfilled);
    assert_eq!(request.channel(), Channel::Post);

    assert_eq!(
        SubjectRequest::replay(&stored[1..], &Finland::new()).unwrap_err(),
        LifecycleError::NotReceived("identity-verified")
    );
    let mut twice = stored.clone();
    twice.insert(1, stored[0].clone());
    assert_eq!(
        SubjectRequest::replay(&twice, &Finland::new()).unwrap_err(),
        LifecycleError::AlreadyReceived
    );
    let mut early = stored.clone();
    early[1].at = at(2026, 3, 4, 9);
    assert!(matches!(
        SubjectRequest::replay(&early, &Finland::new()),
        Err(LifecycleError::BeforeReceipt { .. })
    ));
}
