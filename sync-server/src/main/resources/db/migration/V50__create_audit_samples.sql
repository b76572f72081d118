-- R12-audit: a manager's draw of visits to audit. The seed and the size are kept, so the same draw
-- can be repeated (AuditDraw in shared-model); the visits drawn are kept too, because visits synced
-- later for the same month would change the candidates. practitioner is null for a team-wide draw.
CREATE TABLE audit_samples (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    team         VARCHAR(200) NOT NULL,
    practitioner VARCHAR(64)  NULL,
    sample_month CHAR(7)      NOT NULL,
    seed         BIGINT       NOT NULL,
    sample_size  INT          NOT NULL,
    candidates   INT          NOT NULL,
    drawn_by     VARCHAR(64)  NOT NULL,
    drawn_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_audit_samples_team FOREIGN KEY (team) REFERENCES teams (name),
    CONSTRAINT fk_audit_samples_practitioner FOREIGN KEY (practitioner) REFERENCES staff (username),
    CONSTRAINT fk_audit_samples_drawn_by FOREIGN KEY (drawn_by) REFERENCES staff (username),
    INDEX ix_audit_samples_team (team, drawn_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The visits of a sample in the order drawn. The note is the case entry (kept for ever, even once a
-- correction replaces it), not the workspace's visit_facts index, which drops replaced versions.
CREATE TABLE audit_sample_visits (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sample_id   BIGINT      NOT NULL,
    draw_order  INT         NOT NULL,
    note_id     CHAR(36)    NOT NULL,
    case_id     VARCHAR(64) NOT NULL,
    author      VARCHAR(64) NOT NULL,
    visit_start DATETIME(6) NOT NULL,
    UNIQUE KEY uq_audit_sample_order (sample_id, draw_order),
    UNIQUE KEY uq_audit_sample_note (sample_id, note_id),
    CONSTRAINT fk_audit_visits_sample FOREIGN KEY (sample_id) REFERENCES audit_samples (id),
    CONSTRAINT fk_audit_visits_note FOREIGN KEY (note_id) REFERENCES case_entries (note_id),
    CONSTRAINT fk_audit_visits_case FOREIGN KEY (case_id) REFERENCES cases (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A sampled visit's grade, once (the unique key refuses a second): the checklist's answers, the
-- grade derived from them (AuditGrade), and the management decision on the case that records it.
CREATE TABLE audit_grades (
    id                    BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sample_id             BIGINT      NOT NULL,
    note_id               CHAR(36)    NOT NULL,
    child_seen_alone      BOOLEAN     NOT NULL,
    views_recorded        BOOLEAN     NOT NULL,
    analysis_against_plan BOOLEAN     NOT NULL,
    timely                BOOLEAN     NOT NULL,
    plain_language        BOOLEAN     NOT NULL,
    checks_met            INT         NOT NULL,
    grade                 VARCHAR(32) NOT NULL,
    decision_id           BIGINT      NOT NULL,
    graded_by             VARCHAR(64) NOT NULL,
    graded_at             DATETIME(6) NOT NULL,
    UNIQUE KEY uq_audit_grade (sample_id, note_id),
    CONSTRAINT fk_audit_grades_visit FOREIGN KEY (sample_id, note_id) REFERENCES audit_sample_visits (sample_id, note_id),
    CONSTRAINT fk_audit_grades_decision FOREIGN KEY (decision_id) REFERENCES management_decisions (id),
    CONSTRAINT fk_audit_grades_staff FOREIGN KEY (graded_by) REFERENCES staff (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
