package org.parvis.modules.worksites.domain;

/** A worksite is planned (shifts open for registration) until staff mark it completed. */
public enum WorksiteStatus {
  PLANNED, COMPLETED
}
