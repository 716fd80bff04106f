-- Moderation may fold a submitted petition into a published one that asks the same.
alter table petition_petition
    add column merged_into uuid references petition_petition (id) on delete set null;
