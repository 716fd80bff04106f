-- The minimum age a tenant sets for taking part (0: none), checked when a resident verifies.
alter table parvis_residency_policy
    add column minimum_age integer not null default 0
        constraint parvis_residency_policy_minimum_age check (minimum_age between 0 and 120);
