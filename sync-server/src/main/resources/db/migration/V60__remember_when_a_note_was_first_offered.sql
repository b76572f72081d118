-- When a tablet first offered a note the server refused for a reason the tablet could not mend by
-- itself (a form version not yet approved, a case not yet opened, cover not yet granted). The note,
-- sent again unchanged later, was not held back: its signing time is judged from its first offer.
CREATE TABLE note_first_offers (
    note_id    CHAR(36)    NOT NULL PRIMARY KEY,
    device_id  VARCHAR(32) NOT NULL,
    offered_at DATETIME(6) NOT NULL,
    refused_as VARCHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
