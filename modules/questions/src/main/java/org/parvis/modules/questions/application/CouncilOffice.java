package org.parvis.modules.questions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.parvis.modules.questions.domain.CouncilSession;
import org.parvis.modules.questions.domain.ElectedOfficial;
import org.parvis.modules.questions.domain.OfficialFunction;
import org.parvis.modules.questions.domain.Question;
import org.parvis.modules.questions.domain.QuestionRepository;
import org.parvis.modules.questions.domain.QuestionStateException;
import org.parvis.spi.problem.ProblemException;

/**
 * The council's staff: the officials' directory, the calendar of sessions, selecting a question (a citizens'
 * council's choice), putting it on a session's agenda and publishing its answer — the asker and the supporters are
 * then told by e-mail, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CouncilOffice {

  @Inject QuestionRepository questions;
  @Inject QuestionNotifications notifications;

  public ElectedOfficial addOfficial(String name, OfficialFunction function, String delegations, LocalDate termStart,
      LocalDate termEnd) {
    requireTerm(termStart, termEnd);
    ElectedOfficial official = guarded(() -> new ElectedOfficial(name, function, delegations, termStart, termEnd));
    questions.add(official);
    return official;
  }

  public ElectedOfficial describeOfficial(UUID id, String name, OfficialFunction function, String delegations,
      LocalDate termStart, LocalDate termEnd) {
    ElectedOfficial official = questions.official(id)
        .orElseThrow(() -> ProblemException.notFound("No official " + id));
    requireTerm(termStart, termEnd);
    guarded(() -> {
      official.describe(name, function, delegations, termStart, termEnd);
      return official;
    });
    return official;
  }

  public CouncilSession addSession(Instant startsAt, String place) {
    CouncilSession session = guarded(() -> new CouncilSession(startsAt, place));
    questions.add(session);
    return session;
  }

  public Question select(UUID id) {
    Question question = require(id);
    guarded(() -> {
      question.select(now());
      return question;
    });
    return question;
  }

  public Question schedule(UUID id, UUID sessionId) {
    Question question = require(id);
    CouncilSession session = questions.session(sessionId)
        .orElseThrow(() -> ProblemException.notFound("No session " + sessionId));
    if (session.isPast(now())) {
      throw ProblemException.conflict(QuestionProblems.SESSION_PAST, "This session has already taken place");
    }
    guarded(() -> {
      question.schedule(session, now());
      return question;
    });
    return question;
  }

  public Question answer(UUID id, String text, LocalDate answeredOn, String videoUrl, Integer videoSeconds) {
    Question question = require(id);
    guarded(() -> {
      question.answer(text, answeredOn, videoUrl, videoSeconds, now());
      return question;
    });
    notifications.answered(question);
    return question;
  }

  private static void requireTerm(LocalDate start, LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      throw ProblemException.invalidField("urn:parvis:problem:term-ends-before-start", "termEnd",
          "A term ends after it starts");
    }
  }

  private Question require(UUID id) {
    return questions.lockById(id).orElseThrow(() -> QuestionProblems.notFound(id));
  }

  private static Instant now() {
    return Clock.systemUTC().instant();
  }

  private static <T> T guarded(java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (QuestionStateException e) {
      throw QuestionProblems.wrongStatus(e);
    }
  }
}
