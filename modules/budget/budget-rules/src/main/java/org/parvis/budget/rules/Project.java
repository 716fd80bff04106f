package org.parvis.budget.rules;

import java.util.Objects;

/**
 * A project on the ballot: its id (as written in the edition or the Pabulib file) and its cost in
 * whole currency units.
 */
public record Project(String id, long cost) {
  public Project {
    Objects.requireNonNull(id, "id");
    if (cost < 0) {
      throw new IllegalArgumentException("project " + id + ": negative cost " + cost);
    }
  }
}
