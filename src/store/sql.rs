//! What the SQL backends share: how values are written to and read from columns.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::StoreError;
use crate::request::Event;

/// The serde name of a unit enum value, e.g. `open` for `Status::Open`.
pub(crate) fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value).expect("a unit enum serializes") {
        serde_json::Value::String(s) => s,
        other => unreachable!("not a unit enum: {other}"),
    }
}

/// Reads a unit enum back from its serde name.
pub(crate) fn parse_name<T: DeserializeOwned>(text: &str, what: &str) -> Result<T, StoreError> {
    serde_json::from_value(serde_json::Value::String(text.to_owned()))
        .map_err(|_| StoreError::Corrupt(format!("{what}: unknown value `{text}`")))
}

pub(crate) fn event_text(event: &Event) -> String {
    serde_json::to_string(event).expect("an event serializes")
}

pub(crate) fn parse_event(text: &str, what: &str) -> Result<Event, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

pub(crate) fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub(crate) fn parse_date(text: &str, what: &str) -> Result<NaiveDate, StoreError> {
    crate::model::date::parse(text).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

/// Instants as RFC 3339 with nanoseconds: the exact text the audit hash covers.
pub(crate) fn time_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true)
}

pub(crate) fn parse_time(text: &str, what: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

pub(crate) fn hash(bytes: &[u8], what: &str) -> Result<[u8; 32], StoreError> {
    bytes
        .try_into()
        .map_err(|_| StoreError::Corrupt(format!("{what}: a hash is not 32 bytes")))
}

pub(crate) fn uuid(bytes: &[u8], what: &str) -> Result<uuid::Uuid, StoreError> {
    uuid::Uuid::from_slice(bytes)
        .map_err(|_| StoreError::Corrupt(format!("{what}: a request id is not 16 bytes")))
}

pub(crate) fn json<T: DeserializeOwned>(text: &str, what: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}
