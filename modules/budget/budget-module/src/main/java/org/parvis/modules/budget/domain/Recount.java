package org.parvis.modules.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * The audit record of an administrator's recount of published results: who, when, why, and
 * whether the funded projects changed. Never updated or deleted with the results it replaced.
 */
@Entity(name = "BudgetRecount")
@Table(name = "budget_recount")
public class Recount {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "edition_id", nullable = false, updatable = false)
  private UUID editionId;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "recounted_at", nullable = false, updatable = false)
  private Instant recountedAt;

  @Column(name = "funded_changed", nullable = false, updatable = false)
  private boolean fundedChanged;

  protected Recount() {}

  public Recount(UUID editionId, String requestedBy, String reason, Instant recountedAt,
      boolean fundedChanged) {
    this.id = UUID.randomUUID();
    this.editionId = Objects.requireNonNull(editionId);
    this.requestedBy = Objects.requireNonNull(requestedBy);
    this.reason = Objects.requireNonNull(reason);
    this.recountedAt = Objects.requireNonNull(recountedAt);
    this.fundedChanged = fundedChanged;
  }

  public UUID id() {
    return id;
  }

  public UUID editionId() {
    return editionId;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public String reason() {
    return reason;
  }

  public Instant recountedAt() {
    return recountedAt;
  }

  public boolean fundedChanged() {
    return fundedChanged;
  }
}
