package org.parvis.modules.pages.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A verified resident's co-signature of the participation charter. Keyed on the platform's
 * verified-resident id, not on the account: one signature per person.
 */
@Entity
@Table(name = "pages_signature")
public class Signature {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "page_slug", nullable = false, updatable = false)
  private String pageSlug;

  @Column(name = "resident_id", nullable = false, updatable = false)
  private UUID residentId;

  @Column(name = "signed_at", nullable = false, updatable = false)
  private Instant signedAt;

  protected Signature() {}

  public Signature(String pageSlug, UUID residentId) {
    this.id = UUID.randomUUID();
    this.pageSlug = Objects.requireNonNull(pageSlug);
    this.residentId = Objects.requireNonNull(residentId);
    this.signedAt = Instant.now();
  }
}
