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
 * An idea a citizen submits to an envelope of an edition. Staff review it: a feasible idea, with
 * its final cost, is a project on the ballot; an infeasible one keeps its public reason; a
 * duplicate is merged into another idea. Moderators may hide it, with a reason.
 */
@Entity
@Table(name = "budget_idea")
public class Idea {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "edition_id", nullable = false, updatable = false)
  private UUID editionId;

  @Column(name = "envelope_id", nullable = false)
  private UUID envelopeId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private String category;

  private Double latitude;

  private Double longitude;

  @Column(name = "estimated_cost", nullable = false)
  private long estimatedCost;

  @Column(name = "final_cost")
  private Long finalCost;

  @Column(name = "author_subject", nullable = false, updatable = false)
  private String authorSubject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IdeaStatus status;

  @Column(name = "public_reason")
  private String publicReason;

  @Column(name = "merged_into")
  private UUID mergedInto;

  @Column(nullable = false)
  private boolean hidden;

  @Column(name = "hidden_reason")
  private String hiddenReason;

  @Column(nullable = false)
  private int supports;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Idea() {}

  public Idea(UUID editionId, UUID envelopeId, String title, String description, String category,
      Double latitude, Double longitude, long estimatedCost, String authorSubject) {
    this(UUID.randomUUID(), editionId, envelopeId, title, description, category, latitude,
        longitude, estimatedCost, authorSubject);
  }

  /**
   * An idea with a chosen id: a past edition's project imported from a file, whose ids must sort
   * like the file's project ids so that ties break as they did.
   */
  public Idea(UUID id, UUID editionId, UUID envelopeId, String title, String description,
      String category, Double latitude, Double longitude, long estimatedCost,
      String authorSubject) {
    Money.require(estimatedCost, "a cost");
    this.id = Objects.requireNonNull(id);
    this.editionId = Objects.requireNonNull(editionId);
    this.envelopeId = Objects.requireNonNull(envelopeId);
    this.title = Objects.requireNonNull(title);
    this.description = Objects.requireNonNull(description);
    this.category = Objects.requireNonNull(category);
    this.latitude = latitude;
    this.longitude = longitude;
    this.estimatedCost = estimatedCost;
    this.authorSubject = Objects.requireNonNull(authorSubject);
    this.status = IdeaStatus.SUBMITTED;
    this.createdAt = Instant.now();
  }

  /** Staff found it feasible at {@code finalCost}: it goes to the ballot. */
  public void acceptAsFeasible(long finalCost, String reason) {
    Money.require(finalCost, "a cost");
    this.status = IdeaStatus.FEASIBLE;
    this.finalCost = finalCost;
    this.publicReason = reason;
  }

  /** Staff found it infeasible; the reason is public. */
  public void rejectAsInfeasible(String reason) {
    this.status = IdeaStatus.INFEASIBLE;
    this.finalCost = null;
    this.publicReason = Objects.requireNonNull(reason);
  }

  /** A duplicate of {@code target}: it leaves the ballot, its supporters are counted there. */
  public void mergeInto(Idea target, String reason) {
    if (target.id.equals(id) || !target.editionId.equals(editionId)) {
      throw new IllegalArgumentException("an idea merges into another idea of the same edition");
    }
    if (target.status == IdeaStatus.MERGED) {
      throw new IllegalArgumentException("the target idea is itself merged into another one");
    }
    this.status = IdeaStatus.MERGED;
    this.mergedInto = target.id;
    this.publicReason = reason;
    this.finalCost = null;
    target.supports += this.supports;
  }

  public void hide(String reason) {
    this.hidden = true;
    this.hiddenReason = Objects.requireNonNull(reason);
  }

  /** Whether it is a project on its envelope's ballot. */
  public boolean onBallot() {
    return status == IdeaStatus.FEASIBLE && !hidden && finalCost != null;
  }

  public UUID id() {
    return id;
  }

  public UUID editionId() {
    return editionId;
  }

  public UUID envelopeId() {
    return envelopeId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public String category() {
    return category;
  }

  public Double latitude() {
    return latitude;
  }

  public Double longitude() {
    return longitude;
  }

  public long estimatedCost() {
    return estimatedCost;
  }

  public Long finalCost() {
    return finalCost;
  }

  public String authorSubject() {
    return authorSubject;
  }

  public IdeaStatus status() {
    return status;
  }

  public String publicReason() {
    return publicReason;
  }

  public UUID mergedInto() {
    return mergedInto;
  }

  public boolean hidden() {
    return hidden;
  }

  public String hiddenReason() {
    return hiddenReason;
  }

  public int supports() {
    return supports;
  }
}
