-- People to notify by email when a petition is referred to the council and when it is answered:
-- the author and co-signers, and signers who asked to be kept informed. The address is the one the
-- identity provider verified; rows are deleted when the person withdraws and once the council's
-- answer has been sent, so that no address outlives its purpose.
create table petition_follower (
    id           uuid primary key,
    tenant_id    uuid         not null references parvis_tenant (id) on delete cascade,
    petition_id  uuid         not null references petition_petition (id) on delete cascade,
    resident_id  uuid         not null,
    email        varchar(254) not null,
    unique (tenant_id, petition_id, resident_id)
);
select parvis_isolate_tenant_rows('petition_follower');
