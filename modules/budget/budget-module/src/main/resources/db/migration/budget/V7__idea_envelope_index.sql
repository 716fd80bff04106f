-- A ballot reads its envelope's projects by envelope: index it (it was a scan of the tenant's
-- ideas on every ballot).
create index budget_idea_envelope on budget_idea (envelope_id);
