-- R5.1-decisions: a decision on a record change or a proposal keeps the supervisor's own words (up to
-- 4,000 characters) and the basis they decided on (the proposal's reason, up to 4,000 more) together.
-- VARCHAR(4000) could not hold both, and the reasons were cut to fit: a decision's reasons are never
-- shortened, so the column holds them whole. What a household looked like when a change was proposed
-- joins every member's line, which can pass 2,000 characters for a large household.
ALTER TABLE management_decisions MODIFY reasons TEXT NOT NULL;
ALTER TABLE fact_proposals MODIFY current_when_proposed TEXT NULL;
