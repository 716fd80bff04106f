package org.parvis.budget.rules;

/** Decides which projects an envelope funds. Implementations are pure and deterministic. */
public interface AllocationRule {
  Outcome allocate(Election election);
}
