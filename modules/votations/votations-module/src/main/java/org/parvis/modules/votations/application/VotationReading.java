package org.parvis.modules.votations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.modules.votations.domain.VotationRepository;

/**
 * Reading votations with what a visitor may know: how many voted and, for a verified resident,
 * whether they did — never who.
 */
@ApplicationScoped
@Transactional
public class VotationReading {

  @Inject VotationRepository votations;
  @Inject Voting voting;

  public List<Summary> all(Optional<UUID> resident) {
    return votations.all().stream().map(v -> summary(v, resident)).toList();
  }

  public Summary one(UUID id, Optional<UUID> resident) {
    return summary(VotationProblems.require(votations, id), resident);
  }

  public Summary summary(Votation v, Optional<UUID> resident) {
    Instant now = Clock.systemUTC().instant();
    String status = v.isClosed(now) ? "CLOSED" : v.isOpen(now) ? "OPEN" : "UPCOMING";
    return new Summary(v, status, votations.participants(v.id()),
        resident.map(r -> voting.hasVoted(v.id(), r)).orElse(null));
  }

  /** A votation, its status, how many voted, and whether the caller did (null if unknown). */
  public record Summary(Votation votation, String status, long participants, Boolean hasVoted) {}
}
