package org.parvis.core.residency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** How citizens of one tenant may verify their residency. A tenant without one offers nothing. */
@Entity
@Table(name = "parvis_residency_policy")
public class ResidencyPolicy {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Convert(converter = MethodsConverter.class)
  @Column(nullable = false)
  private Set<VerificationMethod> methods = EnumSet.noneOf(VerificationMethod.class);

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected ResidencyPolicy() {}

  public ResidencyPolicy(Collection<VerificationMethod> methods) {
    this.id = UUID.randomUUID();
    offer(methods);
  }

  public void offer(Collection<VerificationMethod> offered) {
    this.methods = offered.isEmpty()
        ? EnumSet.noneOf(VerificationMethod.class) : EnumSet.copyOf(offered);
    this.updatedAt = Instant.now();
  }

  public boolean offers(VerificationMethod method) {
    return methods.contains(method);
  }

  public Set<VerificationMethod> methods() {
    return Set.copyOf(methods);
  }
}
