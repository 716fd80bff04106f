package org.parvis.modules.votations.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.votations.domain.Ballot;
import org.parvis.modules.votations.domain.Participation;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.modules.votations.domain.VotationRepository;

@ApplicationScoped
public class JpaVotationRepository implements VotationRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Votation> byId(UUID id) {
    return em.createQuery("select v from Votation v where v.id = :id", Votation.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Votation> lockById(UUID id) {
    return locked(id, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Optional<Votation> shareById(UUID id) {
    return locked(id, LockModeType.PESSIMISTIC_READ);
  }

  private Optional<Votation> locked(UUID id, LockModeType lock) {
    return em.createQuery("select v from Votation v where v.id = :id", Votation.class)
        .setParameter("id", id)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void replaceBallots(UUID votationId, List<String> contents) {
    em.createQuery("delete from VotationBallot b where b.votationId = :v")
        .setParameter("v", votationId)
        .executeUpdate();
    for (String content : contents) {
      em.persist(Ballot.sealed(votationId, content));
    }
    em.flush();
  }

  @Override
  public List<Votation> all() {
    return em.createQuery("select v from Votation v order by v.opensAt desc", Votation.class)
        .getResultList();
  }

  @Override
  public void add(Votation votation) {
    em.persist(votation);
  }

  @Override
  public boolean hasParticipated(UUID votationId, String voterKey) {
    return !em.createQuery(
            "select p.id from Participation p where p.votationId = :v and p.voterKey = :k", UUID.class)
        .setParameter("v", votationId)
        .setParameter("k", voterKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(Participation participation) {
    try {
      em.persist(participation);
      em.flush();
    } catch (PersistenceException e) {
      throw new AlreadyVoted(e);
    }
  }

  @Override
  public long participants(UUID votationId) {
    return em.createQuery("select count(p) from Participation p where p.votationId = :v", Long.class)
        .setParameter("v", votationId)
        .getSingleResult();
  }

  @Override
  public void add(Ballot ballot) {
    em.persist(ballot);
  }

  @Override
  public List<String> ballotContents(UUID votationId) {
    // Ordered by content: the order reveals nothing about who voted or when.
    return em.createQuery(
            "select b.content from VotationBallot b where b.votationId = :v order by b.content", String.class)
        .setParameter("v", votationId)
        .getResultList();
  }
}
