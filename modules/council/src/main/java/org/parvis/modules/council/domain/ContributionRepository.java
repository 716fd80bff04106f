package org.parvis.modules.council.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Contributions (avis). */
public interface ContributionRepository {
  Optional<CouncilContribution> find(UUID id);

  /** The contribution locked for a change, so that votes and amendments do not race. */
  Optional<CouncilContribution> lock(UUID id);

  List<CouncilContribution> all();

  void add(CouncilContribution contribution);
}
