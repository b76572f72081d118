-- R5.2-failed: the dashboard lists failed visits (no response, refused entry, cancelled), so the
-- workspace's index of visits keeps each note's outcome. NULL for a note signed before the form
-- asked for one (shown as not recorded, never guessed). Backfilled here from the signed note;
-- visits merged later get it at ingest (VisitFact.of).
ALTER TABLE visit_facts
    ADD COLUMN outcome VARCHAR(32) NULL;

UPDATE visit_facts f
    JOIN case_entries e ON e.note_id = f.note_id
SET f.outcome = JSON_VALUE(e.note_json, '$.outcome')
WHERE f.outcome IS NULL;

-- The dashboard's failed-visit count reads it by case, like the other counts (V6).
CREATE INDEX ix_visit_facts_case_outcome ON visit_facts (case_id, outcome, visit_start);
