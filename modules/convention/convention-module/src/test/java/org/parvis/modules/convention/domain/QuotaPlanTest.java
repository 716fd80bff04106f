package org.parvis.modules.convention.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotaPlanTest {

  private static Map<String, Map<String, BigDecimal>> shares(Object... categoryValueShare) {
    Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
    for (int i = 0; i < categoryValueShare.length; i += 3) {
      out.computeIfAbsent((String) categoryValueShare[i], c -> new LinkedHashMap<>())
          .put((String) categoryValueShare[i + 1], new BigDecimal((String) categoryValueShare[i + 2]));
    }
    return out;
  }

  @Test
  void sharesBecomeTheSeatsAroundTheirExactValue() {
    QuotaPlan plan = QuotaPlan.fromShares(shares(
        "gender", "female", "0.513", "gender", "male", "0.487",
        "age", "16-34", "0.25", "age", "35-64", "0.5", "age", "65+", "0.25"), 20, 0);

    assertEquals(List.of(
        new QuotaBand("gender", "female", 10, 11), new QuotaBand("gender", "male", 9, 10),
        new QuotaBand("age", "16-34", 5, 5), new QuotaBand("age", "35-64", 10, 10),
        new QuotaBand("age", "65+", 5, 5)), plan.bands());
    plan.requireFits(20);
  }

  @Test
  void slackWidensEveryBandWithinThePanel() {
    QuotaPlan plan = QuotaPlan.fromShares(
        shares("district", "north", "0.9", "district", "south", "0.1"), 10, 2);

    assertEquals(List.of(new QuotaBand("district", "north", 7, 10),
        new QuotaBand("district", "south", 0, 3)), plan.bands());
  }

  @Test
  void sharesThatDoNotSumToOneAreRefused() {
    var e = assertThrows(IllegalArgumentException.class, () -> QuotaPlan.fromShares(
        shares("gender", "female", "0.5", "gender", "male", "0.3"), 10, 0));
    assertTrue(e.getMessage().contains("gender"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> QuotaPlan.fromShares(
        shares("gender", "female", "1.5", "gender", "male", "-0.5"), 10, 0));
  }

  @Test
  void aShareWithAHugeScaleIsRefusedBeforeAnyRounding() {
    // Rounding 1e-300000000 × 10 to seats would compute 10^300000000.
    var e = assertThrows(IllegalArgumentException.class, () -> QuotaPlan.fromShares(
        shares("gender", "female", "1e-300000000", "gender", "male", "1"), 10, 0));
    assertTrue(e.getMessage().contains("decimals"), e.getMessage());
  }

  @Test
  void quotasThatCannotFillThePanelAreRefused() {
    QuotaPlan plan = new QuotaPlan(List.of(new QuotaBand("gender", "female", 2, 3),
        new QuotaBand("gender", "male", 2, 3)));
    plan.requireFits(5);
    var tooBig = assertThrows(IllegalArgumentException.class, () -> plan.requireFits(7));
    assertTrue(tooBig.getMessage().contains("gender"), tooBig.getMessage());
    assertThrows(IllegalArgumentException.class, () -> plan.requireFits(3));
  }

  @Test
  void aValueGivenTwiceOrUnsafeInCsvIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new QuotaPlan(List.of(
        new QuotaBand("gender", "female", 1, 2), new QuotaBand("Gender", " FEMALE ", 1, 2))));
    assertThrows(IllegalArgumentException.class, () -> new QuotaBand("age", "16,34", 1, 2));
    assertThrows(IllegalArgumentException.class, () -> new QuotaBand("age", "x", 3, 2));
  }

  @Test
  void declaredValuesAreMatchedWithoutCaseAndNamedWhenUnknown() {
    QuotaPlan plan = new QuotaPlan(List.of(new QuotaBand("Gender", "Female", 1, 2),
        new QuotaBand("Gender", "Male", 1, 2)));
    assertEquals("Female", plan.band("gender", " female ").value());
    var e = assertThrows(IllegalArgumentException.class, () -> plan.band("gender", "other"));
    assertTrue(e.getMessage().contains("Female, Male"), e.getMessage());
  }

  @Test
  void theStoredTextReadsBackTheSamePlan() {
    QuotaPlan plan = new QuotaPlan(List.of(new QuotaBand("âge", "65 ans et +", 0, 4),
        new QuotaBand("âge", "moins de 65", 1, 5)));
    assertEquals(plan, QuotaPlan.parse(plan.serialize()));
  }
}
