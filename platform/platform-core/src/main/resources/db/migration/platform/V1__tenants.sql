-- Tenants are platform data: shared tables with no per-tenant schema, so that creating one
-- tenant costs the same whether there are ten or tens of thousands.
create table parvis_tenant (
    id              uuid primary key,
    slug            varchar(63)  not null unique,
    kind            varchar(16)  not null check (kind in ('COMMUNE', 'COLLECTIVE', 'ASSEMBLY')),
    display_name    varchar(200) not null,
    insee_code      varchar(5),
    population      integer check (population >= 0),
    default_locale  varchar(2)   not null check (default_locale in ('fr', 'en')),
    branding_name   varchar(200),
    primary_color   varchar(7),
    secondary_color varchar(7),
    logo_url        varchar(500),
    status          varchar(16)  not null check (status in ('ACTIVE', 'SUSPENDED')),
    created_at      timestamptz  not null,
    version         bigint       not null
);

create table parvis_tenant_host (
    host      varchar(253) primary key,
    tenant_id uuid not null references parvis_tenant (id) on delete cascade
);
create index parvis_tenant_host_tenant on parvis_tenant_host (tenant_id);

-- The tenant of the current transaction, as bound by the application on each connection.
-- Row-level security policies of every tenant-owned table compare against it.
create function parvis_current_tenant() returns uuid
    language sql stable
as $$ select nullif(current_setting('parvis.tenant_id', true), '')::uuid $$;

-- Makes a tenant-owned table (with a tenant_id column) readable and writable only for the
-- transaction's tenant, its owner included. Every tenant-owned table, the modules' too, calls it.
create function parvis_isolate_tenant_rows(target regclass) returns void
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('create policy tenant_isolation on %s'
                   ' using (tenant_id = parvis_current_tenant())'
                   ' with check (tenant_id = parvis_current_tenant())', target);
end
$$;
