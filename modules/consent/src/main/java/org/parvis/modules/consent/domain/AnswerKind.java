package org.parvis.modules.consent.domain;

/** A member's answer to one round of a proposal. */
public enum AnswerKind {
  CONSENT,
  /** Needs a reason; blocks adoption until an amendment answers it. */
  OBJECTION,
  STAND_ASIDE
}
