-- The team dashboard's counts read visit_facts by author and by case with the flag they filter on,
-- so each is one index range without a row lookup (a team of 20 with 20,000 visits: see
-- docs/benchmarks.md). Indexes only; nothing about the record changes.
CREATE INDEX ix_visit_facts_author_late ON visit_facts (author, late_entry, received_at);
CREATE INDEX ix_visit_facts_case_late ON visit_facts (case_id, late_entry, received_at);
CREATE INDEX ix_visit_facts_case_seen ON visit_facts (case_id, child_seen, visit_start);
CREATE INDEX ix_visit_facts_case_received ON visit_facts (case_id, received_at);
