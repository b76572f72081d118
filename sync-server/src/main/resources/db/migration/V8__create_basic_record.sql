-- R5.1-basic: identifiers, when the case opened, and the household as dated facts with who holds
-- parental responsibility. R5.4-current-historical: a household member who left keeps their row,
-- with the date they left; nothing is deleted.
ALTER TABLE cases
    ADD COLUMN nhs_number CHAR(10)    NULL,
    ADD COLUMN local_id   VARCHAR(64) NULL,
    ADD COLUMN opened_on  DATE        NULL;

ALTER TABLE household_members
    ADD COLUMN parental_responsibility BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN joined_on               DATE         NULL,
    ADD COLUMN left_on                 DATE         NULL,
    ADD COLUMN left_reason             VARCHAR(500) NULL;

-- Single-valued facts of the case (placement, legal status, contact arrangements, communication
-- needs, close contacts), append-only: the latest recorded row of a kind (highest id) is current,
-- each earlier one is historical from its effective_from until the next row's. recorded_by is who recorded it (a practitioner
-- or the supervisor who confirmed a proposal).
CREATE TABLE case_facts (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id        VARCHAR(64)   NOT NULL,
    kind           VARCHAR(32)   NOT NULL,
    fact_value     VARCHAR(2000) NOT NULL,
    effective_from DATE          NULL,
    recorded_by    VARCHAR(64)   NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    proposal_id    CHAR(36)      NULL,
    CONSTRAINT fk_case_facts_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    INDEX ix_case_facts_kind (case_id, kind, effective_from, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The legal status recorded so far becomes the first legal-status fact (date not known).
INSERT INTO case_facts (case_id, kind, fact_value, effective_from, recorded_by, recorded_at)
SELECT case_id, 'legal-status', legal_status, NULL, 'migration', CURRENT_TIMESTAMP(6)
FROM cases WHERE legal_status IS NOT NULL AND legal_status <> '';

-- R5.1-gender: the name and gender the child declares, append-only; no legal document needed.
-- The latest recorded row (highest id) is current; every earlier one is kept as history.
CREATE TABLE declared_identity (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id        VARCHAR(64)  NOT NULL,
    declared_name  VARCHAR(200) NOT NULL,
    gender         VARCHAR(100) NOT NULL,
    effective_from DATE         NOT NULL,
    recorded_by    VARCHAR(64)  NOT NULL,
    recorded_at    DATETIME(6)  NOT NULL,
    proposal_id    CHAR(36)     NULL,
    CONSTRAINT fk_declared_identity_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    INDEX ix_declared_identity_case (case_id, effective_from, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
