-- R1-media: documents and photos of a case or a visit, stored content-addressed in the database
-- (so the database backup holds them with the notes that sign them). A file's bytes are kept once,
-- named by their SHA-256, whoever attached them and however often.
CREATE TABLE attachment_files (
    sha256      CHAR(64)     NOT NULL PRIMARY KEY,
    size        BIGINT       NOT NULL,
    bytes       LONGBLOB     NOT NULL,
    stored_at   DATETIME(6)  NOT NULL,
    stored_by   VARCHAR(64)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- What each signed visit note names, copied out of the note as it merges, so an upload is checked
-- against the notes of its device without reading every note. The note itself stays the evidence.
CREATE TABLE visit_attachments (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    note_id     CHAR(36)     NOT NULL,
    case_id     VARCHAR(64)  NOT NULL,
    device_id   VARCHAR(32)  NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(200) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size        BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    UNIQUE KEY uq_visit_attachments (note_id, position),
    INDEX ix_visit_attachments_hash (sha256, device_id),
    INDEX ix_visit_attachments_case (case_id),
    CONSTRAINT fk_visit_attachments_entry FOREIGN KEY (note_id) REFERENCES case_entries (note_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Documents a supervisor or manager attaches to the case in the workspace (court orders, plans, reports).
CREATE TABLE case_documents (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     VARCHAR(64)  NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size        BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    added_by    VARCHAR(64)  NOT NULL,
    added_at    DATETIME(6)  NOT NULL,
    INDEX ix_case_documents_case (case_id, added_at),
    CONSTRAINT fk_case_documents_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_case_documents_file FOREIGN KEY (sha256) REFERENCES attachment_files (sha256),
    CONSTRAINT fk_case_documents_by FOREIGN KEY (added_by) REFERENCES staff (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
