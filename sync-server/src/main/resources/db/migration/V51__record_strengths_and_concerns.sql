-- R5.4-balance: a case summary's strengths and concerns, each in its own column, so a one-sided
-- summary can be flagged for the supervisor (Balance in shared-model). Null in summaries written
-- before they were asked for: those said it in the text, and are not flagged.
ALTER TABLE case_summaries
    ADD COLUMN strengths TEXT NULL,
    ADD COLUMN concerns  TEXT NULL;
