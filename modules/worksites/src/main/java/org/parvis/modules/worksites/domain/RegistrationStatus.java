package org.parvis.modules.worksites.domain;

/** A registration holds places ({@code CONFIRMED}) or waits for some to free up. */
public enum RegistrationStatus {
  CONFIRMED, WAITING
}
