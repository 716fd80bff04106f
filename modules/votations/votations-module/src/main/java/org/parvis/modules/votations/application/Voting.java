package org.parvis.modules.votations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.parvis.majorityjudgment.GradeScale;
import org.parvis.modules.votations.domain.Ballot;
import org.parvis.modules.votations.domain.BallotContent;
import org.parvis.modules.votations.domain.Participation;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.modules.votations.domain.VotationOption;
import org.parvis.modules.votations.domain.VotationRepository;
import org.parvis.modules.votations.domain.VotationRepository.AlreadyVoted;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.PersonKeys;

/**
 * Casting a ballot: one per verified person. The participation row is written and flushed first;
 * a concurrent second vote of the same person waits on the unique constraint and fails (409),
 * and its transaction — ballot included — is rolled back. The ballot row carries nothing that
 * leads back to the participation row.
 */
@ApplicationScoped
@Transactional
public class Voting {

  public static final String ALREADY_VOTED = "urn:parvis:problem:already-voted";

  @Inject VotationRepository votations;
  @Inject PersonKeys personKeys;

  public void vote(UUID id, UUID resident, BallotChoice choice) {
    Votation votation = votations.shareById(id)
        .orElseThrow(() -> ProblemException.notFound("No votation " + id));
    if (!votation.isOpen(Clock.systemUTC().instant())) {
      throw ProblemException.conflict("urn:parvis:problem:votation-not-open",
          "This votation is not open for voting");
    }
    BallotContent content = content(votation, choice);
    String voter = voterKey(resident);
    if (votations.hasParticipated(id, voter)) {
      throw alreadyVoted();
    }
    try {
      votations.add(new Participation(id, voter));
    } catch (AlreadyVoted e) {
      throw alreadyVoted();
    }
    votations.add(new Ballot(id, content));
  }

  public boolean hasVoted(UUID id, UUID resident) {
    return personKeys.ofResident(resident).map(key -> votations.hasParticipated(id, key)).orElse(false);
  }

  private String voterKey(UUID resident) {
    return personKeys.ofResident(resident)
        .orElseThrow(() -> ProblemException.forbidden("Your residency verification is not found"));
  }

  private static BallotContent content(Votation votation, BallotChoice choice) {
    Map<UUID, Integer> positions = new HashMap<>();
    for (VotationOption option : votation.options()) {
      positions.put(option.id(), option.position());
    }
    try {
      return switch (votation.method()) {
        case MAJORITY_JUDGMENT -> {
          GradeScale scale = votation.gradeScale().orElseThrow();
          Map<Integer, Integer> grades = new HashMap<>();
          if (choice.grades() == null) {
            throw new IllegalArgumentException("grades are required");
          }
          choice.grades().forEach((option, label) -> grades.put(position(positions, option), scale.grade(label)));
          yield BallotContent.grades(votation, grades);
        }
        case APPROVAL -> {
          Set<Integer> approved = new HashSet<>();
          (choice.approved() == null ? Set.<UUID>of() : choice.approved())
              .forEach(option -> approved.add(position(positions, option)));
          yield BallotContent.approvals(votation, approved);
        }
        case SINGLE_CHOICE -> {
          if (choice.choice() == null) {
            throw new IllegalArgumentException("choice is required");
          }
          yield BallotContent.single(votation, position(positions, choice.choice()));
        }
      };
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-ballot", "ballot", e.getMessage());
    }
  }

  private static int position(Map<UUID, Integer> positions, UUID option) {
    Integer position = positions.get(option);
    if (position == null) {
      throw new IllegalArgumentException("unknown option " + option);
    }
    return position;
  }

  private static ProblemException alreadyVoted() {
    return ProblemException.conflict(ALREADY_VOTED, "You have already voted in this votation.");
  }
}
