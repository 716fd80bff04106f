package org.parvis.modules.council.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.stream.Collectors;
import org.parvis.modules.council.domain.CouncilReminder;
import org.parvis.modules.council.domain.ReminderRepository;

@ApplicationScoped
public class JpaReminderRepository implements ReminderRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Set<CouncilReminder.Key> sent() {
    return em.createQuery("select r from CouncilReminder r", CouncilReminder.class).getResultStream()
        .map(CouncilReminder::key).collect(Collectors.toSet());
  }

  @Override
  public void add(CouncilReminder reminder) {
    em.persist(reminder);
    em.flush();
  }
}
