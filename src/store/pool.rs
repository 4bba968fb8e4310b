//! The small connection pool the SQL backends share: idle connections in a stack, a new one
//! opened when none is idle, a connection returned when its guard drops unless it broke.

use std::sync::Mutex;

use super::lock;
use crate::store::Result;

pub(crate) struct Pool<C> {
    idle: Mutex<Vec<C>>,
    healthy: fn(&C) -> bool,
}

impl<C> std::fmt::Debug for Pool<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let idle = lock(&self.idle).len();
        f.debug_struct("Pool").field("idle", &idle).finish()
    }
}

impl<C> Pool<C> {
    /// A pool holding `first`; `healthy` says whether a connection may be reused.
    pub(crate) fn new(first: C, healthy: fn(&C) -> bool) -> Self {
        Self {
            idle: Mutex::new(vec![first]),
            healthy,
        }
    }

    /// An idle healthy connection, or a new one from `open`.
    pub(crate) fn get(&self, open: impl FnOnce() -> Result<C>) -> Result<Pooled<'_, C>> {
        let idle = loop {
            let next = lock(&self.idle).pop();
            match next {
                Some(connection) if !(self.healthy)(&connection) => continue,
                other => break other,
            }
        };
        let connection = match idle {
            Some(connection) => connection,
            None => open()?,
        };
        Ok(Pooled {
            connection: Some(connection),
            pool: self,
        })
    }
}

/// A connection taken from a [`Pool`], returned to it on drop.
pub(crate) struct Pooled<'a, C> {
    connection: Option<C>,
    pool: &'a Pool<C>,
}

impl<C> std::ops::Deref for Pooled<'_, C> {
    type Target = C;
    fn deref(&self) -> &C {
        self.connection.as_ref().expect("present until dropped")
    }
}

impl<C> std::ops::DerefMut for Pooled<'_, C> {
    fn deref_mut(&mut self) -> &mut C {
        self.connection.as_mut().expect("present until dropped")
    }
}

impl<C> Drop for Pooled<'_, C> {
    fn drop(&mut self) {
        // A connection that broke is dropped, not pooled.
        if let Some(connection) = self.connection.take()
            && (self.pool.healthy)(&connection)
        {
            lock(&self.pool.idle).push(connection);
        }
    }
}
