package org.parvis.modules.questions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One person's support of a question. {@code personKey} stands for the person whatever account they use (see {@code
 * PersonKeys}); a question holds at most one per key (unique constraint). The address, given with consent to hear
 * of the answer, is forgotten once the answer has been sent.
 */
@Entity
@Table(name = "questions_support")
public class QuestionSupport {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "question_id", nullable = false, updatable = false)
  private UUID questionId;

  @Column(name = "person_key", nullable = false, updatable = false)
  private String personKey;

  private String email;

  @Column(name = "supported_at", nullable = false, updatable = false)
  private Instant supportedAt;

  protected QuestionSupport() {}

  public QuestionSupport(UUID questionId, String personKey, String email, Instant now) {
    this.id = UUID.randomUUID();
    this.questionId = Objects.requireNonNull(questionId);
    this.personKey = Objects.requireNonNull(personKey);
    this.email = email;
    this.supportedAt = Objects.requireNonNull(now);
  }

  public UUID questionId() { return questionId; }
  public String personKey() { return personKey; }
}
