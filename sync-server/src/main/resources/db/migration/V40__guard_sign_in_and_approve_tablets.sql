-- R13-accounts: every failed sign-in (workspace form or tablet enrolment) and every attempt refused
-- because of a lock, kept for the admin's "Sign-in security" page and for counting towards a lock.
-- username is what was typed (it may name nobody: guessing names is guessing too), so no foreign key.
CREATE TABLE sign_in_attempts (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(6)  NOT NULL,
    username    VARCHAR(200) NOT NULL,
    address     VARCHAR(64)  NOT NULL,
    channel     VARCHAR(16)  NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    CONSTRAINT ck_attempts_channel CHECK (channel IN ('workspace', 'enrolment')),
    CONSTRAINT ck_attempts_outcome CHECK (outcome IN ('failed', 'locked', 'succeeded'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_attempts_username_at ON sign_in_attempts (username, at);
CREATE INDEX ix_attempts_address_at ON sign_in_attempts (address, at);
CREATE INDEX ix_attempts_at ON sign_in_attempts (at);

-- A lock on an account or on a client address: until when, and whether (who, when) an admin released it early.
CREATE TABLE sign_in_locks (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(16)  NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    locked_at    DATETIME(6)  NOT NULL,
    locked_until DATETIME(6)  NOT NULL,
    released_at  DATETIME(6)  NULL,
    released_by  VARCHAR(64)  NULL,
    CONSTRAINT ck_locks_kind CHECK (kind IN ('account', 'address')),
    CONSTRAINT fk_locks_released_by FOREIGN KEY (released_by) REFERENCES staff (username),
    CONSTRAINT ck_locks_released CHECK ((released_at IS NULL) = (released_by IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_locks_subject ON sign_in_locks (kind, subject, locked_until);
CREATE INDEX ix_locks_until ON sign_in_locks (locked_until);

-- A new tablet gets no caseload until its practitioner's supervisor or manager approves it.
-- Tablets enrolled before approval existed already hold their caseload: they count as approved,
-- with no approver (the page says they were approved before approval was needed).
ALTER TABLE devices
    ADD COLUMN approved_at DATETIME(6) NULL AFTER enrolled_at,
    ADD COLUMN approved_by VARCHAR(64) NULL AFTER approved_at,
    ADD CONSTRAINT fk_devices_approved_by FOREIGN KEY (approved_by) REFERENCES staff (username),
    ADD CONSTRAINT ck_devices_approved_by CHECK (approved_by IS NULL OR approved_at IS NOT NULL);
UPDATE devices SET approved_at = enrolled_at;

-- Challenges are swept by expiry.
CREATE INDEX ix_token_challenges_expires ON token_challenges (expires_at);
