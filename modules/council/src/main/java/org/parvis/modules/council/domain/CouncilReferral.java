package org.parvis.modules.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A question put to the council (aggregate root): a referral (saisine) from the intercommunality,
 * open as soon as it is received, or a self-referral (auto-saisine) proposed by a member, open once
 * the bureau accepts it. Documents are platform attachments, kept by id.
 */
@Entity
@Table(name = "council_referral")
public class CouncilReferral {

  /** Where the question comes from. */
  public enum Origin { INTERCOMMUNALITY, SELF }

  /** Where it stands. */
  public enum Status { PROPOSED, OPEN, DECLINED, ANSWERED }

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Origin origin;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String question;

  @Column(nullable = false)
  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "proposed_by")
  private UUID proposedBy;

  @Column(name = "decided_by")
  private UUID decidedBy;

  @Convert(converter = UuidListConverter.class)
  @Column(nullable = false)
  private List<UUID> documents = new ArrayList<>();

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Version private long version;

  protected CouncilReferral() {}

  private CouncilReferral(Origin origin, String title, String question, LocalDate deadline,
      UUID proposedBy, Status status, LocalDate today, Instant now) {
    if (!deadline.isAfter(today)) {
      throw new CouncilException("refusal.referral.deadline.past");
    }
    this.id = UUID.randomUUID();
    this.origin = origin;
    this.title = title;
    this.question = question;
    this.deadline = deadline;
    this.proposedBy = proposedBy;
    this.status = status;
    this.receivedAt = now;
  }

  /**
   * A question referred by the intercommunality: open at once. {@code today} is the tenant's day,
   * which the deadline must come after.
   */
  public static CouncilReferral received(String title, String question, LocalDate deadline, LocalDate today,
      Instant now) {
    return new CouncilReferral(Origin.INTERCOMMUNALITY, title, question, deadline, null, Status.OPEN, today, now);
  }

  /** A question a sitting member proposes the council takes up on its own initiative. */
  public static CouncilReferral proposedBy(CouncilMember member, String title, String question,
      LocalDate deadline, LocalDate today, Instant now) {
    return new CouncilReferral(Origin.SELF, title, question, deadline, member.id(), Status.PROPOSED, today, now);
  }

  /** The bureau takes up (or declines) a self-referral. */
  public void decide(CouncilMember bureauMember, boolean accept) {
    if (!bureauMember.inBureau()) {
      throw new CouncilException("refusal.referral.decide.notBureau");
    }
    if (status != Status.PROPOSED) {
      throw new CouncilException("refusal.referral.decided");
    }
    this.status = accept ? Status.OPEN : Status.DECLINED;
    this.decidedBy = bureauMember.id();
  }

  public void attach(UUID fileId) {
    if (documents.size() >= 20) {
      throw new CouncilException("refusal.referral.documents.max");
    }
    documents.add(fileId);
  }

  /** The council sent its contribution on this question. */
  public void answered() {
    if (status == Status.OPEN) {
      status = Status.ANSWERED;
    }
  }

  public boolean open() {
    return status == Status.OPEN;
  }

  public UUID id() { return id; }
  public Origin origin() { return origin; }
  public String title() { return title; }
  public String question() { return question; }
  public LocalDate deadline() { return deadline; }
  public Status status() { return status; }
  public UUID proposedBy() { return proposedBy; }
  public List<UUID> documents() { return List.copyOf(documents); }
  public Instant receivedAt() { return receivedAt; }
}
