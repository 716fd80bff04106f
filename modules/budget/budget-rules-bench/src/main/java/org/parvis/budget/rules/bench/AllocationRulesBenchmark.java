package org.parvis.budget.rules.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parvis.budget.rules.AllocationRule;
import org.parvis.budget.rules.AllocationRules;
import org.parvis.budget.rules.Completion;
import org.parvis.budget.rules.Election;
import org.parvis.budget.rules.Outcome;
import org.parvis.budget.rules.Utility;
import org.parvis.budget.rules.pabulib.PabulibReader;

/**
 * Time of one allocation (rule time only: the file is parsed in the setup, as in pabutools'
 * timings; merging identical ballots is part of the measured time). The data directory is the
 * system property {@code parvis.shared.data}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AllocationRulesBenchmark {
  @Param({"Poland_Warszawa_2026", "Poland_Lodz_2022", "Poland_Krakow_2024", "Hungary_Budapest_2024"})
  public String instance;

  @Param({"greedy", "mes", "mes-add1", "phragmen"})
  public String rule;

  private Election election;
  private AllocationRule allocationRule;

  @Setup
  public void setUp() {
    String data = System.getProperty("parvis.shared.data", "../shared/data");
    election = PabulibReader.read(Path.of(data, "pabulib", instance + ".pb")).election();
    allocationRule = switch (rule) {
      case "greedy" -> AllocationRules.of("greedy", Utility.COST, Completion.NONE);
      case "mes" -> AllocationRules.of("equal-shares", Utility.COST, Completion.NONE);
      case "mes-add1" -> AllocationRules.of("equal-shares", Utility.COST, Completion.ADD1);
      case "phragmen" -> AllocationRules.of("phragmen", Utility.COST, Completion.NONE);
      default -> throw new IllegalArgumentException(rule);
    };
  }

  @Benchmark
  public Outcome allocate() {
    return allocationRule.allocate(election);
  }
}
