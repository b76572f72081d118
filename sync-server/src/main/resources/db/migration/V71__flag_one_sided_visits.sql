-- R5.4-balance: whether a visit's analysis records strengths and concerns both, one side only, or
-- neither (the name of shared-model's Balance), so the supervisor's dashboard and queue can flag a
-- one-sided visit without reading every signed note. Derived from the signed note at ingest; NULL
-- until derived, so VisitFactBackfill fills the rows merged before this column existed (SQL cannot
-- read the note's JSON the way Balance does).
ALTER TABLE visit_facts
    ADD COLUMN balance VARCHAR(16) NULL;

-- "One-sided visits, 90 days": per team case, the flagged values in visit order.
CREATE INDEX ix_visit_facts_case_balance ON visit_facts (case_id, balance, visit_start);
