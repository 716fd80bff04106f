package org.parvis.modules.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.parvis.modules.consent.domain.AnswerKind;
import org.parvis.modules.consent.domain.ConsentException;
import org.parvis.modules.consent.domain.ConsentProposal;
import org.parvis.spi.problem.ProblemException;

/** Use cases of a consent decision; each change locks the proposal so answers do not race. */
@ApplicationScoped
@Transactional
public class ConsentProcess {

  static final String NOT_ALLOWED = "urn:parvis:problem:consent-step-not-allowed";

  @PersistenceContext EntityManager em;

  public ConsentProposal propose(String circle, String title, String text, String proposer, Instant deadline) {
    try {
      ConsentProposal proposal = new ConsentProposal(circle, title, text, proposer, deadline, now());
      em.persist(proposal);
      return proposal;
    } catch (ConsentException e) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "deadline", e.getMessage());
    }
  }

  public List<ConsentProposal> all() {
    return em.createQuery("select p from ConsentProposal p order by p.createdAt desc", ConsentProposal.class)
        .getResultList();
  }

  public ConsentProposal get(UUID id) {
    return find(id, LockModeType.NONE);
  }

  public ConsentProposal answer(UUID id, String member, AnswerKind kind, String reason) {
    return change(id, p -> p.answer(member, kind, reason, now()));
  }

  public ConsentProposal amend(UUID id, String by, String text, String addresses, Instant deadline) {
    return change(id, p -> p.amend(by, text, addresses, deadline, now()));
  }

  public ConsentProposal adopt(UUID id, String by) {
    return change(id, p -> p.adopt(by, now()));
  }

  private ConsentProposal change(UUID id, Consumer<ConsentProposal> step) {
    ConsentProposal proposal = find(id, LockModeType.PESSIMISTIC_WRITE);
    try {
      step.accept(proposal);
    } catch (ConsentException e) {
      throw ProblemException.conflict(NOT_ALLOWED, e.getMessage());
    }
    return proposal;
  }

  private ConsentProposal find(UUID id, LockModeType lock) {
    return em.createQuery("select p from ConsentProposal p where p.id = :id", ConsentProposal.class)
        .setParameter("id", id)
        .setLockMode(lock)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("No proposal " + id));
  }

  private static Instant now() {
    return Clock.systemUTC().instant();
  }
}
