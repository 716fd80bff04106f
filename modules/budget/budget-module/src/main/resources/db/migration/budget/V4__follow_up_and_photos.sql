-- After the vote: the public follow-up of each funded project (status, progress, dated
-- milestones), and photos of ideas and of works (files kept by the platform's attachments).
create table budget_follow_up (
    idea_id        uuid primary key references budget_idea (id) on delete cascade,
    tenant_id      uuid          not null references parvis_tenant (id) on delete cascade,
    edition_id     uuid          not null references budget_edition (id) on delete cascade,
    status         varchar(12)   not null
                   check (status in ('PLANNED', 'IN_STUDY', 'IN_WORKS', 'DONE', 'ABANDONED')),
    progress       integer       not null check (progress between 0 and 100),
    abandon_reason varchar(2000),
    updated_at     timestamptz   not null,
    version        bigint        not null,
    check (status <> 'ABANDONED' or abandon_reason is not null)
);
create index budget_follow_up_edition on budget_follow_up (edition_id);
select parvis_isolate_tenant_rows('budget_follow_up');

create table budget_milestone (
    id         uuid primary key,
    tenant_id  uuid         not null references parvis_tenant (id) on delete cascade,
    idea_id    uuid         not null references budget_follow_up (idea_id) on delete cascade,
    title      varchar(200) not null,
    planned_on date         not null,
    reached_on date
);
create index budget_milestone_idea on budget_milestone (idea_id);
select parvis_isolate_tenant_rows('budget_milestone');

create table budget_photo (
    id           uuid primary key,
    tenant_id    uuid          not null references parvis_tenant (id) on delete cascade,
    idea_id      uuid          not null references budget_idea (id) on delete cascade,
    purpose      varchar(10)   not null check (purpose in ('IDEA', 'FOLLOW_UP')),
    file_id      uuid          not null,
    content_type varchar(40)   not null,
    alt_text     varchar(500)  not null,
    added_by     varchar(255)  not null,
    added_at     timestamptz   not null
);
create index budget_photo_idea on budget_photo (idea_id);
select parvis_isolate_tenant_rows('budget_photo');
