package org.parvis.modules.convention.domain;

import java.util.Optional;
import java.util.UUID;

/** The state of each convention's LEXIMIN computation. */
public interface ComputationRepository {

  void add(Computation computation);

  /** The convention's computation, locked for update. */
  Optional<Computation> lock(UUID conventionId);

  void remove(UUID conventionId);
}
