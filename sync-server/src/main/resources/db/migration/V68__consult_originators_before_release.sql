-- R8-access: the originator's consultation before a release to the family is a step of its own, one
-- row per person asked (a member of staff), when, and their answer once given. A release waits for
-- every answer unless the manager records why they release without (release_without).
CREATE TABLE access_request_consultations (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id         BIGINT        NOT NULL,
    originator         VARCHAR(64)   NOT NULL,
    asked_on           DATE          NOT NULL,
    asked_recorded_by  VARCHAR(64)   NOT NULL,
    answer             VARCHAR(16)   NULL,
    answer_reason      VARCHAR(1000) NULL,
    answered_recorded_on DATE        NULL,
    answer_recorded_by VARCHAR(64)   NULL,
    INDEX ix_consultations_request (request_id),
    CONSTRAINT fk_consultations_request FOREIGN KEY (request_id) REFERENCES access_requests (id),
    CONSTRAINT fk_consultations_originator FOREIGN KEY (originator) REFERENCES staff (username),
    CONSTRAINT fk_consultations_asked_by FOREIGN KEY (asked_recorded_by) REFERENCES staff (username),
    CONSTRAINT fk_consultations_answer_by FOREIGN KEY (answer_recorded_by) REFERENCES staff (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

ALTER TABLE access_requests ADD COLUMN release_without VARCHAR(1000) NULL;
