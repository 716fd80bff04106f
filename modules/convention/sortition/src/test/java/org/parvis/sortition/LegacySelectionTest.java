package org.parvis.sortition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LegacySelectionTest {
  @Test
  void reproducesThePublishedLegacyProfileOfTheSmallInstance() throws Exception {
    List<Double> published = new ArrayList<>();
    for (String line : Files.readAllLines(
        SharedData.sortition("published/example_small_20_prob_allocs_data.csv"))) {
      if (line.startsWith("Legacy,")) {
        published.add(Double.parseDouble(line.split(",")[2]));
      }
    }
    Distribution d = LegacySelection.estimate(
        SharedData.instance("example_small_20", 20), 20_000, 7, ProgressListener.NONE);
    double[] ours = d.probabilities();
    assertEquals(20, Arrays.stream(ours).sum(), 1e-9);
    // The lone female conservative is the one legacy treats unfairly (~1.1%, far below k/n).
    assertEquals(0.0111, d.minProbability(), 0.004);
    Arrays.sort(ours);
    for (int i = 0; i < published.size(); i++) {
      int index = (int) Math.round(i * (ours.length - 1.0) / (published.size() - 1.0));
      assertEquals(published.get(i), ours[index], 0.012, "percentile " + i / 3.0);
    }
  }

  @Test
  void sameSeedSameEstimateOtherSeedOtherEstimate() throws Exception {
    SortitionProblem problem = SharedData.instance("example_small_20", 20);
    double[] a = LegacySelection.estimate(problem, 2000, 42, ProgressListener.NONE).probabilities();
    double[] b = LegacySelection.estimate(problem, 2000, 42, ProgressListener.NONE).probabilities();
    double[] c = LegacySelection.estimate(problem, 2000, 43, ProgressListener.NONE).probabilities();
    assertArrayEquals(a, b);
    assertNotEquals(Arrays.toString(a), Arrays.toString(c));
  }

  @Test
  void everyLegacyPanelRespectsQuotasAndHouseholds() {
    SortitionProblem problem = Examples.simpsons(true);
    Units units = new Units(problem);
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 200; i++) {
      int[] panel = LegacySelection.draw(units, random);
      assertTrue(units.feasible(panel));
      assertEquals(0, panel[0]); // lisa can never sit: no quota-respecting partner outside home 1
    }
  }
}
