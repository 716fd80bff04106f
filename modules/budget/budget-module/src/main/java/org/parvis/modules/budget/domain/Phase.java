package org.parvis.modules.budget.domain;

/** The phases of an edition, in calendar order. */
public enum Phase {
  /** Before idea submission opens. */
  UPCOMING,
  IDEA_SUBMISSION,
  FEASIBILITY_REVIEW,
  VOTE,
  RESULTS,
  IMPLEMENTATION;

  public boolean isAtLeast(Phase other) {
    return compareTo(other) >= 0;
  }
}
