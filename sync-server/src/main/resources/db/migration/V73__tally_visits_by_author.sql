-- Issue 14 (scale): each practitioner's current visits and those still awaiting sign-off, kept in the
-- same transaction as visit_facts (VisitTallies), so the dashboard's practitioners' table reads one row
-- per practitioner instead of grouping every visit of the team (116-205 ms at 200,000 visits).
CREATE TABLE visit_tallies_by_author (
    author VARCHAR(64) NOT NULL PRIMARY KEY,
    visits BIGINT NOT NULL,
    awaiting BIGINT NOT NULL
);
