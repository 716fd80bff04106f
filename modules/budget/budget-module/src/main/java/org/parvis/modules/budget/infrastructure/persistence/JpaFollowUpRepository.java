package org.parvis.modules.budget.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.domain.FollowUp;
import org.parvis.modules.budget.domain.FollowUpRepository;
import org.parvis.modules.budget.domain.Milestone;
import org.parvis.modules.budget.domain.Photo;

@ApplicationScoped
public class JpaFollowUpRepository implements FollowUpRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<FollowUp> followUp(UUID ideaId) {
    return Optional.ofNullable(em.find(FollowUp.class, ideaId));
  }

  @Override
  public List<FollowUp> followUps(UUID editionId) {
    return em.createQuery("select f from BudgetFollowUp f where f.editionId = :e", FollowUp.class)
        .setParameter("e", editionId)
        .getResultList();
  }

  @Override
  public void add(FollowUp followUp) {
    em.persist(followUp);
  }

  @Override
  public List<Milestone> milestones(UUID ideaId) {
    return em.createQuery("select m from BudgetMilestone m where m.ideaId = :i"
            + " order by m.plannedOn, m.title", Milestone.class)
        .setParameter("i", ideaId)
        .getResultList();
  }

  @Override
  public Optional<Milestone> milestone(UUID id) {
    return Optional.ofNullable(em.find(Milestone.class, id));
  }

  @Override
  public void add(Milestone milestone) {
    em.persist(milestone);
  }

  @Override
  public void remove(Milestone milestone) {
    em.remove(milestone);
  }

  @Override
  public List<Photo> photos(UUID ideaId, Photo.Purpose purpose) {
    return em.createQuery("select p from BudgetPhoto p where p.ideaId = :i and p.purpose = :p"
            + " order by p.addedAt", Photo.class)
        .setParameter("i", ideaId)
        .setParameter("p", purpose)
        .getResultList();
  }

  @Override
  public Optional<Photo> photo(UUID id) {
    return Optional.ofNullable(em.find(Photo.class, id));
  }

  @Override
  public void add(Photo photo) {
    em.persist(photo);
  }

  @Override
  public void remove(Photo photo) {
    em.remove(photo);
  }
}
