package org.parvis.modules.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One member's answer in one round, kept as part of the decision's record. */
@Entity
@Table(name = "consent_answer")
public class Answer {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private String member;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AnswerKind kind;

  private String reason;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  protected Answer() {}

  Answer(String member, AnswerKind kind, String reason, Instant now) {
    this.id = UUID.randomUUID();
    this.member = member;
    change(kind, reason, now);
  }

  void change(AnswerKind kind, String reason, Instant now) {
    if (kind == AnswerKind.OBJECTION && (reason == null || reason.isBlank())) {
      throw new ConsentException("an objection needs its reason");
    }
    this.kind = kind;
    this.reason = reason == null || reason.isBlank() ? null : reason;
    this.answeredAt = now;
  }

  public String member() { return member; }
  public AnswerKind kind() { return kind; }
  public String reason() { return reason; }
  public Instant answeredAt() { return answeredAt; }
}
