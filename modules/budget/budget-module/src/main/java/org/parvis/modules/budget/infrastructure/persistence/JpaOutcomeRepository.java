package org.parvis.modules.budget.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.domain.EnvelopeOutcome;
import org.parvis.modules.budget.domain.OutcomeRepository;
import org.parvis.modules.budget.domain.ProjectOutcome;
import org.parvis.modules.budget.domain.Recount;

@ApplicationScoped
public class JpaOutcomeRepository implements OutcomeRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<EnvelopeOutcome> envelopes(UUID editionId) {
    return em.createQuery("select o from BudgetEnvelopeOutcome o where o.editionId = :e"
            + " order by o.position", EnvelopeOutcome.class)
        .setParameter("e", editionId)
        .getResultList();
  }

  @Override
  public List<ProjectOutcome> projects(UUID editionId) {
    return em.createQuery("select p from BudgetProjectOutcome p where p.editionId = :e"
            + " order by p.envelopeId, p.position", ProjectOutcome.class)
        .setParameter("e", editionId)
        .getResultList();
  }

  @Override
  public boolean funded(UUID ideaId) {
    return !em.createQuery("select p.id from BudgetProjectOutcome p where p.ideaId = :i"
            + " and p.funded = true", UUID.class)
        .setParameter("i", ideaId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(EnvelopeOutcome outcome) {
    em.persist(outcome);
  }

  @Override
  public void add(ProjectOutcome outcome) {
    em.persist(outcome);
  }

  @Override
  public void discard(UUID editionId) {
    em.createQuery("delete from BudgetProjectOutcome p where p.editionId = :e")
        .setParameter("e", editionId)
        .executeUpdate();
    em.createQuery("delete from BudgetEnvelopeOutcome o where o.editionId = :e")
        .setParameter("e", editionId)
        .executeUpdate();
  }

  @Override
  public void add(Recount recount) {
    em.persist(recount);
  }

  @Override
  public List<Recount> recounts(UUID editionId) {
    return em.createQuery("select r from BudgetRecount r where r.editionId = :e"
            + " order by r.recountedAt", Recount.class)
        .setParameter("e", editionId)
        .getResultList();
  }
}
