package org.parvis.modules.convention.domain;

/**
 * The grades of a majority judgment on a proposal, worst first: the ordinal is the grade index of
 * the majority-judgment library's merit profiles.
 */
public enum Grade {
  REJECT,
  POOR,
  FAIR,
  GOOD,
  VERY_GOOD,
  EXCELLENT
}
