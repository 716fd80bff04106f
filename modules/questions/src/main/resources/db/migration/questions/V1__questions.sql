-- Residents question their elected officials: the tenant's directory of officials, its council sessions, the
-- questions (moderated, supported, put on a session's agenda, answered) and their supports.
create table questions_official (
    id              uuid primary key,
    tenant_id       uuid         not null references parvis_tenant (id) on delete cascade,
    name            varchar(200) not null,
    function        varchar(16)  not null,
    delegations     varchar(2000) not null,
    term_start      date         not null,
    term_end        date,
    account_subject varchar(255)
);

create table questions_session (
    id         uuid primary key,
    tenant_id  uuid         not null references parvis_tenant (id) on delete cascade,
    starts_at  timestamptz  not null,
    place      varchar(300) not null,
    video_url  varchar(500)
);
create index questions_session_start on questions_session (tenant_id, starts_at);

-- asker_key is the platform's keyed hash standing for the asker (PersonKeys): no name, no account id.
create table questions_question (
    id                 uuid primary key,
    tenant_id          uuid          not null references parvis_tenant (id) on delete cascade,
    asker_key          varchar(64)   not null,
    asker_email        varchar(254),
    official_id        uuid references questions_official (id),
    title              varchar(200)  not null,
    text               text          not null,
    status             varchar(16)   not null,
    rejection_reason   text,
    merged_into        uuid references questions_question (id),
    submitted_at       timestamptz   not null,
    published_at       timestamptz,
    collection_ends_at timestamptz,
    threshold          bigint,
    selected_at        timestamptz,
    session_id         uuid references questions_session (id),
    answer             text,
    answered_on        date,
    answered_at        timestamptz,
    video_url          varchar(500),
    video_seconds      integer check (video_seconds >= 0),
    version            bigint        not null
);
create index questions_question_status on questions_question (tenant_id, status);
create index questions_question_official on questions_question (tenant_id, official_id);

-- One support per person and question, whatever account they use and however many requests arrive at once.
create table questions_support (
    id            uuid primary key,
    tenant_id     uuid         not null references parvis_tenant (id) on delete cascade,
    question_id   uuid         not null references questions_question (id) on delete cascade,
    person_key    varchar(64)  not null,
    email         varchar(254),
    supported_at  timestamptz  not null,
    unique (tenant_id, question_id, person_key)
);

select parvis_isolate_tenant_rows('questions_official');
select parvis_isolate_tenant_rows('questions_session');
select parvis_isolate_tenant_rows('questions_question');
select parvis_isolate_tenant_rows('questions_support');
