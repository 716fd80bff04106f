-- Residency verification. Identities and codes are stored only as HMAC-SHA256 hashes keyed with
-- the instance's identity key (never in the database) and bound to the tenant.

create table parvis_residency_policy (
    id          uuid primary key,
    tenant_id   uuid         not null references parvis_tenant (id) on delete cascade,
    methods     varchar(100) not null,
    updated_at  timestamptz  not null,
    version     bigint       not null,
    unique (tenant_id)
);

create table parvis_census_entry (
    id             uuid primary key,
    tenant_id      uuid     not null references parvis_tenant (id) on delete cascade,
    identity_hash  char(64) not null,
    unique (tenant_id, identity_hash)
);

create table parvis_verification_code (
    id             uuid primary key,
    tenant_id      uuid        not null references parvis_tenant (id) on delete cascade,
    code_hash      char(64)    not null,
    identity_hash  char(64)    not null,
    expires_at     timestamptz not null,
    used_at        timestamptz,
    version        bigint      not null,
    unique (tenant_id, code_hash)
);

-- One row per person ever verified in the tenant. The subject is cleared when the account
-- leaves; the hash stays so that the same person cannot verify again through another account.
create table parvis_verified_identity (
    id             uuid primary key,
    tenant_id      uuid         not null references parvis_tenant (id) on delete cascade,
    identity_hash  char(64)     not null,
    subject        varchar(255),
    method         varchar(20)  not null,
    verified_at    timestamptz  not null,
    version        bigint       not null,
    unique (tenant_id, identity_hash),
    unique (tenant_id, subject)
);

-- Pending requests for staff approval; the claimed identity is readable until decided.
create table parvis_verification_request (
    id            uuid primary key,
    tenant_id     uuid         not null references parvis_tenant (id) on delete cascade,
    subject       varchar(255) not null,
    last_name     varchar(100) not null,
    first_names   varchar(200) not null,
    birth_date    date         not null,
    requested_at  timestamptz  not null,
    unique (tenant_id, subject)
);

select parvis_isolate_tenant_rows('parvis_residency_policy');

select parvis_isolate_tenant_rows('parvis_census_entry');

select parvis_isolate_tenant_rows('parvis_verification_code');

select parvis_isolate_tenant_rows('parvis_verified_identity');

select parvis_isolate_tenant_rows('parvis_verification_request');

-- Failed census or code attempts per account, so that the census cannot be probed at will.
create table parvis_verification_attempt (
    id            uuid primary key,
    tenant_id     uuid         not null references parvis_tenant (id) on delete cascade,
    subject       varchar(255) not null,
    failures      integer      not null,
    window_start  timestamptz  not null,
    version       bigint       not null,
    unique (tenant_id, subject)
);

select parvis_isolate_tenant_rows('parvis_verification_attempt');
