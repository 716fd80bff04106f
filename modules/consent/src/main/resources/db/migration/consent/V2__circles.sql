-- Circles and their members: only the members of a proposal's circle propose, answer, amend and
-- adopt in it, and read its record. (Before this version, proposals named a circle freely; a
-- circle of that name must now be created and given members for its proposals to go on.)
create table consent_circle (
    id          uuid primary key,
    tenant_id   uuid         not null references parvis_tenant (id) on delete cascade,
    name        varchar(100) not null,
    created_at  timestamptz  not null,
    unique (tenant_id, name)
);

create table consent_circle_member (
    id          uuid primary key,
    tenant_id   uuid         not null references parvis_tenant (id) on delete cascade,
    circle_id   uuid         not null references consent_circle (id) on delete cascade,
    subject     varchar(255) not null,
    added_at    timestamptz  not null,
    unique (tenant_id, circle_id, subject)
);

select parvis_isolate_tenant_rows('consent_circle');
select parvis_isolate_tenant_rows('consent_circle_member');
