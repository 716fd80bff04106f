package org.parvis.modules.petitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A citizen petition (aggregate root). Its life: {@code DRAFT → SUBMITTED → PUBLISHED → REFERRED
 * → ANSWERED}, or {@code REJECTED} by moderation. The threshold and closing date are fixed at
 * publication from the tenant's settings of that moment, so that a later change of settings does
 * not move the goal of a running petition. Referral is final: once the council has it, signing
 * and withdrawing stop and the count is frozen.
 */
@Entity
@Table(name = "petition_petition")
public class Petition {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "author_resident_id", nullable = false, updatable = false)
  private UUID authorResidentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PetitionStatus status;

  private Long threshold;

  @Column(name = "opens_at")
  private Instant opensAt;

  @Column(name = "closes_at")
  private Instant closesAt;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "referred_at")
  private Instant referredAt;

  @Column(name = "council_meeting_date")
  private LocalDate councilMeetingDate;

  private String answer;

  @Enumerated(EnumType.STRING)
  private CouncilDecision decision;

  @Column(name = "merged_into")
  private UUID mergedInto;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Petition() {}

  public Petition(String title, String body, UUID authorResidentId) {
    this.id = UUID.randomUUID();
    this.title = Objects.requireNonNull(title);
    this.body = Objects.requireNonNull(body);
    this.authorResidentId = Objects.requireNonNull(authorResidentId);
    this.status = PetitionStatus.DRAFT;
    this.createdAt = Instant.now();
  }

  public void submit() {
    require(PetitionStatus.DRAFT, "only a draft can be submitted");
    status = PetitionStatus.SUBMITTED;
  }

  public void publish(long threshold, Duration signingPeriod, Instant now) {
    require(PetitionStatus.SUBMITTED, "only a submitted petition can be published");
    this.threshold = threshold;
    this.opensAt = now;
    this.closesAt = now.plus(signingPeriod);
    status = PetitionStatus.PUBLISHED;
  }

  public void reject(String reason) {
    require(PetitionStatus.SUBMITTED, "only a submitted petition can be rejected");
    this.rejectionReason = Objects.requireNonNull(reason);
    status = PetitionStatus.REJECTED;
  }

  /**
   * Folds this submitted petition into {@code target}, a petition open for signatures at {@code now} that asks the
   * same: its supporters sign there instead.
   */
  public void mergeInto(Petition target, Instant now) {
    require(PetitionStatus.SUBMITTED, "only a submitted petition can be merged");
    if (target.id.equals(id) || !target.isOpenForSignatures(now)) {
      throw new PetitionStateException("a petition is merged into another one open for signatures");
    }
    this.mergedInto = target.id;
    status = PetitionStatus.MERGED;
  }

  /** Whether signatures can be given or withdrawn at {@code now}. */
  public boolean isOpenForSignatures(Instant now) {
    return status == PetitionStatus.PUBLISHED && now.isBefore(closesAt);
  }

  public void requireOpenForSignatures(Instant now) {
    if (!isOpenForSignatures(now)) {
      throw new PetitionStateException("this petition is not open for signatures");
    }
  }

  /** The status as the public sees it at {@code now}: a published petition past its closing date has expired. */
  public PetitionStatus statusAt(Instant now) {
    return status == PetitionStatus.PUBLISHED && closesAt != null && !now.isBefore(closesAt)
        ? PetitionStatus.EXPIRED
        : status;
  }

  /** Refers the petition to the council when {@code signatures} reach the threshold. */
  public boolean referIfThresholdReached(long signatures, Instant now) {
    if (status == PetitionStatus.PUBLISHED && signatures >= threshold) {
      status = PetitionStatus.REFERRED;
      referredAt = now;
      return true;
    }
    return false;
  }

  public void scheduleCouncilMeeting(LocalDate date) {
    require(PetitionStatus.REFERRED, "only a referred petition goes before the council");
    this.councilMeetingDate = Objects.requireNonNull(date);
  }

  public void answer(String answer, CouncilDecision decision, Instant now) {
    require(PetitionStatus.REFERRED, "only a referred petition can be answered");
    if (councilMeetingDate == null) {
      throw new PetitionStateException("set the council meeting date before the answer");
    }
    this.answer = Objects.requireNonNull(answer);
    this.decision = Objects.requireNonNull(decision);
    this.answeredAt = now;
    status = PetitionStatus.ANSWERED;
  }

  private void require(PetitionStatus expected, String message) {
    if (status != expected) {
      throw new PetitionStateException(message + " (it is " + status + ")");
    }
  }

  public UUID id() { return id; }
  public String title() { return title; }
  public String body() { return body; }
  public UUID authorResidentId() { return authorResidentId; }
  public PetitionStatus status() { return status; }
  public Optional<Long> threshold() { return Optional.ofNullable(threshold); }
  public Optional<Instant> opensAt() { return Optional.ofNullable(opensAt); }
  public Optional<Instant> closesAt() { return Optional.ofNullable(closesAt); }
  public Optional<String> rejectionReason() { return Optional.ofNullable(rejectionReason); }
  public Optional<Instant> referredAt() { return Optional.ofNullable(referredAt); }
  public Optional<LocalDate> councilMeetingDate() { return Optional.ofNullable(councilMeetingDate); }
  public Optional<String> answer() { return Optional.ofNullable(answer); }
  public Optional<CouncilDecision> decision() { return Optional.ofNullable(decision); }
  public Optional<UUID> mergedInto() { return Optional.ofNullable(mergedInto); }
  public Instant createdAt() { return createdAt; }
  public Optional<Instant> answeredAt() { return Optional.ofNullable(answeredAt); }
}
