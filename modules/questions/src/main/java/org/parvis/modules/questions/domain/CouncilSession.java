package org.parvis.modules.questions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A session of the municipal council in the tenant's calendar: when, where, and for how long it is planned. */
@Entity
@Table(name = "questions_session")
public class CouncilSession {

  /** How long a session is planned for when nothing else is said (calendar feeds need an end). */
  public static final Duration USUAL_LENGTH = Duration.ofHours(3);

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(nullable = false)
  private String place;

  @Column(name = "video_url")
  private String videoUrl;

  protected CouncilSession() {}

  public CouncilSession(Instant startsAt, String place) {
    this.id = UUID.randomUUID();
    this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
    if (place == null || place.isBlank()) {
      throw new QuestionStateException("a session has a place");
    }
    this.place = place.strip();
  }

  /** Sets the link to the session's video, once it is online. */
  public void publishVideo(String url) {
    this.videoUrl = url == null ? null : Question.requireWebLink(url);
  }

  public boolean isPast(Instant now) {
    return !startsAt.isAfter(now);
  }

  public UUID id() { return id; }
  public Instant startsAt() { return startsAt; }
  public Instant endsAt() { return startsAt.plus(USUAL_LENGTH); }
  public String place() { return place; }
  public Optional<String> videoUrl() { return Optional.ofNullable(videoUrl); }
}
