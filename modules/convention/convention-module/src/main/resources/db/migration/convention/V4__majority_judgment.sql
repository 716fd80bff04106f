-- Proposals may be voted by majority judgment: the minimum grade for adoption is set when the
-- vote opens; closing keeps the majority grade and the merit profile (counts per grade, worst
-- first). Each member's vote then holds a grade instead of an approval.
alter table convention_proposal
    add column voting_method  varchar(20) not null default 'APPROVAL',
    add column minimum_grade  varchar(20),
    add column majority_grade varchar(20),
    add column merit_profile  varchar(200);

alter table convention_proposal_vote
    add column grade varchar(20);
