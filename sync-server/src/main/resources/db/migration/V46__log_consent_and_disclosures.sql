-- R6-consent: consent to share, as given and as withdrawn (the row keeps both).
CREATE TABLE consents (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id       VARCHAR(64)   NOT NULL,
    given_by      VARCHAR(200)  NOT NULL,
    purpose       VARCHAR(1000) NOT NULL,
    shared_with   VARCHAR(200)  NOT NULL,
    how_obtained  VARCHAR(200)  NOT NULL,
    given_on      DATE          NOT NULL,
    recorded_by   VARCHAR(64)   NOT NULL,
    recorded_at   DATETIME(6)   NOT NULL,
    withdrawn_on  DATE          NULL,
    withdrawn_recorded_by VARCHAR(64) NULL,
    INDEX ix_consents_case (case_id),
    CONSTRAINT fk_consents_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_consents_by FOREIGN KEY (recorded_by) REFERENCES staff (username),
    CONSTRAINT fk_consents_withdrawn_by FOREIGN KEY (withdrawn_recorded_by) REFERENCES staff (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- R7-shared-log: each disclosure outside the team; written once, never changed.
CREATE TABLE disclosures (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id       VARCHAR(64)   NOT NULL,
    disclosed_to  VARCHAR(200)  NOT NULL,
    what          VARCHAR(1000) NOT NULL,
    why           VARCHAR(1000) NOT NULL,
    basis         VARCHAR(32)   NOT NULL,
    consent_id    BIGINT        NULL,
    disclosed_on  DATE          NOT NULL,
    recorded_by   VARCHAR(64)   NOT NULL,
    recorded_at   DATETIME(6)   NOT NULL,
    decision_id   BIGINT        NULL,
    INDEX ix_disclosures_case (case_id, disclosed_on),
    CONSTRAINT fk_disclosures_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_disclosures_consent FOREIGN KEY (consent_id) REFERENCES consents (id),
    CONSTRAINT fk_disclosures_by FOREIGN KEY (recorded_by) REFERENCES staff (username),
    CONSTRAINT fk_disclosures_decision FOREIGN KEY (decision_id) REFERENCES management_decisions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
