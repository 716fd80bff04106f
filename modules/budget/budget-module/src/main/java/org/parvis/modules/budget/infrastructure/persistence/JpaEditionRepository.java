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
    // Native SQL on the ballot path: Hibernate builds a new load plan on every find() of an
    // entity under the tenant filter; row-level security scopes this query to the tenant.
    List<Edition> found = em.createNativeQuery(
            "select * from budget_edition where id = :id for share", Edition.class)
        .setParameter("id", id)
        .getResultList();
    return found.stream().findFirst();
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
  @SuppressWarnings("unchecked")
  public Optional<BallotPaper> ballotPaper(UUID editionId, UUID envelopeId) {
    // Native SQL on the ballot path (an HQL query under the tenant filter is translated anew
    // on every execution); row-level security scopes it to the tenant.
    List<Object[]> rows = em.createNativeQuery("""
            select v.amount, v.district, i.id, i.final_cost
              from budget_envelope v
              left join budget_idea i on i.envelope_id = v.id and i.status = :feasible
                   and not i.hidden and i.final_cost is not null
             where v.id = :env and v.edition_id = :edition
             order by i.created_at""", Object[].class)
        .setParameter("env", envelopeId)
        .setParameter("edition", editionId)
        .setParameter("feasible", IdeaStatus.FEASIBLE.name())
        .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Map<UUID, Long> costs = new LinkedHashMap<>();
    for (Object[] row : rows) {
      if (row[2] != null) {
        costs.put((UUID) row[2], ((Number) row[3]).longValue());
      }
    }
    return Optional.of(new BallotPaper(envelopeId, ((Number) rows.get(0)[0]).longValue(),
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
