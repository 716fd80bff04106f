package org.parvis.modules.worksites.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.worksites.domain.Shift;
import org.parvis.modules.worksites.domain.Worksite;
import org.parvis.modules.worksites.domain.WorksiteRepository;

@ApplicationScoped
public class JpaWorksiteRepository implements WorksiteRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Worksite worksite) {
    em.persist(worksite);
  }

  @Override
  public Optional<Worksite> byId(UUID id) {
    return Optional.ofNullable(em.find(Worksite.class, id));
  }

  @Override
  public Optional<Worksite> lockById(UUID id) {
    return em.createQuery("select w from Worksite w where w.id = :id", Worksite.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Worksite> all() {
    return em.createQuery("select w from Worksite w order by w.createdAt desc", Worksite.class)
        .getResultList();
  }

  @Override
  public void add(Shift shift) {
    em.persist(shift);
  }

  @Override
  public Optional<Shift> shiftById(UUID id) {
    return Optional.ofNullable(em.find(Shift.class, id));
  }

  @Override
  public Optional<Shift> lockShift(UUID id) {
    return em.createQuery("select s from WorksiteShift s where s.id = :id", Shift.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Shift> shiftsOf(UUID worksiteId) {
    return em.createQuery("select s from WorksiteShift s where s.worksiteId = :w"
            + " order by s.startsAt", Shift.class)
        .setParameter("w", worksiteId)
        .getResultList();
  }

  @Override
  public List<Shift> allShifts() {
    return em.createQuery("select s from WorksiteShift s order by s.startsAt", Shift.class)
        .getResultList();
  }

  @Override
  public List<UUID> shiftsStartingBetween(Instant from, Instant to) {
    return em.createQuery("select s.id from WorksiteShift s where s.startsAt > :f"
            + " and s.startsAt <= :t order by s.startsAt", UUID.class)
        .setParameter("f", from)
        .setParameter("t", to)
        .getResultList();
  }

  @Override
  public List<Shift> shiftsOfPerson(UUID person) {
    return em.createQuery("select s from WorksiteShift s where s.id in (select r.shiftId from"
            + " WorksiteRegistration r where r.personId = :p) order by s.startsAt", Shift.class)
        .setParameter("p", person)
        .getResultList();
  }
}
