-- The fingerprint of the instance's identity key (an HMAC of a fixed text under the key: it reveals
-- nothing of the key). Residency verifications are hashes under that key; a node started with
-- another key would verify the same person again under a new hash (one person, two votes) and
-- find none of the existing ones. The key's fingerprint is recorded once and checked at every start.
create table parvis_instance_key (
  id smallint primary key check (id = 1),
  fingerprint text not null,
  recorded_at timestamptz not null default now()
);
