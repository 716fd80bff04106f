package org.parvis.modules.council.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.parvis.modules.council.domain.Council;
import org.parvis.modules.council.domain.CouncilRepository;

@ApplicationScoped
public class JpaCouncilRepository implements CouncilRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Council> find() {
    return query(LockModeType.NONE);
  }

  @Override
  public Optional<Council> lock() {
    return query(LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<Council> query(LockModeType lock) {
    return em.createQuery("select c from Council c", Council.class)
        .setLockMode(lock).getResultStream().findFirst();
  }

  @Override
  public void add(Council council) {
    em.persist(council);
  }
}
