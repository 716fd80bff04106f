-- Photos of a report (by residents) and of a worksite before and after (by staff). The file
-- itself is kept by the platform (parvis Attachments); file_id points to it.
create table worksite_photo (
    id          uuid primary key,
    tenant_id   uuid         not null references parvis_tenant (id) on delete cascade,
    report_id   uuid references worksite_report (id) on delete cascade,
    worksite_id uuid references worksite_worksite (id) on delete cascade,
    kind        varchar(16)  not null,
    file_id     uuid         not null,
    caption     varchar(300) not null,
    added_by    uuid,
    created_at  timestamptz  not null,
    check ((report_id is null) <> (worksite_id is null))
);
create index worksite_photo_report on worksite_photo (report_id);
create index worksite_photo_worksite on worksite_photo (worksite_id);

select parvis_isolate_tenant_rows('worksite_photo');
