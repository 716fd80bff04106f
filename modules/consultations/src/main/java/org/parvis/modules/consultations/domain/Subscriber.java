package org.parvis.modules.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An address to tell when the conclusions of a consultation are published; kept apart from any answer. */
@Entity(name = "ConsultationSubscriber")
@Table(name = "consultation_subscriber")
public class Subscriber {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "consultation_id", nullable = false, updatable = false)
  private UUID consultationId;

  @Column(nullable = false, updatable = false)
  private String email;

  protected Subscriber() {}

  public Subscriber(UUID consultationId, String email) {
    this.id = UUID.randomUUID();
    this.consultationId = Objects.requireNonNull(consultationId);
    this.email = Objects.requireNonNull(email);
  }

  public String email() {
    return email;
  }
}
