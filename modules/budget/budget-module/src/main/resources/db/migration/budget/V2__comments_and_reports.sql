-- Comments on ideas, and reports of ideas or comments for moderators (one per account and item).
create table budget_comment (
    id             uuid primary key,
    tenant_id      uuid          not null references parvis_tenant (id) on delete cascade,
    idea_id        uuid          not null references budget_idea (id) on delete cascade,
    author_subject varchar(255)  not null,
    body           varchar(5000) not null,
    hidden         boolean       not null,
    hidden_reason  varchar(2000),
    created_at     timestamptz   not null,
    version        bigint        not null
);
create index budget_comment_idea on budget_comment (idea_id);
select parvis_isolate_tenant_rows('budget_comment');

create table budget_report (
    id               uuid primary key,
    tenant_id        uuid          not null references parvis_tenant (id) on delete cascade,
    item_kind        varchar(8)    not null check (item_kind in ('idea', 'comment')),
    item_id          uuid          not null,
    reporter_subject varchar(255)  not null,
    reason           varchar(2000) not null,
    reported_at      timestamptz   not null,
    unique (tenant_id, item_kind, item_id, reporter_subject)
);
select parvis_isolate_tenant_rows('budget_report');
