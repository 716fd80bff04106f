package org.parvis.modules.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * Someone from the public registered to an open workshop. The address serves only to send the
 * invitation and its updates: it is deleted when the workshop is concluded.
 */
@Entity
@Table(name = "council_registration")
public class CouncilRegistration {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private String name;

  private String email;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  protected CouncilRegistration() {}

  CouncilRegistration(String name, String email, Instant registeredAt) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.email = email;
    this.registeredAt = registeredAt;
  }

  void forgetAddress() {
    this.email = null;
  }

  public UUID id() { return id; }
  public String name() { return name; }
  public String email() { return email; }
  public Instant registeredAt() { return registeredAt; }
}
