-- Issue 16: work that only one server instance of a cluster may do at a time, whoever holds the row
-- until held_until: each start-up job ("job:<name>") and each account's password check
-- ("sign-in:<account>", so the wrong-password allowance is one per service, not one per instance).
-- A row, not MariaDB's GET_LOCK, because a Galera cluster replicates rows but not GET_LOCK.
create table cluster_leases (
    name varchar(255) not null primary key,
    holder varchar(100) not null,
    held_until timestamp(6) not null
) engine = InnoDB;
