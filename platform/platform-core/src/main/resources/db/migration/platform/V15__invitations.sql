-- A person invited by e-mail to hold roles in a tenant (its first administrator, staff): pending until the
-- account first signs in to that tenant. The subject is the Keycloak account found or created for the address.
create table parvis_invitation (
    id             uuid primary key,
    tenant_id      uuid         not null references parvis_tenant (id) on delete cascade,
    email          varchar(254) not null,
    subject        varchar(255) not null,
    roles          varchar(100) not null,
    new_account    boolean      not null,
    invited_at     timestamptz  not null,
    last_sent_at   timestamptz  not null,
    times_sent     integer      not null,
    accepted_at    timestamptz,
    unique (tenant_id, email)
);

select parvis_isolate_tenant_rows('parvis_invitation');
