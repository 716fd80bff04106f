package org.parvis.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeximinTest {
  private static final double EXACT = 1e-4;

  @Test
  void everyoneGetsKOverNOnTheSmallPaperInstance() throws Exception {
    Distribution d = FairSortition.probabilities(
        SharedData.instance("example_small_20", 20), Algorithm.LEXIMIN);
    assertEquals(200, d.probabilities().length);
    for (double p : d.probabilities()) {
      assertEquals(0.1, p, EXACT);
    }
    assertPanelsRespectQuotas(d);
  }

  @Test
  void everyoneGetsKOverNOnTheLargePaperInstance() throws Exception {
    Distribution d = FairSortition.probabilities(
        SharedData.instance("example_large_200", 200), Algorithm.LEXIMIN);
    assertEquals(2000, d.probabilities().length);
    for (double p : d.probabilities()) {
      assertEquals(0.1, p, EXACT);
    }
    assertPanelsRespectQuotas(d);
  }

  @Test
  void matchesThePublishedLeximinProfileOfTheSmallInstance() throws Exception {
    // The replication repository publishes every member's LEXIMIN probability, sorted.
    List<Double> published = new ArrayList<>();
    for (String line : Files.readAllLines(
        SharedData.sortition("published/example_small_20_prob_allocs_data.csv"))) {
      if (line.startsWith("LexiMin,")) {
        published.add(Double.parseDouble(line.split(",")[2]));
      }
    }
    double[] ours = FairSortition.probabilities(
        SharedData.instance("example_small_20", 20), Algorithm.LEXIMIN).probabilities();
    Arrays.sort(ours);
    assertTrue(published.size() > 10);
    for (int i = 0; i < published.size(); i++) {
      int index = (int) Math.min(ours.length - 1, Math.round(i * (ours.length - 1.0)
          / (published.size() - 1.0)));
      assertEquals(published.get(i), ours[index], EXACT);
    }
  }

  @Test
  void fixtureK22MatchesTheIndependentRunAndReportsProgress() throws Exception {
    List<Progress> reports = new ArrayList<>();
    Distribution d = FairSortition.probabilities(
        SharedData.instance("sortition-algorithms-fixture-k22", 22), Algorithm.LEXIMIN,
        reports::add);
    double max = Arrays.stream(d.probabilities()).max().orElseThrow();
    assertEquals(0.090909, d.minProbability(), EXACT);
    assertEquals(0.470903, max, EXACT);
    assertEquals(22, Arrays.stream(d.probabilities()).sum(), 1e-6);
    assertPanelsRespectQuotas(d);

    assertTrue(reports.size() > 10);
    Progress last = reports.get(reports.size() - 1);
    assertEquals(last.total(), last.done());
    assertEquals(d.minProbability(), last.lowerBound(), 1e-12);
    for (int i = 1; i < reports.size(); i++) {
      assertTrue(reports.get(i).done() >= reports.get(i - 1).done());
    }
  }

  @Test
  void bothCsvLayoutsGiveTheSameProbabilities() throws Exception {
    SortitionProblem sf = SortitionCsv.read(
        SharedData.sortition("sortition-algorithms-fixture/features.csv"),
        SharedData.sortition("sortition-algorithms-fixture/candidates.csv")).problem(22, false);
    SortitionProblem replication = SharedData.instance("sortition-algorithms-fixture-k22", 22);
    assertEquals("p0", sf.people().get(0).id());
    double[] a = FairSortition.probabilities(sf, Algorithm.LEXIMIN).probabilities();
    double[] b = FairSortition.probabilities(replication, Algorithm.LEXIMIN).probabilities();
    assertEquals(a.length, b.length);
    for (int i = 0; i < a.length; i++) {
      assertEquals(b[i], a[i], EXACT);
    }
  }

  @Test
  void leximinRaisesTheSecondLevelAboveMaximin() {
    // Forced member "a" gets 1; b, c, d share the second seat equally.
    double[] p = FairSortition.probabilities(Examples.forcedMember(2), Algorithm.LEXIMIN)
        .probabilities();
    assertArrayEquals(new double[] {1, 1 / 3.0, 1 / 3.0, 1 / 3.0}, p);
  }

  @Test
  void householdsRuleOutHousemates() {
    double[] p = FairSortition.probabilities(Examples.simpsons(true), Algorithm.LEXIMIN)
        .probabilities();
    assertArrayEquals(new double[] {0, 1, 0.5, 0.5, 0}, p);
  }

  static void assertArrayEquals(double[] expected, double[] actual) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], EXACT, "person " + i);
    }
  }

  static void assertPanelsRespectQuotas(Distribution d) {
    assertTrue(d.panelCount() > 0);
    double total = 0;
    Quotas q = d.problem().quotas();
    for (int p = 0; p < d.panelCount(); p++) {
      assertTrue(d.panelFeasible(p), "panel " + p);
      int[][] composition = d.panelComposition(p);
      int size = 0;
      for (int v = 0; v < q.valueCount(0); v++) {
        size += composition[0][v];
      }
      assertEquals(d.problem().panelSize(), size);
      for (int c = 0; c < q.categoryCount(); c++) {
        for (int v = 0; v < q.valueCount(c); v++) {
          assertTrue(composition[c][v] >= q.quota(c, v).min()
              && composition[c][v] <= q.quota(c, v).max());
        }
      }
      total += d.panelProbability(p);
    }
    assertEquals(1, total, 1e-9);
  }

}
