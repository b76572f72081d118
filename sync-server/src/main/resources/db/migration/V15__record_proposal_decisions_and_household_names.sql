-- R5.1-decisions: a supervisor's confirmation or rejection of a proposal is a management decision
-- that names the proposal; a proposal is decided once, so it has at most one.
ALTER TABLE management_decisions
    ADD COLUMN proposal_id CHAR(36) NULL,
    ADD CONSTRAINT uq_decisions_proposal UNIQUE (proposal_id),
    ADD CONSTRAINT fk_decisions_proposal FOREIGN KEY (proposal_id) REFERENCES fact_proposals (proposal_id);

-- Proposals decided before this migration become decisions too, in the same words the server uses now.
INSERT INTO management_decisions (case_id, kind, decision, reasons, decided_by, decided_at, proposal_id)
SELECT p.case_id,
       CASE p.status WHEN 'confirmed' THEN 'proposal-confirmed' ELSE 'proposal-rejected' END,
       LEFT(CONCAT(CASE p.status WHEN 'confirmed' THEN 'Confirmed: ' ELSE 'Rejected: ' END,
            CASE p.kind
                WHEN 'household-joins' THEN CONCAT(p.proposed_value, ' joins the household')
                WHEN 'household-leaves' THEN CONCAT(COALESCE(m.description, 'a household member'), ' leaves the household')
                WHEN 'communication-needs' THEN CONCAT('communication needs become "', LEFT(p.proposed_value, 150), '"')
                WHEN 'declared-name' THEN CONCAT('the child''s name becomes ', p.proposed_value)
                ELSE CONCAT('the child''s gender becomes ', p.proposed_value)
            END), 500),
       COALESCE(p.decision_reason, 'No comment was given.'),
       p.decided_by, p.decided_at, p.proposal_id
FROM fact_proposals p LEFT JOIN household_members m ON m.id = p.household_member_id
WHERE p.status <> 'pending' AND p.decided_by IS NOT NULL AND p.decided_at IS NOT NULL;

-- R5.1-basic: a member added on the record keeps their name and relationship apart as well as in the
-- one line (description) that every page already shows; members recorded as one line have neither.
ALTER TABLE household_members
    ADD COLUMN member_name  VARCHAR(200) NULL,
    ADD COLUMN relationship VARCHAR(100) NULL;

-- R5.4-current-historical: NHS numbers keep their history as case facts; cases.nhs_number stays the
-- current one. The number held so far is the first fact (date not known).
INSERT INTO case_facts (case_id, kind, fact_value, effective_from, recorded_by, recorded_at)
SELECT case_id, 'nhs-number', nhs_number, NULL, 'migration', CURRENT_TIMESTAMP(6)
FROM cases WHERE nhs_number IS NOT NULL;
