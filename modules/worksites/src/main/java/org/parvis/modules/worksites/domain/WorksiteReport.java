package org.parvis.modules.worksites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A need reported by a resident (aggregate root): {@code OPEN → ACCEPTED | DECLINED | MERGED}.
 * Staff decide once; a decline or a merge carries a public reason. Moderation is apart from the
 * status: a hidden report keeps its status but is shown only as hidden, with the public reason.
 */
@Entity(name = "WorksiteReport")
@Table(name = "worksite_report")
public class WorksiteReport {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String description;

  @Embedded private GeoPoint location;

  /** Where, in words: an address or a landmark. */
  private String place;

  /** The point is the commune's centre, not where the need is: the resident gave no coordinates. */
  @Column(nullable = false)
  private boolean approximate;

  @Column(name = "reporter_id", nullable = false, updatable = false)
  private UUID reporterId;

  @Column(name = "reporter_email")
  private String reporterEmail;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportStatus status;

  @Column(name = "public_reason")
  private String publicReason;

  @Column(name = "worksite_id")
  private UUID worksiteId;

  @Column(name = "merged_into_id")
  private UUID mergedIntoId;

  @Column(name = "hidden_reason")
  private String hiddenReason;

  @Column(name = "abuse_reports", nullable = false)
  private int abuseReports;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected WorksiteReport() {}

  public WorksiteReport(String title, String description, GeoPoint location, UUID reporterId,
      String reporterEmail, Instant now) {
    this(title, description, null, location, false, reporterId, reporterEmail, now);
  }

  /**
   * A report located in words ({@code place}, may be null) and by a point, {@code approximate} when
   * the point only stands for the commune.
   */
  public WorksiteReport(String title, String description, String place, GeoPoint location,
      boolean approximate, UUID reporterId, String reporterEmail, Instant now) {
    this.id = UUID.randomUUID();
    this.place = place == null || place.isBlank() ? null : place.strip();
    this.approximate = approximate;
    this.title = Objects.requireNonNull(title);
    this.description = Objects.requireNonNull(description);
    this.location = Objects.requireNonNull(location);
    this.reporterId = Objects.requireNonNull(reporterId);
    this.reporterEmail = reporterEmail;
    this.status = ReportStatus.OPEN;
    this.createdAt = now;
  }

  /** Whether residents may still support it or add information. */
  public boolean isOpen() {
    return status == ReportStatus.OPEN && !isHidden();
  }

  public void requireOpen() {
    if (!isOpen()) {
      throw new WorksiteRuleException("report-closed", "This report is no longer open (" + status + ")");
    }
  }

  /** Staff accept the report: it becomes {@code worksite}. */
  public void accept(UUID worksiteId) {
    requireOpen();
    this.worksiteId = Objects.requireNonNull(worksiteId);
    this.status = ReportStatus.ACCEPTED;
  }

  public void decline(String reason) {
    requireOpen();
    this.publicReason = requireText(reason);
    this.status = ReportStatus.DECLINED;
  }

  /** This report duplicates {@code target}; its supporters are carried over by the caller. */
  public void mergeInto(WorksiteReport target, String reason) {
    if (target.id.equals(id)) {
      throw new WorksiteRuleException("merge-into-itself", "A report cannot be merged into itself");
    }
    requireOpen();
    target.requireOpen();
    this.mergedIntoId = target.id;
    this.publicReason = requireText(reason);
    this.status = ReportStatus.MERGED;
  }

  /** Moderation hides the report's content, with a reason shown in its place. */
  public void hide(String reason) {
    this.hiddenReason = requireText(reason);
  }

  /** Moderation restores a hidden report; its flags so far are settled. */
  public void restore() {
    this.hiddenReason = null;
    this.abuseReports = 0;
  }

  public void reportAbuse() {
    abuseReports++;
  }

  public boolean isHidden() {
    return hiddenReason != null;
  }

  private static String requireText(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new WorksiteRuleException("reason-required", "A public reason is required");
    }
    return reason.strip();
  }

  public UUID id() { return id; }
  public String title() { return title; }
  public String description() { return description; }
  public GeoPoint location() { return location; }
  public Optional<String> place() { return Optional.ofNullable(place); }
  public boolean isApproximate() { return approximate; }
  public UUID reporterId() { return reporterId; }
  public Optional<String> reporterEmail() { return Optional.ofNullable(reporterEmail); }
  public ReportStatus status() { return status; }
  public Optional<String> publicReason() { return Optional.ofNullable(publicReason); }
  public Optional<UUID> worksiteId() { return Optional.ofNullable(worksiteId); }
  public Optional<UUID> mergedIntoId() { return Optional.ofNullable(mergedIntoId); }
  public Optional<String> hiddenReason() { return Optional.ofNullable(hiddenReason); }
  public int abuseReports() { return abuseReports; }
  public Instant createdAt() { return createdAt; }
}
