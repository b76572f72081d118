-- Issue 11: when a note's tablet synced after the note's own signing time without sending it (the
-- time of that sync), so a tablet with its clock set back cannot quietly escape Late Entry. Null when
-- nothing contradicts the signing time. Set once at ingest (SigningTime in shared-model).
ALTER TABLE case_entries ADD COLUMN synced_since_signing DATETIME(6) NULL;
