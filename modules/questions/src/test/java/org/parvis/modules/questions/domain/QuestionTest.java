package org.parvis.modules.questions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final Duration DEADLINE = Duration.ofDays(60);

  static Question submitted() {
    return new Question("key-asker", null, "Les horaires de la piscine", "Pourquoi fermer à 19 h ?", null, NOW);
  }

  static Question published(long threshold) {
    Question question = submitted();
    question.publish(threshold, Duration.ofDays(30), NOW);
    return question;
  }

  static CouncilSession sessionIn(Duration delay) {
    return new CouncilSession(NOW.plus(delay), "Salle du conseil, hôtel de ville");
  }

  @Test
  void aQuestionIsModeratedBeforeItCollectsSupports() {
    Question question = submitted();
    assertFalse(question.isOpenForSupport(NOW));
    assertFalse(question.status().isPublic(), "a submitted question is seen by its asker and moderators only");
    question.publish(3, Duration.ofDays(30), NOW);
    assertTrue(question.isOpenForSupport(NOW.plusSeconds(60)));
    assertThrows(QuestionStateException.class, () -> question.publish(3, Duration.ofDays(30), NOW));
    assertThrows(QuestionStateException.class, () -> question.reject("trop tard"));
  }

  @Test
  void aRejectionGivesAPublicReason() {
    Question question = submitted();
    assertThrows(QuestionStateException.class, () -> question.reject("  "));
    question.reject("Cette question relève de la métropole.");
    assertEquals(QuestionStatus.REJECTED, question.status());
    assertTrue(question.status().isPublic());
    assertEquals(Optional.of("Cette question relève de la métropole."), question.rejectionReason());
  }

  @Test
  void aDuplicateIsMergedIntoAPublishedQuestionOnly() {
    Question target = published(10);
    Question duplicate = submitted();
    assertThrows(QuestionStateException.class, () -> duplicate.mergeInto(duplicate));
    assertThrows(QuestionStateException.class, () -> duplicate.mergeInto(submitted()));
    duplicate.mergeInto(target);
    assertEquals(QuestionStatus.MERGED, duplicate.status());
    assertEquals(Optional.of(target.id()), duplicate.mergedInto());
  }

  @Test
  void theThresholdSelectsTheQuestionOnceWithinTheCollectionPeriod() {
    Question question = published(3);
    assertFalse(question.selectIfThresholdReached(2, NOW));
    assertTrue(question.selectIfThresholdReached(3, NOW));
    assertEquals(QuestionStatus.SELECTED, question.status());
    assertFalse(question.isOpenForSupport(NOW), "supports stop once selected");
    assertFalse(question.selectIfThresholdReached(4, NOW), "selected only once");
  }

  @Test
  void aQuestionBelowTheThresholdAtTheEndOfItsCollectionHasExpired() {
    Question question = published(3);
    Instant after = NOW.plus(Duration.ofDays(31));
    assertEquals(QuestionStatus.EXPIRED, question.statusAt(after));
    assertFalse(question.selectIfThresholdReached(5, after), "supports after the end do not count");
    assertThrows(QuestionStateException.class, () -> question.requireOpenForSupport(after));
  }

  @Test
  void aSelectedQuestionGoesOnAComingSessionAndIsAnswered() {
    Question question = published(1);
    question.selectIfThresholdReached(1, NOW);
    assertThrows(QuestionStateException.class, () -> question.schedule(sessionIn(Duration.ofDays(-1)), NOW));
    CouncilSession session = sessionIn(Duration.ofDays(10));
    question.schedule(session, NOW);
    assertEquals(QuestionStatus.SCHEDULED, question.status());
    assertEquals(Optional.of(session.id()), question.sessionId());
    Instant answered = NOW.plus(Duration.ofDays(10));
    question.answer("La piscine ouvrira jusqu'à 21 h dès janvier.", LocalDate.of(2026, 12, 3),
        "https://video.example.org/conseil-2026-12", 3725, answered);
    assertEquals(QuestionStatus.ANSWERED, question.status());
    assertEquals(Optional.of("https://video.example.org/conseil-2026-12#t=3725"), question.videoLink());
    assertEquals(10, question.daysToAnswer().getAsLong());
    assertThrows(QuestionStateException.class,
        () -> question.answer("encore", LocalDate.of(2026, 12, 3), null, null, answered));
  }

  @Test
  void onlyASelectedQuestionIsScheduledAndAnswered() {
    Question question = published(5);
    assertThrows(QuestionStateException.class, () -> question.schedule(sessionIn(Duration.ofDays(3)), NOW));
    assertThrows(QuestionStateException.class,
        () -> question.answer("Réponse", LocalDate.of(2026, 12, 3), null, null, NOW));
    question.select(NOW);
    assertEquals(QuestionStatus.SELECTED, question.status(), "staff may select it (a citizens' council's choice)");
  }

  @Test
  void aVideoLinkIsAWebAddressAndItsTimeNeedsIt() {
    Question question = published(1);
    question.select(NOW);
    assertThrows(QuestionStateException.class,
        () -> question.answer("R", LocalDate.of(2026, 12, 3), "javascript:alert(1)", null, NOW));
    assertThrows(QuestionStateException.class,
        () -> question.answer("R", LocalDate.of(2026, 12, 3), null, 60, NOW));
    assertThrows(QuestionStateException.class,
        () -> question.answer("R", LocalDate.of(2026, 12, 3), "https://v.example.org/x", -1, NOW));
    question.answer("R", LocalDate.of(2026, 12, 3), "https://v.example.org/x", null, NOW);
    assertEquals(Optional.of("https://v.example.org/x"), question.videoLink());
  }

  @Test
  void anUnansweredQuestionPastTheDeadlineIsOverdue() {
    Question question = published(1);
    assertFalse(question.isOverdue(NOW.plus(Duration.ofDays(90)), DEADLINE), "not due before its selection");
    question.selectIfThresholdReached(1, NOW);
    assertFalse(question.isOverdue(NOW.plus(Duration.ofDays(59)), DEADLINE));
    assertTrue(question.isOverdue(NOW.plus(DEADLINE), DEADLINE));
    question.answer("R", LocalDate.of(2027, 2, 1), null, null, NOW.plus(Duration.ofDays(70)));
    assertFalse(question.isOverdue(NOW.plus(Duration.ofDays(90)), DEADLINE), "answered late is no longer overdue");
  }

  @Test
  void theFactsCountReceivedAnsweredOverdueAndTheMedianDelay() {
    Question answeredIn4 = published(1);
    answeredIn4.select(NOW);
    answeredIn4.answer("R", LocalDate.of(2026, 11, 27), null, null, NOW.plus(Duration.ofDays(4)));
    Question answeredIn10 = published(1);
    answeredIn10.select(NOW);
    answeredIn10.answer("R", LocalDate.of(2026, 12, 3), null, null, NOW.plus(Duration.ofDays(10)));
    Question overdue = published(1);
    overdue.select(NOW);
    Question rejected = submitted();
    rejected.reject("Hors sujet");
    Question waiting = submitted();
    AnswerFacts facts = AnswerFacts.of(List.of(answeredIn4, answeredIn10, overdue, rejected, waiting),
        NOW.plus(Duration.ofDays(61)), DEADLINE);
    assertEquals(3, facts.received(), "rejected and unmoderated questions are not counted as received");
    assertEquals(2, facts.answered());
    assertEquals(1, facts.overdue());
    assertEquals(7.0, facts.medianDaysToAnswer().getAsDouble());
    assertTrue(AnswerFacts.of(List.of(), NOW, DEADLINE).medianDaysToAnswer().isEmpty());
    assertEquals(4.0, AnswerFacts.median(new long[] {1, 4, 9}).getAsDouble());
  }

  @Test
  void anOfficialIsInOfficeDuringTheirTerm() {
    ElectedOfficial official = new ElectedOfficial("Élisa Martin", OfficialFunction.DEPUTY_MAYOR,
        "Mobilités", LocalDate.of(2020, 7, 3), LocalDate.of(2026, 3, 22));
    assertTrue(official.inOffice(LocalDate.of(2026, 3, 22)));
    assertFalse(official.inOffice(LocalDate.of(2026, 3, 23)));
    assertThrows(QuestionStateException.class, () -> official.describe("X", OfficialFunction.MAYOR, "",
        LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1)));
  }
}
