-- R1-contemporaneous, R14-transfer: a case is opened at referral by a manager, belongs to a team
-- whether or not it is allocated, and is closed with a summary (and may be reopened).
ALTER TABLE cases
    ADD COLUMN team            VARCHAR(200) NULL,
    ADD COLUMN referral_date   DATE         NULL,
    ADD COLUMN referral_source VARCHAR(300) NULL,
    ADD COLUMN closed_on       DATE         NULL;

-- Until now a case belonged to the team of the practitioner it was allocated to.
UPDATE cases c JOIN staff s ON s.username = c.allocated_to SET c.team = s.team WHERE c.team IS NULL;
CREATE INDEX ix_cases_team ON cases (team, case_id);

-- Who held the case, from when until when (R14-transfer): a note signed while a practitioner held
-- the case still lands after the case moved on. Allocations made before this table existed have no
-- known start (from_at NULL: since before the history was kept).
CREATE TABLE case_allocations (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      VARCHAR(64)  NOT NULL,
    practitioner VARCHAR(64)  NOT NULL,
    team         VARCHAR(200) NULL,
    from_at      DATETIME(6)  NULL,
    until_at     DATETIME(6)  NULL,
    CONSTRAINT fk_allocations_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_allocations_staff FOREIGN KEY (practitioner) REFERENCES staff (username),
    INDEX ix_allocations_case (case_id, practitioner, from_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO case_allocations (case_id, practitioner, team, from_at, until_at)
SELECT case_id, allocated_to, team, NULL, NULL FROM cases WHERE allocated_to IS NOT NULL;

-- A transfer to another practitioner or team (R14-transfer): audited by the sending manager first,
-- then confirmed by a manager of the receiving team, who allocates it there. Each step is also a
-- management decision; this row ties them together and tells a pending transfer from a done one.
CREATE TABLE case_transfers (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id           VARCHAR(64)   NOT NULL,
    from_team         VARCHAR(200)  NULL,
    from_practitioner VARCHAR(64)   NULL,
    to_team           VARCHAR(200)  NOT NULL,
    to_practitioner   VARCHAR(64)   NULL,
    audited_by        VARCHAR(64)   NOT NULL,
    audited_at        DATETIME(6)   NOT NULL,
    audit_decision    BIGINT        NOT NULL,
    received_by       VARCHAR(64)   NULL,
    received_at       DATETIME(6)   NULL,
    receipt_decision  BIGINT        NULL,
    CONSTRAINT fk_transfers_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_transfers_audit FOREIGN KEY (audit_decision) REFERENCES management_decisions (id),
    CONSTRAINT fk_transfers_receipt FOREIGN KEY (receipt_decision) REFERENCES management_decisions (id),
    INDEX ix_transfers_case (case_id, received_at),
    INDEX ix_transfers_to_team (to_team, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- R5.1-basic: a correction of the child's legal name, date of birth or address keeps the evidence seen.
ALTER TABLE case_facts ADD COLUMN evidence VARCHAR(300) NULL;

-- R1-contemporaneous: the case's own moves (opened, allocated, transferred, closed, reopened) are
-- entries of its hash chain too, signed by the server's key; no device sent them.
ALTER TABLE case_entries MODIFY device_id VARCHAR(32) NULL;

-- Case ids for cases opened in the workspace (C-1006, C-1007, ...: after the demo's C-1001 to C-1005);
-- an id already taken (by a case imported with its own id) is skipped by the server. A sequence hands
-- out each number once, even to two managers opening cases at the same moment.
CREATE SEQUENCE case_numbers START WITH 1006 INCREMENT BY 1 NOCACHE;
