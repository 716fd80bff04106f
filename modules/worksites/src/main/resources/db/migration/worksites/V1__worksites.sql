-- Open worksites: residents' reports, the worksites staff make of them, their dated shifts and
-- the registrations of volunteers (with companions, a waiting list and attendance).

-- A need reported by a verified resident, at a point of the map. reporter_email is kept to notify
-- the reporter of every status change, and deleted with the report.
create table worksite_report (
    id             uuid primary key,
    tenant_id      uuid             not null references parvis_tenant (id) on delete cascade,
    title          varchar(200)     not null,
    description    text             not null,
    latitude       double precision not null check (latitude between -90 and 90),
    longitude      double precision not null check (longitude between -180 and 180),
    reporter_id    uuid             not null,
    reporter_email varchar(254),
    status         varchar(16)      not null,
    public_reason  text,
    worksite_id    uuid,
    merged_into_id uuid references worksite_report (id) on delete set null,
    hidden_reason  text,
    abuse_reports  integer          not null default 0,
    created_at     timestamptz      not null,
    version        bigint           not null
);
create index worksite_report_status on worksite_report (tenant_id, status);

-- One support per person and report; merged reports carry their supporters over.
create table worksite_report_support (
    id           uuid primary key,
    tenant_id    uuid         not null references parvis_tenant (id) on delete cascade,
    report_id    uuid         not null references worksite_report (id) on delete cascade,
    supporter_id uuid         not null,
    email        varchar(254),
    supported_at timestamptz  not null,
    unique (tenant_id, report_id, supporter_id)
);

-- Information added to a report by other residents.
create table worksite_report_note (
    id         uuid primary key,
    tenant_id  uuid        not null references parvis_tenant (id) on delete cascade,
    report_id  uuid        not null references worksite_report (id) on delete cascade,
    author_id  uuid        not null,
    text       text        not null,
    created_at timestamptz not null
);
create index worksite_report_note_report on worksite_report_note (report_id);

create table worksite_worksite (
    id              uuid primary key,
    tenant_id       uuid             not null references parvis_tenant (id) on delete cascade,
    report_id       uuid references worksite_report (id) on delete set null,
    title           varchar(200)     not null,
    description     text             not null,
    latitude        double precision not null check (latitude between -90 and 90),
    longitude       double precision not null check (longitude between -180 and 180),
    address         varchar(300),
    referent        varchar(200),
    safety_notes    text,
    minimum_age     integer check (minimum_age between 0 and 120),
    skills          text,
    status          varchar(16)      not null,
    completed_at    timestamptz,
    completion_note text,
    created_at      timestamptz      not null,
    version         bigint           not null
);
create index worksite_worksite_status on worksite_worksite (tenant_id, status);

-- Materials and tools: provided by the commune, or to be brought by a volunteer who pledges it.
create table worksite_item (
    id           uuid primary key,
    tenant_id    uuid         not null references parvis_tenant (id) on delete cascade,
    worksite_id  uuid         not null references worksite_worksite (id) on delete cascade,
    name         varchar(200) not null,
    quantity     integer      not null check (quantity > 0),
    source       varchar(16)  not null,
    pledged_by   uuid,
    pledged_at   timestamptz
);
create index worksite_item_worksite on worksite_item (worksite_id);

-- A dated slot of a worksite. next_position numbers registrations in arrival order.
create table worksite_shift (
    id            uuid primary key,
    tenant_id     uuid        not null references parvis_tenant (id) on delete cascade,
    worksite_id   uuid        not null references worksite_worksite (id) on delete cascade,
    starts_at     timestamptz not null,
    ends_at       timestamptz not null,
    capacity      integer     not null check (capacity > 0),
    next_position bigint      not null,
    version       bigint      not null,
    check (ends_at > starts_at)
);
create index worksite_shift_worksite on worksite_shift (worksite_id, starts_at);

-- A person's registration to a shift, with the companions they bring (who take places too).
-- The address is deleted with the registration (cancellation deletes the row).
create table worksite_registration (
    id            uuid primary key,
    tenant_id     uuid         not null references parvis_tenant (id) on delete cascade,
    shift_id      uuid         not null references worksite_shift (id) on delete cascade,
    person_id     uuid         not null,
    email         varchar(254),
    companions    integer      not null check (companions >= 0),
    status        varchar(16)  not null,
    position      bigint       not null,
    attendees     integer      check (attendees >= 0 and attendees <= companions + 1),
    reminded_at   timestamptz,
    registered_at timestamptz  not null,
    unique (tenant_id, shift_id, person_id),
    unique (shift_id, position)
);
create index worksite_registration_person on worksite_registration (tenant_id, person_id);

select parvis_isolate_tenant_rows('worksite_report');
select parvis_isolate_tenant_rows('worksite_report_support');
select parvis_isolate_tenant_rows('worksite_report_note');
select parvis_isolate_tenant_rows('worksite_worksite');
select parvis_isolate_tenant_rows('worksite_item');
select parvis_isolate_tenant_rows('worksite_shift');
select parvis_isolate_tenant_rows('worksite_registration');
