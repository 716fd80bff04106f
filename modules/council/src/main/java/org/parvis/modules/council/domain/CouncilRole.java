package org.parvis.modules.council.domain;

/** Roles a member may hold besides sitting in a college. */
public enum CouncilRole {
  PRESIDENT, CO_PRESIDENT, BUREAU, FACILITATOR;

  /** Whether the role belongs to the bureau, which accepts self-referrals and runs the council. */
  public boolean isBureau() {
    return this != FACILITATOR;
  }
}
