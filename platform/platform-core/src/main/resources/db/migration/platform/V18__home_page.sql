-- A tenant's home page as its administrators edit it: a welcome text and a banner image (a file kept by the
-- platform's attachments) with its text alternative; and the area its maps cover (a box of latitudes and
-- longitudes, all four or none), which points placed on its maps must fall in. At most one row per tenant; none
-- means the default text and no area.
create table parvis_home_page (
    id           uuid primary key,
    tenant_id    uuid         not null references parvis_tenant (id) on delete cascade,
    welcome      text         not null,
    banner_file  uuid         references parvis_file (id) on delete set null,
    banner_alt   varchar(300),
    area_south   double precision,
    area_west    double precision,
    area_north   double precision,
    area_east    double precision,
    updated_at   timestamptz  not null,
    version      bigint       not null,
    unique (tenant_id),
    constraint parvis_home_page_area check (
        (area_south is null and area_west is null and area_north is null and area_east is null)
        or (area_south < area_north and area_west < area_east
            and area_south >= -90 and area_north <= 90 and area_west >= -180 and area_east <= 180))
);
select parvis_isolate_tenant_rows('parvis_home_page');
