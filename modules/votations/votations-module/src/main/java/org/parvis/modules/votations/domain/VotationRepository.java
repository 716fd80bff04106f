package org.parvis.modules.votations.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Votations of the current tenant, who voted in them, and their anonymous ballots. */
public interface VotationRepository {

  Optional<Votation> byId(UUID id);

  /** The votation, its row locked until the transaction ends (sealing the ballot box). */
  Optional<Votation> lockById(UUID id);

  /**
   * The votation, its row share-locked until the transaction ends: votes go on in parallel, and
   * sealing the ballot box waits until those in flight are written.
   */
  Optional<Votation> shareById(UUID id);

  List<Votation> all();

  void add(Votation votation);

  boolean hasParticipated(UUID votationId, String voterKey);

  /**
   * Records that {@code participation}'s voter voted, at once, so that a concurrent second vote of
   * the same person fails here with {@link AlreadyVoted}.
   */
  void add(Participation participation);

  long participants(UUID votationId);

  void add(Ballot ballot);

  /** The ballots' contents, in no meaningful order. */
  List<String> ballotContents(UUID votationId);

  /** Deletes the votation's ballots and writes {@code contents} as new ballots, in that order. */
  void replaceBallots(UUID votationId, List<String> contents);

  /** The same person voted already (unique constraint). */
  class AlreadyVoted extends RuntimeException {
    public AlreadyVoted(Throwable cause) {
      super(cause);
    }
  }
}
