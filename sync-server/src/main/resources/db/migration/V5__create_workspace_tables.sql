-- The supervisor's workspace (R12-oversight).

-- What the dashboard and queue need of each visit, derived from the signed note when it merges
-- (and backfilled at startup for notes merged before this table existed). Rebuildable: the
-- signed note in case_entries stays the record; this is an index of it.
CREATE TABLE visit_facts (
    note_id     CHAR(36)    NOT NULL PRIMARY KEY,
    case_id     VARCHAR(64) NOT NULL,
    author      VARCHAR(64) NOT NULL,
    visit_start DATETIME(6) NOT NULL,
    visit_end   DATETIME(6) NOT NULL,
    child_seen  BOOLEAN     NULL,
    due_by      DATETIME(6) NOT NULL,
    signed_at   DATETIME(6) NOT NULL,
    late_entry  BOOLEAN     NOT NULL,
    received_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_visit_facts_entry FOREIGN KEY (note_id) REFERENCES case_entries (note_id),
    INDEX ix_visit_facts_author_received (author, received_at),
    INDEX ix_visit_facts_case_start (case_id, visit_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Managers' and supervisors' decisions with their reasons (R5.1-decisions). Append-only. A
-- visit's sign-off is a decision that names the visit; a visit has at most one sign-off.
CREATE TABLE management_decisions (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     VARCHAR(64)   NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    decision    VARCHAR(500)  NOT NULL,
    reasons     VARCHAR(4000) NOT NULL,
    decided_by  VARCHAR(64)   NOT NULL,
    decided_at  DATETIME(6)   NOT NULL,
    signs_off   CHAR(36)      NULL,
    CONSTRAINT uq_decisions_signs_off UNIQUE (signs_off),
    CONSTRAINT fk_decisions_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_decisions_staff FOREIGN KEY (decided_by) REFERENCES staff (username),
    CONSTRAINT fk_decisions_entry FOREIGN KEY (signs_off) REFERENCES case_entries (note_id),
    INDEX ix_decisions_case (case_id, decided_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every view of a case record, by anyone: who, when, what (R7-shared-log). Append-only.
CREATE TABLE case_access_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     VARCHAR(64)  NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    accessed_at DATETIME(6)  NOT NULL,
    what        VARCHAR(300) NOT NULL,
    CONSTRAINT fk_access_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    INDEX ix_access_case_time (case_id, accessed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The case record page filters and pages the chronology by date.
CREATE INDEX ix_chronology_case_date ON chronology_lines (case_id, line_date, id);
-- Team dashboards find their cases through the allocated practitioner.
CREATE INDEX ix_cases_allocated ON cases (allocated_to);
CREATE INDEX ix_staff_team ON staff (team);
