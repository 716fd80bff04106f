-- Files attached by people (photos, documents), kept in the database so that every node of a
-- cluster serves them, backups include them and row-level security scopes them to their tenant.
create table parvis_file (
    id            uuid primary key,
    tenant_id     uuid         not null references parvis_tenant (id) on delete cascade,
    module        varchar(40)  not null,
    filename      varchar(200) not null,
    content_type  varchar(40)  not null,
    size          bigint       not null,
    sha256        char(64)     not null,
    content       bytea        not null,
    created_at    timestamptz  not null
);
select parvis_isolate_tenant_rows('parvis_file');
