-- R7-restricted: an item of a case withheld from tablets and from everyone not allowed to see it.
-- item_kind 'statement': note_id + statement_index (what others told the practitioner, from 0);
-- item_kind 'entry': the whole visit note_id. Rows are never deleted: a lift is recorded on the row.
CREATE TABLE restrictions (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id          VARCHAR(64)   NOT NULL,
    item_kind        VARCHAR(16)   NOT NULL,
    note_id          CHAR(36)      NOT NULL,
    statement_index  INT           NULL,
    reason           VARCHAR(16)   NOT NULL,
    explanation      VARCHAR(1000) NOT NULL,
    readers          VARCHAR(2000) NOT NULL,
    marked_by        VARCHAR(64)   NOT NULL,
    marked_at        DATETIME(6)   NOT NULL,
    confirmed_by     VARCHAR(64)   NULL,
    confirmed_at     DATETIME(6)   NULL,
    lifted_by        VARCHAR(64)   NULL,
    lifted_at        DATETIME(6)   NULL,
    lift_reason      VARCHAR(1000) NULL,
    INDEX ix_restrictions_case (case_id, lifted_at),
    CONSTRAINT fk_restrictions_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_restrictions_entry FOREIGN KEY (note_id) REFERENCES case_entries (note_id),
    CONSTRAINT fk_restrictions_marked FOREIGN KEY (marked_by) REFERENCES staff (username),
    CONSTRAINT fk_restrictions_confirmed FOREIGN KEY (confirmed_by) REFERENCES staff (username),
    CONSTRAINT fk_restrictions_lifted FOREIGN KEY (lifted_by) REFERENCES staff (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
