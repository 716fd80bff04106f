-- Ballots are keyed by the person, online and on paper: voter_key is 'person:<person key>', the
-- keyed hash of the verified civil identity (PersonKeys), which a paper ballot's identity
-- (names and birth date) gives too. One person therefore holds one ballot per scope and
-- edition, whichever channel, and a person who voted on one channel is refused on the other.
-- Online ballots cast before this version keep 'resident:<verified resident id>' until the
-- resident's next online ballot of that edition re-keys them; paper ballots before it keep
-- 'paper:<reference>' (their identity was never recorded).
--
-- entered_by: the subject of the staff member who entered a paper ballot.
alter table budget_ballot add column entered_by varchar(255);
alter table budget_ballot add constraint budget_ballot_paper_entered_by
    check (channel <> 'PAPER' or entered_by is not null) not valid;

-- An Idempotency-Key is bound to the request it first came with: request_hash is the SHA-256 of
-- what that request asked (edition, envelope, voter, choices); the same key with another request
-- is refused (422) instead of answering the earlier ballot. Null for keys claimed before.
alter table budget_ballot_request add column request_hash varchar(64);
