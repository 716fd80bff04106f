package org.parvis.core.residency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A civil identity verified in one tenant, as its keyed hash, held by at most one account. When
 * the account leaves, the hash stays (without subject): the same person cannot verify again
 * through another account and take part twice.
 */
@Entity
@Table(name = "parvis_verified_identity")
public class VerifiedIdentity {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "identity_hash", nullable = false, updatable = false)
  private String identityHash;

  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private VerificationMethod method;

  @Column(name = "verified_at", nullable = false, updatable = false)
  private Instant verifiedAt;

  /** District of residence, as the census, the code or the approving staff gave it; may be null. */
  private String district;

  @Version private long version;

  protected VerifiedIdentity() {}

  public VerifiedIdentity(String identityHash, String subject, VerificationMethod method,
      String district) {
    this.id = UUID.randomUUID();
    this.identityHash = Objects.requireNonNull(identityHash);
    this.subject = Objects.requireNonNull(subject);
    this.method = Objects.requireNonNull(method);
    this.verifiedAt = Instant.now();
    this.district = district;
  }

  /** A later verification of the same person establishes another district: they moved. */
  public void moveTo(String newDistrict) {
    this.district = Objects.requireNonNull(newDistrict);
  }

  /** The district of residence, if the verification established one. */
  public Optional<String> district() {
    return Optional.ofNullable(district);
  }

  /** The account leaves; the identity stays verified, held by nobody. */
  public void detach() {
    this.subject = null;
  }

  /** Stable id of the person in this tenant, whichever account they use: modules may keep it. */
  public UUID id() {
    return id;
  }

  public String identityHash() {
    return identityHash;
  }

  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  public VerificationMethod method() {
    return method;
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }
}
