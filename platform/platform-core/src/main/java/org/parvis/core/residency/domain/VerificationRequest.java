package org.parvis.core.residency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A citizen's request to be verified by staff. The claimed identity is kept readable only while
 * the request is pending, so that staff can check it; the request is removed when decided.
 */
@Entity
@Table(name = "parvis_verification_request")
public class VerificationRequest {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String subject;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Column(name = "first_names", nullable = false)
  private String firstNames;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  protected VerificationRequest() {}

  public VerificationRequest(String subject, PersonIdentity identity) {
    this.id = UUID.randomUUID();
    this.subject = Objects.requireNonNull(subject);
    this.lastName = identity.lastName().strip();
    this.firstNames = identity.firstNames().strip();
    this.birthDate = identity.birthDate();
    this.requestedAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  public PersonIdentity identity() {
    return new PersonIdentity(lastName, firstNames, birthDate);
  }

  public Instant requestedAt() {
    return requestedAt;
  }
}
