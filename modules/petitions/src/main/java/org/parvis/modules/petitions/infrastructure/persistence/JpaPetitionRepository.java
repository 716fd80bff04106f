package org.parvis.modules.petitions.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.parvis.modules.petitions.domain.Cosigner;
import org.parvis.modules.petitions.domain.Petition;
import org.parvis.modules.petitions.domain.PetitionFollower;
import org.parvis.modules.petitions.domain.PetitionRepository;
import org.parvis.modules.petitions.domain.PetitionSignature;
import org.parvis.modules.petitions.domain.PetitionStatus;
import org.parvis.modules.petitions.domain.SignatureChannel;

@ApplicationScoped
public class JpaPetitionRepository implements PetitionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Petition> byId(UUID id) {
    return em.createQuery("select p from Petition p where p.id = :id", Petition.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Petition> lockById(UUID id) {
    return em.createQuery("select p from Petition p where p.id = :id", Petition.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Petition> withStatus(Collection<PetitionStatus> statuses) {
    return em.createQuery(
            "select p from Petition p where p.status in :s order by p.createdAt desc", Petition.class)
        .setParameter("s", statuses)
        .getResultList();
  }

  @Override
  public List<Petition> byAuthor(UUID authorResidentId) {
    return em.createQuery(
            "select p from Petition p where p.authorResidentId = :a order by p.createdAt desc", Petition.class)
        .setParameter("a", authorResidentId)
        .getResultList();
  }

  @Override
  public void add(Petition petition) {
    em.persist(petition);
  }

  @Override
  public boolean isCosigner(UUID petitionId, UUID residentId) {
    return !em.createQuery(
            "select c.id from Cosigner c where c.petitionId = :p and c.residentId = :r", UUID.class)
        .setParameter("p", petitionId)
        .setParameter("r", residentId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(Cosigner cosigner) {
    em.persist(cosigner);
    em.flush();
  }

  @Override
  public long cosigners(UUID petitionId) {
    return em.createQuery("select count(c) from Cosigner c where c.petitionId = :p", Long.class)
        .setParameter("p", petitionId)
        .getSingleResult();
  }

  @Override
  public boolean hasSigned(UUID petitionId, String personKey) {
    return !signedAmong(petitionId, List.of(personKey)).isEmpty();
  }

  @Override
  public Set<String> signedAmong(UUID petitionId, Collection<String> personKeys) {
    if (personKeys.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(em.createQuery(
            "select s.personKey from PetitionSignature s"
                + " where s.petitionId = :p and s.personKey in :k", String.class)
        .setParameter("p", petitionId)
        .setParameter("k", personKeys)
        .getResultList());
  }

  @Override
  public void add(PetitionSignature signature) {
    em.persist(signature);
    em.flush();
  }

  @Override
  public boolean removeOnline(UUID petitionId, String personKey) {
    return em.createQuery(
            "delete from PetitionSignature s where s.petitionId = :p and s.personKey = :k"
                + " and s.channel = :c")
        .setParameter("p", petitionId)
        .setParameter("k", personKey)
        .setParameter("c", SignatureChannel.ONLINE)
        .executeUpdate() > 0;
  }

  @Override
  public long count(UUID petitionId, SignatureChannel channel) {
    return em.createQuery(
            "select count(s) from PetitionSignature s where s.petitionId = :p and s.channel = :c",
            Long.class)
        .setParameter("p", petitionId)
        .setParameter("c", channel)
        .getSingleResult();
  }

  @Override
  public void follow(UUID petitionId, UUID residentId, String email) {
    boolean following = !em.createQuery("select f.id from PetitionFollower f"
            + " where f.petitionId = :p and f.residentId = :r", UUID.class)
        .setParameter("p", petitionId)
        .setParameter("r", residentId)
        .getResultList().isEmpty();
    if (!following) {
      em.persist(new PetitionFollower(petitionId, residentId, email));
    }
  }

  @Override
  public void unfollow(UUID petitionId, UUID residentId) {
    em.createQuery("delete from PetitionFollower f where f.petitionId = :p and f.residentId = :r")
        .setParameter("p", petitionId)
        .setParameter("r", residentId)
        .executeUpdate();
  }

  @Override
  public List<String> followerEmails(UUID petitionId) {
    return em.createQuery("select distinct f.email from PetitionFollower f"
            + " where f.petitionId = :p order by f.email", String.class)
        .setParameter("p", petitionId)
        .getResultList();
  }

  @Override
  public void forgetFollowers(UUID petitionId) {
    em.createQuery("delete from PetitionFollower f where f.petitionId = :p")
        .setParameter("p", petitionId)
        .executeUpdate();
  }
}
