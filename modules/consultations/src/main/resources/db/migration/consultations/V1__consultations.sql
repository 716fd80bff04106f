-- Public consultations. The questionnaire and each participation's answers are JSON texts that
-- the module's domain writes and checks (ConsultationJson); the database keeps them whole.
create table consultation_consultation (
    id                       uuid primary key,
    tenant_id                uuid         not null references parvis_tenant (id) on delete cascade,
    title                    varchar(200) not null,
    presentation             text         not null,
    opens_at                 timestamptz  not null,
    closes_at                timestamptz  not null,
    audience                 varchar(20)  not null,
    districts                text         not null,
    anonymous                boolean      not null,
    results_while_open       boolean      not null,
    questionnaire            text         not null,
    conclusions              text,
    conclusions_published_at timestamptz,
    created_at               timestamptz  not null,
    version                  bigint       not null,
    check (closes_at > opens_at)
);

-- One row per participation. participant_key says whose it is (a person key, or an account) and
-- makes it unique — except in an anonymous consultation, where it is null and the key is written
-- only in consultation_participant, which shares no column with this table but the consultation.
-- An anonymous participation has no time either (updated_at null).
create table consultation_participation (
    id               uuid primary key,
    tenant_id        uuid         not null references parvis_tenant (id) on delete cascade,
    consultation_id  uuid         not null references consultation_consultation (id) on delete cascade,
    participant_key  varchar(300),
    answers          text         not null,
    submitted        boolean      not null,
    updated_at       timestamptz,
    version          bigint       not null
);
create unique index consultation_participation_once
    on consultation_participation (tenant_id, consultation_id, participant_key)
    where participant_key is not null;
create index consultation_participation_consultation on consultation_participation (consultation_id);

-- Who has answered an anonymous consultation: the person key only, to refuse a second
-- participation. Never joined to consultation_participation by any page, API or export.
create table consultation_participant (
    id               uuid primary key,
    tenant_id        uuid         not null references parvis_tenant (id) on delete cascade,
    consultation_id  uuid         not null references consultation_consultation (id) on delete cascade,
    participant_key  varchar(300) not null,
    unique (tenant_id, consultation_id, participant_key)
);

-- Addresses to tell when the conclusions are published (given by participants who had one),
-- kept apart from the answers and deleted with the consultation.
create table consultation_subscriber (
    id               uuid primary key,
    tenant_id        uuid         not null references parvis_tenant (id) on delete cascade,
    consultation_id  uuid         not null references consultation_consultation (id) on delete cascade,
    email            varchar(320) not null,
    unique (tenant_id, consultation_id, email)
);

-- A moderator's decision on one free-text answer: published on the results page or not.
create table consultation_text_review (
    id               uuid primary key,
    tenant_id        uuid         not null references parvis_tenant (id) on delete cascade,
    consultation_id  uuid         not null references consultation_consultation (id) on delete cascade,
    participation_id uuid         not null references consultation_participation (id) on delete cascade,
    question_id      varchar(12)  not null,
    published        boolean      not null,
    unique (tenant_id, participation_id, question_id)
);

select parvis_isolate_tenant_rows('consultation_consultation');
select parvis_isolate_tenant_rows('consultation_participation');
select parvis_isolate_tenant_rows('consultation_participant');
select parvis_isolate_tenant_rows('consultation_subscriber');
select parvis_isolate_tenant_rows('consultation_text_review');
