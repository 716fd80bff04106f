package org.parvis.modules.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A moderator's decision on one free-text answer: published on the results page, or not. */
@Entity(name = "ConsultationTextReview")
@Table(name = "consultation_text_review")
public class TextReview {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "consultation_id", nullable = false, updatable = false)
  private UUID consultationId;

  @Column(name = "participation_id", nullable = false, updatable = false)
  private UUID participationId;

  @Column(name = "question_id", nullable = false, updatable = false)
  private String questionId;

  @Column(nullable = false)
  private boolean published;

  protected TextReview() {}

  public TextReview(UUID consultationId, UUID participationId, String questionId, boolean published) {
    this.id = UUID.randomUUID();
    this.consultationId = Objects.requireNonNull(consultationId);
    this.participationId = Objects.requireNonNull(participationId);
    this.questionId = Objects.requireNonNull(questionId);
    this.published = published;
  }

  public UUID participationId() {
    return participationId;
  }

  public String questionId() {
    return questionId;
  }

  public boolean published() {
    return published;
  }

  public void decide(boolean published) {
    this.published = published;
  }
}
