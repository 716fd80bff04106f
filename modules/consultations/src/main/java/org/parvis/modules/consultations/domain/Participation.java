package org.parvis.modules.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One participation's answers, a draft until submitted. A named participation carries its participant's key (one
 * per person or account, its answers changeable until the close); an anonymous one carries no key and no time, is
 * written once, submitted, and cannot be found again by its author (see {@link Participant}).
 */
@Entity(name = "ConsultationParticipation")
@Table(name = "consultation_participation")
public class Participation {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "consultation_id", nullable = false, updatable = false)
  private UUID consultationId;

  @Column(name = "participant_key", updatable = false)
  private String participantKey;

  @Column(nullable = false)
  private String answers;

  @Column(nullable = false)
  private boolean submitted;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Participation() {}

  private Participation(UUID consultationId, String participantKey) {
    this.id = UUID.randomUUID();
    this.consultationId = Objects.requireNonNull(consultationId);
    this.participantKey = participantKey;
  }

  /** A named participation, answers saved as a draft or submitted. */
  public static Participation named(UUID consultationId, String participantKey, Map<String, Answer> answers,
      boolean submitted, Instant now) {
    Participation participation = new Participation(consultationId, Objects.requireNonNull(participantKey));
    participation.update(answers, submitted, now);
    return participation;
  }

  /** An anonymous participation: submitted answers, no key, no time. */
  public static Participation anonymous(UUID consultationId, Map<String, Answer> answers) {
    Participation participation = new Participation(consultationId, null);
    participation.answers = ConsultationJson.write(answers);
    participation.submitted = true;
    return participation;
  }

  /** New answers of a named participation (a submitted one stays submitted: a change is submitted at once). */
  public void update(Map<String, Answer> answers, boolean submit, Instant now) {
    if (participantKey == null) {
      throw new ConsultationException("anonymous-final", null, "anonymous answers cannot be changed");
    }
    this.answers = ConsultationJson.write(answers);
    this.submitted = this.submitted || submit;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID consultationId() {
    return consultationId;
  }

  public Optional<String> participantKey() {
    return Optional.ofNullable(participantKey);
  }

  public boolean submitted() {
    return submitted;
  }

  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  public Map<String, Answer> answers(Questionnaire questionnaire) {
    return ConsultationJson.readAnswers(answers, questionnaire);
  }

  public String answersJson() {
    return answers;
  }
}
