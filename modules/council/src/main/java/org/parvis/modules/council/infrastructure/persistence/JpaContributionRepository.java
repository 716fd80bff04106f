package org.parvis.modules.council.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.council.domain.ContributionRepository;
import org.parvis.modules.council.domain.CouncilContribution;

@ApplicationScoped
public class JpaContributionRepository implements ContributionRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<CouncilContribution> find(UUID id) {
    return query(id, LockModeType.NONE);
  }

  @Override
  public Optional<CouncilContribution> lock(UUID id) {
    return query(id, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<CouncilContribution> query(UUID id, LockModeType lock) {
    return em.createQuery("select c from CouncilContribution c where c.id = :id", CouncilContribution.class)
        .setParameter("id", id).setLockMode(lock).getResultStream().findFirst();
  }

  @Override
  public List<CouncilContribution> all() {
    return em.createQuery("select c from CouncilContribution c order by c.createdAt desc",
        CouncilContribution.class).getResultList();
  }

  @Override
  public void add(CouncilContribution contribution) {
    em.persist(contribution);
  }
}
