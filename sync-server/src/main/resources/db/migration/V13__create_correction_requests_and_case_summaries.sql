-- R11-rectify: requests to correct the record, as they were received, with the date the answer
-- is due (one calendar month, next working day: RectificationDeadline in shared-model, kept here
-- so lists and the dashboard need no calendar). Append-only: a request is never edited.
CREATE TABLE correction_requests (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id                VARCHAR(64)   NOT NULL,
    received_on            DATE          NOT NULL,
    requester_name         VARCHAR(300)  NOT NULL,
    requester_relationship VARCHAR(300)  NOT NULL,
    what_is_wrong          VARCHAR(4000) NOT NULL,
    asked_for              VARCHAR(4000) NOT NULL,
    concerns_note_id       CHAR(36)      NULL,
    due_on                 DATE          NOT NULL,
    logged_by              VARCHAR(64)   NOT NULL,
    logged_at              DATETIME(6)   NOT NULL,
    CONSTRAINT fk_corrections_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_corrections_note FOREIGN KEY (concerns_note_id) REFERENCES case_entries (note_id),
    CONSTRAINT fk_corrections_logged_by FOREIGN KEY (logged_by) REFERENCES staff (username),
    INDEX ix_corrections_case (case_id, received_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The answer to a request, in its own table keyed by the request: an answer is set once (a second
-- insert breaks the primary key) and never changed. The same answer is recorded as a management
-- decision with its reasons (R5.1-decisions), named here. The correcting note's id is a plain text
-- reference, not a foreign key: the correction may be recorded (as a new note that amends the
-- earlier one) after the answer, or arrive from a tablet later.
CREATE TABLE correction_answers (
    request_id         BIGINT        NOT NULL PRIMARY KEY,
    outcome            VARCHAR(32)   NOT NULL,
    reasons            VARCHAR(4000) NOT NULL,
    correction_note_id CHAR(36)      NULL,
    decision_id        BIGINT        NOT NULL,
    answered_by        VARCHAR(64)   NOT NULL,
    answered_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_correction_answers_request FOREIGN KEY (request_id) REFERENCES correction_requests (id),
    CONSTRAINT fk_correction_answers_decision FOREIGN KEY (decision_id) REFERENCES management_decisions (id),
    CONSTRAINT fk_correction_answers_staff FOREIGN KEY (answered_by) REFERENCES staff (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- R5.7-summary: the 3-monthly case summaries, append-only; the latest is the current one.
CREATE TABLE case_summaries (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      VARCHAR(64) NOT NULL,
    summary_text TEXT        NOT NULL,
    written_by   VARCHAR(64) NOT NULL,
    written_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_summaries_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_summaries_staff FOREIGN KEY (written_by) REFERENCES staff (username),
    INDEX ix_summaries_case_written (case_id, written_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- When the case's latest summary was written: set in the same transaction as the summary
-- (CaseSummaries.write), so the dashboard's "summaries overdue" reads the team's case rows only, as
-- it does first_visit_at (V11). No summaries exist before this migration, so there is nothing to backfill.
ALTER TABLE cases
    ADD COLUMN last_summary_at DATETIME(6) NULL;
