-- A report says where in words (an address or a landmark: no map is needed to report); its point is
-- approximate (the commune's centre) when the resident gave no coordinates.
alter table worksite_report add column place varchar(300);
alter table worksite_report add column approximate boolean not null default false;
