-- Documents of a session (agenda annexes, expert notes): files kept by the platform's
-- Attachments, referenced here with a caption.
create table convention_session_document (
    id            uuid primary key,
    tenant_id     uuid         not null references parvis_tenant (id) on delete cascade,
    session_id    uuid         not null references convention_session (id) on delete cascade,
    file_id       uuid         not null,
    filename      varchar(255) not null,
    content_type  varchar(64)  not null,
    caption       varchar(300) not null,
    added_at      timestamptz  not null
);
create index convention_session_document_session on convention_session_document (session_id);

select parvis_isolate_tenant_rows('convention_session_document');
