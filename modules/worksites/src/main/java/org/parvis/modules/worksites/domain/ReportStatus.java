package org.parvis.modules.worksites.domain;

/** Where a report stands: open for support until staff accept, decline or merge it. */
public enum ReportStatus {
  OPEN, ACCEPTED, DECLINED, MERGED
}
