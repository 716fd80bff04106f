package org.parvis.modules.worksites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One person's registration to a shift, for themselves and {@link #companions()} more people, who
 * take places too. Part of the {@link Shift} aggregate: only the shift changes it. Cancelling
 * deletes it, with the email address it kept.
 */
@Entity(name = "WorksiteRegistration")
@Table(name = "worksite_registration")
public class ShiftRegistration {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "shift_id", insertable = false, updatable = false)
  private UUID shiftId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  private String email;

  @Column(nullable = false, updatable = false)
  private int companions;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RegistrationStatus status;

  /** Arrival order within the shift: the waiting list is served by ascending position. */
  @Column(nullable = false, updatable = false)
  private long position;

  private Integer attendees;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  protected ShiftRegistration() {}

  ShiftRegistration(UUID personId, String email, int companions, RegistrationStatus status,
      long position, Instant now) {
    this.id = UUID.randomUUID();
    this.personId = Objects.requireNonNull(personId);
    this.email = email;
    this.companions = companions;
    this.status = Objects.requireNonNull(status);
    this.position = position;
    this.registeredAt = now;
  }

  /** Places this registration takes: the person and their companions. */
  public int places() {
    return 1 + companions;
  }

  void confirm() {
    status = RegistrationStatus.CONFIRMED;
  }

  void recordAttendance(int attendees) {
    if (status != RegistrationStatus.CONFIRMED) {
      throw new WorksiteRuleException("not-confirmed", "Only confirmed registrations attend");
    }
    if (attendees < 0 || attendees > places()) {
      throw new WorksiteRuleException("invalid-attendees",
          "Attendees are between 0 and " + places() + " for this registration");
    }
    this.attendees = attendees;
  }

  void markReminded(Instant now) {
    remindedAt = now;
  }

  public boolean isConfirmed() {
    return status == RegistrationStatus.CONFIRMED;
  }

  public UUID id() { return id; }
  public UUID shiftId() { return shiftId; }
  public UUID personId() { return personId; }
  public Optional<String> email() { return Optional.ofNullable(email); }
  public int companions() { return companions; }
  public RegistrationStatus status() { return status; }
  public long position() { return position; }
  public Optional<Integer> attendees() { return Optional.ofNullable(attendees); }
  public Optional<Instant> remindedAt() { return Optional.ofNullable(remindedAt); }
  public Instant registeredAt() { return registeredAt; }
}
