package org.parvis.modules.worksites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A photo of a report or of a worksite, with the text alternative read by screen readers. The
 * image is a file kept by the platform; this records which file, and what it shows.
 */
@Entity(name = "WorksitePhoto")
@Table(name = "worksite_photo")
public class Photo {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "report_id", updatable = false)
  private UUID reportId;

  @Column(name = "worksite_id", updatable = false)
  private UUID worksiteId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private PhotoKind kind;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Column(nullable = false)
  private String caption;

  @Column(name = "added_by", updatable = false)
  private UUID addedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Photo() {}

  private Photo(UUID reportId, UUID worksiteId, PhotoKind kind, UUID fileId, String caption,
      UUID addedBy, Instant now) {
    if (caption == null || caption.isBlank()) {
      throw new WorksiteRuleException("caption-required", "A photo needs a caption (its text alternative)");
    }
    this.id = UUID.randomUUID();
    this.reportId = reportId;
    this.worksiteId = worksiteId;
    this.kind = kind;
    this.fileId = Objects.requireNonNull(fileId);
    this.caption = caption.strip();
    this.addedBy = addedBy;
    this.createdAt = now;
  }

  public static Photo ofReport(UUID reportId, UUID fileId, String caption, UUID addedBy, Instant now) {
    return new Photo(Objects.requireNonNull(reportId), null, PhotoKind.REPORT, fileId, caption, addedBy, now);
  }

  /** A photo of the worksite before or after the work. */
  public static Photo ofWorksite(UUID worksiteId, PhotoKind kind, UUID fileId, String caption, Instant now) {
    if (kind == PhotoKind.REPORT) {
      throw new WorksiteRuleException("invalid-photo-kind", "A worksite photo is BEFORE or AFTER");
    }
    return new Photo(null, Objects.requireNonNull(worksiteId), kind, fileId, caption, null, now);
  }

  public UUID id() { return id; }
  public PhotoKind kind() { return kind; }
  public UUID fileId() { return fileId; }
  public String caption() { return caption; }
  public Instant createdAt() { return createdAt; }
}
