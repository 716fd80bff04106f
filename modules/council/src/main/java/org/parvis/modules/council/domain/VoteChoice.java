package org.parvis.modules.council.domain;

/**
 * A member's answer in an adoption vote. Consent votes use {@code CONSENT}, {@code OBJECTION} and
 * {@code STAND_ASIDE}; majority votes use {@code FOR}, {@code AGAINST} and {@code ABSTAIN}.
 */
public enum VoteChoice {
  CONSENT, OBJECTION, STAND_ASIDE, FOR, AGAINST, ABSTAIN;

  boolean fits(AdoptionMethod method) {
    return method == AdoptionMethod.CONSENT
        ? this == CONSENT || this == OBJECTION || this == STAND_ASIDE
        : this == FOR || this == AGAINST || this == ABSTAIN;
  }
}
