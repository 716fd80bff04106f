package org.parvis.modules.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A signed-in person's support of an idea, once per account and idea. */
@Entity
@Table(name = "budget_support")
public class Support {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "idea_id", nullable = false, updatable = false)
  private UUID ideaId;

  @Column(name = "supporter_subject", nullable = false, updatable = false)
  private String supporterSubject;

  @Column(name = "supported_at", nullable = false, updatable = false)
  private Instant supportedAt;

  protected Support() {}

  public Support(UUID ideaId, String supporterSubject) {
    this.id = UUID.randomUUID();
    this.ideaId = Objects.requireNonNull(ideaId);
    this.supporterSubject = Objects.requireNonNull(supporterSubject);
    this.supportedAt = Instant.now();
  }

  public UUID ideaId() {
    return ideaId;
  }

  public String supporterSubject() {
    return supporterSubject;
  }
}
