/// A store operation failed. Variants have meaning; the backend's own error is boxed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// Nothing stored under that key.
    #[error("{0} not found")]
    NotFound(String),
    /// Another writer appended first: the expected version is stale.
    #[error(
        "conflict: expected version {expected}, the stored version is {actual}; reload and retry"
    )]
    Conflict {
        /// The version the caller expected.
        expected: u64,
        /// The version stored, where known.
        actual: u64,
    },
    /// The database was created by another version of this crate.
    #[error(
        "the database has schema version {found}; this crate supports version {supported}; migrate it or use a matching crate version"
    )]
    SchemaVersion {
        /// The version found.
        found: i64,
        /// The version supported.
        supported: i64,
    },
    /// A stored row cannot be read back.
    #[error("corrupted data: {0}")]
    Corrupt(String),
    /// A request's stored events cannot be replayed: they break the lifecycle's rules (a
    /// store written by hand, or by another version of the crate).
    #[error("request {request}: the stored events break the lifecycle")]
    Replay {
        /// The request.
        request: super::RequestId,
        /// The rule they break.
        #[source]
        source: crate::request::LifecycleError,
    },
    /// The call itself is invalid.
    #[error("invalid request: {0}")]
    Invalid(String),
    /// The backend failed (I/O, connection, SQL).
    #[error("backend error: {0}")]
    Backend(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// The result of a store operation (the `object_store::Result` pattern): `E` defaults to
/// [`StoreError`].
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl StoreError {
    /// Wraps a backend error.
    pub fn backend(error: impl std::error::Error + Send + Sync + 'static) -> Self {
        StoreError::Backend(Box::new(error))
    }
}
