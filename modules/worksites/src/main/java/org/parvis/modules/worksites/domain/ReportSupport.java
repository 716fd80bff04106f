package org.parvis.modules.worksites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One person's support of a report (at most one per person and report). */
@Entity(name = "WorksiteReportSupport")
@Table(name = "worksite_report_support")
public class ReportSupport {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "report_id", nullable = false)
  private UUID reportId;

  @Column(name = "supporter_id", nullable = false, updatable = false)
  private UUID supporterId;

  private String email;

  @Column(name = "supported_at", nullable = false, updatable = false)
  private Instant supportedAt;

  protected ReportSupport() {}

  public ReportSupport(UUID reportId, UUID supporterId, String email, Instant now) {
    this.id = UUID.randomUUID();
    this.reportId = Objects.requireNonNull(reportId);
    this.supporterId = Objects.requireNonNull(supporterId);
    this.email = email;
    this.supportedAt = now;
  }

  /** The same person's support carried over to the report this one was merged into. */
  public ReportSupport carriedOverTo(UUID target) {
    return new ReportSupport(target, supporterId, email, supportedAt);
  }

  public UUID reportId() { return reportId; }
  public UUID supporterId() { return supporterId; }
  public Optional<String> email() { return Optional.ofNullable(email); }
}
