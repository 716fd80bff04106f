-- The state of each convention's LEXIMIN computation (one per convention, the latest run), so
-- that any node shows its progress and result, and a run lost with its node (a restart) is seen
-- and marked failed. node is "<node name>/<instance>"; run_id tells a newer run from a stale
-- worker's writes. The result (published lottery text, probabilities by pool order, or the
-- suggested quota relaxation) waits here until the administrator publishes it.
create table convention_computation (
    convention_id  uuid primary key references convention_convention (id) on delete cascade,
    tenant_id      uuid         not null references parvis_tenant (id) on delete cascade,
    run_id         uuid         not null,
    node           varchar(300) not null,
    state          varchar(16)  not null,
    done           integer      not null,
    total          integer      not null,
    panels         integer      not null,
    lower_bound    double precision,
    upper_bound    double precision,
    lottery        text,
    max_deviation  double precision,
    probabilities  text,
    relaxation     text,
    pool_too_small boolean,
    failure        text,
    started_at     timestamptz  not null,
    updated_at     timestamptz  not null
);

select parvis_isolate_tenant_rows('convention_computation');
