package org.parvis.modules.convention.domain;

/**
 * Where a convention stands in its public ceremony. Each step only moves forward:
 * {@code DRAFT → RECRUITING → FROZEN → PUBLISHED → SEATED → ENDED}.
 */
public enum ConventionStatus {
  /** Being prepared by the administrators; not public. */
  DRAFT,
  /** Volunteers may join the pool (form or invitation code). */
  RECRUITING,
  /** The pool is closed and its hash published; the LEXIMIN lottery is being computed. */
  FROZEN,
  /** The M equally likely panels are published; waiting for the public seed. */
  PUBLISHED,
  /** The panel is drawn and seated. */
  SEATED,
  /** The mandate is over and the volunteers' personal data erased. */
  ENDED;

  public boolean isPublic() {
    return this != DRAFT;
  }
}
