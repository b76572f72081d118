-- Reference data: the first visit form, approved for use (R2-form-approval).
INSERT INTO form_versions (version, approved, approved_by, approved_at)
VALUES ('visit-1', TRUE, 'practice-standards', '2026-01-01 00:00:00');
