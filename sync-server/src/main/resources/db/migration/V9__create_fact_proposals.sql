-- Changes to facts of the case that a visit found (household, communication needs, declared name
-- and gender), proposed from a tablet and confirmed or rejected by a supervisor. Each proposal is
-- its own row, so two tablets that were offline never overwrite each other: both are listed, and
-- confirming one applies it to whatever is current at that moment. Rows are decided once.
CREATE TABLE fact_proposals (
    proposal_id             CHAR(36)      NOT NULL PRIMARY KEY,
    case_id                 VARCHAR(64)   NOT NULL,
    kind                    VARCHAR(32)   NOT NULL,
    proposed_value          VARCHAR(2000) NULL,
    parental_responsibility BOOLEAN       NULL,
    household_member_id     BIGINT        NULL,
    seen_value              VARCHAR(2000) NULL,
    current_when_proposed   VARCHAR(2000) NULL,
    reason                  VARCHAR(4000) NOT NULL,
    note_id                 CHAR(36)      NULL,
    proposed_by             VARCHAR(64)   NOT NULL,
    device_id               VARCHAR(32)   NULL,
    proposed_at             DATETIME(6)   NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    decided_by              VARCHAR(64)   NULL,
    decided_at              DATETIME(6)   NULL,
    decision_reason         VARCHAR(4000) NULL,
    CONSTRAINT fk_proposals_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_proposals_member FOREIGN KEY (household_member_id) REFERENCES household_members (id),
    INDEX ix_proposals_case_status (case_id, status, proposed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
