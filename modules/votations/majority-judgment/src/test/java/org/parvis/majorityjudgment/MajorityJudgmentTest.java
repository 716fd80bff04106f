package org.parvis.majorityjudgment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MajorityJudgmentTest {

  /** Five grades: 0 = To reject … 4 = Excellent. */
  static final GradeScale SCALE =
      GradeScale.bestFirst("Excellent", "Very good", "Good", "Fair", "To reject");

  /** A profile from the individual grades voters gave (order irrelevant). */
  static MeritProfile grades(int... grades) {
    long[] counts = new long[SCALE.size()];
    for (int grade : grades) {
      counts[grade]++;
    }
    return new MeritProfile(counts);
  }

  static MajorityJudgment.Result rank(Object... optionsAndProfiles) {
    Map<String, MeritProfile> profiles = new LinkedHashMap<>();
    for (int i = 0; i < optionsAndProfiles.length; i += 2) {
      profiles.put((String) optionsAndProfiles[i], (MeritProfile) optionsAndProfiles[i + 1]);
    }
    return MajorityJudgment.rank(profiles);
  }

  static List<String> order(MajorityJudgment.Result result) {
    return result.ranking().stream().map(r -> r.option() + "#" + r.rank()).toList();
  }

  @Test
  void scaleMapsLabelsBestFirstToGradesWorstFirst() {
    assertEquals(4, SCALE.grade("Excellent"));
    assertEquals(0, SCALE.grade("To reject"));
    assertEquals("Good", SCALE.label(2));
    assertThrows(IllegalArgumentException.class, () -> SCALE.grade("Superb"));
  }

  @Test
  void majorityGradeIsTheMedianWithAnOddNumberOfVoters() {
    assertEquals(Optional.of(2), grades(0, 1, 2, 4, 4).majorityGrade());
  }

  @Test
  void majorityGradeIsTheLowerMedianWithAnEvenNumberOfVoters() {
    assertEquals(Optional.of(1), grades(0, 1, 3, 4).majorityGrade());
    assertEquals(Optional.of(3), grades(3, 4).majorityGrade());
  }

  @Test
  void higherMajorityGradeWins() {
    MajorityJudgment.Result result = rank("a", grades(1, 2, 2, 3, 4), "b", grades(0, 3, 3, 3, 4));
    assertEquals(List.of("b#1", "a#2"), order(result));
  }

  @Test
  void evenNumberOfVotersUsesTheLowerMiddleGrade() {
    // a: middle grades 1 and 4, lower median 1; b: middle grades 2 and 2.
    MajorityJudgment.Result result = rank("a", grades(0, 1, 4, 4), "b", grades(2, 2, 2, 2));
    assertEquals(List.of("b#1", "a#2"), order(result));
  }

  @Test
  void tiedMajorityGradeIsBrokenByTheLargerSideAboveOrBelow() {
    // Both have majority grade 2; a has more above (p=2 > q=1): 2+; b has more below: 2−.
    MeritProfile a = grades(0, 2, 2, 3, 4);
    MeritProfile b = grades(0, 1, 2, 2, 4);
    assertTrue(a.majorityGauge().orElseThrow().plus());
    assertFalse(b.majorityGauge().orElseThrow().plus());
    assertEquals(List.of("a#1", "b#2"), order(rank("b", b, "a", a)));
  }

  @Test
  void twoPlusGaugesAreOrderedByTheLargerShareAbove() {
    MeritProfile a = grades(1, 2, 2, 3, 3, 3, 4); // median 2, p=4, q=1
    MeritProfile b = grades(1, 2, 2, 2, 3, 3, 4); // median 2, p=3, q=1
    assertEquals(List.of("a#1", "b#2"), order(rank("b", b, "a", a)));
    assertTrue(a.majorityGauge().orElseThrow().compareTo(b.majorityGauge().orElseThrow()) > 0);
  }

  @Test
  void twoMinusGaugesAreOrderedByTheSmallerShareBelow() {
    MeritProfile a = grades(0, 2, 2, 2, 4); // median 2, p=1, q=1
    MeritProfile b = grades(0, 1, 2, 3, 4); // median 2, p=2, q=2
    assertEquals(List.of("a#1", "b#2"), order(rank("b", b, "a", a)));
  }

  @Test
  void equalGaugesAreSeparatedByRemovingMedianGradesFurther() {
    MeritProfile a = grades(0, 2, 2, 2, 4); // gauge (1, 2, 1)
    MeritProfile b = grades(1, 2, 2, 2, 3); // gauge (1, 2, 1)
    assertEquals(0, a.majorityGauge().orElseThrow().compareTo(b.majorityGauge().orElseThrow()));
    assertArrayEquals(new int[] {2, 2, 2, 0, 4}, a.majorityValue());
    assertArrayEquals(new int[] {2, 2, 2, 1, 3}, b.majorityValue());
    assertEquals(List.of("b#1", "a#2"), order(rank("a", a, "b", b)));
  }

  @Test
  void identicalProfilesAreExactlyTiedAndTheNextRankIsSkipped() {
    MajorityJudgment.Result result =
        rank("a", grades(1, 2, 3), "b", grades(3, 2, 1), "c", grades(0, 1, 2));
    assertEquals(List.of("a#1", "b#1", "c#3"), order(result));
    assertEquals(List.of("a", "b"), result.winners());
  }

  @Test
  void allEqualProfilesShareTheFirstRank() {
    MajorityJudgment.Result result =
        rank("a", grades(2, 2, 4, 0), "b", grades(2, 2, 4, 0), "c", grades(0, 4, 2, 2));
    assertEquals(List.of("a#1", "b#1", "c#1"), order(result));
  }

  @Test
  void noOptionsGiveAnEmptyRanking() {
    MajorityJudgment.Result result = MajorityJudgment.tally(List.of(), SCALE, List.of());
    assertTrue(result.ranking().isEmpty());
    assertTrue(result.winners().isEmpty());
  }

  @Test
  void withoutBallotsEveryOptionIsTiedWithoutAMajorityGrade() {
    MajorityJudgment.Result result = MajorityJudgment.tally(List.of("a", "b"), SCALE, List.of());
    assertEquals(List.of("a#1", "b#1"), order(result));
    assertTrue(result.of("a").majorityGrade().isEmpty());
    assertTrue(result.of("a").majorityGauge().isEmpty());
  }

  @Test
  void tallyCountsBallotsAndGivesTheWorstGradeToAnUngradedOption() {
    List<Map<String, Integer>> ballots =
        List.of(Map.of("park", 4, "pool", 1), Map.of("park", 3), Map.of("park", 2, "pool", 4));
    MajorityJudgment.Result result = MajorityJudgment.tally(List.of("pool", "park"), SCALE, ballots);
    assertArrayEquals(new long[] {1, 1, 0, 0, 1}, result.of("pool").profile().countsWorstFirst());
    assertEquals(Optional.of(3), result.of("park").majorityGrade());
    assertEquals(List.of("park", "pool"), result.ranking().stream().map(RankedOption::option).toList());
  }

  @Test
  void tallyRejectsUnknownOptionsAndGradesOutsideTheScale() {
    assertThrows(IllegalArgumentException.class,
        () -> MajorityJudgment.tally(List.of("a"), SCALE, List.of(Map.of("b", 1))));
    assertThrows(IllegalArgumentException.class,
        () -> MajorityJudgment.tally(List.of("a"), SCALE, List.of(Map.of("a", 5))));
    assertThrows(IllegalArgumentException.class,
        () -> rank("a", grades(1, 2), "b", grades(1, 2, 3)));
  }

  @Test
  void majorityValueRemovesOneMedianGradeAtATime() {
    // 0 1 2 4 4 → 2; 0 1 4 4 → 1 (lower median); 0 4 4 → 4; 0 4 → 0; 4 → 4.
    assertArrayEquals(new int[] {2, 1, 4, 0, 4}, grades(0, 1, 2, 4, 4).majorityValue());
  }

  /**
   * Balinski and Laraki: when two majority gauges differ, they order two profiles as the majority
   * value does. Checked on random profiles with a fixed seed, with odd and even numbers of voters.
   */
  @Test
  void majorityGaugeAgreesWithMajorityValueWheneverTheGaugesDiffer() {
    Random random = new Random(20261123L);
    int decidedByGauge = 0;
    int tiedGauges = 0;
    for (int trial = 0; trial < 20_000; trial++) {
      int voters = 1 + random.nextInt(12);
      MeritProfile a = randomProfile(random, voters);
      MeritProfile b = randomProfile(random, voters);
      int byGauge = a.majorityGauge().orElseThrow().compareTo(b.majorityGauge().orElseThrow());
      int byValue = MeritProfile.compareByMajorityValue(a, b);
      if (byGauge != 0) {
        decidedByGauge++;
        assertEquals(Integer.signum(byGauge), Integer.signum(byValue), () -> a + " vs " + b);
      } else {
        tiedGauges++;
      }
    }
    assertTrue(decidedByGauge > 1000 && tiedGauges > 100, "the sample exercises both cases");
  }

  @Test
  void rankingByMajorityValueIsAConsistentOrder() {
    Random random = new Random(7L);
    for (int trial = 0; trial < 200; trial++) {
      Map<String, MeritProfile> profiles = new LinkedHashMap<>();
      for (int option = 0; option < 6; option++) {
        profiles.put("o" + option, randomProfile(random, 6));
      }
      List<RankedOption> ranking = new ArrayList<>(MajorityJudgment.rank(profiles).ranking());
      for (int i = 1; i < ranking.size(); i++) {
        int comparison = MeritProfile.compareByMajorityValue(ranking.get(i - 1).profile(), ranking.get(i).profile());
        assertTrue(comparison >= 0);
        assertEquals(comparison == 0, ranking.get(i - 1).rank() == ranking.get(i).rank());
      }
    }
  }

  private static MeritProfile randomProfile(Random random, int voters) {
    int[] grades = new int[voters];
    for (int i = 0; i < voters; i++) {
      grades[i] = random.nextInt(SCALE.size());
    }
    return grades(grades);
  }
}
