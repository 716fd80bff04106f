-- The demo content a module loaded into a demo tenant (DemoContent, demo run only): recorded in the
-- transaction that loads it, so a restart never loads the same module's content twice.
create table parvis_demo_content (
    tenant_id  uuid         not null references parvis_tenant (id) on delete cascade,
    module_id  varchar(100) not null,
    loaded_at  timestamptz  not null,
    primary key (tenant_id, module_id)
);

select parvis_isolate_tenant_rows('parvis_demo_content');
