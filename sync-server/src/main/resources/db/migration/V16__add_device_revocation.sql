-- R15-lost-device: a manager or an admin revokes a lost tablet from the workspace. The device row is
-- never deleted (notes it signed are verified against its key for ever), so it keeps who revoked it
-- and why, next to revoked_at (which V1 already had).
-- last_token_at: revoking deletes the tablet's unexpired access tokens, which would take the newest
-- "last token issued" with them; so revoking writes the newest one here, and the page still says
-- when the tablet last talked to the server (often the first question after a loss).
ALTER TABLE devices
    ADD COLUMN revoked_by     VARCHAR(64)  NULL AFTER revoked_at,
    ADD COLUMN revoked_reason VARCHAR(500) NULL AFTER revoked_by,
    ADD COLUMN last_token_at  DATETIME(6)  NULL AFTER revoked_reason,
    ADD CONSTRAINT fk_devices_revoked_by FOREIGN KEY (revoked_by) REFERENCES staff (username),
    -- Devices revoked in SQL before this page existed have no who or why; a revoker always says both.
    ADD CONSTRAINT ck_devices_revoked_by CHECK (revoked_by IS NULL
        OR (revoked_at IS NOT NULL AND revoked_reason IS NOT NULL));

-- The tablets page lists the newest enrolments first, and the last token of each listed device.
CREATE INDEX ix_devices_enrolled ON devices (enrolled_at);
CREATE INDEX ix_access_tokens_device_issued ON access_tokens (device_id, issued_at);
