package org.parvis.modules.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * That one person (or account) has answered an anonymous consultation — nothing more: no time, no link to the
 * answers. Written in the same transaction as the anonymous {@link Participation}, whose unique key it is.
 *
 * <p>A consultation open to anyone: visitors who are signed in are registered here (one participation per person
 * when verified, per account otherwise); visitors who are not signed in cannot be told apart (one per browser
 * would be a cookie, cleared in a click), so each of their submissions counts: a commune wanting one answer per
 * person chooses another audience (the administration page says so).
 */
@Entity(name = "ConsultationParticipant")
@Table(name = "consultation_participant")
public class Participant {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "consultation_id", nullable = false, updatable = false)
  private UUID consultationId;

  @Column(name = "participant_key", nullable = false, updatable = false)
  private String participantKey;

  protected Participant() {}

  public Participant(UUID consultationId, String participantKey) {
    this.id = UUID.randomUUID();
    this.consultationId = Objects.requireNonNull(consultationId);
    this.participantKey = Objects.requireNonNull(participantKey);
  }
}
