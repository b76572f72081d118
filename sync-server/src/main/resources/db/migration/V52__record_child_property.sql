-- R5.4-child-property: the child's belongings (for children looked after), so they can be returned.
-- An item is never changed; where it is, and whether it has gone back to the child, is a new row in
-- child_property_moves each time, so the history is kept and the latest row is where it is now.
CREATE TABLE child_property (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     VARCHAR(64)  NOT NULL,
    description VARCHAR(300) NOT NULL,
    added_by    VARCHAR(64)  NOT NULL,
    added_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_property_case FOREIGN KEY (case_id) REFERENCES cases (case_id),
    CONSTRAINT fk_property_added_by FOREIGN KEY (added_by) REFERENCES staff (username),
    INDEX ix_property_case (case_id, added_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE child_property_moves (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT       NOT NULL,
    location    VARCHAR(300) NOT NULL,
    returned    BOOLEAN      NOT NULL,
    recorded_by VARCHAR(64)  NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_property_moves_item FOREIGN KEY (item_id) REFERENCES child_property (id),
    CONSTRAINT fk_property_moves_staff FOREIGN KEY (recorded_by) REFERENCES staff (username),
    INDEX ix_property_moves_item (item_id, recorded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
