-- Which tenant has which module enabled, readable across tenants by the platform's periodic
-- tasks (parvis_tenant_module is row-level isolated: a query sees one tenant). Kept in step by
-- ModuleAdministration in the same transaction as the module's own row.
create table parvis_module_activation (
    tenant_id  uuid        not null references parvis_tenant (id) on delete cascade,
    module_id  varchar(63) not null,
    primary key (tenant_id, module_id)
);
create index parvis_module_activation_module on parvis_module_activation (module_id);

do $$
declare
    tenant uuid;
begin
    for tenant in select id from parvis_tenant loop
        perform set_config('parvis.tenant_id', tenant::text, true);
        insert into parvis_module_activation (tenant_id, module_id)
            select tenant_id, module_id from parvis_tenant_module where enabled;
    end loop;
    perform set_config('parvis.tenant_id', '', true);
end
$$;

-- When each periodic task last ran for each tenant: claiming a run updates the row only if the
-- task is due, so two nodes never run the same task for the same tenant in the same period.
create table parvis_task_run (
    task_key   varchar(130) not null,
    tenant_id  uuid         not null references parvis_tenant (id) on delete cascade,
    last_run   timestamptz  not null,
    primary key (task_key, tenant_id)
);
