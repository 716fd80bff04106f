package org.parvis.budget.rules.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import org.parvis.budget.rules.AllocationRule;
import org.parvis.budget.rules.AllocationRules;
import org.parvis.budget.rules.Completion;
import org.parvis.budget.rules.Election;
import org.parvis.budget.rules.Utility;
import org.parvis.budget.rules.pabulib.PabulibReader;

/**
 * CPU time of the benchmark thread for one allocation, best of several runs after the JIT has
 * warmed up: on a machine shared with other jobs, wall-clock time measures the other jobs too.
 * {@code CpuTime <instance>…}; MES add1 is skipped for Budapest (see docs/benchmarks.md).
 */
public final class CpuTime {
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    String data = System.getProperty("parvis.shared.data", "../shared/data");
    for (String instance : args) {
      Election election = PabulibReader.read(Path.of(data, "pabulib", instance + ".pb")).election();
      StringBuilder line = new StringBuilder(instance).append(" (CPU s, best run):");
      for (String rule : new String[] {"greedy", "mes", "mes-add1", "phragmen"}) {
        if (rule.equals("mes-add1") && instance.startsWith("Hungary_Budapest")) {
          continue;
        }
        AllocationRule allocationRule = switch (rule) {
          case "greedy" -> AllocationRules.of("greedy", Utility.COST, Completion.NONE);
          case "mes" -> AllocationRules.of("equal-shares", Utility.COST, Completion.NONE);
          case "mes-add1" -> AllocationRules.of("equal-shares", Utility.COST, Completion.ADD1);
          default -> AllocationRules.of("phragmen", Utility.COST, Completion.NONE);
        };
        int runs = rule.equals("mes-add1") ? 3 : 8;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
          long before = threads.getCurrentThreadCpuTime();
          allocationRule.allocate(election);
          best = Math.min(best, threads.getCurrentThreadCpuTime() - before);
        }
        line.append(String.format(" %s %.3f", rule, best / 1e9));
      }
      System.out.println(line);
    }
  }
}
