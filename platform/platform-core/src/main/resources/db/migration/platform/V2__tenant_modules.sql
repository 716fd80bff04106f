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

select parvis_isolate_tenant_rows('parvis_tenant_module');
