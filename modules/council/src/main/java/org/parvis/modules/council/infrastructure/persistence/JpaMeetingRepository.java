package org.parvis.modules.council.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.council.domain.CouncilMeeting;
import org.parvis.modules.council.domain.CouncilWorkingGroup;
import org.parvis.modules.council.domain.MeetingRepository;

@ApplicationScoped
public class JpaMeetingRepository implements MeetingRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<CouncilWorkingGroup> group(UUID id) {
    return em.createQuery("select g from CouncilWorkingGroup g where g.id = :id", CouncilWorkingGroup.class)
        .setParameter("id", id).getResultStream().findFirst();
  }

  @Override
  public List<CouncilWorkingGroup> groups() {
    return em.createQuery("select g from CouncilWorkingGroup g order by g.name", CouncilWorkingGroup.class)
        .getResultList();
  }

  @Override
  public void add(CouncilWorkingGroup group) {
    em.persist(group);
  }

  @Override
  public Optional<CouncilMeeting> find(UUID id) {
    return query(id, LockModeType.NONE);
  }

  @Override
  public Optional<CouncilMeeting> lock(UUID id) {
    return query(id, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<CouncilMeeting> query(UUID id, LockModeType lock) {
    return em.createQuery("select m from CouncilMeeting m where m.id = :id", CouncilMeeting.class)
        .setParameter("id", id).setLockMode(lock).getResultStream().findFirst();
  }

  @Override
  public List<CouncilMeeting> all() {
    return em.createQuery("select m from CouncilMeeting m order by m.startsAt", CouncilMeeting.class)
        .getResultList();
  }

  @Override
  public void add(CouncilMeeting meeting) {
    em.persist(meeting);
  }
}
