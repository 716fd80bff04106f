package org.parvis.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parvis.sortition.LeximinTest.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The hand-checked maximin marginals of the Sortition Foundation library's tests. */
class MaximinTest {
  @Test
  void fivePeopleTwoSeats() {
    Distribution d = FairSortition.probabilities(Examples.simpsons(false), Algorithm.MAXIMIN);
    // lisa, marge, louie, dewey, scrooge
    assertArrayEquals(new double[] {1 / 3.0, 2 / 3.0, 1 / 3.0, 1 / 3.0, 1 / 3.0},
        d.probabilities());
    LeximinTest.assertPanelsRespectQuotas(d);
  }

  @Test
  void fivePeopleTwoSeatsOnePerHousehold() {
    Distribution d = FairSortition.probabilities(Examples.simpsons(true), Algorithm.MAXIMIN);
    assertArrayEquals(new double[] {0, 1, 0.5, 0.5, 0}, d.probabilities());
    LeximinTest.assertPanelsRespectQuotas(d);
  }

  @Test
  void fourPeopleWithOneInEveryPanel() {
    Distribution d = FairSortition.probabilities(Examples.forcedMember(2), Algorithm.MAXIMIN);
    assertArrayEquals(new double[] {1, 1 / 3.0, 1 / 3.0, 1 / 3.0}, d.probabilities());
  }

  @Test
  void sevenPeopleFiveSeatsGivesTheLeastSelectableOneHalf() {
    Distribution d = FairSortition.probabilities(Examples.sevenPeople(), Algorithm.MAXIMIN);
    assertEquals(0.5, d.minProbability(), 1e-4);
    double[] p = d.probabilities();
    assertEquals(0.5, p[5], 1e-4); // frank
    assertEquals(0.5, p[6], 1e-4); // grace
    LeximinTest.assertPanelsRespectQuotas(d);
  }

  @Test
  void scipPricingFindsTheSameLeximinAsCpSat() {
    for (SortitionProblem problem : new SortitionProblem[] {Examples.simpsons(false),
        Examples.simpsons(true), Examples.forcedMember(2), Examples.sevenPeople(),
        Examples.unselectable()}) {
      double[] scip = new ColumnGeneration(new Units(problem), ProgressListener.NONE,
          PanelOracle.Solver.SCIP).solve(Algorithm.LEXIMIN).probabilities();
      double[] cpSat = new ColumnGeneration(new Units(problem), ProgressListener.NONE,
          PanelOracle.Solver.CP_SAT).solve(Algorithm.LEXIMIN).probabilities();
      assertArrayEquals(cpSat, scip);
    }
  }

  @Test
  void personInNoFeasiblePanelGetsZeroAndOthersShareEqually() {
    Distribution d = FairSortition.probabilities(Examples.unselectable(), Algorithm.MAXIMIN);
    double[] p = d.probabilities();
    assertEquals(0, p[60], 1e-6);
    for (int i = 0; i < 60; i++) {
      assertEquals(46 / 60.0, p[i], 1e-4);
    }
    LeximinTest.assertPanelsRespectQuotas(d);
  }
}
