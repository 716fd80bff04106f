package org.parvis.modules.budget.domain;

/** How voters fill in their ballot. */
public enum BallotKind {
  /** Pick at most N projects (optionally at least M). */
  APPROVAL,
  /** Pick projects whose total cost fits the envelope (optionally spending a minimum share). */
  KNAPSACK,
  /** Spread a number of points over projects. */
  CUMULATIVE
}
