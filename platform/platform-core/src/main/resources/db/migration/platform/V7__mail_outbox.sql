-- Emails waiting to be handed to the SMTP server. A row is written in the transaction of the
-- action that sends it (nothing is sent if that action rolls back) and deleted once the server
-- accepted the message; failures are retried with a growing delay, so a mail-server outage never
-- fails or loses a citizen's action. Not tenant-scoped by RLS: only the platform's mail
-- dispatcher reads it, for every tenant; it holds addresses only until they are sent.
create table parvis_mail_outbox (
    id            uuid primary key,
    tenant_id     uuid         not null references parvis_tenant (id) on delete cascade,
    sender_name   varchar(200) not null,
    recipient     varchar(254) not null,
    subject       varchar(200) not null,
    body          text         not null,
    attempts      integer      not null default 0,
    last_error    varchar(500),
    created_at    timestamptz  not null,
    next_attempt  timestamptz  not null
);
create index parvis_mail_outbox_due on parvis_mail_outbox (next_attempt);

create table parvis_mail_attachment (
    mail_id       uuid         not null references parvis_mail_outbox (id) on delete cascade,
    position      integer      not null,
    filename      varchar(200) not null,
    content_type  varchar(200) not null,
    content       bytea        not null,
    primary key (mail_id, position)
);
