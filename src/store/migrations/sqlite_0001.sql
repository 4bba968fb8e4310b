-- gdpr schema version 1 (SQLite)
CREATE TABLE request_events (
    request_id BLOB NOT NULL,
    version INTEGER NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (request_id, version)
) WITHOUT ROWID;

-- The projection of each request for queries. It changes only when the status or the
-- deadline does, so most appends write one page: the event's.
CREATE TABLE requests (
    request_id BLOB PRIMARY KEY,
    subject BLOB NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    received TEXT NOT NULL,
    deadline TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX requests_by_status_deadline ON requests (status, deadline);
CREATE INDEX requests_by_deadline ON requests (deadline);
CREATE INDEX requests_by_subject ON requests (subject);

CREATE TABLE ledger (
    register TEXT NOT NULL,
    record TEXT NOT NULL,
    rule TEXT NOT NULL,
    subject BLOB,
    facts TEXT NOT NULL,
    expires_on TEXT,
    action TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    claimed_by TEXT,
    PRIMARY KEY (register, record)
);
-- A sweep is a range scan of this index: its cost grows with what is due.
CREATE INDEX ledger_pending_by_expiry ON ledger (expires_on) WHERE state = 'pending';
CREATE INDEX ledger_by_subject ON ledger (subject) WHERE subject IS NOT NULL;
CREATE INDEX ledger_by_claimer ON ledger (claimed_by) WHERE claimed_by IS NOT NULL;

CREATE TABLE ledger_holds (
    register TEXT NOT NULL,
    record TEXT NOT NULL,
    hold TEXT NOT NULL,
    reason TEXT NOT NULL,
    until TEXT,
    PRIMARY KEY (register, record, hold),
    FOREIGN KEY (register, record) REFERENCES ledger (register, record)
);

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject BLOB,
    request_id BLOB,
    detail TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
