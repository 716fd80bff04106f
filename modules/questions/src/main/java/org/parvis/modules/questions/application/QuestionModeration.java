package org.parvis.modules.questions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.parvis.modules.questions.QuestionsModule;
import org.parvis.modules.questions.domain.Question;
import org.parvis.modules.questions.domain.QuestionRepository;
import org.parvis.modules.questions.domain.QuestionStateException;
import org.parvis.spi.module.ModuleSettings;

/**
 * Moderators publish a submitted question with the tenant's current threshold and collection period, reject it with
 * a public reason, or merge a duplicate into a published question.
 */
@ApplicationScoped
@Transactional
public class QuestionModeration {

  @Inject QuestionRepository questions;
  @Inject ModuleSettings settings;

  public Question publish(UUID id) {
    Question question = require(id);
    long threshold = settings.getLong(QuestionsModule.ID, QuestionsModule.THRESHOLD);
    long days = settings.getLong(QuestionsModule.ID, QuestionsModule.COLLECTION_DAYS);
    try {
      question.publish(threshold, Duration.ofDays(days), Clock.systemUTC().instant());
    } catch (QuestionStateException e) {
      throw QuestionProblems.wrongStatus(e);
    }
    return question;
  }

  public Question reject(UUID id, String reason) {
    Question question = require(id);
    try {
      question.reject(reason);
    } catch (QuestionStateException e) {
      throw QuestionProblems.wrongStatus(e);
    }
    return question;
  }

  public Question merge(UUID id, UUID into) {
    Question question = require(id);
    Question target = questions.byId(into).orElseThrow(() -> QuestionProblems.notFound(into));
    try {
      question.mergeInto(target);
    } catch (QuestionStateException e) {
      throw QuestionProblems.wrongStatus(e);
    }
    return question;
  }

  private Question require(UUID id) {
    return questions.lockById(id).orElseThrow(() -> QuestionProblems.notFound(id));
  }
}
