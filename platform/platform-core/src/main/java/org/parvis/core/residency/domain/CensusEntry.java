package org.parvis.core.residency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One person of a tenant's census, kept only as the keyed hash of their identity, and their
 * district of residence when the census gives it.
 */
@Entity
@Table(name = "parvis_census_entry")
public class CensusEntry {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "identity_hash", nullable = false, updatable = false)
  private String identityHash;

  /** The district of residence as the census names it; null when the census gives none. */
  @Column(updatable = false)
  private String district;

  protected CensusEntry() {}

  public CensusEntry(String identityHash, String district) {
    this.id = UUID.randomUUID();
    this.identityHash = identityHash;
    this.district = district;
  }

  public Optional<String> district() {
    return Optional.ofNullable(district);
  }

  public String identityHash() {
    return identityHash;
  }
}
