-- Portal sign-ins pass through the platform host, the only redirect URI registered in Keycloak,
-- whatever the number of tenants. A row lives from the start of a sign-in on a tenant host until
-- the tenant host redeems its one-time ticket (minutes at most). Platform data: no tenant column.
create table parvis_sign_in (
    state          varchar(64)  primary key,
    tenant_origin  varchar(300) not null,
    nonce          varchar(64)  not null,
    verifier       varchar(128) not null,
    return_path    varchar(500) not null,
    ticket_hash    varchar(64) unique,
    subject        varchar(255),
    display_name   varchar(255),
    operator       boolean,
    id_token       text,
    created_at     timestamptz  not null
);
create index parvis_sign_in_created on parvis_sign_in (created_at);
