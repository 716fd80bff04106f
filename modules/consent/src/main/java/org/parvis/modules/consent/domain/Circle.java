package org.parvis.modules.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A circle of a collective (e.g. its coordination circle), which decides by consent. */
@Entity(name = "ConsentCircle")
@Table(name = "consent_circle")
public class Circle {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Circle() {}

  public Circle(String name, Instant now) {
    this.id = UUID.randomUUID();
    this.name = Objects.requireNonNull(name).strip();
    this.createdAt = now;
  }

  public UUID id() { return id; }
  public String name() { return name; }
}
