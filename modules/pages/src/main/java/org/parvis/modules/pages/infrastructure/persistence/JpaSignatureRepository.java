package org.parvis.modules.pages.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.UUID;
import org.parvis.modules.pages.domain.Signature;
import org.parvis.modules.pages.domain.SignatureRepository;

@ApplicationScoped
public class JpaSignatureRepository implements SignatureRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public boolean exists(String pageSlug, UUID residentId) {
    return !em.createQuery(
            "select s.id from Signature s where s.pageSlug = :p and s.residentId = :r", UUID.class)
        .setParameter("p", pageSlug)
        .setParameter("r", residentId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public long count(String pageSlug) {
    return em.createQuery("select count(s) from Signature s where s.pageSlug = :p", Long.class)
        .setParameter("p", pageSlug)
        .getSingleResult();
  }

  @Override
  public void add(Signature signature) {
    try {
      em.persist(signature);
      em.flush();
    } catch (PersistenceException e) {
      throw new AlreadySigned(e);
    }
  }
}
