-- Results are counted once, when the vote closes, and stored: results pages and the API read
-- them instead of recounting the ballots, and nothing a ballot does can change them. Only an
-- administrator's recount replaces them, and each recount is kept in budget_recount.
create table budget_envelope_outcome (
    envelope_id        uuid primary key references budget_envelope (id) on delete cascade,
    tenant_id          uuid         not null references parvis_tenant (id) on delete cascade,
    edition_id         uuid         not null references budget_edition (id) on delete cascade,
    name               varchar(120) not null,
    district           boolean      not null,
    amount             bigint       not null,
    position           integer      not null,
    ballots            bigint       not null,
    rule               varchar(20)  not null,
    spent              bigint       not null,
    greedy_spent       bigint       not null,
    equal_shares_spent bigint       not null,
    counted_at         timestamptz  not null
);
create index budget_envelope_outcome_edition on budget_envelope_outcome (edition_id);
select parvis_isolate_tenant_rows('budget_envelope_outcome');

create table budget_project_outcome (
    id                     uuid primary key,
    tenant_id              uuid         not null references parvis_tenant (id) on delete cascade,
    edition_id             uuid         not null references budget_edition (id) on delete cascade,
    envelope_id            uuid         not null references budget_envelope_outcome (envelope_id)
                                                 on delete cascade,
    idea_id                uuid         not null references budget_idea (id) on delete cascade,
    position               integer      not null,
    title                  varchar(200) not null,
    cost                   bigint       not null,
    votes                  bigint       not null,
    funded                 boolean      not null,
    funded_by_greedy       boolean      not null,
    funded_by_equal_shares boolean      not null,
    unique (envelope_id, idea_id)
);
create index budget_project_outcome_edition on budget_project_outcome (edition_id);
select parvis_isolate_tenant_rows('budget_project_outcome');

create table budget_recount (
    id             uuid primary key,
    tenant_id      uuid          not null references parvis_tenant (id) on delete cascade,
    edition_id     uuid          not null references budget_edition (id) on delete cascade,
    requested_by   varchar(255)  not null,
    reason         varchar(2000) not null,
    recounted_at   timestamptz   not null,
    funded_changed boolean       not null
);
create index budget_recount_edition on budget_recount (edition_id);
select parvis_isolate_tenant_rows('budget_recount');
