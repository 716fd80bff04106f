package org.parvis.modules.budget.domain;

import java.util.List;
import java.util.UUID;

/** Published results of the current tenant's editions, and the audit of their recounts. */
public interface OutcomeRepository {

  /** The edition's published envelope results, in envelope order; empty before publication. */
  List<EnvelopeOutcome> envelopes(UUID editionId);

  /** The edition's published project lines, by envelope then rank. */
  List<ProjectOutcome> projects(UUID editionId);

  /** Whether the project is funded in its edition's published results. */
  boolean funded(UUID ideaId);

  void add(EnvelopeOutcome outcome);

  void add(ProjectOutcome outcome);

  /** Removes the edition's published results (before a recount replaces them). */
  void discard(UUID editionId);

  void add(Recount recount);

  /** The edition's recounts, oldest first. */
  List<Recount> recounts(UUID editionId);
}
