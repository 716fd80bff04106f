-- A person's roles in one tenant. The subject is the identity provider's stable user id.
create table parvis_membership (
    id          uuid primary key,
    tenant_id   uuid         not null references parvis_tenant (id) on delete cascade,
    subject     varchar(255) not null,
    roles       varchar(100) not null,
    created_at  timestamptz  not null,
    version     bigint       not null,
    unique (tenant_id, subject)
);

select parvis_isolate_tenant_rows('parvis_membership');
