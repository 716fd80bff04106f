-- Citizens' conventions drawn by lot: the convention and its public ceremony (pool hash, the
-- published lottery of M panels, the seed and the drawn panel index).
create table convention_convention (
    id                    uuid primary key,
    tenant_id             uuid         not null references parvis_tenant (id) on delete cascade,
    title                 varchar(200) not null,
    mandate               text         not null,
    recruitment_opens     date,
    recruitment_closes    date,
    draw_date             date,
    panel_size            integer      not null check (panel_size > 0),
    quotas                text         not null,
    open_to_all           boolean      not null,
    lottery_size          integer      not null,
    status                varchar(16)  not null,
    pool_hash             varchar(64),
    lottery_hash          varchar(64),
    lottery               text,
    lottery_max_deviation double precision,
    seed                  varchar(200),
    drawn_index           integer,
    created_at            timestamptz  not null,
    version               bigint       not null
);

-- The pool. number is the volunteer's public, pseudonymous id. Names, email, person_key (keyed
-- hash of the civil identity, for duplicates) and resident_id are personal data: erased on
-- withdrawal after the freeze and at the end of the mandate; answers stay (covered by the pool hash).
create table convention_volunteer (
    id               uuid primary key,
    tenant_id        uuid         not null references parvis_tenant (id) on delete cascade,
    convention_id    uuid         not null references convention_convention (id) on delete cascade,
    number           integer      not null,
    last_name        varchar(200),
    first_names      varchar(200),
    email            varchar(254),
    answers          text         not null,
    person_key       varchar(64),
    resident_id      uuid,
    publish_name     boolean      not null,
    channel          varchar(16)  not null,
    status           varchar(16)  not null,
    withdrawal_token varchar(64),
    probability      double precision,
    joined_at        timestamptz  not null,
    unique (tenant_id, convention_id, number),
    unique (tenant_id, convention_id, person_key),
    unique (tenant_id, convention_id, withdrawal_token)
);

-- Invitation letters: only the SHA-256 of each one-time code.
create table convention_invitation (
    id             uuid primary key,
    tenant_id      uuid        not null references parvis_tenant (id) on delete cascade,
    convention_id  uuid        not null references convention_convention (id) on delete cascade,
    code_hash      varchar(64) not null,
    created_at     timestamptz not null,
    used_at        timestamptz,
    unique (tenant_id, convention_id, code_hash)
);

-- Replacement rounds: a lottery over the rest of the pool, published before its seed.
create table convention_replacement (
    id             uuid primary key,
    tenant_id      uuid        not null references parvis_tenant (id) on delete cascade,
    convention_id  uuid        not null references convention_convention (id) on delete cascade,
    round          integer     not null,
    panel          text        not null,
    withdrawn      text        not null,
    lottery_hash   varchar(64) not null,
    lottery        text        not null,
    seed           varchar(200),
    drawn_index    integer,
    created_at     timestamptz not null,
    unique (tenant_id, convention_id, round)
);

select parvis_isolate_tenant_rows('convention_convention');
select parvis_isolate_tenant_rows('convention_volunteer');
select parvis_isolate_tenant_rows('convention_invitation');
select parvis_isolate_tenant_rows('convention_replacement');
