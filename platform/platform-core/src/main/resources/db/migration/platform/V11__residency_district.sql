-- District of residence (optional), for modules whose rules depend on it (a participatory
-- budget's district envelopes). The census may give it per person, a code may carry it, staff
-- may set it when approving; the verified identity keeps the one it was verified with.
alter table parvis_census_entry add column district varchar(100);
alter table parvis_verification_code add column district varchar(100);
alter table parvis_verified_identity add column district varchar(100);
