-- gdpr schema version 1 (PostgreSQL): the tables of sqlite_0001.sql in PostgreSQL types.
-- Keys of the ledger sort bytewise (COLLATE "C"), as in SQLite and in memory.
CREATE TABLE request_events (
    request_id bytea NOT NULL,
    version bigint NOT NULL,
    event text NOT NULL,
    PRIMARY KEY (request_id, version)
);

CREATE TABLE requests (
    request_id bytea PRIMARY KEY,
    subject bytea NOT NULL,
    kind text NOT NULL,
    status text NOT NULL,
    received date NOT NULL,
    deadline date NOT NULL,
    version bigint NOT NULL
);
CREATE INDEX requests_by_status_deadline ON requests (status, deadline);
CREATE INDEX requests_by_deadline ON requests (deadline);
CREATE INDEX requests_by_subject ON requests (subject);

CREATE TABLE ledger (
    register text COLLATE "C" NOT NULL,
    record text COLLATE "C" NOT NULL,
    rule text NOT NULL,
    subject bytea,
    facts text NOT NULL,
    expires_on date,
    action text NOT NULL,
    state text NOT NULL DEFAULT 'pending',
    claimed_by text,
    PRIMARY KEY (register, record)
) WITH (fillfactor = 80);
-- A sweep is a range scan of this index: its cost grows with what is due.
CREATE INDEX ledger_pending_by_expiry ON ledger (expires_on) WHERE state = 'pending';
CREATE INDEX ledger_by_subject ON ledger (subject) WHERE subject IS NOT NULL;
-- A claim sets only `claimed_by`, which no index covers, on a page with room to spare
-- (fillfactor): the update is HOT and touches no index, whatever the size of the ledger.

CREATE TABLE ledger_holds (
    register text COLLATE "C" NOT NULL,
    record text COLLATE "C" NOT NULL,
    hold text COLLATE "C" NOT NULL,
    reason text NOT NULL,
    until date,
    PRIMARY KEY (register, record, hold),
    FOREIGN KEY (register, record) REFERENCES ledger (register, record)
);

-- `at` is the exact RFC 3339 text (nanoseconds) the entry's hash covers.
CREATE TABLE audit_log (
    seq bigint PRIMARY KEY,
    at text NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    subject bytea,
    request_id bytea,
    detail text NOT NULL,
    prev_hash bytea NOT NULL,
    hash bytea NOT NULL
);

-- The last entry's place in the chain: appenders lock this one row, so they queue.
CREATE TABLE audit_head (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    seq bigint NOT NULL,
    hash bytea NOT NULL
);
INSERT INTO audit_head (seq, hash) VALUES (0, decode(repeat('00', 32), 'hex'));
