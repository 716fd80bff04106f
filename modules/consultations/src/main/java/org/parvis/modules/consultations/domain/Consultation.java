package org.parvis.modules.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A public consultation (aggregate root): what it is about, when it is open, who may answer, whether answers are
 * anonymous, its questionnaire — which may change only until it opens — and, once closed, the commune's
 * conclusions.
 */
@Entity(name = "Consultation")
@Table(name = "consultation_consultation")
public class Consultation {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String presentation;

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "closes_at", nullable = false)
  private Instant closesAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Audience audience;

  /** The districts of a {@link Audience#DISTRICTS} consultation, one a line. */
  @Column(nullable = false)
  private String districts;

  @Column(nullable = false)
  private boolean anonymous;

  @Column(name = "results_while_open", nullable = false)
  private boolean resultsWhileOpen;

  @Column(name = "questionnaire", nullable = false)
  private String questionnaireJson;

  @Column
  private String conclusions;

  @Column(name = "conclusions_published_at")
  private Instant conclusionsPublishedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  @Transient private Questionnaire questionnaire;

  protected Consultation() {}

  /** What an administrator says of a consultation: everything but its questionnaire and conclusions. */
  public record Terms(String title, String presentation, Instant opensAt, Instant closesAt, Audience audience,
      List<String> districts, boolean anonymous, boolean resultsWhileOpen) {

    public Terms {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(presentation, "presentation");
      Objects.requireNonNull(opensAt, "opensAt");
      Objects.requireNonNull(closesAt, "closesAt");
      Objects.requireNonNull(audience, "audience");
      districts = districts == null ? List.of() : districts.stream().map(String::strip)
          .filter(d -> !d.isEmpty()).distinct().toList();
      if (!closesAt.isAfter(opensAt)) {
        throw new ConsultationException("invalid-dates", "closesAt", "a consultation closes after it opens");
      }
      if (audience == Audience.DISTRICTS && districts.isEmpty()) {
        throw new ConsultationException("districts-required", "districts", "name at least one district");
      }
      if (audience != Audience.DISTRICTS && !districts.isEmpty()) {
        districts = List.of();
      }
      // open to anyone: visitors who are not signed in have nothing to link their answers to, and those
      // who are get the same treatment, so such a consultation is always anonymous
      anonymous = anonymous || audience == Audience.ANYONE;
    }
  }

  public Consultation(Terms terms, Questionnaire questionnaire, Instant now) {
    this.id = UUID.randomUUID();
    this.createdAt = now;
    apply(terms);
    replace(questionnaire);
  }

  /** Changes the terms; only before it opens. */
  public void change(Terms terms, Instant now) {
    requireNotOpened(now);
    apply(terms);
  }

  /** Replaces the questionnaire; only before it opens, as an answer must always mean what it meant. */
  public void changeQuestionnaire(Questionnaire questionnaire, Instant now) {
    requireNotOpened(now);
    replace(questionnaire);
  }

  /** Closes an open consultation now, before its planned close (the administrator ends it early). */
  public void closeNow(Instant now) {
    if (!isOpen(now)) {
      throw new ConsultationException("not-open", null, "only an open consultation can be closed");
    }
    this.closesAt = now;
  }

  /** Publishes (or corrects) the conclusions; once the consultation has closed. */
  public void publishConclusions(String text, Instant now) {
    if (!isClosed(now)) {
      throw new ConsultationException("not-closed", "conclusions", "conclusions are published after the close");
    }
    if (text == null || text.isBlank()) {
      throw new ConsultationException("conclusions-required", "conclusions", "conclusions need a text");
    }
    this.conclusions = text;
    this.conclusionsPublishedAt = now;
  }

  public boolean hasOpened(Instant now) {
    return !now.isBefore(opensAt);
  }

  public boolean isOpen(Instant now) {
    return hasOpened(now) && now.isBefore(closesAt);
  }

  public boolean isClosed(Instant now) {
    return !now.isBefore(closesAt);
  }

  /** Whether results may be shown: after the close, or while open if the administrator allowed it. */
  public boolean resultsVisible(Instant now) {
    return isClosed(now) || (isOpen(now) && resultsWhileOpen);
  }

  /**
   * Whether a resident of {@code district} (empty: none known) is in the audience: always, unless the audience is
   * some districts (compared ignoring case and spacing, as censuses are typed by hand).
   */
  public boolean admitsDistrict(Optional<String> district) {
    return audience != Audience.DISTRICTS
        || district.map(d -> districts().stream().anyMatch(n -> normalized(n).equals(normalized(d)))).orElse(false);
  }

  private static String normalized(String district) {
    return district.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  private void requireNotOpened(Instant now) {
    if (hasOpened(now)) {
      throw new ConsultationException("already-opened", null, "a consultation cannot change once open");
    }
  }

  private void apply(Terms terms) {
    if (terms.title().isBlank()) {
      throw new ConsultationException("title-required", "title", "a title is required");
    }
    this.title = terms.title();
    this.presentation = terms.presentation();
    this.opensAt = terms.opensAt();
    this.closesAt = terms.closesAt();
    this.audience = terms.audience();
    this.districts = String.join("\n", terms.districts());
    this.anonymous = terms.anonymous();
    this.resultsWhileOpen = terms.resultsWhileOpen();
  }

  private void replace(Questionnaire questionnaire) {
    this.questionnaire = Objects.requireNonNull(questionnaire);
    this.questionnaireJson = ConsultationJson.write(questionnaire);
  }

  public UUID id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String presentation() {
    return presentation;
  }

  public Instant opensAt() {
    return opensAt;
  }

  public Instant closesAt() {
    return closesAt;
  }

  public Audience audience() {
    return audience;
  }

  public List<String> districts() {
    return districts.isEmpty() ? List.of() : Arrays.asList(districts.split("\n"));
  }

  public boolean anonymous() {
    return anonymous;
  }

  public boolean resultsWhileOpen() {
    return resultsWhileOpen;
  }

  public Questionnaire questionnaire() {
    if (questionnaire == null) {
      questionnaire = ConsultationJson.readQuestionnaire(questionnaireJson);
    }
    return questionnaire;
  }

  public Optional<String> conclusions() {
    return Optional.ofNullable(conclusions);
  }

  public Optional<Instant> conclusionsPublishedAt() {
    return Optional.ofNullable(conclusionsPublishedAt);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Terms terms() {
    return new Terms(title, presentation, opensAt, closesAt, audience, districts(), anonymous, resultsWhileOpen);
  }
}
