-- People and accounts managed by the service itself (R13-accounts).

-- Teams are made by an admin; a person works in one (an admin in none). Until now a team was only
-- a name on a staff row: every name in use becomes a team.
CREATE TABLE teams (
    name        VARCHAR(200) NOT NULL PRIMARY KEY,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(64)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO teams (name, created_at) SELECT DISTINCT team, UTC_TIMESTAMP(6) FROM staff WHERE team IS NOT NULL;

-- A disabled account stays (its records name it) but signs in nowhere; a temporary password set by
-- a manager or an admin must be changed at the next sign-in.
ALTER TABLE staff
    ADD COLUMN disabled_at          DATETIME(6)  NULL,
    ADD COLUMN disabled_by          VARCHAR(64)  NULL,
    ADD COLUMN disabled_reason      VARCHAR(500) NULL,
    ADD COLUMN must_change_password BOOLEAN      NOT NULL DEFAULT FALSE;

-- What was done to an account, by whom and when: created, moved, temporary password, disabled,
-- password changed. Append-only.
CREATE TABLE account_events (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username    VARCHAR(64)  NOT NULL,
    what        VARCHAR(500) NOT NULL,
    done_by     VARCHAR(64)  NOT NULL,
    done_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_account_events_staff FOREIGN KEY (username) REFERENCES staff (username),
    INDEX ix_account_events_user (username, done_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Workspace sessions live on the server (issue 11): the browser holds only a random id, stored
-- here as its SHA-256, so signing out, idling, the absolute lifetime and disabling the account
-- end a session for every copy of its cookie, on every instance that shares this database.
CREATE TABLE web_sessions (
    id_hash        VARCHAR(64)  NOT NULL PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    last_active_at DATETIME(6)  NOT NULL,
    ended_at       DATETIME(6)  NULL,
    ended_why      VARCHAR(32)  NULL,
    CONSTRAINT fk_web_sessions_staff FOREIGN KEY (username) REFERENCES staff (username),
    INDEX ix_web_sessions_user (username, ended_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
