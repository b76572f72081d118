-- R11-rectify: a correction is a new signed entry naming the note it corrects; nothing signed is
-- changed. These columns say which visit each entry is a version of, so the record shows the current
-- version and lists the earlier ones without reading every note. Written once, when the entry merges.
--   amends         the note this entry corrects; NULL for a first record
--   original_note  the first record of the visit (itself for a first record): every version shares it
ALTER TABLE case_entries
    ADD COLUMN amends CHAR(36) NULL,
    ADD COLUMN original_note CHAR(36) NULL;

-- Every entry merged before corrections existed is a first record.
UPDATE case_entries SET original_note = note_id WHERE original_note IS NULL;

-- A visit's versions in the order they reached the record.
CREATE INDEX ix_case_entries_original ON case_entries (original_note, sequence);
