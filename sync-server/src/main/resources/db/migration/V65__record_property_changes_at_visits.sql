-- R5.4-child-property at visits: a change recorded on the tablet names the visit note it came from,
-- so the item's history says which visit; an item can be noted lost (a move that says so). Rows
-- recorded on the workspace have no note.
ALTER TABLE child_property
    ADD COLUMN note_id VARCHAR(64) NULL;

ALTER TABLE child_property_moves
    ADD COLUMN lost    BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN note_id VARCHAR(64) NULL;
