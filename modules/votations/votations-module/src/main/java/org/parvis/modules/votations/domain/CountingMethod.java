package org.parvis.modules.votations.domain;

/** How ballots are cast and counted. */
public enum CountingMethod {
  /** Each option gets a grade; ranked by majority grade and majority value. */
  MAJORITY_JUDGMENT,
  /** Each voter approves any number of options; the most approved wins. */
  APPROVAL,
  /** Each voter picks one option; the most chosen wins. */
  SINGLE_CHOICE
}
