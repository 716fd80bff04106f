package org.parvis.budget.rules;

/** How much a voter is assumed to gain from a funded project they support. */
public enum Utility {
  /** The project's cost (pabutools' cost satisfaction). */
  COST,
  /** One per supported project (cardinality satisfaction). */
  CARDINALITY,
  /** The points the voter gave the project (cumulative ballots; additive satisfaction). */
  POINTS
}
