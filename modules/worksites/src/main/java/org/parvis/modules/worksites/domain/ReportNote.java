package org.parvis.modules.worksites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** Information another resident adds to a report (a detail, an access, a photo caption). */
@Entity(name = "WorksiteReportNote")
@Table(name = "worksite_report_note")
public class ReportNote {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "report_id", nullable = false, updatable = false)
  private UUID reportId;

  @Column(name = "author_id", nullable = false, updatable = false)
  private UUID authorId;

  @Column(nullable = false)
  private String text;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ReportNote() {}

  public ReportNote(UUID reportId, UUID authorId, String text, Instant now) {
    this.id = UUID.randomUUID();
    this.reportId = Objects.requireNonNull(reportId);
    this.authorId = Objects.requireNonNull(authorId);
    this.text = Objects.requireNonNull(text);
    this.createdAt = now;
  }

  public UUID id() { return id; }
  public String text() { return text; }
  public Instant createdAt() { return createdAt; }
}
