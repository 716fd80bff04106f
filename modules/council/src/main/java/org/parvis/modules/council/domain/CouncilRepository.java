package org.parvis.modules.council.domain;

import java.util.Optional;

/** The tenant's council (at most one). */
public interface CouncilRepository {
  Optional<Council> find();

  /** The council, locked for a change. */
  Optional<Council> lock();

  void add(Council council);
}
