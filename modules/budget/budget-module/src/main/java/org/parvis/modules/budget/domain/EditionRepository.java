package org.parvis.modules.budget.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Editions, their envelopes, ideas and supports, of the current tenant. */
public interface EditionRepository {

  void add(Edition edition);

  void add(Envelope envelope);

  void add(Idea idea);

  /**
   * Adds the support and counts it on the idea, atomically; false (and nothing counted) when the
   * supporter already supported the idea.
   */
  boolean addSupport(Support support);

  /** The idea's support count as stored now. */
  int supports(UUID ideaId);

  Optional<Edition> edition(UUID id);

  /** The edition, locked against concurrent changes of its calendar until the transaction ends. */
  Optional<Edition> editionForShare(UUID id);

  /**
   * The edition, locked exclusively until the transaction ends: waits for ballots in flight (which
   * hold it for share) and keeps new ones out meanwhile.
   */
  Optional<Edition> editionForUpdate(UUID id);

  /** Writes pending changes now (so that later statements of the transaction see them). */
  void flush();

  List<Edition> editions();

  List<Envelope> envelopes(UUID editionId);

  Optional<Envelope> envelope(UUID id);

  Optional<Idea> idea(UUID id);

  List<Idea> ideas(UUID editionId);

  /**
   * An envelope of the edition with the final cost of each project on its ballot, in one query;
   * empty when the envelope is not the edition's.
   */
  Optional<BallotPaper> ballotPaper(UUID editionId, UUID envelopeId);

  /** What a ballot is checked against: the envelope and its projects' final costs. */
  record BallotPaper(UUID envelopeId, long amount, boolean district, Map<UUID, Long> costs) {
    /** The uniqueness scope of a ballot in this envelope: {@code city} or {@code district}. */
    public String scope() {
      return district ? "district" : "city";
    }
  }

  /** The final cost of each project on the envelope's ballot, by project id, in one query. */
  Map<UUID, Long> ballotCosts(UUID envelopeId);
}
