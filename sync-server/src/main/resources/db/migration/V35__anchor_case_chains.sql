-- Issue 11: the server-signed end of each case's chain (sequence and hash of its last entry), so that
-- entries cut off the end show as a broken chain. Written with every merge, in its transaction.
-- Cases that already have entries get a placeholder here (head_json null), which the server signs
-- once at its next start (ChainHeads); from then on a case with entries and no signed head is broken.
CREATE TABLE case_chain_heads (
    case_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    sequence    BIGINT      NOT NULL,
    entry_hash  CHAR(64)    NOT NULL,
    head_json   TEXT        NULL,
    CONSTRAINT fk_chain_head_case FOREIGN KEY (case_id) REFERENCES cases (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO case_chain_heads (case_id, sequence, entry_hash)
SELECT e.case_id, e.sequence, e.entry_hash FROM case_entries e
WHERE e.sequence = (SELECT MAX(x.sequence) FROM case_entries x WHERE x.case_id = e.case_id);
