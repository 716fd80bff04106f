-- Development council: the council and its founding documents, colleges, members and the volunteer
-- pool for draws by lot, referrals, working groups and meetings, contributions with their drafting
-- record and named votes. Every table is tenant-owned and isolated by row-level security.
create table council_council (
    id                uuid primary key,
    tenant_id         uuid         not null unique references parvis_tenant (id) on delete cascade,
    name              varchar(200) not null,
    territory         varchar(200) not null,
    mandate_years     int          not null,
    adoption_method   varchar(10)  not null,
    adoption_scope    varchar(12)  not null,
    majority_percent  int          not null,
    version           bigint       not null
);

create table council_college (
    id          uuid primary key,
    tenant_id   uuid         not null references parvis_tenant (id) on delete cascade,
    council_id  uuid         not null references council_council (id) on delete cascade,
    name        varchar(100) not null,
    seats       int          not null,
    voting      boolean      not null,
    position    int          not null,
    unique (tenant_id, council_id, name)
);

create table council_document_version (
    id            uuid primary key,
    tenant_id     uuid        not null references parvis_tenant (id) on delete cascade,
    council_id    uuid        not null references council_council (id) on delete cascade,
    kind          varchar(20) not null,
    number        int         not null,
    text          text        not null,
    published_at  timestamptz not null,
    unique (tenant_id, kind, number)
);

create table council_draw (
    id         uuid primary key,
    tenant_id  uuid         not null references parvis_tenant (id) on delete cascade,
    seed       varchar(200) not null,
    pool_hash  varchar(64)  not null,
    pool_size  int          not null,
    seats      int          not null,
    drawn_at   timestamptz  not null
);

create table council_member (
    id              uuid primary key,
    tenant_id       uuid         not null references parvis_tenant (id) on delete cascade,
    subject         varchar(255) not null,
    display_name    varchar(200) not null,
    organisation    varchar(200),
    email           varchar(254),
    profile         text         not null,
    college_id      uuid         not null references council_college (id),
    appointment     varchar(14)  not null,
    draw_id         uuid references council_draw (id),
    mandate_start   date         not null,
    mandate_end     date         not null,
    ended_on        date,
    roles           varchar(100) not null,
    public_profile  boolean      not null,
    version         bigint       not null
);
create index council_member_subject on council_member (tenant_id, subject);

create table council_candidate (
    id              uuid primary key,
    tenant_id       uuid         not null references parvis_tenant (id) on delete cascade,
    subject         varchar(255) not null,
    display_name    varchar(200) not null,
    email           varchar(254),
    college_id      uuid         not null references council_college (id),
    volunteered_at  timestamptz  not null,
    unique (tenant_id, subject)
);

create table council_referral (
    id           uuid primary key,
    tenant_id    uuid         not null references parvis_tenant (id) on delete cascade,
    origin       varchar(16)  not null,
    title        varchar(200) not null,
    question     text         not null,
    deadline     date         not null,
    status       varchar(10)  not null,
    proposed_by  uuid,
    decided_by   uuid,
    documents    text         not null,
    received_at  timestamptz  not null,
    version      bigint       not null
);

create table council_working_group (
    id           uuid primary key,
    tenant_id    uuid         not null references parvis_tenant (id) on delete cascade,
    name         varchar(200) not null,
    referral_id  uuid references council_referral (id),
    members      text         not null,
    version      bigint       not null
);

create table council_meeting (
    id                   uuid primary key,
    tenant_id            uuid         not null references parvis_tenant (id) on delete cascade,
    group_id             uuid references council_working_group (id),
    title                varchar(200) not null,
    starts_at            timestamptz  not null,
    ends_at              timestamptz  not null,
    place                varchar(300),
    video_link           varchar(500),
    agenda               text         not null,
    minutes              text,
    stage                varchar(10)  not null,
    present              text         not null,
    capacity             int          not null,
    invitation_sequence  int          not null,
    version              bigint       not null
);

create table council_registration (
    id             uuid primary key,
    tenant_id      uuid         not null references parvis_tenant (id) on delete cascade,
    meeting_id     uuid         not null references council_meeting (id) on delete cascade,
    name           varchar(200) not null,
    email          varchar(254),
    registered_at  timestamptz  not null
);

create table council_contribution (
    id                uuid primary key,
    tenant_id         uuid         not null references parvis_tenant (id) on delete cascade,
    referral_id       uuid references council_referral (id),
    title             varchar(200) not null,
    pen_holder_id     uuid         not null references council_member (id),
    status            varchar(10)  not null,
    adoption_method   varchar(10),
    adoption_scope    varchar(12),
    majority_percent  int,
    voting_colleges   text         not null,
    votes_yes         int,
    votes_no          int,
    votes_neutral     int,
    created_at        timestamptz  not null,
    decided_at        timestamptz,
    published_at      timestamptz,
    sent_at           timestamptz,
    response_text     text,
    response_changes  text,
    answered_at       timestamptz,
    version           bigint       not null
);

create table council_section (
    id               uuid primary key,
    tenant_id        uuid         not null references parvis_tenant (id) on delete cascade,
    contribution_id  uuid         not null references council_contribution (id) on delete cascade,
    position         int          not null,
    heading          varchar(200) not null,
    text             text         not null
);

create table council_comment (
    id               uuid primary key,
    tenant_id        uuid        not null references parvis_tenant (id) on delete cascade,
    contribution_id  uuid        not null references council_contribution (id) on delete cascade,
    section_id       uuid        not null references council_section (id) on delete cascade,
    author_id        uuid        not null references council_member (id),
    text             text        not null,
    written_at       timestamptz not null
);

create table council_amendment (
    id               uuid primary key,
    tenant_id        uuid        not null references parvis_tenant (id) on delete cascade,
    contribution_id  uuid        not null references council_contribution (id) on delete cascade,
    section_id       uuid        not null references council_section (id) on delete cascade,
    author_id        uuid        not null references council_member (id),
    proposed_text    text        not null,
    reason           text        not null,
    status           varchar(10) not null,
    proposed_at      timestamptz not null
);

create table council_vote (
    id               uuid primary key,
    tenant_id        uuid        not null references parvis_tenant (id) on delete cascade,
    contribution_id  uuid        not null references council_contribution (id) on delete cascade,
    member_id        uuid        not null references council_member (id),
    college_id       uuid        not null references council_college (id),
    choice           varchar(12) not null,
    cast_at          timestamptz not null,
    unique (tenant_id, contribution_id, member_id)
);

select parvis_isolate_tenant_rows('council_council');
select parvis_isolate_tenant_rows('council_college');
select parvis_isolate_tenant_rows('council_document_version');
select parvis_isolate_tenant_rows('council_draw');
select parvis_isolate_tenant_rows('council_member');
select parvis_isolate_tenant_rows('council_candidate');
select parvis_isolate_tenant_rows('council_referral');
select parvis_isolate_tenant_rows('council_working_group');
select parvis_isolate_tenant_rows('council_meeting');
select parvis_isolate_tenant_rows('council_registration');
select parvis_isolate_tenant_rows('council_contribution');
select parvis_isolate_tenant_rows('council_section');
select parvis_isolate_tenant_rows('council_comment');
select parvis_isolate_tenant_rows('council_amendment');
select parvis_isolate_tenant_rows('council_vote');
