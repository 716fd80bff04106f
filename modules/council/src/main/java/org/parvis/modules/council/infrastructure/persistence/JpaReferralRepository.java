package org.parvis.modules.council.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.council.domain.CouncilReferral;
import org.parvis.modules.council.domain.ReferralRepository;

@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<CouncilReferral> find(UUID id) {
    return query(id, LockModeType.NONE);
  }

  @Override
  public Optional<CouncilReferral> lock(UUID id) {
    return query(id, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<CouncilReferral> query(UUID id, LockModeType lock) {
    return em.createQuery("select r from CouncilReferral r where r.id = :id", CouncilReferral.class)
        .setParameter("id", id).setLockMode(lock).getResultStream().findFirst();
  }

  @Override
  public List<CouncilReferral> all() {
    return em.createQuery("select r from CouncilReferral r order by r.receivedAt desc", CouncilReferral.class)
        .getResultList();
  }

  @Override
  public void add(CouncilReferral referral) {
    em.persist(referral);
  }
}
