-- What the official list of communes says of a commune tenant, filled in from its INSEE code.
alter table parvis_tenant add column department_code varchar(3);
alter table parvis_tenant add column department_name varchar(100);
alter table parvis_tenant add column intercommunality varchar(200);
