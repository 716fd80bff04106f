-- The zone of a tenant's clocks: dates shown to its residents and the days its deadlines end.
alter table parvis_tenant add column time_zone varchar(64) not null default 'Europe/Paris';
