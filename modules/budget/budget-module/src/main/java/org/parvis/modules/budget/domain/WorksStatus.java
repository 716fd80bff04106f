package org.parvis.modules.budget.domain;

/** Where a funded project's works stand. {@code ABANDONED} always comes with a public reason. */
public enum WorksStatus {
  PLANNED,
  IN_STUDY,
  IN_WORKS,
  DONE,
  ABANDONED
}
