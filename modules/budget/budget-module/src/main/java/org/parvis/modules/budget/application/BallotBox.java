package org.parvis.modules.budget.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.parvis.modules.budget.domain.Ballot;
import org.parvis.modules.budget.domain.BallotRepository;
import org.parvis.modules.budget.domain.BallotRules;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.EditionRepository;
import org.parvis.modules.budget.domain.EditionRepository.BallotPaper;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.modules.budget.domain.RuleViolation;

/**
 * Casting ballots, online and on paper, in one short transaction: lock the edition for share (so
 * that closing the vote and publishing its results wait for ballots in flight), read the envelope
 * with its projects' costs (one query), check the rules, then one atomic upsert keyed on the
 * voter (plus the idempotency key's claim and link when the request has one). A voter is a
 * person: a person who has a ballot on one channel (online, paper) is refused on the other.
 */
@ApplicationScoped
@Transactional
public class BallotBox {

  public static final String ONLINE = "ONLINE";
  public static final String PAPER = "PAPER";

  /** The rule broken by a ballot in another district's envelope than the voter's. */
  public static final String DISTRICT_OF_RESIDENCE = "district-of-residence";

  @Inject EditionRepository editions;
  @Inject BallotRepository ballots;

  /**
   * A voter: a person, keyed by their {@link org.parvis.spi.security.PersonKeys person key}
   * online and on paper alike (see {@link Voters}). {@code requester} scopes idempotency keys:
   * the voter online, the staff member who enters a paper ballot. {@code formerKey} is the key
   * the voter's ballots had before they were keyed by person. {@code district} gives the
   * resident's district of residence when the platform knows it; asked only for a ballot in a
   * district envelope. Paper ballots have none: staff check the voter's district at the desk.
   */
  public record Voter(String key, String channel, String requester, String enteredBy,
      Optional<String> formerKey, Supplier<Optional<String>> district) {

    List<String> keys() {
      return formerKey.map(former -> List.of(key, former)).orElse(List.of(key));
    }
  }

  /** What the submission did; {@code replayed} when its idempotency key was already applied. */
  public record Cast(UUID ballotId, UUID envelopeId, Map<UUID, Long> points, long totalCost,
      String channel, boolean created, boolean replayed) {}

  public Cast submit(UUID editionId, UUID envelopeId, Map<UUID, Long> points, Voter voter,
      Optional<String> idempotencyKey) {
    Edition edition = editions.editionForShare(editionId).orElseThrow(BudgetProblems::noEdition);
    Phase phase = edition.phaseAt(Instant.now());
    if (phase != Phase.VOTE) {
      throw BudgetProblems.wrongPhase("Voting", Phase.VOTE, phase);
    }
    String request = BallotRequest.hash(editionId, envelopeId, voter.key(), points);
    if (idempotencyKey.isPresent()
        && !ballots.claim(voter.requester(), idempotencyKey.get(), request)) {
      return replay(voter, idempotencyKey.get(), request);
    }
    BallotPaper paper = editions.ballotPaper(editionId, envelopeId)
        .orElseThrow(() -> BudgetProblems.invalid("envelope", "is not an envelope of this edition"));
    if (paper.district()) {
      requireOpenToVoter(paper.envelopeId(), voter);
    }
    BallotRules rules = edition.rules();
    rules.check(points, paper.costs(), paper.amount()).ifPresent(v -> {
      throw BudgetProblems.ruleBroken(v);
    });
    voter.formerKey().ifPresent(former -> ballots.rekey(editionId, former, voter.key()));
    if (ballots.channelsOf(editionId, voter.key()).stream().anyMatch(c -> !c.equals(voter.channel()))) {
      throw BudgetProblems.votedOnAnotherChannel(voter.channel());
    }
    long cost = BallotRules.totalCost(points, paper.costs());
    var stored = ballots.upsert(editionId, paper.envelopeId(), paper.scope(), voter.key(),
        voter.channel(), voter.enteredBy(), points, cost)
        .orElseThrow(() -> BudgetProblems.votedOnAnotherChannel(voter.channel()));
    idempotencyKey.ifPresent(key -> ballots.attach(voter.requester(), key, stored.ballotId()));
    return new Cast(stored.ballotId(), paper.envelopeId(), points, cost, voter.channel(),
        stored.created(), false);
  }

  /** The ballot of an earlier request with this key, if it asked the same; else a 422. */
  private Cast replay(Voter voter, String idempotencyKey, String request) {
    var earlier = ballots.earlierRequest(voter.requester(), idempotencyKey)
        .orElseThrow(() -> BudgetProblems.invalid("Idempotency-Key", "was used for a ballot"
            + " that no longer exists"));
    if (earlier.requestHash() != null && !earlier.requestHash().equals(request)) {
      throw BudgetProblems.idempotencyKeyReused();
    }
    Ballot ballot = Optional.ofNullable(earlier.ballotId()).flatMap(ballots::byId)
        .orElseThrow(() -> BudgetProblems.invalid("Idempotency-Key", "was used for a ballot"
            + " that no longer exists"));
    return new Cast(ballot.id(), ballot.envelopeId(), ballot.points(), ballot.totalCost(),
        ballot.channel(), false, true);
  }

  /** A resident whose district is known votes in their own district's envelope only. */
  private void requireOpenToVoter(UUID envelopeId, Voter voter) {
    Optional<String> home = voter.district().get();
    if (home.isEmpty()) {
      return;
    }
    Envelope envelope = editions.envelope(envelopeId).orElseThrow(BudgetProblems::noEdition);
    if (!envelope.openToResidentOf(home.get())) {
      throw BudgetProblems.ruleBroken(RuleViolation.of(DISTRICT_OF_RESIDENCE,
          "envelope '" + envelope.name() + "' is for the residents of its district; the voter"
              + " lives in district '" + home.get() + "'"));
    }
  }

  public List<Ballot> ballotsOf(UUID editionId, Voter voter) {
    editions.edition(editionId).orElseThrow(BudgetProblems::noEdition);
    return ballots.ofVoter(editionId, voter.keys());
  }

}
