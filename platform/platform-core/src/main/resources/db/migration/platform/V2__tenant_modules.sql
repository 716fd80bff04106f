create table parvis_tenant_module (
    id         uuid primary key,
    tenant_id  uuid        not null references parvis_tenant (id) on delete cascade,
    module_id  varchar(63) not null,
    enabled    boolean     not null,
    settings   text        not null,
    updated_at timestamptz not null,
    version    bigint      not null,
    unique (tenant_id, module_id)
);

alter table parvis_tenant_module enable row level security;
alter table parvis_tenant_module force row level security;
create policy tenant_isolation on parvis_tenant_module
    using (tenant_id = parvis_current_tenant())
    with check (tenant_id = parvis_current_tenant());
