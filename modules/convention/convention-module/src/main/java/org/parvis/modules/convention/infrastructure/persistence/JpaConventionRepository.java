package org.parvis.modules.convention.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.ConventionRepository;
import org.parvis.modules.convention.domain.Invitation;
import org.parvis.modules.convention.domain.Replacement;
import org.parvis.modules.convention.domain.Volunteer;
import org.parvis.modules.convention.domain.VolunteerStatus;

@ApplicationScoped
public class JpaConventionRepository implements ConventionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Convention> byId(UUID id) {
    return em.createQuery("select c from Convention c where c.id = :id", Convention.class)
        .setParameter("id", id).getResultStream().findFirst();
  }

  @Override
  public Optional<Convention> lockById(UUID id) {
    return em.createQuery("select c from Convention c where c.id = :id", Convention.class)
        .setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream().findFirst();
  }

  @Override
  public List<Convention> all() {
    return em.createQuery("select c from Convention c order by c.createdAt desc", Convention.class)
        .getResultList();
  }

  @Override
  public void add(Convention convention) {
    em.persist(convention);
  }

  @Override
  public List<Volunteer> volunteers(UUID conventionId) {
    return em.createQuery("select v from ConventionVolunteer v where v.conventionId = :c"
            + " order by v.number", Volunteer.class)
        .setParameter("c", conventionId).getResultList();
  }

  @Override
  public List<Volunteer> volunteers(UUID conventionId, Collection<VolunteerStatus> statuses) {
    return em.createQuery("select v from ConventionVolunteer v where v.conventionId = :c"
            + " and v.status in :s order by v.number", Volunteer.class)
        .setParameter("c", conventionId).setParameter("s", statuses).getResultList();
  }

  @Override
  public Optional<Volunteer> volunteer(UUID conventionId, int number) {
    return em.createQuery("select v from ConventionVolunteer v where v.conventionId = :c"
            + " and v.number = :n", Volunteer.class)
        .setParameter("c", conventionId).setParameter("n", number)
        .getResultStream().findFirst();
  }

  @Override
  public Optional<Volunteer> volunteerByWithdrawalToken(UUID conventionId, String tokenHash) {
    return em.createQuery("select v from ConventionVolunteer v where v.conventionId = :c"
            + " and v.withdrawalToken = :t", Volunteer.class)
        .setParameter("c", conventionId).setParameter("t", tokenHash)
        .getResultStream().findFirst();
  }

  @Override
  public Optional<Volunteer> volunteerOfResident(UUID conventionId, UUID residentId) {
    return em.createQuery("select v from ConventionVolunteer v where v.conventionId = :c"
            + " and v.residentId = :r", Volunteer.class)
        .setParameter("c", conventionId).setParameter("r", residentId)
        .getResultStream().findFirst();
  }

  @Override
  public boolean hasVolunteer(UUID conventionId, String personKey) {
    return !em.createQuery("select v.id from ConventionVolunteer v where v.conventionId = :c"
            + " and v.personKey = :k", UUID.class)
        .setParameter("c", conventionId).setParameter("k", personKey)
        .setMaxResults(1).getResultList().isEmpty();
  }

  @Override
  public int nextNumber(UUID conventionId) {
    Integer max = em.createQuery("select max(v.number) from ConventionVolunteer v"
            + " where v.conventionId = :c", Integer.class)
        .setParameter("c", conventionId).getSingleResult();
    return max == null ? 1 : max + 1;
  }

  @Override
  public void add(Volunteer volunteer) {
    em.persist(volunteer);
    em.flush();
  }

  @Override
  public void remove(Volunteer volunteer) {
    em.remove(volunteer);
  }

  @Override
  public void add(Invitation invitation) {
    em.persist(invitation);
  }

  @Override
  public Optional<Invitation> invitation(UUID conventionId, String codeHash) {
    return em.createQuery("select i from ConventionInvitation i where i.conventionId = :c"
            + " and i.codeHash = :h", Invitation.class)
        .setParameter("c", conventionId).setParameter("h", codeHash)
        .getResultStream().findFirst();
  }

  @Override
  public void add(Replacement replacement) {
    em.persist(replacement);
  }

  @Override
  public List<Replacement> replacements(UUID conventionId) {
    return em.createQuery("select r from ConventionReplacement r where r.conventionId = :c"
            + " order by r.round", Replacement.class)
        .setParameter("c", conventionId).getResultList();
  }
}
