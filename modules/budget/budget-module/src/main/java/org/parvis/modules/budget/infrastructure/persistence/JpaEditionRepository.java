package org.parvis.modules.budget.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.EditionRepository;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.modules.budget.domain.Idea;
import org.parvis.modules.budget.domain.IdeaStatus;
import org.parvis.modules.budget.domain.Support;

@ApplicationScoped
public class JpaEditionRepository implements EditionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Edition edition) {
    em.persist(edition);
  }

  @Override
  public void add(Envelope envelope) {
    em.persist(envelope);
  }

  @Override
  public void add(Idea idea) {
    em.persist(idea);
  }

  @Override
  public boolean addSupport(Support support) {
    // Native, so that a duplicate is a no-op instead of an exception that dooms the transaction.
    return em.createNativeQuery("""
            insert into budget_support (id, tenant_id, idea_id, supporter_subject, supported_at)
            values (:id, parvis_current_tenant(), :idea, :subject, now())
            on conflict (tenant_id, idea_id, supporter_subject) do nothing""")
        .setParameter("id", UUID.randomUUID())
        .setParameter("idea", support.ideaId())
        .setParameter("subject", support.supporterSubject())
        .executeUpdate() == 1
        // An increment in SQL rather than on the entity: concurrent supports never conflict.
        && em.createQuery("update Idea i set i.supports = i.supports + 1 where i.id = :id")
            .setParameter("id", support.ideaId())
            .executeUpdate() == 1;
  }

  @Override
  public int supports(UUID ideaId) {
    return em.createQuery("select i.supports from Idea i where i.id = :id", Integer.class)
        .setParameter("id", ideaId)
        .getSingleResult();
  }

  @Override
  public Optional<Edition> edition(UUID id) {
    return Optional.ofNullable(em.find(Edition.class, id));
  }

  @Override
  public Optional<Edition> editionForShare(UUID id) {
    return Optional.ofNullable(em.find(Edition.class, id, LockModeType.PESSIMISTIC_READ));
  }

  @Override
  public Optional<Edition> editionForUpdate(UUID id) {
    Edition edition = em.find(Edition.class, id);
    if (edition != null) {
      // refresh, not find(…, lock): the edition may already be in the persistence context.
      em.refresh(edition, LockModeType.PESSIMISTIC_WRITE);
    }
    return Optional.ofNullable(edition);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public List<Edition> editions() {
    return em.createQuery("select e from Edition e order by e.createdAt desc", Edition.class)
        .getResultList();
  }

  @Override
  public List<Envelope> envelopes(UUID editionId) {
    return em.createQuery(
            "select e from Envelope e where e.editionId = :e order by e.position", Envelope.class)
        .setParameter("e", editionId)
        .getResultList();
  }

  @Override
  public Optional<Envelope> envelope(UUID id) {
    return Optional.ofNullable(em.find(Envelope.class, id));
  }

  @Override
  public Optional<Idea> idea(UUID id) {
    return Optional.ofNullable(em.find(Idea.class, id));
  }

  @Override
  public List<Idea> ideas(UUID editionId) {
    return em.createQuery(
            "select i from Idea i where i.editionId = :e order by i.createdAt", Idea.class)
        .setParameter("e", editionId)
        .getResultList();
  }

  @Override
  public Optional<BallotPaper> ballotPaper(UUID editionId, UUID envelopeId) {
    List<Object[]> rows = em.createQuery("select v.amount, v.district, i.id, i.finalCost"
            + " from Envelope v left join Idea i on i.envelopeId = v.id and i.status = :feasible"
            + " and i.hidden = false and i.finalCost is not null"
            + " where v.id = :env and v.editionId = :edition order by i.createdAt", Object[].class)
        .setParameter("env", envelopeId)
        .setParameter("edition", editionId)
        .setParameter("feasible", IdeaStatus.FEASIBLE)
        .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Map<UUID, Long> costs = new LinkedHashMap<>();
    for (Object[] row : rows) {
      if (row[2] != null) {
        costs.put((UUID) row[2], (Long) row[3]);
      }
    }
    return Optional.of(new BallotPaper(envelopeId, (Long) rows.get(0)[0],
        (Boolean) rows.get(0)[1], costs));
  }

  @Override
  public Map<UUID, Long> ballotCosts(UUID envelopeId) {
    Map<UUID, Long> costs = new LinkedHashMap<>();
    em.createQuery("select i.id, i.finalCost from Idea i where i.envelopeId = :env"
            + " and i.status = :feasible and i.hidden = false and i.finalCost is not null"
            + " order by i.createdAt", Object[].class)
        .setParameter("env", envelopeId)
        .setParameter("feasible", IdeaStatus.FEASIBLE)
        .getResultList()
        .forEach(row -> costs.put((UUID) row[0], (Long) row[1]));
    return costs;
  }
}
