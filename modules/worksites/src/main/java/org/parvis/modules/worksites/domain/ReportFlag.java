package org.parvis.modules.worksites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One person's flag of a report as abusive (at most one per person and report). */
@Entity(name = "WorksiteReportFlag")
@Table(name = "worksite_report_flag")
public class ReportFlag {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "report_id", nullable = false, updatable = false)
  private UUID reportId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "flagged_at", nullable = false, updatable = false)
  private Instant flaggedAt;

  protected ReportFlag() {}

  public ReportFlag(UUID reportId, UUID personId, Instant now) {
    this.id = UUID.randomUUID();
    this.reportId = Objects.requireNonNull(reportId);
    this.personId = Objects.requireNonNull(personId);
    this.flaggedAt = now;
  }
}
