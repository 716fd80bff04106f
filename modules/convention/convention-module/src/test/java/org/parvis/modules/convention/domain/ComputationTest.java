package org.parvis.modules.convention.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.modules.convention.domain.Computation.State;
import org.parvis.sortition.Progress;
import org.parvis.sortition.QuotaRelaxation;

class ComputationTest {

  private static final Instant T0 = Instant.parse("2027-02-20T10:00:00Z");
  private final UUID run = UUID.randomUUID();
  private final Computation computation =
      new Computation(UUID.randomUUID(), run, "node-a/instance-1", 40, T0);

  @Test
  void aRunningComputationIsLostWhenItsNodeRestarted() {
    assertFalse(computation.lost("node-a/instance-1", T0.plusSeconds(5)), "the same instance");
    assertFalse(computation.lost("node-b/instance-7", T0.plusSeconds(5)),
        "another node of the cluster may read it while node-a computes");
    assertTrue(computation.lost("node-a/instance-2", T0.plusSeconds(5)),
        "node-a started again: its computation died with it");
  }

  @Test
  void aRunningComputationIsLostWhenSilentTooLong() {
    computation.heartbeat(run, T0.plus(Computation.SILENCE));
    assertFalse(computation.lost("node-b/x", T0.plus(Computation.SILENCE).plusSeconds(30)));
    assertTrue(computation.lost("node-b/x", T0.plus(Computation.SILENCE.multipliedBy(2)).plusSeconds(1)));
  }

  @Test
  void anInterruptedRunFailsWithItsReasonAndIsNoLongerLost() {
    computation.interrupted(T0.plusSeconds(10));
    assertEquals(State.FAILED, computation.state());
    assertTrue(computation.interruptedRun());
    assertFalse(computation.lost("node-a/instance-2", T0.plusSeconds(20)));
  }

  @Test
  void writesOfAnOlderRunAreIgnoredOnceRestarted() {
    UUID newer = UUID.randomUUID();
    computation.restart(newer, "node-b/instance-3", 40, T0.plusSeconds(1));
    computation.progress(run, new Progress("leximin", 30, 40, 12, 0.1, 0.2), T0.plusSeconds(2));
    computation.failed(run, "old failure", T0.plusSeconds(2));
    assertEquals(State.RUNNING, computation.state());
    assertEquals(0, computation.done());
    computation.progress(newer, new Progress("leximin", 10, 40, 5, Double.NaN, 0.2), T0.plusSeconds(3));
    assertEquals(10, computation.done());
    assertEquals(5, computation.panels());
    assertTrue(computation.lowerBound().isEmpty());
  }

  @Test
  void keepsTheResultToPublish() {
    double[] p = {0.25, 0.125, 1.0 / 3};
    computation.done(run, "pool abc\n1 2 3\n", 0.004, p, T0.plusSeconds(9));
    assertEquals(State.DONE, computation.state());
    assertEquals("pool abc\n1 2 3\n", computation.lottery().orElseThrow());
    assertArrayEquals(p, computation.probabilities());
    assertEquals(0.004, computation.maxDeviation());
  }

  @Test
  void keepsTheSuggestedRelaxationOfInfeasibleQuotas() {
    var suggestion = new QuotaRelaxation(List.of(
        new QuotaRelaxation.Change("gender", "female", 3, 3, 2, 3),
        new QuotaRelaxation.Change("âge", "plus de 60 ans", 1, 2, 1, 3)), true);
    computation.infeasible(run, suggestion, T0.plusSeconds(4));
    assertEquals(State.INFEASIBLE, computation.state());
    assertEquals(suggestion, computation.relaxation().orElseThrow());
  }
}
