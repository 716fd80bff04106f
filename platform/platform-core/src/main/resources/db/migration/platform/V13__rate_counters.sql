-- Hits per limit and key (a census check per account or client address, a sign-in start per
-- client address), counted by one atomic upsert so that concurrent requests cannot pass a limit.
-- Keys are SHA-256 digests (no address or account in clear); platform-owned like the mail outbox,
-- so not isolated per tenant (a limit of a tenant names the tenant in its key).
create table parvis_rate_counter (
    limit_name    varchar(50)  not null,
    key_digest    char(64)     not null,
    hits          integer      not null,
    window_start  timestamptz  not null,
    primary key (limit_name, key_digest)
);
create index parvis_rate_counter_window on parvis_rate_counter (window_start);

-- Replaced by parvis_rate_counter (its read-then-write count let concurrent failures through).
drop table parvis_verification_attempt;
