package org.parvis.modules.budget.domain;

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
 * A photo (or document) attached to an idea by its author or staff, or to a funded project's
 * follow-up by staff. The file itself is kept by the platform's attachments; this keeps its id
 * and the alternative text that describes it to people who cannot see it.
 */
@Entity(name = "BudgetPhoto")
@Table(name = "budget_photo")
public class Photo {

  /** What the photo illustrates. */
  public enum Purpose { IDEA, FOLLOW_UP }

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "idea_id", nullable = false, updatable = false)
  private UUID ideaId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Purpose purpose;

  @Column(name = "file_id", nullable = false, updatable = false)
  private UUID fileId;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "alt_text", nullable = false)
  private String altText;

  @Column(name = "added_by", nullable = false, updatable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected Photo() {}

  public Photo(UUID ideaId, Purpose purpose, UUID fileId, String contentType, String altText,
      String addedBy) {
    this.id = UUID.randomUUID();
    this.ideaId = Objects.requireNonNull(ideaId);
    this.purpose = Objects.requireNonNull(purpose);
    this.fileId = Objects.requireNonNull(fileId);
    this.contentType = Objects.requireNonNull(contentType);
    this.altText = Objects.requireNonNull(altText);
    this.addedBy = Objects.requireNonNull(addedBy);
    this.addedAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public UUID ideaId() {
    return ideaId;
  }

  public Purpose purpose() {
    return purpose;
  }

  public UUID fileId() {
    return fileId;
  }

  public String contentType() {
    return contentType;
  }

  public String altText() {
    return altText;
  }

  public String addedBy() {
    return addedBy;
  }

  public Instant addedAt() {
    return addedAt;
  }

  /** Where browsers fetch the file (served by the platform on the tenant's host). */
  public String url() {
    return "/files/" + fileId;
  }
}
