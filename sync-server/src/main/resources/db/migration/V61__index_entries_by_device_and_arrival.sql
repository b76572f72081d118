-- Each note's signing-time check (V36) asks for its tablet's latest earlier arrival. With only the
-- foreign key's index on device_id that read every entry the tablet ever sent, so ingest slowed as a
-- tablet's notes accumulated (bench, 2026-12-03); with arrival in the index it is one index lookup.
CREATE INDEX ix_case_entries_device_received ON case_entries (device_id, received_at);
