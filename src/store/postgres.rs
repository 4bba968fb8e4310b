//! PostgreSQL stores (feature `postgres`): in progress.
