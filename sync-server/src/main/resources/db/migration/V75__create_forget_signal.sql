-- Issue 16: instances of one service keep recent answers (good tokens, usable form versions) in memory.
-- A change that makes such an answer wrong (a tablet revoked, an account disabled, a form version
-- retired) raises this counter in its own transaction; every instance reads it before answering from
-- memory and forgets everything when it has moved, so no instance serves a revoked tablet again.
create table forget_signal (
    id tinyint not null primary key,
    generation bigint not null
) engine = InnoDB;

insert into forget_signal (id, generation) values (1, 0);
