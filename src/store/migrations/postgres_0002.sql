-- gdpr schema version 2 (PostgreSQL): a disposed record leaves the ledger for the append-only
-- ledger_disposals, which keeps the proof (what, when, by which sweep) and not the facts.
-- A sweep deletes the rows it claimed by ctid (pages the claim has just read; a delete changes
-- no index, vacuum tidies them later) and appends their proofs: a disposal touches only hot
-- pages, whatever the size of the ledger. An update could not: `state` is in the predicate
-- of the pending index, so changing it is never a HOT update.
ALTER TABLE ledger_holds DROP CONSTRAINT IF EXISTS ledger_holds_register_record_fkey;
CREATE TABLE ledger_disposals (
    register text COLLATE "C" NOT NULL,
    record text COLLATE "C" NOT NULL,
    rule text NOT NULL,
    expires_on date,
    state text NOT NULL,
    disposed_on date,
    disposed_by text NOT NULL,
    PRIMARY KEY (register, record)
);
INSERT INTO ledger_disposals (register, record, rule, expires_on, state, disposed_on, disposed_by)
SELECT register, record, rule, expires_on, state, NULL, 'before schema 2'
FROM ledger WHERE state <> 'pending';
DELETE FROM ledger WHERE state <> 'pending';
