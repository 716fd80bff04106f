-- A tenant's home page as its administrators edit it: a welcome text and a banner image (a file kept by the
-- platform's attachments) with its text alternative. At most one row per tenant; none means the default text.
create table parvis_home_page (
    id           uuid primary key,
    tenant_id    uuid         not null references parvis_tenant (id) on delete cascade,
    welcome      text         not null,
    banner_file  uuid         references parvis_file (id) on delete set null,
    banner_alt   varchar(300),
    updated_at   timestamptz  not null,
    version      bigint       not null,
    unique (tenant_id)
);
select parvis_isolate_tenant_rows('parvis_home_page');
