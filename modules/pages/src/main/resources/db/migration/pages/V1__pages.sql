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

select parvis_isolate_tenant_rows('pages_page');
