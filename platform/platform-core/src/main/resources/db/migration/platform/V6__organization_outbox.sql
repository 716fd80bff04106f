-- Tenants whose Keycloak organization is still to be created. A row is written in the same
-- transaction as the tenant and removed once Keycloak has the organization, so that a Keycloak
-- outage never blocks or loses a tenant creation: the platform retries until it succeeds.
create table parvis_organization_outbox (
    tenant_id     uuid primary key references parvis_tenant (id) on delete cascade,
    attempts      integer     not null default 0,
    last_error    varchar(500),
    created_at    timestamptz not null,
    next_attempt  timestamptz not null
);
create index parvis_organization_outbox_due on parvis_organization_outbox (next_attempt);
