package org.parvis.modules.votations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * That one person has voted in one votation — nothing more: no time, no link to the ballot. The
 * voter key is the platform's keyed hash of the verified identity, so a second account of the
 * same person is the same voter.
 */
@Entity
@Table(name = "votation_participation")
public class Participation {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "votation_id", nullable = false, updatable = false)
  private UUID votationId;

  @Column(name = "voter_key", nullable = false, updatable = false)
  private String voterKey;

  protected Participation() {}

  public Participation(UUID votationId, String voterKey) {
    this.id = UUID.randomUUID();
    this.votationId = Objects.requireNonNull(votationId);
    this.voterKey = Objects.requireNonNull(voterKey);
  }
}
