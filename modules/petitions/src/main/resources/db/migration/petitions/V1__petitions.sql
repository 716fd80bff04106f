-- Petitions: drafted by a verified resident, moderated, then open for signatures until the
-- threshold refers them to the municipal council.
create table petition_petition (
    id                   uuid primary key,
    tenant_id            uuid          not null references parvis_tenant (id) on delete cascade,
    title                varchar(200)  not null,
    body                 text          not null,
    author_resident_id   uuid          not null,
    status               varchar(16)   not null,
    threshold            bigint,
    opens_at             timestamptz,
    closes_at            timestamptz,
    rejection_reason     text,
    referred_at          timestamptz,
    council_meeting_date date,
    answer               text,
    decision             varchar(16),
    answered_at          timestamptz,
    created_at           timestamptz   not null,
    version              bigint        not null
);
create index petition_petition_status on petition_petition (tenant_id, status);

-- Co-signers of a draft: supporters named before publication (not counted as signatures).
create table petition_cosigner (
    id           uuid primary key,
    tenant_id    uuid        not null references parvis_tenant (id) on delete cascade,
    petition_id  uuid        not null references petition_petition (id) on delete cascade,
    resident_id  uuid        not null,
    joined_at    timestamptz not null,
    unique (tenant_id, petition_id, resident_id)
);

-- Signatures, online and on paper. person_key is the platform's keyed hash standing for one
-- person (PersonKeys): the same for an online signer and for their paper signature, so that the
-- unique constraint forbids a double signature across both channels and under concurrency.
create table petition_signature (
    id           uuid primary key,
    tenant_id    uuid        not null references parvis_tenant (id) on delete cascade,
    petition_id  uuid        not null references petition_petition (id) on delete cascade,
    person_key   varchar(64) not null,
    resident_id  uuid,
    channel      varchar(8)  not null,
    batch_id     uuid,
    signed_at    timestamptz not null,
    unique (tenant_id, petition_id, person_key)
);
create index petition_signature_petition on petition_signature (petition_id, channel);

select parvis_isolate_tenant_rows('petition_petition');
select parvis_isolate_tenant_rows('petition_cosigner');
select parvis_isolate_tenant_rows('petition_signature');
