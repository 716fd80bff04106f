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
   * calls for one voter leave exactly one ballot, the last one written. A ballot of the same
   * voter and scope cast on another channel is left as it is: empty then.
   *
   * @param enteredBy the staff member who entered a paper ballot, null online
   */
  Optional<Stored> upsert(UUID editionId, UUID envelopeId, String scope, String voterKey,
      String channel, String enteredBy, Map<UUID, Long> points, long totalCost);

  /** The channels on which the voter has a ballot in the edition. */
  List<String> channelsOf(UUID editionId, String voterKey);

  /**
   * Gives the voter's ballots of the edition stored under {@code formerKey} the key
   * {@code voterKey}, unless the voter already has a ballot of that scope under it.
   */
  void rekey(UUID editionId, String formerKey, String voterKey);

  /**
   * Claims {@code idempotencyKey} for the requester, bound to {@code requestHash}; false when an
   * earlier request (committed, or concurrent and then committed) holds it.
   */
  boolean claim(String requester, String idempotencyKey, String requestHash);

  /** Records which ballot the request that claimed the key produced. */
  void attach(String requester, String idempotencyKey, UUID ballotId);

  /** An earlier request's ballot and the hash of what it asked (null for old claims). */
  record EarlierRequest(UUID ballotId, String requestHash) {}

  /** The earlier request that claimed this key, if any. */
  Optional<EarlierRequest> earlierRequest(String requester, String idempotencyKey);

  /** The voter's ballots of the edition under any of {@code voterKeys}. */
  List<Ballot> ofVoter(UUID editionId, List<String> voterKeys);

  Optional<Ballot> byId(UUID id);

  List<Ballot> ofEdition(UUID editionId);

  /** A ballot of a past edition read from a file: its voter key and choices. */
  record Imported(String voterKey, Map<UUID, Long> points, long totalCost) {}

  /** Stores a past edition's ballots (channel {@code IMPORT}) in a few multi-row inserts. */
  void addImported(UUID editionId, UUID envelopeId, String scope, List<Imported> ballots);
}
