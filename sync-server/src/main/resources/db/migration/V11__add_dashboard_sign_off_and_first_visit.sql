-- The team dashboard's queue head, "child not seen" and "summaries due" as index ranges instead of
-- reads of every team visit (a team of 20 with 20,000 visits: see docs/benchmarks.md).

-- When the visit was signed off: set in the same transaction as the sign-off decision
-- (Decisions.signOff), NULL while the visit awaits sign-off. management_decisions stays the record
-- (a visit has at most one sign-off there); this is a copy the workspace can index. Backfilled here.
ALTER TABLE visit_facts
    ADD COLUMN signed_off_at DATETIME(6) NULL;

UPDATE visit_facts f
    JOIN management_decisions d ON d.signs_off = f.note_id
SET f.signed_off_at = d.decided_at
WHERE f.signed_off_at IS NULL;

-- "Oldest awaiting sign-off": the visits still awaiting, in receipt order (the primary key, note_id,
-- is the tie-break inside the index). The queue head reads this range and stops at the team's 5th.
CREATE INDEX ix_visit_facts_unsigned ON visit_facts (signed_off_at, received_at);
-- The awaiting count, case by case through the team's cases.
CREATE INDEX ix_visit_facts_case_unsigned ON visit_facts (case_id, signed_off_at);
-- "Latest child not seen": the not-seen visits newest first, whatever case they are in.
CREATE INDEX ix_visit_facts_seen_start ON visit_facts (child_seen, visit_start);

-- R5.7-summary: each case's first visit in the record, so "summaries due" reads the team's cases,
-- not every visit. Kept when a visit merges (NoteIngest, VisitFactBackfill); backfilled here.
ALTER TABLE cases
    ADD COLUMN first_visit_at DATETIME(6) NULL;

UPDATE cases c
    JOIN (SELECT case_id, MIN(visit_start) AS first_visit FROM visit_facts GROUP BY case_id) v
        ON v.case_id = c.case_id
SET c.first_visit_at = v.first_visit;
