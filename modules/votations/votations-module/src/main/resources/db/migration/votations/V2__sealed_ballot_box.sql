-- When the ballot box was sealed: once a votation is closed its ballots are rewritten in one
-- transaction, in random order and with new random ids, so that no ballot row keeps the
-- transaction id (xmin) or physical position of the transaction that also wrote its voter's
-- "has voted" row.
alter table votation_votation add column ballots_sealed_at timestamptz;
