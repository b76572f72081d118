-- A visit-form version's life (R2-form-approval): registered as proposed, approved by a manager
-- before any note may use it, retired (with a reason) when tablets must stop using it. Rows are
-- never deleted: notes already in the record name their version, and the page shows its history.
ALTER TABLE form_versions
    ADD COLUMN status           VARCHAR(16)   NULL AFTER version,
    ADD COLUMN title            VARCHAR(120)  NULL AFTER status,
    ADD COLUMN description      VARCHAR(2000) NULL AFTER title,
    ADD COLUMN registered_by    VARCHAR(64)   NULL AFTER description,
    ADD COLUMN registered_at    DATETIME(6)   NULL AFTER registered_by,
    ADD COLUMN approval_comment VARCHAR(2000) NULL AFTER approved_at,
    ADD COLUMN retired_by       VARCHAR(64)   NULL,
    ADD COLUMN retired_at       DATETIME(6)   NULL,
    ADD COLUMN retired_reason   VARCHAR(2000) NULL;

-- The versions approved so far stay approved, with their approver and time; they were registered
-- when they were approved (nobody proposed them through the page).
UPDATE form_versions
SET status        = CASE WHEN approved THEN 'approved' ELSE 'proposed' END,
    registered_by = COALESCE(approved_by, 'practice-standards'),
    registered_at = COALESCE(approved_at, '2026-01-01 00:00:00');
UPDATE form_versions SET title = 'Visit form 1',
    description = 'The first visit form: when and where, who was present, interpreter, the child seen and seen alone, the child''s and carers'' views, a narrative.'
WHERE version = 'visit-1';
UPDATE form_versions SET title = 'Visit form 2',
    description = 'Adds the outcome and a short path for a failed visit, information exchanged, how the child''s views were gathered, changes, relationship, analysis against the plan, actions, the privacy notice, who supplied the information and what others said.'
WHERE version = 'visit-2';
UPDATE form_versions SET title = version, description = '(described before versions had descriptions)' WHERE title IS NULL;

-- status replaces the approved flag: one place says whether a version may be used.
ALTER TABLE form_versions
    DROP COLUMN approved,
    MODIFY status        VARCHAR(16)   NOT NULL,
    MODIFY title         VARCHAR(120)  NOT NULL,
    MODIFY description   VARCHAR(2000) NOT NULL,
    MODIFY registered_by VARCHAR(64)   NOT NULL,
    MODIFY registered_at DATETIME(6)   NOT NULL,
    ADD CONSTRAINT ck_form_versions_status CHECK (status IN ('proposed', 'approved', 'retired'));
