package org.parvis.modules.consultations.domain;

/** Who may answer a consultation. */
public enum Audience {
  /** Anyone, signed in or not (see {@link Participant} for what "one participation" means then). */
  ANYONE,
  /** Anyone signed in: one participation per account. */
  SIGNED_IN,
  /** The tenant's verified residents: one participation per verified person, whatever account they use. */
  VERIFIED_RESIDENTS,
  /** Verified residents of some districts only. */
  DISTRICTS
}
