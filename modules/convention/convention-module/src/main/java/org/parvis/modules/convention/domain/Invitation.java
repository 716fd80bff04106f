package org.parvis.modules.convention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * An invitation letter's one-time code (only its hash is kept): it enrolls one volunteer once.
 */
@Entity(name = "ConventionInvitation")
@Table(name = "convention_invitation")
public class Invitation {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "convention_id", nullable = false, updatable = false)
  private UUID conventionId;

  @Column(name = "code_hash", nullable = false, updatable = false)
  private String codeHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected Invitation() {}

  public Invitation(UUID conventionId, String codeHash) {
    this.id = UUID.randomUUID();
    this.conventionId = Objects.requireNonNull(conventionId);
    this.codeHash = Objects.requireNonNull(codeHash);
    this.createdAt = Instant.now();
  }

  public boolean used() {
    return usedAt != null;
  }

  public void use() {
    if (usedAt != null) {
      throw new ConventionStateException("This invitation code has already been used");
    }
    usedAt = Instant.now();
  }
}
