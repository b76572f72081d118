-- R5.2-analysis, R5.4: supervisors record, change and retire a child's plan or review recommendations
-- on the record; a retired recommendation stays (visits' analysis links to it), marked retired.
ALTER TABLE plan_recommendations
    ADD COLUMN recorded_by    VARCHAR(64)   NULL,
    ADD COLUMN recorded_at    DATETIME(6)   NULL,
    ADD COLUMN retired_by     VARCHAR(64)   NULL,
    ADD COLUMN retired_at     DATETIME(6)   NULL,
    ADD COLUMN retired_reason VARCHAR(1000) NULL;

-- Each recommendation's current tasks: what, who owns it, by when. A change replaces them; the
-- earlier ones stay in plan_history.
CREATE TABLE plan_tasks (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recommendation_id VARCHAR(64)  NOT NULL,
    position          INT          NOT NULL,
    what              VARCHAR(500) NOT NULL,
    owner             VARCHAR(200) NOT NULL,
    due_by            DATE         NOT NULL,
    CONSTRAINT fk_plan_tasks_recommendation FOREIGN KEY (recommendation_id) REFERENCES plan_recommendations (id),
    INDEX ix_plan_tasks_recommendation (recommendation_id, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Append-only: every wording a recommendation had, with its tasks as lines, who made it, when and why.
CREATE TABLE plan_history (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recommendation_id VARCHAR(64)   NOT NULL,
    case_id           VARCHAR(64)   NOT NULL,
    happened          VARCHAR(16)   NOT NULL,
    text              VARCHAR(2000) NOT NULL,
    tasks             TEXT          NOT NULL,
    done_by           VARCHAR(64)   NOT NULL,
    done_at           DATETIME(6)   NOT NULL,
    reason            VARCHAR(1000) NULL,
    CONSTRAINT fk_plan_history_recommendation FOREIGN KEY (recommendation_id) REFERENCES plan_recommendations (id),
    CONSTRAINT fk_plan_history_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    INDEX ix_plan_history_case (case_id, done_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- R14-cover: a supervisor grants a practitioner of the team cover for a case until a date (the last
-- day of cover), and can end it early. Append-only apart from the end.
CREATE TABLE cover_grants (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      VARCHAR(64)   NOT NULL,
    practitioner VARCHAR(64)   NOT NULL,
    until_date   DATE          NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    granted_by   VARCHAR(64)   NOT NULL,
    granted_at   DATETIME(6)   NOT NULL,
    ended_by     VARCHAR(64)   NULL,
    ended_at     DATETIME(6)   NULL,
    CONSTRAINT fk_cover_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_cover_practitioner FOREIGN KEY (practitioner) REFERENCES staff (username),
    CONSTRAINT fk_cover_granted_by FOREIGN KEY (granted_by) REFERENCES staff (username),
    INDEX ix_cover_practitioner (practitioner, until_date),
    INDEX ix_cover_case (case_id, granted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- R14-cover: a case's team, so an unallocated case still belongs to a team whose practitioners on duty
-- may visit it. IF NOT EXISTS: opening and transferring cases may give cases a team too.
ALTER TABLE cases ADD COLUMN IF NOT EXISTS team VARCHAR(200) NULL;
UPDATE cases c JOIN staff s ON s.username = c.allocated_to SET c.team = s.team WHERE c.team IS NULL;
CREATE INDEX IF NOT EXISTS ix_cases_team ON cases (team);

-- R14-cover: on which basis a note was recorded (allocated, covering, duty), set by the server when
-- the note merges; null for notes merged before, which were all by the allocated worker.
ALTER TABLE case_entries ADD COLUMN recorded_as VARCHAR(16) NULL;

-- R5.5-chronology: what a line added by hand is about (health, education, legal status, placement,
-- offences, family); null for lines from visits and contacts.
ALTER TABLE chronology_lines ADD COLUMN category VARCHAR(16) NULL;
