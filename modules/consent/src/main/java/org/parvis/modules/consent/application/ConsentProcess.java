package org.parvis.modules.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.parvis.modules.consent.domain.Circle;
import org.parvis.modules.consent.domain.ConsentProposal;
import org.parvis.spi.problem.ProblemException;

/**
 * Use cases of a consent decision; each change locks the proposal so answers do not race. Only
 * members of the proposal's circle take part and read its record (administrators read all).
 */
@ApplicationScoped
@Transactional
public class ConsentProcess {

  static final String NOT_ALLOWED = "urn:parvis:problem:consent-step-not-allowed";

  @PersistenceContext EntityManager em;
  @Inject Circles circles;

  public ConsentProposal propose(String circleName, String title, String text, String proposer, Instant deadline) {
    Circle circle = circles.byName(circleName).orElseThrow(() -> ProblemException.invalidField(
        "urn:parvis:problem:invalid-request", "circle", "no circle of this name"));
    requireMember(circle, proposer);
    try {
      ConsentProposal proposal = new ConsentProposal(circle.name(), title, text, proposer, deadline, now());
      em.persist(proposal);
      return proposal;
    } catch (ConsentException e) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "deadline", e.getMessage());
    }
  }

  /** The proposals of the circles {@code reader} belongs to, or all of them for an administrator. */
  public List<ConsentProposal> visibleTo(String reader, boolean administrator) {
    if (administrator) {
      return em.createQuery("select p from ConsentProposal p order by p.createdAt desc",
          ConsentProposal.class).getResultList();
    }
    List<String> names = circles.of(reader).stream().map(Circle::name).toList();
    if (names.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from ConsentProposal p where p.circle in :names"
            + " order by p.createdAt desc", ConsentProposal.class)
        .setParameter("names", names)
        .getResultList();
  }

  public ConsentProposal get(UUID id, String reader, boolean administrator) {
    ConsentProposal proposal = find(id, LockModeType.NONE);
    if (!administrator) {
      requireMember(circleOf(proposal), reader);
    }
    return proposal;
  }

  public ConsentProposal answer(UUID id, String member, AnswerKind kind, String reason) {
    return change(id, member, p -> p.answer(member, kind, reason, now()));
  }

  public ConsentProposal amend(UUID id, String by, String text, String addresses, Instant deadline) {
    return change(id, by, p -> p.amend(by, text, addresses, deadline, now()));
  }

  public ConsentProposal adopt(UUID id, String by) {
    return change(id, by, p -> p.adopt(by, now()));
  }

  private ConsentProposal change(UUID id, String member, Consumer<ConsentProposal> step) {
    ConsentProposal proposal = find(id, LockModeType.PESSIMISTIC_WRITE);
    requireMember(circleOf(proposal), member);
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

  private Circle circleOf(ConsentProposal proposal) {
    return circles.byName(proposal.circle()).orElseThrow(() -> ProblemException.forbidden(
        "The circle '" + proposal.circle() + "' has no members any more"));
  }

  private void requireMember(Circle circle, String subject) {
    if (!circles.isMember(circle.id(), subject)) {
      throw ProblemException.forbidden("Only members of the circle '" + circle.name()
          + "' take part in its decisions");
    }
  }

  private static Instant now() {
    return Clock.systemUTC().instant();
  }
}
