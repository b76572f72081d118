-- A relationship on the genogram (R5.6-genogram) is proposed from a tablet and decided by a
-- supervisor like a household change: the proposal names the two people by their genogram keys
-- ("child", "m12", "f3"), the kind (parent-of, sibling-of, married, partnered, separated, divorced)
-- and optional dates. Only rows of kind 'relationship' fill them; older proposals keep them NULL.
ALTER TABLE fact_proposals
    ADD COLUMN relation_from  VARCHAR(32) NULL,
    ADD COLUMN relation_kind  VARCHAR(16) NULL,
    ADD COLUMN relation_to    VARCHAR(32) NULL,
    ADD COLUMN relation_since DATE        NULL,
    ADD COLUMN relation_until DATE        NULL;
