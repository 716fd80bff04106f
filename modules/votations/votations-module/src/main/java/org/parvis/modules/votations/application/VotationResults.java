package org.parvis.modules.votations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.majorityjudgment.GradeScale;
import org.parvis.majorityjudgment.MajorityJudgment;
import org.parvis.majorityjudgment.RankedOption;
import org.parvis.modules.votations.domain.BallotContent;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.modules.votations.domain.VotationOption;
import org.parvis.modules.votations.domain.VotationRepository;
import org.parvis.modules.votations.domain.VoteCount;
import org.parvis.spi.problem.ProblemException;

/** Counts a closed votation's ballots with its method. Results are aggregates only. */
@ApplicationScoped
@Transactional
public class VotationResults {

  @Inject VotationRepository votations;
  @Inject BallotBoxSealing sealing;

  public Results of(UUID id) {
    Votation votation = VotationProblems.require(votations, id);
    if (!votation.isClosed(Clock.systemUTC().instant())) {
      throw ProblemException.conflict("urn:parvis:problem:votation-not-closed",
          "Results are published once the votation is closed");
    }
    sealing.sealIfClosed(id);
    List<BallotContent> ballots = votations.ballotContents(id).stream().map(BallotContent::new).toList();
    List<OptionResult> options = switch (votation.method()) {
      case MAJORITY_JUDGMENT -> majorityJudgment(votation, ballots);
      case APPROVAL, SINGLE_CHOICE -> counts(votation, ballots);
    };
    return new Results(votation.method().name(), ballots.size(), votations.participants(id), options);
  }

  private static List<OptionResult> majorityJudgment(Votation votation, List<BallotContent> ballots) {
    GradeScale scale = votation.gradeScale().orElseThrow();
    List<VotationOption> options = votation.options();
    List<String> ids = options.stream().map(o -> o.id().toString()).toList();
    List<Map<String, Integer>> graded = new ArrayList<>(ballots.size());
    for (BallotContent ballot : ballots) {
      int[] grades = ballot.numbers();
      Map<String, Integer> byOption = new HashMap<>();
      for (int p = 0; p < grades.length; p++) {
        byOption.put(ids.get(p), grades[p]);
      }
      graded.add(byOption);
    }
    Map<String, String> labels = new HashMap<>();
    options.forEach(o -> labels.put(o.id().toString(), o.label()));
    List<OptionResult> results = new ArrayList<>();
    for (RankedOption ranked : MajorityJudgment.tally(ids, scale, graded).ranking()) {
      List<GradeCount> profile = new ArrayList<>();
      for (int g = scale.best(); g >= scale.worst(); g--) {
        profile.add(new GradeCount(scale.label(g), ranked.profile().count(g)));
      }
      results.add(new OptionResult(UUID.fromString(ranked.option()), labels.get(ranked.option()),
          ranked.rank(), null, ranked.majorityGrade().map(scale::label).orElse(null), profile));
    }
    return results;
  }

  private static List<OptionResult> counts(Votation votation, List<BallotContent> ballots) {
    List<VotationOption> options = votation.options();
    return VoteCount.rank(options.size(), ballots).stream()
        .map(c -> new OptionResult(options.get(c.position()).id(), options.get(c.position()).label(),
            c.rank(), c.votes(), null, null))
        .toList();
  }

  /** A votation's result: counted ballots, voters recorded, options best first. */
  public record Results(String method, long ballots, long participants, List<OptionResult> options) {}

  /**
   * One option's result: rank (ties share it); {@code votes} for approval and single choice;
   * {@code majorityGrade} and the merit profile (grades best first) for majority judgment.
   */
  public record OptionResult(UUID id, String label, int rank, Long votes, String majorityGrade,
      List<GradeCount> meritProfile) {}

  public record GradeCount(String grade, long count) {}
}
