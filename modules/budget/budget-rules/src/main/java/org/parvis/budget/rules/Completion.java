package org.parvis.budget.rules;

/** What the Method of Equal Shares does with the money it leaves unspent. */
public enum Completion {
  /** Nothing: the plain rule. */
  NONE,
  /** Raise each voter's budget by one currency unit at a time while the outcome still fits. */
  ADD1,
  /** {@link #ADD1}, then fund what still fits by greedy utilitarian welfare. */
  ADD1_UTILITARIAN
}
