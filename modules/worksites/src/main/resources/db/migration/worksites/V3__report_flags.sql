-- Abuse flags on reports: one per person and report (the report keeps the count for moderators).
create table worksite_report_flag (
    id         uuid primary key,
    tenant_id  uuid        not null references parvis_tenant (id) on delete cascade,
    report_id  uuid        not null references worksite_report (id) on delete cascade,
    person_id  uuid        not null,
    flagged_at timestamptz not null,
    unique (tenant_id, report_id, person_id)
);

select parvis_isolate_tenant_rows('worksite_report_flag');
