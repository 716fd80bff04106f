package org.parvis.core.identity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parvis.core.identity.domain.Membership;
import org.parvis.core.identity.domain.MembershipRepository;

@ApplicationScoped
public class JpaMembershipRepository implements MembershipRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Membership> bySubject(String subject) {
    return em.createQuery("select m from Membership m where m.subject = :s", Membership.class)
        .setParameter("s", subject)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Membership> all() {
    return em.createQuery("select m from Membership m order by m.subject", Membership.class)
        .getResultList();
  }

  @Override
  public void add(Membership membership) {
    em.persist(membership);
  }

  @Override
  public void remove(Membership membership) {
    em.remove(membership);
  }
}
