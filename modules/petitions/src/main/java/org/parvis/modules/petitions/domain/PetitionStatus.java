package org.parvis.modules.petitions.domain;

/** Where a petition stands, from draft to the council's answer. */
public enum PetitionStatus {
  /** Written by its author, open to co-signers; not public. */
  DRAFT,
  /** Sent to moderation. */
  SUBMITTED,
  /** Refused by moderation, with a reason. */
  REJECTED,
  /** Folded by moderation into a published petition that asks the same; not public. */
  MERGED,
  /** Public and open for signatures until its closing date. */
  PUBLISHED,
  /** Reached the threshold: referred to the municipal council; signatures are closed. */
  REFERRED,
  /** The council's answer and decision are published. */
  ANSWERED,
  /**
   * Closed without reaching the threshold. Never stored: a published petition reads as expired
   * once its closing date has passed (see {@link Petition#statusAt}).
   */
  EXPIRED;

  public boolean isPublic() {
    return this == PUBLISHED || this == REFERRED || this == ANSWERED || this == EXPIRED;
  }
}
