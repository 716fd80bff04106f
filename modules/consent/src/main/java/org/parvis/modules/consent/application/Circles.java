package org.parvis.modules.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.consent.domain.Circle;
import org.parvis.modules.consent.domain.CircleMember;
import org.parvis.spi.problem.ProblemException;

/** The tenant's circles and who belongs to each; administrators manage them. */
@ApplicationScoped
@Transactional
public class Circles {

  @PersistenceContext EntityManager em;

  public Circle create(String name) {
    if (byName(name).isPresent()) {
      throw ProblemException.conflict("urn:parvis:problem:circle-exists",
          "A circle named '" + name.strip() + "' already exists");
    }
    Circle circle = new Circle(name, Clock.systemUTC().instant());
    em.persist(circle);
    return circle;
  }

  public List<Circle> all() {
    return em.createQuery("select c from ConsentCircle c order by c.name", Circle.class).getResultList();
  }

  /** The circles {@code subject} belongs to. */
  public List<Circle> of(String subject) {
    return em.createQuery("select c from ConsentCircle c where c.id in (select m.circleId from"
            + " ConsentCircleMember m where m.subject = :s) order by c.name", Circle.class)
        .setParameter("s", subject)
        .getResultList();
  }

  public Circle get(UUID id) {
    return Optional.ofNullable(em.find(Circle.class, id))
        .orElseThrow(() -> ProblemException.notFound("No circle " + id));
  }

  public Optional<Circle> byName(String name) {
    return em.createQuery("select c from ConsentCircle c where lower(c.name) = lower(:n)", Circle.class)
        .setParameter("n", name.strip())
        .getResultStream()
        .findFirst();
  }

  public List<String> members(UUID circleId) {
    return em.createQuery("select m.subject from ConsentCircleMember m where m.circleId = :c"
            + " order by m.addedAt", String.class)
        .setParameter("c", circleId)
        .getResultList();
  }

  public boolean isMember(UUID circleId, String subject) {
    return !em.createQuery("select m.id from ConsentCircleMember m where m.circleId = :c"
            + " and m.subject = :s", UUID.class)
        .setParameter("c", circleId)
        .setParameter("s", subject)
        .getResultList().isEmpty();
  }

  /** Adds a member; adding someone twice is harmless. */
  public void add(UUID circleId, String subject) {
    get(circleId);
    if (!isMember(circleId, subject)) {
      em.persist(new CircleMember(circleId, subject, Clock.systemUTC().instant()));
    }
  }

  public void remove(UUID circleId, String subject) {
    em.createQuery("delete from ConsentCircleMember m where m.circleId = :c and m.subject = :s")
        .setParameter("c", circleId)
        .setParameter("s", subject)
        .executeUpdate();
  }
}
