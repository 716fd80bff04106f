package org.parvis.core.identity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.parvis.core.identity.domain.Membership;
import org.parvis.core.identity.domain.MembershipRepository;
import org.parvis.spi.security.TenantRole;

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
  public List<Membership> withDuties() {
    return em.createQuery("select m from Membership m where m.roles <> :citizen order by m.createdAt", Membership.class)
        .setParameter("citizen", EnumSet.of(TenantRole.CITIZEN))
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
