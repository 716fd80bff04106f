package org.parvis.modules.questions.interfaces.rest;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.questions.domain.Question;
import org.parvis.modules.questions.domain.QuestionStatus;

/**
 * A question as the API and the JSON export show it, with its supports and whether its answer is overdue; instants
 * and dates in ISO 8601. The asker is never named.
 */
public record QuestionView(
    UUID id,
    String title,
    String text,
    QuestionStatus status,
    UUID officialId,
    String submittedAt,
    String publishedAt,
    String collectionEndsAt,
    Long threshold,
    long supports,
    boolean overdue,
    String rejectionReason,
    UUID mergedInto,
    UUID sessionId,
    String answer,
    String answeredOn,
    String videoLink) {

  static QuestionView of(Question q, long supports, boolean overdue, Instant now) {
    return new QuestionView(q.id(), q.title(), q.text(), q.statusAt(now), q.officialId().orElse(null),
        q.submittedAt().toString(), iso(q.publishedAt()), iso(q.collectionEndsAt()), q.threshold().orElse(null),
        supports, overdue, q.rejectionReason().orElse(null), q.mergedInto().orElse(null), q.sessionId().orElse(null),
        q.answer().orElse(null), iso(q.answeredOn()), q.videoLink().orElse(null));
  }

  private static String iso(Optional<?> temporal) {
    return temporal.map(Object::toString).orElse(null);
  }
}
