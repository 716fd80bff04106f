package org.parvis.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.parvis.spi.security.TenantRole;

/** A person's roles within one tenant. One account may hold memberships in many tenants. */
@Entity
@Table(name = "parvis_membership")
public class Membership {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Convert(converter = RolesConverter.class)
  @Column(nullable = false)
  private Set<TenantRole> roles = EnumSet.noneOf(TenantRole.class);

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Membership() {}

  public Membership(String subject) {
    this.id = UUID.randomUUID();
    this.subject = Objects.requireNonNull(subject);
    this.createdAt = Instant.now();
    this.roles = EnumSet.of(TenantRole.CITIZEN);
  }

  /** Replaces the roles; every member stays at least a citizen. */
  public void assignRoles(Set<TenantRole> newRoles) {
    EnumSet<TenantRole> all = EnumSet.of(TenantRole.CITIZEN);
    all.addAll(newRoles);
    this.roles = all;
  }

  public String subject() {
    return subject;
  }

  public Set<TenantRole> roles() {
    return Set.copyOf(roles);
  }

  public UUID tenantId() {
    return tenantId;
  }
}
