package org.parvis.modules.questions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.questions.domain.Question;
import org.parvis.modules.questions.domain.QuestionRepository;
import org.parvis.modules.questions.domain.QuestionStateException;
import org.parvis.modules.questions.domain.QuestionStatus;
import org.parvis.modules.questions.domain.QuestionSupport;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.PersonKeys;

/**
 * Supports: once per person (keyed by {@code PersonKeys}, whatever account they use), withdrawable while the question
 * collects. Every change locks the question's row first, so the supports of one question are counted one transaction
 * at a time: the count that selects it is exact, and a person supporting twice at once finds their first support
 * (idempotent). The unique {@code (question, person_key)} constraint stays as the last guard.
 */
@ApplicationScoped
@Transactional
public class QuestionSupporting {

  @Inject QuestionRepository questions;
  @Inject PersonKeys personKeys;

  /** Supports the question; {@code created} is false when this person already supported it. */
  public Outcome support(UUID id, UUID resident, Optional<String> email) {
    Instant now = Clock.systemUTC().instant();
    Question question = collecting(id, now);
    String key = keyOf(resident);
    if (questions.hasSupported(id, key)) {
      return outcome(question, false);
    }
    try {
      questions.add(new QuestionSupport(id, key, email.orElse(null), now));
    } catch (PersistenceException e) {
      throw ProblemException.conflict("urn:parvis:problem:already-supported", "Already supported");
    }
    question.selectIfThresholdReached(questions.supports(id), now);
    return outcome(question, true);
  }

  /** Withdraws the caller's support while the question collects. */
  public Outcome withdraw(UUID id, UUID resident) {
    Question question = collecting(id, Clock.systemUTC().instant());
    if (!questions.removeSupport(id, keyOf(resident))) {
      throw ProblemException.notFound("You do not support question " + id);
    }
    return outcome(question, false);
  }

  public boolean hasSupported(UUID id, UUID resident) {
    return personKeys.ofResident(resident).map(key -> questions.hasSupported(id, key)).orElse(false);
  }

  private Question collecting(UUID id, Instant now) {
    Question question = questions.lockById(id).filter(q -> q.status().isPublic())
        .orElseThrow(() -> QuestionProblems.notFound(id));
    try {
      question.requireOpenForSupport(now);
    } catch (QuestionStateException e) {
      throw ProblemException.conflict(QuestionProblems.NOT_COLLECTING, e.getMessage());
    }
    return question;
  }

  private String keyOf(UUID resident) {
    return personKeys.ofResident(resident).orElseThrow(QuestionProblems::verificationRequired);
  }

  private Outcome outcome(Question question, boolean created) {
    return new Outcome(created, questions.supports(question.id()), question.status());
  }

  /** The result of a support: whether one was added, the new count and the question's status. */
  public record Outcome(boolean created, long supports, QuestionStatus status) {}
}
