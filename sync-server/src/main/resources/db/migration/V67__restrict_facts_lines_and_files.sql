-- R7-restricted, R1-media: besides a visit or one of its statements, a restriction may withhold a
-- value of the basic record (fact_id), a chronology line typed by hand (line_id), or a file of the
-- case, a document added in the workspace or a visit's attachment (file_sha256, within the case).
-- Exactly one of note_id, fact_id, line_id, file_sha256 names the item; item_kind says which.
ALTER TABLE restrictions MODIFY note_id CHAR(36) NULL;
ALTER TABLE restrictions
    ADD COLUMN fact_id     BIGINT   NULL,
    ADD COLUMN line_id     BIGINT   NULL,
    ADD COLUMN file_sha256 CHAR(64) NULL,
    ADD CONSTRAINT fk_restrictions_fact FOREIGN KEY (fact_id) REFERENCES case_facts (id),
    ADD CONSTRAINT fk_restrictions_line FOREIGN KEY (line_id) REFERENCES chronology_lines (id);
