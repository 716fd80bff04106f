package org.parvis.modules.budget.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Ballots of the current tenant. */
public interface BallotRepository {

  /** What a submission did: the ballot's id, and whether it created it or replaced one. */
  record Stored(UUID ballotId, boolean created) {}

  /**
   * Creates the voter's ballot in the envelope's scope or replaces it, atomically: concurrent
   * calls for one voter leave exactly one ballot, the last one written.
   */
  Stored upsert(UUID editionId, UUID envelopeId, String scope, String voterKey, String channel,
      Map<UUID, Long> points, long totalCost);

  /**
   * Claims {@code idempotencyKey} for the voter; false when an earlier request (committed, or
   * concurrent and then committed) holds it: a replay, which must change nothing.
   */
  boolean claim(String voterKey, String idempotencyKey);

  /** Records which ballot the request that claimed the key produced. */
  void attach(String voterKey, String idempotencyKey, UUID ballotId);

  /** The ballot an earlier request with this key produced, if any. */
  Optional<UUID> ballotOfKey(String voterKey, String idempotencyKey);

  List<Ballot> ofVoter(UUID editionId, String voterKey);

  Optional<Ballot> byId(UUID id);

  List<Ballot> ofEdition(UUID editionId);

  /** A ballot of a past edition read from a file: its voter key and choices. */
  record Imported(String voterKey, Map<UUID, Long> points, long totalCost) {}

  /** Stores a past edition's ballots (channel {@code IMPORT}) in a few multi-row inserts. */
  void addImported(UUID editionId, UUID envelopeId, String scope, List<Imported> ballots);
}
