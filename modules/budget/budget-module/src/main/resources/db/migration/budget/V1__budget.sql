-- Participatory budget: editions with their envelopes and calendar, ideas (which become projects
-- once found feasible), supports, and ballots. Every table is tenant-owned and isolated by
-- row-level security.
create table budget_edition (
    id                   uuid primary key,
    tenant_id            uuid         not null references parvis_tenant (id) on delete cascade,
    title                varchar(200) not null,
    allocation_rule      varchar(20)  not null,
    ballot_kind          varchar(20)  not null,
    max_choices          integer      not null,
    min_choices          integer      not null,
    min_spent_percent    integer      not null,
    total_points         integer      not null,
    submission_opens     timestamptz  not null,
    review_opens         timestamptz  not null,
    vote_opens           timestamptz  not null,
    vote_closes          timestamptz  not null,
    implementation_opens timestamptz  not null,
    created_at           timestamptz  not null,
    version              bigint       not null
);
select parvis_isolate_tenant_rows('budget_edition');

-- The money of an edition: one city-wide envelope and, optionally, one per district.
create table budget_envelope (
    id         uuid primary key,
    tenant_id  uuid         not null references parvis_tenant (id) on delete cascade,
    edition_id uuid         not null references budget_edition (id) on delete cascade,
    name       varchar(120) not null,
    amount     bigint       not null check (amount >= 0),
    district   boolean      not null,
    position   integer      not null,
    unique (edition_id, name)
);
create index budget_envelope_edition on budget_envelope (edition_id);
select parvis_isolate_tenant_rows('budget_envelope');

create table budget_idea (
    id             uuid primary key,
    tenant_id      uuid          not null references parvis_tenant (id) on delete cascade,
    edition_id     uuid          not null references budget_edition (id) on delete cascade,
    envelope_id    uuid          not null references budget_envelope (id) on delete cascade,
    title          varchar(200)  not null,
    description    text          not null,
    category       varchar(80)   not null,
    latitude       double precision,
    longitude      double precision,
    estimated_cost bigint        not null check (estimated_cost >= 0),
    final_cost     bigint        check (final_cost >= 0),
    author_subject varchar(255)  not null,
    status         varchar(20)   not null,
    public_reason  varchar(2000),
    merged_into    uuid          references budget_idea (id),
    hidden         boolean       not null,
    hidden_reason  varchar(2000),
    supports       integer       not null,
    created_at     timestamptz   not null,
    version        bigint        not null
);
create index budget_idea_edition on budget_idea (edition_id);
select parvis_isolate_tenant_rows('budget_idea');

-- One support per account and idea.
create table budget_support (
    id                uuid primary key,
    tenant_id         uuid         not null references parvis_tenant (id) on delete cascade,
    idea_id           uuid         not null references budget_idea (id) on delete cascade,
    supporter_subject varchar(255) not null,
    supported_at      timestamptz  not null,
    unique (tenant_id, idea_id, supporter_subject)
);
select parvis_isolate_tenant_rows('budget_support');

-- Ballots. voter_key is 'resident:<verified resident id>' online (one person, whatever the
-- account) or 'paper:<reference>' for a paper ballot entered by staff. scope is 'city' or
-- 'district': the unique key allows one city-wide ballot and one district ballot per voter and
-- edition, so that two requests can never both insert.
create table budget_ballot (
    id          uuid primary key,
    tenant_id   uuid         not null references parvis_tenant (id) on delete cascade,
    edition_id  uuid         not null references budget_edition (id) on delete cascade,
    envelope_id uuid         not null references budget_envelope (id) on delete cascade,
    voter_key   varchar(120) not null,
    scope       varchar(8)   not null check (scope in ('city', 'district')),
    channel     varchar(8)   not null check (channel in ('ONLINE', 'PAPER')),
    choices     text         not null,
    total_cost  bigint       not null,
    cast_at     timestamptz  not null,
    updated_at  timestamptz  not null,
    unique (tenant_id, edition_id, voter_key, scope)
);
create index budget_ballot_envelope on budget_ballot (envelope_id);
select parvis_isolate_tenant_rows('budget_ballot');

-- Idempotency keys of ballot submissions already applied: a replayed request changes nothing.
-- A request claims its key first (a concurrent twin waits on the primary key, then sees it).
create table budget_ballot_request (
    tenant_id       uuid         not null references parvis_tenant (id) on delete cascade,
    voter_key       varchar(120) not null,
    idempotency_key varchar(100) not null,
    ballot_id       uuid         references budget_ballot (id) on delete cascade,
    received_at     timestamptz  not null,
    primary key (tenant_id, voter_key, idempotency_key)
);
select parvis_isolate_tenant_rows('budget_ballot_request');
