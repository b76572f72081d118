-- The people of a child's genogram and the relationships between them (R5.6-genogram). A household
-- member appears on the genogram already; a row here gives them a sex and dates, or adds a relative
-- outside the household. Relationships name their two people by key: 'child', 'm<household member id>'
-- or 'f<family_people id>'. Each row is added with a management decision and never changed.
CREATE TABLE family_people (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id             VARCHAR(64)   NOT NULL,
    household_member_id BIGINT        NULL,
    person_name         VARCHAR(200)  NOT NULL,
    sex                 VARCHAR(16)   NOT NULL,
    born_on             DATE          NULL,
    died_on             DATE          NULL,
    deceased            BOOLEAN       NOT NULL,
    recorded_by         VARCHAR(64)   NOT NULL,
    recorded_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_family_people_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_family_people_member FOREIGN KEY (household_member_id) REFERENCES household_members (id),
    CONSTRAINT uq_family_people_member UNIQUE (household_member_id),
    INDEX ix_family_people_case (case_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE family_relationships (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     VARCHAR(64)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    from_key    VARCHAR(24)  NOT NULL,
    to_key      VARCHAR(24)  NOT NULL,
    bond        VARCHAR(16)  NULL,
    since_on    DATE         NULL,
    until_on    DATE         NULL,
    recorded_by VARCHAR(64)  NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_family_relationships_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    INDEX ix_family_relationships_case (case_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
