package org.parvis.modules.consultations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.consultations.domain.Answer;
import org.parvis.modules.consultations.domain.Audience;
import org.parvis.modules.consultations.domain.Consultation;
import org.parvis.modules.consultations.domain.ConsultationException;
import org.parvis.modules.consultations.domain.Participant;
import org.parvis.modules.consultations.domain.Participation;
import org.parvis.modules.consultations.domain.Subscriber;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.PersonKeys;

/**
 * Answering a consultation, once per participant: per verified person (whatever their account) where verification
 * is asked or the caller is verified, per account otherwise. A named participation is a draft until submitted and
 * changeable until the close. An anonymous one is written once: its participant is registered in a table of its
 * own, flushed first, so that a concurrent second submission of the same person fails on the unique constraint and
 * is rolled back whole.
 */
@ApplicationScoped
@Transactional
public class Answering {

  /** Where a visitor stands before a consultation. */
  public enum Standing { NOT_OPEN, CLOSED, SIGN_IN, VERIFY, OTHER_DISTRICT, ANSWERED, MAY_ANSWER }

  @PersistenceContext EntityManager em;
  @Inject ConsultationReading reading;
  @Inject Caller caller;
  @Inject PersonKeys personKeys;

  public Standing standing(Consultation consultation) {
    Instant now = now();
    if (!consultation.hasOpened(now)) {
      return Standing.NOT_OPEN;
    }
    if (consultation.isClosed(now)) {
      return Standing.CLOSED;
    }
    Audience audience = consultation.audience();
    if (audience != Audience.ANYONE && caller.subject().isEmpty()) {
      return Standing.SIGN_IN;
    }
    if ((audience == Audience.VERIFIED_RESIDENTS || audience == Audience.DISTRICTS)
        && caller.verifiedResidentId().isEmpty()) {
      return Standing.VERIFY;
    }
    if (!consultation.admitsDistrict(caller.verifiedResidentDistrict())) {
      return Standing.OTHER_DISTRICT;
    }
    if (consultation.anonymous() && participantKey().map(k -> registered(consultation.id(), k)).orElse(false)) {
      return Standing.ANSWERED;
    }
    return Standing.MAY_ANSWER;
  }

  /** The caller's named participation (draft or submitted), if any. */
  public Optional<Participation> mine(Consultation consultation) {
    if (consultation.anonymous()) {
      return Optional.empty();
    }
    return participantKey().flatMap(key -> em.createQuery("select p from ConsultationParticipation p"
            + " where p.consultationId = :c and p.participantKey = :k", Participation.class)
        .setParameter("c", consultation.id()).setParameter("k", key)
        .getResultStream().findFirst());
  }

  /**
   * Saves the caller's answers: a draft ({@code submit} false; only for a named participation) or submitted. The
   * answers are checked against the questionnaire (all required ones when submitting).
   *
   * @param email where to announce the conclusions, if the participant asked
   */
  public void answer(UUID consultationId, Map<String, Answer> answers, boolean submit, Optional<String> email) {
    Consultation consultation = reading.byId(consultationId);
    Standing standing = standing(consultation);
    switch (standing) {
      case MAY_ANSWER -> { }
      case ANSWERED -> throw alreadyAnswered();
      case SIGN_IN -> throw org.parvis.spi.problem.ProblemException.unauthorized("Sign in to answer");
      case VERIFY -> throw ConsultationProblems.forbidden("verification-required", "Verify your residency first");
      case OTHER_DISTRICT -> throw ConsultationProblems.forbidden("other-district",
          "This consultation is for residents of other districts");
      default -> throw ConsultationProblems.conflict("not-open", "This consultation is not open");
    }
    Map<String, Answer> kept;
    try {
      kept = consultation.questionnaire().require(answers, submit || consultation.anonymous());
    } catch (ConsultationException e) {
      throw ConsultationProblems.of(e);
    }
    Optional<String> key = participantKey();
    if (consultation.anonymous()) {
      if (!submit) {
        throw ConsultationProblems.conflict("anonymous-no-draft", "Anonymous answers are not kept as drafts");
      }
      if (key.isPresent()) {
        try {
          em.persist(new Participant(consultationId, key.get()));
          em.flush();
        } catch (PersistenceException e) {
          throw alreadyAnswered();
        }
      }
      em.persist(Participation.anonymous(consultationId, kept));
    } else {
      String participant = key.orElseThrow(() -> org.parvis.spi.problem.ProblemException.unauthorized("Sign in"));
      // locked: concurrent changes by the same participant are applied one after the other
      Optional<Participation> existing = em.createQuery("select p from ConsultationParticipation p"
              + " where p.consultationId = :c and p.participantKey = :k", Participation.class)
          .setParameter("c", consultationId).setParameter("k", participant)
          .setLockMode(LockModeType.PESSIMISTIC_WRITE)
          .getResultStream().findFirst();
      if (existing.isPresent()) {
        existing.get().update(kept, submit, now());
        em.createQuery("delete from ConsultationTextReview r where r.participationId = :p")
            .setParameter("p", existing.get().id()).executeUpdate();
      } else {
        try {
          em.persist(Participation.named(consultationId, participant, kept, submit, now()));
          em.flush();
        } catch (PersistenceException e) {
          throw ConsultationProblems.conflict("answer-in-progress",
              "Your answers were being saved from another page; try again");
        }
      }
    }
    if (submit) {
      email.ifPresent(address -> subscribe(consultationId, address));
    }
  }

  /**
   * Records a submitted participation prepared by the platform rather than typed in a page (the demo content):
   * checked against the questionnaire like any other, whatever the consultation's dates; named with {@code
   * participantKey} unless the consultation is anonymous.
   */
  public void record(UUID consultationId, String participantKey, Map<String, Answer> answers) {
    Consultation consultation = reading.byId(consultationId);
    Map<String, Answer> kept;
    try {
      kept = consultation.questionnaire().require(answers, true);
    } catch (ConsultationException e) {
      throw ConsultationProblems.of(e);
    }
    if (consultation.anonymous()) {
      em.persist(new Participant(consultationId, participantKey));
      em.persist(Participation.anonymous(consultationId, kept));
    } else {
      em.persist(Participation.named(consultationId, participantKey, kept, true, now()));
    }
  }

  private void subscribe(UUID consultationId, String email) {
    boolean known = !em.createQuery("select s.id from ConsultationSubscriber s where s.consultationId = :c"
            + " and s.email = :e", UUID.class)
        .setParameter("c", consultationId).setParameter("e", email).getResultList().isEmpty();
    if (!known) {
      em.persist(new Subscriber(consultationId, email));
    }
  }

  private boolean registered(UUID consultationId, String key) {
    return !em.createQuery("select p.id from ConsultationParticipant p where p.consultationId = :c"
            + " and p.participantKey = :k", UUID.class)
        .setParameter("c", consultationId).setParameter("k", key).getResultList().isEmpty();
  }

  /** Who the caller is for "once per participant": their person when verified, else their account. */
  Optional<String> participantKey() {
    Optional<String> person = caller.verifiedResidentId().flatMap(personKeys::ofResident);
    if (person.isPresent()) {
      return Optional.of("person:" + person.get());
    }
    return caller.subject().map(subject -> "account:" + subject);
  }

  private static org.parvis.spi.problem.ProblemException alreadyAnswered() {
    return ConsultationProblems.conflict("already-answered", "You have already answered this consultation");
  }

  private static Instant now() {
    return Clock.systemUTC().instant();
  }
}
