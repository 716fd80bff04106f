package org.parvis.modules.consultations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.parvis.modules.consultations.domain.Consultation;
import org.parvis.modules.consultations.domain.ConsultationException;
import org.parvis.modules.consultations.domain.Participation;
import org.parvis.modules.consultations.domain.Questionnaire;
import org.parvis.modules.consultations.domain.Subscriber;
import org.parvis.modules.consultations.domain.TextReview;
import org.parvis.spi.mail.MailMessage;
import org.parvis.spi.mail.Mailer;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * The administrator's use cases: create a consultation, change it and its questionnaire until it opens, close it
 * early, moderate free texts, publish the conclusions (and tell the participants who asked).
 */
@ApplicationScoped
@Transactional
public class Organizing {

  @PersistenceContext EntityManager em;
  @Inject ConsultationReading reading;
  @Inject Mailer mailer;
  @Inject CurrentTenant tenant;

  public Consultation create(Consultation.Terms terms, Questionnaire questionnaire) {
    try {
      Consultation consultation = new Consultation(terms, questionnaire, now());
      em.persist(consultation);
      return consultation;
    } catch (ConsultationException e) {
      throw ConsultationProblems.of(e);
    }
  }

  public Consultation changeTerms(UUID id, Consultation.Terms terms) {
    return change(id, c -> c.change(terms, now()));
  }

  public Consultation changeQuestionnaire(UUID id, Questionnaire questionnaire) {
    return change(id, c -> c.changeQuestionnaire(questionnaire, now()));
  }

  public Consultation close(UUID id) {
    return change(id, c -> c.closeNow(now()));
  }

  /** Publishes the conclusions; the first publication tells every subscriber, in the tenant's language. */
  public Consultation publishConclusions(UUID id, String conclusions) {
    boolean first = reading.byId(id).conclusions().isEmpty();
    Consultation consultation = change(id, c -> c.publishConclusions(conclusions, now()));
    if (first) {
      Texts t = Texts.of("messages.consultations", tenant.require().locale());
      String subject = t.get("mail.subject", consultation.title());
      String text = t.get("mail.text", consultation.title(), conclusions,
          tenant.require().displayName());
      for (Subscriber subscriber : em.createQuery("select s from ConsultationSubscriber s"
          + " where s.consultationId = :c", Subscriber.class).setParameter("c", id).getResultList()) {
        if (MailMessage.looksLikeAnAddress(subscriber.email())) {
          mailer.send(MailMessage.of(subscriber.email(), subject, text));
        }
      }
    }
    return consultation;
  }

  /** Publishes or sets aside one free-text answer. */
  public void review(UUID consultationId, UUID participationId, String questionId, boolean published) {
    Participation participation = em.find(Participation.class, participationId);
    if (participation == null || !participation.consultationId().equals(consultationId) || !participation.submitted()
        || reading.byId(consultationId).questionnaire().question(questionId).filter(q -> q.type().isText())
            .isEmpty()) {
      throw ProblemException.notFound("No such answer");
    }
    List<TextReview> reviews = em.createQuery("select r from ConsultationTextReview r where r.participationId = :p"
            + " and r.questionId = :q", TextReview.class)
        .setParameter("p", participationId).setParameter("q", questionId).getResultList();
    if (reviews.isEmpty()) {
      em.persist(new TextReview(consultationId, participationId, questionId, published));
    } else {
      reviews.get(0).decide(published);
    }
  }

  private Consultation change(UUID id, Consumer<Consultation> change) {
    Consultation consultation = reading.byId(id);
    em.lock(consultation, LockModeType.PESSIMISTIC_WRITE);
    try {
      change.accept(consultation);
    } catch (ConsultationException e) {
      throw ConsultationProblems.of(e);
    }
    return consultation;
  }

  private static Instant now() {
    return Clock.systemUTC().instant();
  }
}
