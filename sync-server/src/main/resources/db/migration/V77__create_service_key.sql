-- Issue 16: one signing key for the service, however many server instances run on this database.
-- The first instance to start claims the row; every other instance reads it and signs with the same
-- key, or refuses to start when it was given a different one. The seed (the private key, unpadded
-- base64url) is kept here only when no instance was given a key by config: a key given by config
-- (doorstep.server-key or doorstep.server-key-file) stays out of the database, which then holds
-- only its public half to check every other instance against.
create table service_key (
    id tinyint not null primary key,
    key_id varchar(64) not null,
    public_key varchar(64) not null,
    seed varchar(64) null,
    claimed_at timestamp(6) not null,
    claimed_by varchar(255) not null
) engine = InnoDB;
