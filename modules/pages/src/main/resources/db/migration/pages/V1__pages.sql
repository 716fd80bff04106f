create table pages_page (
    id         uuid primary key,
    tenant_id  uuid          not null references parvis_tenant (id) on delete cascade,
    slug       varchar(63)   not null,
    title      varchar(200)  not null,
    body       text          not null,
    published  boolean       not null,
    updated_at timestamptz   not null,
    version    bigint        not null,
    unique (tenant_id, slug)
);

alter table pages_page enable row level security;
alter table pages_page force row level security;
create policy tenant_isolation on pages_page
    using (tenant_id = parvis_current_tenant())
    with check (tenant_id = parvis_current_tenant());
