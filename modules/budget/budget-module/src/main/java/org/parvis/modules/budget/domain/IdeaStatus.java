package org.parvis.modules.budget.domain;

/** Where an idea stands in the feasibility review. */
public enum IdeaStatus {
  SUBMITTED,
  /** Found feasible by staff: a project on the ballot. */
  FEASIBLE,
  INFEASIBLE,
  /** A duplicate, merged into another idea. */
  MERGED
}
