package org.parvis.modules.convention.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.convention.domain.Grade;
import org.parvis.modules.convention.domain.MembersRepository;
import org.parvis.modules.convention.domain.Proposal;
import org.parvis.modules.convention.domain.ProposalVote;
import org.parvis.modules.convention.domain.Session;
import org.parvis.modules.convention.domain.SessionDocument;

@ApplicationScoped
public class JpaMembersRepository implements MembersRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Session session) {
    em.persist(session);
  }

  @Override
  public List<Session> sessions(UUID conventionId) {
    return em.createQuery("select s from ConventionSession s where s.conventionId = :c"
            + " order by s.startsAt", Session.class)
        .setParameter("c", conventionId).getResultList();
  }

  @Override
  public Optional<Session> session(UUID conventionId, UUID sessionId) {
    return em.createQuery("select s from ConventionSession s where s.id = :id"
            + " and s.conventionId = :c", Session.class)
        .setParameter("id", sessionId).setParameter("c", conventionId)
        .getResultStream().findFirst();
  }

  @Override
  public void add(SessionDocument document) {
    em.persist(document);
  }

  @Override
  public List<SessionDocument> documents(UUID conventionId) {
    // A subquery, not a theta join: Hibernate 6.6 writes "cross join … on <tenant filter>" for
    // the latter with @TenantId entities, which PostgreSQL rejects.
    return em.createQuery("select d from ConventionSessionDocument d where d.sessionId in"
            + " (select s.id from ConventionSession s where s.conventionId = :c)"
            + " order by d.addedAt", SessionDocument.class)
        .setParameter("c", conventionId).getResultList();
  }

  @Override
  public void add(Proposal proposal) {
    em.persist(proposal);
  }

  @Override
  public Optional<Proposal> lockProposal(UUID conventionId, UUID proposalId) {
    return em.createQuery("select p from ConventionProposal p where p.id = :id"
            + " and p.conventionId = :c", Proposal.class)
        .setParameter("id", proposalId).setParameter("c", conventionId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
  }

  @Override
  public List<Proposal> proposals(UUID conventionId) {
    return em.createQuery("select p from ConventionProposal p where p.conventionId = :c"
            + " order by p.createdAt", Proposal.class)
        .setParameter("c", conventionId).getResultList();
  }

  @Override
  public Optional<ProposalVote> vote(UUID proposalId, UUID volunteerId) {
    return em.createQuery("select v from ConventionProposalVote v where v.proposalId = :p"
            + " and v.volunteerId = :v", ProposalVote.class)
        .setParameter("p", proposalId).setParameter("v", volunteerId)
        .getResultStream().findFirst();
  }

  @Override
  public void add(ProposalVote vote) {
    em.persist(vote);
  }

  @Override
  public long approvals(UUID proposalId) {
    return em.createQuery("select count(v) from ConventionProposalVote v where v.proposalId = :p"
            + " and v.approve = true", Long.class)
        .setParameter("p", proposalId).getSingleResult();
  }

  @Override
  public long[] grades(UUID proposalId) {
    long[] counts = new long[Grade.values().length];
    em.createQuery("select v.grade, count(v) from ConventionProposalVote v where v.proposalId = :p"
            + " and v.grade is not null group by v.grade", Object[].class)
        .setParameter("p", proposalId)
        .getResultList()
        .forEach(row -> counts[((Grade) row[0]).ordinal()] = (Long) row[1]);
    return counts;
  }

  @Override
  public void forgetVotes(UUID conventionId) {
    em.createQuery("delete from ConventionProposalVote v where v.proposalId in"
            + " (select p.id from ConventionProposal p where p.conventionId = :c)")
        .setParameter("c", conventionId)
        .executeUpdate();
  }
}
