-- A message the mail server refused for good (unknown recipient, invalid address: SMTP 5xx), or
-- that failed too many times, is a dead letter: never tried again on its own, shown to the
-- operator with its reason (last_error), who may retry or discard it.
alter table parvis_mail_outbox add column dead_at timestamptz;

drop index parvis_mail_outbox_due;
create index parvis_mail_outbox_due on parvis_mail_outbox (next_attempt) where dead_at is null;
create index parvis_mail_outbox_dead on parvis_mail_outbox (dead_at) where dead_at is not null;
