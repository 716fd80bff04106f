package org.parvis.modules.convention.domain;

/** A volunteer's place: in the pool, then seated or not selected; or withdrawn. */
public enum VolunteerStatus {
  POOL,
  SEATED,
  NOT_SELECTED,
  /** Was seated and left the panel; replaced by the next replacement round. */
  LEFT,
  /** Left after the pool was frozen: kept pseudonymously (number and answers) for the checks. */
  WITHDRAWN
}
