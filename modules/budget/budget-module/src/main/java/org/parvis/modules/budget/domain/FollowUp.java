package org.parvis.modules.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * The public follow-up of one funded project after the vote: its status, its progress and, when
 * abandoned, why. Only a project funded in the edition's published results has one. Its dated
 * {@link Milestone}s and photos ({@link Photo}) hang off the same project id.
 */
@Entity(name = "BudgetFollowUp")
@Table(name = "budget_follow_up")
public class FollowUp {

  /** The funded project's (idea's) id. */
  @Id
  @Column(name = "idea_id")
  private UUID ideaId;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "edition_id", nullable = false, updatable = false)
  private UUID editionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WorksStatus status;

  @Column(nullable = false)
  private int progress;

  @Column(name = "abandon_reason")
  private String abandonReason;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected FollowUp() {}

  /** A funded project's follow-up as it starts: planned, nothing done. */
  public FollowUp(UUID editionId, UUID ideaId) {
    this.editionId = Objects.requireNonNull(editionId);
    this.ideaId = Objects.requireNonNull(ideaId);
    this.status = WorksStatus.PLANNED;
    this.updatedAt = Instant.now();
  }

  /**
   * Moves the works on. Progress is a percentage; a project done is 100 % done; an abandoned one
   * needs a reason, which only an abandoned one keeps.
   */
  public void update(WorksStatus status, int progress, String abandonReason) {
    if (progress < 0 || progress > 100) {
      throw new IllegalArgumentException("progress is a percentage, from 0 to 100");
    }
    if (status == WorksStatus.ABANDONED && (abandonReason == null || abandonReason.isBlank())) {
      throw new IllegalArgumentException("an abandoned project needs a public reason");
    }
    if (status == WorksStatus.DONE && progress != 100) {
      throw new IllegalArgumentException("a project done is 100 % done");
    }
    this.status = Objects.requireNonNull(status);
    this.progress = progress;
    this.abandonReason = status == WorksStatus.ABANDONED ? abandonReason : null;
    this.updatedAt = Instant.now();
  }

  public UUID ideaId() {
    return ideaId;
  }

  public UUID editionId() {
    return editionId;
  }

  public WorksStatus status() {
    return status;
  }

  public int progress() {
    return progress;
  }

  public String abandonReason() {
    return abandonReason;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
