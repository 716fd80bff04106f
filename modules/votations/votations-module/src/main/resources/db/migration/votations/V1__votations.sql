-- Local votes. Secret ballot: who voted (votation_participation) and what was voted
-- (votation_ballot) are two tables with nothing to join them on:
--  * participation holds only the voter's person key (keyed hash of the verified identity) and a
--    random id: no time, no ballot id;
--  * a ballot holds a random (v4) id, no voter, no time and no sequence, so neither its id nor
--    any column orders ballots by arrival; its content is canonical (options sorted), so it does
--    not keep the order of the voter's clicks.
create table votation_votation (
    id           uuid primary key,
    tenant_id    uuid          not null references parvis_tenant (id) on delete cascade,
    question     varchar(300)  not null,
    description  text          not null,
    method       varchar(20)   not null,
    grades       text          not null,
    opens_at     timestamptz   not null,
    closes_at    timestamptz   not null,
    created_at   timestamptz   not null,
    version      bigint        not null
);

create table votation_option (
    id           uuid primary key,
    tenant_id    uuid          not null references parvis_tenant (id) on delete cascade,
    votation_id  uuid          not null references votation_votation (id) on delete cascade,
    position     int           not null,
    label        varchar(300)  not null,
    unique (tenant_id, votation_id, position)
);

create table votation_participation (
    id           uuid primary key,
    tenant_id    uuid          not null references parvis_tenant (id) on delete cascade,
    votation_id  uuid          not null references votation_votation (id) on delete cascade,
    voter_key    varchar(64)   not null,
    unique (tenant_id, votation_id, voter_key)
);

create table votation_ballot (
    id           uuid primary key,
    tenant_id    uuid          not null references parvis_tenant (id) on delete cascade,
    votation_id  uuid          not null references votation_votation (id) on delete cascade,
    content      varchar(4000) not null
);
create index votation_ballot_votation on votation_ballot (votation_id);

select parvis_isolate_tenant_rows('votation_votation');
select parvis_isolate_tenant_rows('votation_option');
select parvis_isolate_tenant_rows('votation_participation');
select parvis_isolate_tenant_rows('votation_ballot');
