package org.parvis.modules.convention.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.convention.domain.Computation;
import org.parvis.modules.convention.domain.ComputationRepository;

@ApplicationScoped
public class JpaComputationRepository implements ComputationRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Computation computation) {
    em.persist(computation);
  }

  @Override
  public Optional<Computation> lock(UUID conventionId) {
    return em.createQuery("select c from ConventionComputation c where c.conventionId = :c",
            Computation.class)
        .setParameter("c", conventionId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream().findFirst();
  }

  @Override
  public void remove(UUID conventionId) {
    lock(conventionId).ifPresent(em::remove);
  }
}
