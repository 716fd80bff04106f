package org.parvis.modules.questions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A resident's question to the council or to one elected official (aggregate root). Its life: {@code SUBMITTED →
 * PUBLISHED → SELECTED → SCHEDULED → ANSWERED}; moderation may instead reject it with a public reason or merge it
 * into another question. A published question collects supports until the end of its collection period; reaching
 * the threshold (fixed at publication from the tenant's settings, so that a later change does not move the goal)
 * selects it, and the council's staff may select one themselves (a citizens' council's choice). A selected or
 * scheduled question left unanswered past the tenant's deadline is overdue: that is computed, never stored.
 */
@Entity(name = "QuestionsQuestion")
@Table(name = "questions_question")
public class Question {

  /** The longest link accepted for a video. */
  public static final int MAX_LINK = 500;

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "asker_key", nullable = false, updatable = false)
  private String askerKey;

  @Column(name = "asker_email")
  private String askerEmail;

  @Column(name = "official_id", updatable = false)
  private UUID officialId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private QuestionStatus status;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "merged_into")
  private UUID mergedInto;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "collection_ends_at")
  private Instant collectionEndsAt;

  private Long threshold;

  @Column(name = "selected_at")
  private Instant selectedAt;

  @Column(name = "session_id")
  private UUID sessionId;

  private String answer;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "video_url")
  private String videoUrl;

  @Column(name = "video_seconds")
  private Integer videoSeconds;

  @Version private long version;

  protected Question() {}

  /**
   * A question sent to moderation.
   *
   * @param askerKey the asker's person key (the same whatever account they use)
   * @param officialId the official asked, {@code null} for the council as a whole
   * @param askerEmail where to tell the asker the answer, {@code null} if they gave none
   */
  public Question(String askerKey, UUID officialId, String title, String text, String askerEmail, Instant now) {
    this.id = UUID.randomUUID();
    this.askerKey = Objects.requireNonNull(askerKey, "askerKey");
    this.officialId = officialId;
    if (title == null || title.isBlank() || text == null || text.isBlank()) {
      throw new QuestionStateException("a question has a title and a text");
    }
    this.title = title.strip();
    this.text = text.strip();
    this.askerEmail = askerEmail;
    this.status = QuestionStatus.SUBMITTED;
    this.submittedAt = Objects.requireNonNull(now);
  }

  /** Publishes the question: supports are collected from {@code now} for {@code collection}, towards {@code threshold}. */
  public void publish(long threshold, Duration collection, Instant now) {
    require(QuestionStatus.SUBMITTED, "only a submitted question can be published");
    if (threshold < 1) {
      throw new QuestionStateException("the threshold is at least one support");
    }
    this.threshold = threshold;
    this.publishedAt = now;
    this.collectionEndsAt = now.plus(collection);
    status = QuestionStatus.PUBLISHED;
  }

  /** Refuses the question; the reason is public. */
  public void reject(String reason) {
    require(QuestionStatus.SUBMITTED, "only a submitted question can be rejected");
    if (reason == null || reason.isBlank()) {
      throw new QuestionStateException("a rejection gives its reason");
    }
    this.rejectionReason = reason.strip();
    status = QuestionStatus.REJECTED;
  }

  /** Marks the question as a duplicate of {@code target}, a public question still going its way. */
  public void mergeInto(Question target) {
    if (status != QuestionStatus.SUBMITTED && status != QuestionStatus.PUBLISHED) {
      throw new QuestionStateException("only a submitted or published question can be merged (it is " + status + ")");
    }
    if (target.id.equals(id)) {
      throw new QuestionStateException("a question cannot be merged into itself");
    }
    if (!QuestionStatus.AWAITING_ANSWER.contains(target.status) && target.status != QuestionStatus.PUBLISHED
        && target.status != QuestionStatus.ANSWERED) {
      throw new QuestionStateException("a question is merged into a published one");
    }
    this.mergedInto = target.id;
    status = QuestionStatus.MERGED;
  }

  /** Whether supports can be given or withdrawn at {@code now}. */
  public boolean isOpenForSupport(Instant now) {
    return status == QuestionStatus.PUBLISHED && now.isBefore(collectionEndsAt);
  }

  public void requireOpenForSupport(Instant now) {
    if (!isOpenForSupport(now)) {
      throw new QuestionStateException("this question is not collecting supports");
    }
  }

  /** Selects the question when {@code supports} reach its threshold; true when it did just now. */
  public boolean selectIfThresholdReached(long supports, Instant now) {
    if (isOpenForSupport(now) && supports >= threshold) {
      select(now);
      return true;
    }
    return false;
  }

  /** Selects a published question for an answer, whatever its supports (a citizens' council's choice). */
  public void select(Instant now) {
    require(QuestionStatus.PUBLISHED, "only a published question can be selected");
    this.selectedAt = now;
    status = QuestionStatus.SELECTED;
  }

  /** Puts the question on the agenda of {@code session}, which must be to come; a scheduled one may be moved. */
  public void schedule(CouncilSession session, Instant now) {
    if (status != QuestionStatus.SELECTED && status != QuestionStatus.SCHEDULED) {
      throw new QuestionStateException("only a selected question goes on a session's agenda (it is " + status + ")");
    }
    if (session.isPast(now)) {
      throw new QuestionStateException("this session has already taken place");
    }
    this.sessionId = session.id();
    status = QuestionStatus.SCHEDULED;
  }

  /**
   * Publishes the answer given on {@code answeredOn}, with an optional link to the session's video and the time in it
   * (seconds from its start) where the answer begins.
   */
  public void answer(String text, LocalDate answeredOn, String videoUrl, Integer videoSeconds, Instant now) {
    if (!QuestionStatus.AWAITING_ANSWER.contains(status)) {
      throw new QuestionStateException("only a selected or scheduled question can be answered (it is " + status + ")");
    }
    if (text == null || text.isBlank()) {
      throw new QuestionStateException("an answer has a text");
    }
    if (videoSeconds != null && (videoSeconds < 0 || videoUrl == null)) {
      throw new QuestionStateException("a time in the video needs the video's link, and is not negative");
    }
    this.answer = text.strip();
    this.answeredOn = Objects.requireNonNull(answeredOn, "answeredOn");
    this.videoUrl = videoUrl == null ? null : requireWebLink(videoUrl);
    this.videoSeconds = videoSeconds;
    this.answeredAt = now;
    status = QuestionStatus.ANSWERED;
  }

  /** Forgets the asker's address, once the answer has been sent to it. */
  public void forgetAskerEmail() {
    this.askerEmail = null;
  }

  /** The status as the public sees it at {@code now}: a published question past its collection has expired. */
  public QuestionStatus statusAt(Instant now) {
    return status == QuestionStatus.PUBLISHED && !now.isBefore(collectionEndsAt) ? QuestionStatus.EXPIRED : status;
  }

  /** Since when the answer is due: from its selection. Empty while it is not. */
  public Optional<Instant> dueSince() {
    return Optional.ofNullable(selectedAt);
  }

  /** Whether its answer is due and still missing {@code deadline} after its selection. */
  public boolean isOverdue(Instant now, Duration deadline) {
    return QuestionStatus.AWAITING_ANSWER.contains(status) && !now.isBefore(selectedAt.plus(deadline));
  }

  /** Whole days from the selection to the published answer; empty unless answered. */
  public OptionalLong daysToAnswer() {
    if (status != QuestionStatus.ANSWERED || selectedAt == null) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Duration.between(selectedAt, answeredAt).toDays());
  }

  /** The link to the answer in the session's video, at its time (a media fragment, {@code #t=seconds}). */
  public Optional<String> videoLink() {
    if (videoUrl == null) {
      return Optional.empty();
    }
    return Optional.of(videoSeconds == null || videoUrl.contains("#") ? videoUrl : videoUrl + "#t=" + videoSeconds);
  }

  /** An absolute {@code http(s)} link without spaces, at most {@link #MAX_LINK} characters. */
  public static String requireWebLink(String url) {
    String link = url.strip();
    try {
      URI uri = new URI(link);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (link.length() <= MAX_LINK && (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
        return link;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw new QuestionStateException("a video link is an http(s) address");
  }

  private void require(QuestionStatus expected, String message) {
    if (status != expected) {
      throw new QuestionStateException(message + " (it is " + status + ")");
    }
  }

  public UUID id() { return id; }
  public String askerKey() { return askerKey; }
  public Optional<String> askerEmail() { return Optional.ofNullable(askerEmail); }
  public Optional<UUID> officialId() { return Optional.ofNullable(officialId); }
  public String title() { return title; }
  public String text() { return text; }
  public QuestionStatus status() { return status; }
  public Optional<String> rejectionReason() { return Optional.ofNullable(rejectionReason); }
  public Optional<UUID> mergedInto() { return Optional.ofNullable(mergedInto); }
  public Instant submittedAt() { return submittedAt; }
  public Optional<Instant> publishedAt() { return Optional.ofNullable(publishedAt); }
  public Optional<Instant> collectionEndsAt() { return Optional.ofNullable(collectionEndsAt); }
  public Optional<Long> threshold() { return Optional.ofNullable(threshold); }
  public Optional<UUID> sessionId() { return Optional.ofNullable(sessionId); }
  public Optional<String> answer() { return Optional.ofNullable(answer); }
  public Optional<LocalDate> answeredOn() { return Optional.ofNullable(answeredOn); }
  public Optional<Instant> answeredAt() { return Optional.ofNullable(answeredAt); }
  public Optional<Integer> videoSeconds() { return Optional.ofNullable(videoSeconds); }
}
