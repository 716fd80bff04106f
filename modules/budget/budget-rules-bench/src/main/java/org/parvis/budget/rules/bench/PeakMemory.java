package org.parvis.budget.rules.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import org.parvis.budget.rules.AllocationRules;
import org.parvis.budget.rules.Completion;
import org.parvis.budget.rules.Election;
import org.parvis.budget.rules.Outcome;
import org.parvis.budget.rules.Utility;
import org.parvis.budget.rules.pabulib.PabulibReader;

/**
 * Reads one file and runs MES add1 once, then prints the peak heap in use (sum of the heap
 * pools' peaks) and the outcome: {@code PeakMemory <instance>}. Run it with a small -Xmx to show
 * the rule fits in it.
 */
public final class PeakMemory {
  public static void main(String[] args) {
    String data = System.getProperty("parvis.shared.data", "../shared/data");
    long start = System.nanoTime();
    Election election = PabulibReader.read(Path.of(data, "pabulib", args[0] + ".pb")).election();
    long parsed = System.nanoTime();
    Outcome outcome = AllocationRules.of("equal-shares", Utility.COST, Completion.ADD1).allocate(election);
    long done = System.nanoTime();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%s: parse %.2f s, MES add1 %.2f s (one cold run), peak heap %d MB, %d projects, cost %d%n",
        args[0], (parsed - start) / 1e9, (done - parsed) / 1e9, peak >> 20,
        outcome.selected().size(), outcome.cost());
  }
}
