-- Ballots of past editions imported from Pabulib files: channel IMPORT, voter key
-- 'pabulib:<voter id of the file>'.
alter table budget_ballot drop constraint budget_ballot_channel_check;
alter table budget_ballot add constraint budget_ballot_channel_check
    check (channel in ('ONLINE', 'PAPER', 'IMPORT'));
