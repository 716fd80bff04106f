package org.parvis.modules.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A person (identity-provider subject) who takes part in a circle's decisions. */
@Entity(name = "ConsentCircleMember")
@Table(name = "consent_circle_member")
public class CircleMember {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "circle_id", nullable = false, updatable = false)
  private UUID circleId;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected CircleMember() {}

  public CircleMember(UUID circleId, String subject, Instant now) {
    this.id = UUID.randomUUID();
    this.circleId = Objects.requireNonNull(circleId);
    this.subject = Objects.requireNonNull(subject);
    this.addedAt = now;
  }

  public String subject() { return subject; }
}
