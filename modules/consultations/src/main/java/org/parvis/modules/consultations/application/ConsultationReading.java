package org.parvis.modules.consultations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.consultations.domain.Answer;
import org.parvis.modules.consultations.domain.Consultation;
import org.parvis.modules.consultations.domain.Participation;
import org.parvis.spi.problem.ProblemException;

/** Reading consultations and the submitted answers, for pages, the API and exports. */
@ApplicationScoped
@Transactional
public class ConsultationReading {

  @PersistenceContext EntityManager em;

  /** Every consultation, the latest opening first. */
  public List<Consultation> all() {
    return em.createQuery("select c from Consultation c order by c.opensAt desc, c.title", Consultation.class)
        .getResultList();
  }

  public Consultation byId(UUID id) {
    Consultation consultation = em.find(Consultation.class, id);
    if (consultation == null) {
      throw ProblemException.notFound("No consultation " + id);
    }
    return consultation;
  }

  /**
   * The submitted participations, ordered by their random id: the order says nothing of who answered or when. Each
   * is the answers kept (to questions shown).
   */
  public List<Map<String, Answer>> submittedAnswers(Consultation consultation) {
    return submitted(consultation).stream()
        .map(p -> consultation.questionnaire().keptAnswers(p.answers(consultation.questionnaire()))).toList();
  }

  /** The submitted participations themselves, ordered by random id (for moderation and exports). */
  public List<Participation> submitted(Consultation consultation) {
    return em.createQuery("select p from ConsultationParticipation p where p.consultationId = :c"
            + " and p.submitted = true order by p.id", Participation.class)
        .setParameter("c", consultation.id())
        .getResultList();
  }

  public long participations(UUID consultationId) {
    return em.createQuery("select count(p) from ConsultationParticipation p where p.consultationId = :c"
        + " and p.submitted = true", Long.class).setParameter("c", consultationId).getSingleResult();
  }
}
