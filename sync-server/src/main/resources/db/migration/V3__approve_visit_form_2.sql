-- Reference data: the second visit form (outcome and the short path for a failed visit, information
-- exchanged, how the child's views were gathered, changes, relationship, analysis against the plan,
-- actions, privacy notice, who supplied the information, what others said), approved for use
-- (R2-form-approval). visit-1 stays approved so notes already signed with it still read.
INSERT INTO form_versions (version, approved, approved_by, approved_at)
VALUES ('visit-2', TRUE, 'practice-standards', '2026-11-25 00:00:00');
