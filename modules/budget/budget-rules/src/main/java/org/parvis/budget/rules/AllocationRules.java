package org.parvis.budget.rules;

/**
 * The allocation rules Parvis offers, by their stable names: {@code greedy},
 * {@code equal-shares} and {@code phragmen}. An unknown name is an error.
 */
public final class AllocationRules {
  private AllocationRules() {}

  public static AllocationRule of(String name, Utility utility, Completion completion) {
    throw new UnsupportedOperationException("not implemented yet: " + name);
  }
}
