package org.parvis.modules.worksites.domain;

/** Who brings a material or a tool. */
public enum ItemSource {
  /** Provided by the commune. */
  COMMUNE,
  /** To be brought by a volunteer, who pledges it. */
  VOLUNTEER
}
