package org.parvis.modules.petitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A verified resident who backs a draft before its publication (named, not a signature). */
@Entity
@Table(name = "petition_cosigner")
public class Cosigner {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "petition_id", nullable = false, updatable = false)
  private UUID petitionId;

  @Column(name = "resident_id", nullable = false, updatable = false)
  private UUID residentId;

  @Column(name = "joined_at", nullable = false, updatable = false)
  private Instant joinedAt;

  protected Cosigner() {}

  public Cosigner(UUID petitionId, UUID residentId) {
    this.id = UUID.randomUUID();
    this.petitionId = Objects.requireNonNull(petitionId);
    this.residentId = Objects.requireNonNull(residentId);
    this.joinedAt = Instant.now();
  }
}
