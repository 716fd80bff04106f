package org.parvis.modules.worksites.domain;

/** What a photo shows: the need as reported, or the worksite before or after the work. */
public enum PhotoKind {
  REPORT, BEFORE, AFTER
}
