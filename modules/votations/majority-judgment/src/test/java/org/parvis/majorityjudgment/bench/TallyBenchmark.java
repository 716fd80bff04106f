package org.parvis.majorityjudgment.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parvis.majorityjudgment.GradeScale;
import org.parvis.majorityjudgment.MajorityJudgment;
import org.parvis.majorityjudgment.MeritProfile;

/**
 * Majority-judgment tally of a local vote: {@code voters} random ballots over 5 options on the
 * 7-grade scale (tally = profiles + ranking), and the worst case of the ranking — 20 options with
 * identical profiles, whose majority values must be compared to the end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TallyBenchmark {

  static final GradeScale SCALE = GradeScale.bestFirst(
      "Excellent", "Très bien", "Bien", "Assez bien", "Passable", "Insuffisant", "À rejeter");

  @Param({"10000", "100000"})
  int voters;

  List<String> options;
  List<Map<String, Integer>> ballots;
  Map<String, MeritProfile> identical;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    options = List.of("a", "b", "c", "d", "e");
    ballots = new ArrayList<>(voters);
    for (int v = 0; v < voters; v++) {
      Map<String, Integer> ballot = new LinkedHashMap<>();
      for (String option : options) {
        ballot.put(option, random.nextInt(SCALE.size()));
      }
      ballots.add(ballot);
    }
    long[] counts = new long[SCALE.size()];
    for (int v = 0; v < voters; v++) {
      counts[random.nextInt(SCALE.size())]++;
    }
    identical = new LinkedHashMap<>();
    for (int o = 0; o < 20; o++) {
      identical.put("o" + o, new MeritProfile(counts));
    }
  }

  @Benchmark
  public MajorityJudgment.Result tallyBallots() {
    return MajorityJudgment.tally(options, SCALE, ballots);
  }

  @Benchmark
  public MajorityJudgment.Result rankTwentyIdenticalProfiles() {
    return MajorityJudgment.rank(identical);
  }
}
