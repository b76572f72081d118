-- R9-timely: a note entered more than 48 working hours after the visit ended is a 'Late Entry',
-- shown with the date and time it was entered (the moment it was signed on the tablet). Computed at
-- ingest by the shared LateEntryPolicy; entries stored before this migration keep late_entry FALSE
-- and take their signing time as entered_at.
ALTER TABLE case_entries
    ADD COLUMN late_entry BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN entered_at DATETIME(6) NULL;

UPDATE case_entries SET entered_at = signed_at WHERE entered_at IS NULL;
