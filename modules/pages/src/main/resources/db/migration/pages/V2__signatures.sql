-- Co-signatures of the participation charter: one per verified resident (the platform's stable
-- id of a verified person, not an account).
create table pages_signature (
    id           uuid primary key,
    tenant_id    uuid        not null references parvis_tenant (id) on delete cascade,
    page_slug    varchar(63) not null,
    resident_id  uuid        not null,
    signed_at    timestamptz not null,
    unique (tenant_id, page_slug, resident_id)
);

select parvis_isolate_tenant_rows('pages_signature');
