package org.parvis.modules.budget.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.parvis.budget.rules.pabulib.PabulibWriter;
import org.parvis.modules.budget.domain.BallotRepository;
import org.parvis.modules.budget.domain.BallotRules;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.EditionRepository;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.modules.budget.domain.Phase;

/**
 * An envelope's anonymised ballots as a Pabulib file, once the vote is closed, so that anyone can
 * re-count them: voters are numbered 1, 2, 3… in an order unrelated to who or when, and nothing
 * else about them is written.
 */
@ApplicationScoped
@Transactional
public class PabulibExport {

  @Inject EditionRepository editions;
  @Inject BallotRepository ballots;

  public String export(UUID editionId, UUID envelopeId) {
    Edition edition = editions.edition(editionId).orElseThrow(BudgetProblems::noEdition);
    Phase phase = edition.phaseAt(Instant.now());
    if (!phase.isAtLeast(Phase.RESULTS)) {
      throw BudgetProblems.wrongPhase("Exporting ballots", Phase.RESULTS, phase);
    }
    Envelope envelope = editions.envelopes(editionId).stream()
        .filter(e -> e.id().equals(envelopeId))
        .findFirst()
        .orElseThrow(() -> org.parvis.spi.problem.ProblemException.notFound("No such envelope"));
    var projects = editions.ideas(editionId).stream()
        .filter(i -> i.onBallot() && i.envelopeId().equals(envelopeId))
        .toList();
    var cast = ballots.ofEdition(editionId).stream()
        .filter(b -> b.envelopeId().equals(envelopeId))
        .toList();
    var election = ResultsCalculation.election(edition, envelope, projects, cast);
    StringWriter out = new StringWriter();
    PabulibWriter.write(election, meta(edition, envelope), out);
    return out.toString();
  }

  private static Map<String, String> meta(Edition edition, Envelope envelope) {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("description", edition.title() + " — " + envelope.name());
    meta.put("unit", envelope.name());
    meta.put("district", Boolean.toString(envelope.district()));
    meta.put("rule", edition.allocationRule());
    BallotRules rules = edition.rules();
    switch (rules.kind()) {
      case APPROVAL -> {
        meta.put("min_length", Integer.toString(rules.minChoices()));
        meta.put("max_length", Integer.toString(rules.maxChoices()));
      }
      case KNAPSACK -> {
        meta.put("max_sum_cost", Long.toString(envelope.amount()));
        meta.put("min_sum_cost", Long.toString(rules.minimumSpent(envelope.amount())));
      }
      case CUMULATIVE -> meta.put("max_sum_points", Integer.toString(rules.totalPoints()));
    }
    meta.put("currency", "EUR");
    return meta;
  }
}
