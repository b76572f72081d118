-- Issue 14 (scale): each case's current visits awaiting sign-off and its newest receipt, kept with
-- visit_facts (VisitTallies). The team's awaiting count and the live script's newest receipt sum or
-- take the max over the team's cases (one row each) instead of reading every team visit; kept per
-- case, not per team, so a case that moves team takes its tallies with it.
CREATE TABLE visit_tallies_by_case (
    case_id VARCHAR(64) NOT NULL PRIMARY KEY,
    awaiting BIGINT NOT NULL,
    latest_received_at DATETIME(6) NULL
);
