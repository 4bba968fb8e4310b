//! Subject requests: kinds, the Art. 12(3) deadlines, the event-sourced lifecycle, and which
//! rights apply to a register.
//!
//! Time rules (`docs/design.md`, Time): the date of receipt is the controller's local date; the
//! answer is due one month after it and may be extended to three months, each period per
//! Reg. 1182/71 Art. 3 and rolled to a working day of the calendar given.

mod applicability;
mod deadline;
mod kind;
mod lifecycle;

pub use applicability::{RightApplicability, applicability};
pub use deadline::{Deadlines, HELSINKI, received_on};
pub use kind::{Channel, RequestKind};
pub use lifecycle::{
    Event, EventKind, Identity, LifecycleError, NextStep, RefusalGround, Status, SubjectRequest,
    Withheld,
};
