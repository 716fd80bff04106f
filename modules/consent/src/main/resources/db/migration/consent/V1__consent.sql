-- Decisions by consent: a proposal goes through rounds (each amendment opens one); members answer
-- each round; every answer is kept as the record of the decision.
create table consent_proposal (
    id            uuid primary key,
    tenant_id     uuid         not null references parvis_tenant (id) on delete cascade,
    circle        varchar(100) not null,
    title         varchar(200) not null,
    proposer      varchar(255) not null,
    status        varchar(12)  not null,
    deadline      timestamptz  not null,
    created_at    timestamptz  not null,
    decided_at    timestamptz,
    version       bigint       not null
);

create table consent_round (
    id            uuid primary key,
    tenant_id     uuid         not null references parvis_tenant (id) on delete cascade,
    proposal_id   uuid         not null references consent_proposal (id) on delete cascade,
    number        int          not null,
    text          text         not null,
    addresses     text         not null,
    opened_at     timestamptz  not null,
    unique (tenant_id, proposal_id, number)
);

create table consent_answer (
    id            uuid primary key,
    tenant_id     uuid         not null references parvis_tenant (id) on delete cascade,
    round_id      uuid         not null references consent_round (id) on delete cascade,
    member        varchar(255) not null,
    kind          varchar(12)  not null,
    reason        text,
    answered_at   timestamptz  not null,
    unique (tenant_id, round_id, member)
);

select parvis_isolate_tenant_rows('consent_proposal');
select parvis_isolate_tenant_rows('consent_round');
select parvis_isolate_tenant_rows('consent_answer');
