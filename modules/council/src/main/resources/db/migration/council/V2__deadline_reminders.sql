-- Deadline reminders already sent: one per member, referral and deadline. The unique key makes
-- a second sending impossible, even from two nodes running the reminder task at once (the
-- second transaction fails and is rolled back with the emails it queued).
create table council_reminder (
    id           uuid primary key,
    tenant_id    uuid        not null references parvis_tenant (id) on delete cascade,
    referral_id  uuid        not null references council_referral (id) on delete cascade,
    member_id    uuid        not null references council_member (id) on delete cascade,
    deadline     date        not null,
    sent_at      timestamptz not null,
    unique (tenant_id, referral_id, member_id, deadline)
);

select parvis_isolate_tenant_rows('council_reminder');
