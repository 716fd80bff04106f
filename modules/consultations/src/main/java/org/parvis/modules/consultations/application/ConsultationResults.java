package org.parvis.modules.consultations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.consultations.domain.Answer;
import org.parvis.modules.consultations.domain.Consultation;
import org.parvis.modules.consultations.domain.Participation;
import org.parvis.modules.consultations.domain.Question;
import org.parvis.modules.consultations.domain.Questionnaire;
import org.parvis.modules.consultations.domain.Tally;
import org.parvis.modules.consultations.domain.TextReview;

/**
 * The results of a consultation: the tally of every question over the submitted participations, and the free texts
 * a moderator published (the others are counted, never shown).
 */
@ApplicationScoped
@Transactional
public class ConsultationResults {

  @PersistenceContext EntityManager em;
  @Inject ConsultationReading reading;

  /** One question's results. */
  public record QuestionResult(Question question, Tally tally, List<String> publishedTexts) {}

  /** A free text waiting for (or having had) a moderator's decision. */
  public record ReviewedText(UUID participationId, String questionId, String question, String text,
      Boolean published) {}

  public record Results(long participations, List<QuestionResult> questions) {}

  public Results of(Consultation consultation) {
    Questionnaire questionnaire = consultation.questionnaire();
    List<Participation> submitted = reading.submitted(consultation);
    List<Map<String, Answer>> answers = new ArrayList<>();
    submitted.forEach(p -> answers.add(questionnaire.keptAnswers(p.answers(questionnaire))));
    Map<String, Boolean> decisions = decisions(consultation.id());
    List<QuestionResult> results = new ArrayList<>();
    for (Question q : questionnaire.questions()) {
      List<String> published = new ArrayList<>();
      if (q.type().isText()) {
        for (int i = 0; i < submitted.size(); i++) {
          if (answers.get(i).get(q.id()) instanceof Answer.Text text
              && Boolean.TRUE.equals(decisions.get(submitted.get(i).id() + "/" + q.id()))) {
            published.add(text.text());
          }
        }
      }
      results.add(new QuestionResult(q, Tally.of(q, answers), published));
    }
    return new Results(submitted.size(), results);
  }

  /** Every free text of the submitted participations with the decision taken on it (null: none yet). */
  public List<ReviewedText> texts(Consultation consultation) {
    Questionnaire questionnaire = consultation.questionnaire();
    Map<String, Boolean> decisions = decisions(consultation.id());
    List<ReviewedText> texts = new ArrayList<>();
    for (Participation p : reading.submitted(consultation)) {
      Map<String, Answer> answers = questionnaire.keptAnswers(p.answers(questionnaire));
      for (Question q : questionnaire.questions()) {
        if (answers.get(q.id()) instanceof Answer.Text text) {
          texts.add(new ReviewedText(p.id(), q.id(), q.label(), text.text(), decisions.get(p.id() + "/" + q.id())));
        }
      }
    }
    return texts;
  }

  private Map<String, Boolean> decisions(UUID consultationId) {
    Map<String, Boolean> decisions = new HashMap<>();
    em.createQuery("select r from ConsultationTextReview r where r.consultationId = :c", TextReview.class)
        .setParameter("c", consultationId).getResultList()
        .forEach(r -> decisions.put(r.participationId() + "/" + r.questionId(), r.published()));
    return decisions;
  }
}
