-- Staff who sign in: practitioners enrol tablets, supervisors and managers use the web pages.
CREATE TABLE staff (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(32)  NOT NULL,
    team          VARCHAR(200) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A tablet's public key bound to the practitioner who enrolled it (device_id = key id).
CREATE TABLE devices (
    device_id   VARCHAR(32)  NOT NULL PRIMARY KEY,
    username    VARCHAR(64)  NOT NULL,
    device_name VARCHAR(200) NULL,
    public_key  VARCHAR(64)  NOT NULL,
    enrolled_at DATETIME(6)  NOT NULL,
    revoked_at  DATETIME(6)  NULL,
    CONSTRAINT fk_devices_staff FOREIGN KEY (username) REFERENCES staff (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One-time challenges a device signs to get a token; deleted when used.
CREATE TABLE token_challenges (
    challenge  VARCHAR(64) NOT NULL PRIMARY KEY,
    device_id  VARCHAR(32) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_challenges_device FOREIGN KEY (device_id) REFERENCES devices (device_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- API tokens, stored only as their SHA-256 so several server instances share them.
CREATE TABLE access_tokens (
    token_hash CHAR(64)    NOT NULL PRIMARY KEY,
    device_id  VARCHAR(32) NOT NULL,
    username   VARCHAR(64) NOT NULL,
    issued_at  DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_tokens_device FOREIGN KEY (device_id) REFERENCES devices (device_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per child's case; the row is locked while a note merges into it.
CREATE TABLE cases (
    case_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    child_name    VARCHAR(200) NOT NULL,
    date_of_birth DATE         NULL,
    address       VARCHAR(500) NULL,
    legal_status  VARCHAR(200) NULL,
    allocated_to  VARCHAR(64)  NULL,
    CONSTRAINT fk_cases_staff FOREIGN KEY (allocated_to) REFERENCES staff (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE household_members (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     VARCHAR(64)  NOT NULL,
    position    INT          NOT NULL,
    description VARCHAR(500) NOT NULL,
    CONSTRAINT fk_household_case FOREIGN KEY (case_id) REFERENCES cases (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE plan_recommendations (
    id       VARCHAR(64)   NOT NULL PRIMARY KEY,
    case_id  VARCHAR(64)   NOT NULL,
    position INT           NOT NULL,
    text     VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_plan_case FOREIGN KEY (case_id) REFERENCES cases (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Form versions a manager has approved for use (R2-form-approval).
CREATE TABLE form_versions (
    version     VARCHAR(64) NOT NULL PRIMARY KEY,
    approved    BOOLEAN     NOT NULL,
    approved_by VARCHAR(64) NULL,
    approved_at DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Append-only: the note as signed (canonical JSON, verbatim), its place in the case's hash chain,
-- and the receipt issued for it (returned unchanged on every repost).
CREATE TABLE case_entries (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id       VARCHAR(64)  NOT NULL,
    sequence      BIGINT       NOT NULL,
    note_id       CHAR(36)     NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    previous_hash CHAR(64)     NOT NULL,
    entry_hash    CHAR(64)     NOT NULL,
    note_json     LONGTEXT     NOT NULL,
    signature     VARCHAR(128) NOT NULL,
    device_id     VARCHAR(32)  NOT NULL,
    author        VARCHAR(64)  NOT NULL,
    visit_start   DATETIME(6)  NULL,
    signed_at     DATETIME(6)  NOT NULL,
    received_at   DATETIME(6)  NOT NULL,
    receipt_json  TEXT         NOT NULL,
    CONSTRAINT uq_case_entries_note UNIQUE (note_id),
    CONSTRAINT uq_case_entries_sequence UNIQUE (case_id, sequence),
    CONSTRAINT fk_entries_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_entries_device FOREIGN KEY (device_id) REFERENCES devices (device_id),
    INDEX ix_case_entries_received (received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Dated facts with their source (R5.5-chronology).
CREATE TABLE chronology_lines (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id   VARCHAR(64)   NOT NULL,
    line_date DATE          NOT NULL,
    fact      VARCHAR(1000) NOT NULL,
    source    VARCHAR(300)  NOT NULL,
    note_id   CHAR(36)      NULL,
    CONSTRAINT fk_chronology_case FOREIGN KEY (case_id) REFERENCES cases (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
