-- R8-access: a request from the child or a parent to see the record, with its due date, the
-- originator's consultation and the release (a disclosure in the sharing log).
CREATE TABLE access_requests (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         VARCHAR(64)   NOT NULL,
    requested_by    VARCHAR(200)  NOT NULL,
    relationship    VARCHAR(200)  NOT NULL,
    received_on     DATE          NOT NULL,
    due_on          DATE          NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    consultation    VARCHAR(1000) NULL,
    disclosure_id   BIGINT        NULL,
    INDEX ix_access_requests_case (case_id),
    CONSTRAINT fk_access_requests_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_access_requests_by FOREIGN KEY (recorded_by) REFERENCES staff (username),
    CONSTRAINT fk_access_requests_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosures (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
