-- The panel's working space: sessions with their agenda, proposals drafted by members, the
-- members' approval votes, and the commune's public response and follow-up.
create table convention_session (
    id             uuid primary key,
    tenant_id      uuid         not null references parvis_tenant (id) on delete cascade,
    convention_id  uuid         not null references convention_convention (id) on delete cascade,
    title          varchar(200) not null,
    starts_at      timestamptz  not null,
    ends_at        timestamptz  not null,
    place          varchar(300),
    agenda         text         not null
);

create table convention_proposal (
    id                  uuid primary key,
    tenant_id           uuid         not null references parvis_tenant (id) on delete cascade,
    convention_id       uuid         not null references convention_convention (id) on delete cascade,
    title               varchar(200) not null,
    body                text         not null,
    author_volunteer_id uuid         not null references convention_volunteer (id),
    status              varchar(16)  not null,
    threshold_percent   integer,
    seated_at_vote      integer,
    approvals           bigint,
    response            text,
    follow_up           text,
    responded_at        timestamptz,
    created_at          timestamptz  not null,
    version             bigint       not null
);

-- One vote per member and proposal (changeable while the vote is open). Only the approval count
-- is published.
create table convention_proposal_vote (
    id            uuid primary key,
    tenant_id     uuid        not null references parvis_tenant (id) on delete cascade,
    proposal_id   uuid        not null references convention_proposal (id) on delete cascade,
    volunteer_id  uuid        not null references convention_volunteer (id) on delete cascade,
    approve       boolean     not null,
    voted_at      timestamptz not null,
    unique (tenant_id, proposal_id, volunteer_id)
);

select parvis_isolate_tenant_rows('convention_session');
select parvis_isolate_tenant_rows('convention_proposal');
select parvis_isolate_tenant_rows('convention_proposal_vote');
