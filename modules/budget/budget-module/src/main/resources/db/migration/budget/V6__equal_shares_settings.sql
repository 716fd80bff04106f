-- How equal shares counts each edition: the satisfaction it assumes and its completion method
-- (cumulative ballots always count their points).
alter table budget_edition
    add column mes_utility    varchar(12) not null default 'cost'
        check (mes_utility in ('cost', 'cardinality')),
    add column mes_completion varchar(20) not null default 'add1'
        check (mes_completion in ('none', 'add1', 'add1-utilitarian'));
