package org.parvis.majorityjudgment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Majority-judgment tally: builds merit profiles from ballots and ranks options by majority value
 * (see the package documentation for the tie-breaking rule and conventions).
 */
public final class MajorityJudgment {

  private MajorityJudgment() {}

  /**
   * Tallies ballots. Each ballot maps option ids to grade numbers (0 = worst); an option a ballot
   * leaves out gets the worst grade. A ballot grading an unknown option or outside the scale is
   * rejected.
   */
  public static Result tally(List<String> options, GradeScale scale, Iterable<Map<String, Integer>> ballots) {
    if (Set.copyOf(options).size() != options.size()) {
      throw new IllegalArgumentException("options must be distinct");
    }
    Map<String, long[]> counts = new LinkedHashMap<>();
    options.forEach(option -> counts.put(option, new long[scale.size()]));
    for (Map<String, Integer> ballot : ballots) {
      for (Map.Entry<String, Integer> grade : ballot.entrySet()) {
        if (!counts.containsKey(grade.getKey())) {
          throw new IllegalArgumentException("unknown option: " + grade.getKey());
        }
        scale.checkGrade(grade.getValue());
      }
      for (String option : options) {
        counts.get(option)[ballot.getOrDefault(option, scale.worst())]++;
      }
    }
    Map<String, MeritProfile> profiles = new LinkedHashMap<>();
    counts.forEach((option, c) -> profiles.put(option, new MeritProfile(c)));
    return rank(profiles);
  }

  /**
   * Ranks options given their merit profiles, which must share the number of grades and voters.
   * Exactly tied options share a rank and keep the given order among themselves.
   */
  public static Result rank(Map<String, MeritProfile> profiles) {
    List<Map.Entry<String, MeritProfile>> entries = new ArrayList<>(profiles.entrySet());
    if (entries.stream().map(e -> e.getValue().voters()).distinct().count() > 1
        || entries.stream().map(e -> e.getValue().grades()).distinct().count() > 1) {
      throw new IllegalArgumentException("all options must be judged by the same voters on the same scale");
    }
    Comparator<Map.Entry<String, MeritProfile>> best =
        (a, b) -> MeritProfile.compareByMajorityValue(b.getValue(), a.getValue());
    entries.sort(best); // stable: ties keep input order
    List<RankedOption> ranking = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Map.Entry<String, MeritProfile> entry = entries.get(i);
      int rank = i > 0 && best.compare(entries.get(i - 1), entry) == 0 ? ranking.get(i - 1).rank() : i + 1;
      ranking.add(new RankedOption(entry.getKey(), rank, entry.getValue()));
    }
    return new Result(List.copyOf(ranking));
  }

  /** A ranking, best first. */
  public record Result(List<RankedOption> ranking) {

    /** The options ranked first (several when tied; none when there are no options). */
    public List<String> winners() {
      return ranking.stream().filter(r -> r.rank() == 1).map(RankedOption::option).toList();
    }

    public RankedOption of(String option) {
      return ranking.stream()
          .filter(r -> r.option().equals(option))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown option: " + option));
    }
  }
}
