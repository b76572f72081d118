-- Issue 14 (scale): the dashboard's windowed counts ("30 days", "90 days") as sums over a row per day
-- instead of a scan of every visit in the window (60-67 ms for the practitioners' 30-day count at
-- 200,000 visits). Kept in the same transaction as visit_facts (VisitDayTallies) and counted again from
-- visit_facts at every start-up. A day is a UTC date: the windows are instants (now minus N days), so
-- the rows of the days wholly inside one are summed and the window's first, partial day is counted from
-- visit_facts itself (the two indexes below), which keeps every count exactly what it was.

-- Per practitioner and day received: the practitioners' table (visits in 30 days, late entries in 90).
CREATE TABLE visit_days_by_author (
    author   VARCHAR(64) NOT NULL,
    day      DATE        NOT NULL,
    received BIGINT      NOT NULL,
    late     BIGINT      NOT NULL,
    PRIMARY KEY (author, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Per team (the case's own team, R14-cover) and day: the team's cards. late_received counts on the day
-- a Late Entry was received; failed, strengths_only and concerns_only on the day the visit started, as
-- the cards' windows read them. A case that moves team takes its counts along (VisitDayTallies.moved).
CREATE TABLE visit_days_by_team (
    team           VARCHAR(200) NOT NULL,
    day            DATE         NOT NULL,
    late_received  BIGINT       NOT NULL,
    failed         BIGINT       NOT NULL,
    strengths_only BIGINT       NOT NULL,
    concerns_only  BIGINT       NOT NULL,
    PRIMARY KEY (team, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A window's first, partial day: one day's Late Entries by when they were received, or visits by when
-- they started. The first also gives the dashboard's five newest Late Entries newest first, stopped at
-- the fifth of the team (460 ms at 200,000 visits when read through the team's cases and sorted).
CREATE INDEX ix_visit_facts_late_received ON visit_facts (late_entry, received_at);
CREATE INDEX ix_visit_facts_start ON visit_facts (visit_start);
