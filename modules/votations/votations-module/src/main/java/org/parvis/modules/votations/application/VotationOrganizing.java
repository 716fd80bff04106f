package org.parvis.modules.votations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.votations.domain.CountingMethod;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.modules.votations.domain.VotationRepository;
import org.parvis.spi.problem.ProblemException;

/**
 * Organizers (administrators, staff) set up a votation, may change it until it opens, open it and close it early.
 */
@ApplicationScoped
@Transactional
public class VotationOrganizing {

  @Inject BallotBoxSealing sealing;

  /** The default majority-judgment scale, best first. */
  public static final List<String> DEFAULT_GRADES =
      List.of("Excellent", "Très bien", "Bien", "Assez bien", "Passable", "Insuffisant", "À rejeter");

  @Inject VotationRepository votations;

  public Votation create(String question, String description, CountingMethod method,
      List<String> options, List<String> grades, Instant opensAt, Instant closesAt) {
    try {
      Votation votation = new Votation(question, description, method, options,
          grades == null || grades.isEmpty() ? DEFAULT_GRADES : grades,
          opensAt == null ? Clock.systemUTC().instant() : opensAt, closesAt);
      votations.add(votation);
      return votation;
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("urn:parvis:problem:invalid-request", e.getMessage(),
          java.util.Map.of());
    }
  }

  /**
   * Rewrites a votation that has not opened yet; 409 {@code votation-already-open} once it has, 400 {@code
   * invalid-request} when the new content breaks a rule.
   */
  public Votation revise(UUID id, String question, String description, CountingMethod method,
      List<String> options, List<String> grades, Instant opensAt, Instant closesAt) {
    Votation votation = VotationProblems.require(votations, id);
    Instant now = Clock.systemUTC().instant();
    try {
      votation.revise(question, description, method, options,
          grades == null || grades.isEmpty() ? DEFAULT_GRADES : grades, opensAt, closesAt, now);
    } catch (IllegalStateException e) {
      throw ProblemException.conflict("urn:parvis:problem:votation-already-open", e.getMessage());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("urn:parvis:problem:invalid-request", e.getMessage(),
          java.util.Map.of());
    }
    return votation;
  }

  /** Opens a votation now, ahead of its calendar; 409 {@code votation-already-open} if it has opened. */
  public Votation open(UUID id) {
    Votation votation = VotationProblems.require(votations, id);
    try {
      votation.openAt(Clock.systemUTC().instant());
    } catch (IllegalStateException e) {
      throw ProblemException.conflict("urn:parvis:problem:votation-already-open", e.getMessage());
    }
    return votation;
  }

  public Votation close(UUID id) {
    Votation votation = VotationProblems.require(votations, id);
    try {
      votation.closeAt(Clock.systemUTC().instant());
    } catch (IllegalStateException e) {
      throw ProblemException.conflict("urn:parvis:problem:votation-closed", e.getMessage());
    }
    sealing.sealIfClosed(id);
    return votation;
  }
}
