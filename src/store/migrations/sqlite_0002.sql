-- gdpr schema version 2 (SQLite): a disposed record keeps only the proof of its disposal.
-- A sweep marks the rows it claimed by rowid, in place: the claim has just read their pages,
-- and no index but the claimer index changes, so a disposal touches only hot pages.
ALTER TABLE ledger ADD COLUMN disposed_on TEXT;
ALTER TABLE ledger ADD COLUMN disposed_by TEXT;
-- Records disposed of under schema 1: the day and the sweep were not kept; their facts go.
UPDATE ledger SET disposed_by = 'before schema 2', facts = '{}', subject = NULL
WHERE state IN ('erased', 'anonymised', 'archived');
