-- R5.5-chronology: who added a line by hand (lines from visits name their note instead).
ALTER TABLE chronology_lines
    ADD COLUMN recorded_by VARCHAR(64) NULL,
    ADD COLUMN recorded_at DATETIME(6) NULL,
    ADD COLUMN contact_id  BIGINT      NULL;

-- R5.3-contacts: calls, letters, emails and meetings, recorded like a visit: who, what, the
-- decisions and by whom, the reasons. Append-only. Each also adds a line to the chronology.
CREATE TABLE case_contacts (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      VARCHAR(64)   NOT NULL,
    contact_date DATE          NOT NULL,
    method       VARCHAR(16)   NOT NULL,
    with_whom    VARCHAR(300)  NOT NULL,
    what         VARCHAR(4000) NOT NULL,
    decisions    VARCHAR(4000) NULL,
    decided_by   VARCHAR(300)  NULL,
    reasons      VARCHAR(4000) NULL,
    recorded_by  VARCHAR(64)   NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_contacts_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    INDEX ix_contacts_case_date (case_id, contact_date, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
