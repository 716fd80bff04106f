package org.parvis.modules.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * The record that a member was reminded of a referral's deadline. There is at most one per member,
 * referral and deadline (unique in the database), which is what makes reminders idempotent.
 */
@Entity
@Table(name = "council_reminder")
public class CouncilReminder {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "referral_id", nullable = false, updatable = false)
  private UUID referralId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private UUID memberId;

  @Column(nullable = false, updatable = false)
  private LocalDate deadline;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  protected CouncilReminder() {}

  public CouncilReminder(CouncilReferral referral, CouncilMember member, Instant now) {
    this.id = UUID.randomUUID();
    this.referralId = referral.id();
    this.memberId = member.id();
    this.deadline = referral.deadline();
    this.sentAt = now;
  }

  /** The key a reminder is sent once for. */
  public record Key(UUID referralId, UUID memberId, LocalDate deadline) {}

  public Key key() {
    return new Key(referralId, memberId, deadline);
  }
}
