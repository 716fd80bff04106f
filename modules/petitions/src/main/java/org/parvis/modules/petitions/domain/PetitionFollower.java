package org.parvis.modules.petitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A person who gets the petition's news (referral, council meeting, answer) by email. */
@Entity
@Table(name = "petition_follower")
public class PetitionFollower {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "petition_id", nullable = false, updatable = false)
  private UUID petitionId;

  @Column(name = "resident_id", nullable = false, updatable = false)
  private UUID residentId;

  @Column(nullable = false)
  private String email;

  protected PetitionFollower() {}

  public PetitionFollower(UUID petitionId, UUID residentId, String email) {
    this.id = UUID.randomUUID();
    this.petitionId = Objects.requireNonNull(petitionId);
    this.residentId = Objects.requireNonNull(residentId);
    this.email = Objects.requireNonNull(email);
  }

  public String email() {
    return email;
  }
}
