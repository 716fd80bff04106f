package org.parvis.core.residency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A one-time code issued to one identity. Only keyed hashes are kept: the code itself is shown to
 * the administrator once, to be sent by letter or email.
 */
@Entity
@Table(name = "parvis_verification_code")
public class VerificationCode {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "code_hash", nullable = false, updatable = false)
  private String codeHash;

  @Column(name = "identity_hash", nullable = false, updatable = false)
  private String identityHash;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  /** The district of residence the code was issued for; null when none. */
  @Column(updatable = false)
  private String district;

  @Version private long version;

  protected VerificationCode() {}

  public VerificationCode(String codeHash, String identityHash, Instant expiresAt,
      String district) {
    this.id = UUID.randomUUID();
    this.codeHash = codeHash;
    this.identityHash = identityHash;
    this.expiresAt = expiresAt;
    this.district = district;
  }

  public Optional<String> district() {
    return Optional.ofNullable(district);
  }

  public boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public void markUsed(Instant now) {
    this.usedAt = now;
  }

  public String identityHash() {
    return identityHash;
  }
}
