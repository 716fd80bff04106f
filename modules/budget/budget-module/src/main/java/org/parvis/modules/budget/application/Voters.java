package org.parvis.modules.budget.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.parvis.modules.budget.application.BallotBox.Voter;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.PersonKeys;

/**
 * Who votes, as the ballot box keys them: the person, through the platform's {@link PersonKeys},
 * whether they vote online as a verified resident or on paper under the civil identity staff
 * type in (the same key for the same person), so that nobody votes twice through two channels.
 */
@ApplicationScoped
@Transactional
public class Voters {

  @Inject PersonKeys personKeys;

  /** A verified resident voting online. */
  public Voter resident(UUID residentId, Supplier<Optional<String>> district) {
    String key = "person:" + personKeys.ofResident(residentId).orElseThrow(() ->
        ProblemException.forbidden("Only a verified resident votes online"));
    return new Voter(key, BallotBox.ONLINE, key, null,
        Optional.of("resident:" + residentId), district);
  }

  /** A person whose paper ballot {@code staffSubject} enters, by their civil identity. */
  public Voter paper(PaperVoter identity, String staffSubject) {
    String key;
    try {
      key = "person:" + personKeys.ofIdentity(identity.lastName(), identity.firstNames(),
          identity.birthDate());
    } catch (IllegalArgumentException e) {
      throw BudgetProblems.invalid("identity", e.getMessage());
    }
    return new Voter(key, BallotBox.PAPER, "staff:" + staffSubject, staffSubject,
        Optional.empty(), Optional::empty);
  }

  /** A voter's civil identity as written on a paper ballot's envelope or the desk's register. */
  public record PaperVoter(String lastName, String firstNames, LocalDate birthDate) {}
}
