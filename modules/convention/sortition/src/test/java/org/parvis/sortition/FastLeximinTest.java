package org.parvis.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The fast column generation ({@link FastColumnGeneration}) against the exact reference
 * ({@link ColumnGeneration}): every person's probability within 1e-6, on the shared instances and
 * on generated pools of 50 to 300 volunteers.
 */
class FastLeximinTest {
  private static final double SAME = 1e-6;

  private static Distribution reference(SortitionProblem problem, Algorithm algorithm) {
    return new ColumnGeneration(new Units(problem), ProgressListener.NONE).solve(algorithm);
  }

  private static Distribution fast(SortitionProblem problem, Algorithm algorithm) {
    return new FastColumnGeneration(new Units(problem), ProgressListener.NONE).solve(algorithm);
  }

  private static void assertSame(SortitionProblem problem, Algorithm algorithm) {
    Distribution expected = reference(problem, algorithm);
    Distribution actual = fast(problem, algorithm);
    double[] e = expected.probabilities();
    double[] a = actual.probabilities();
    assertEquals(e.length, a.length);
    for (int i = 0; i < e.length; i++) {
      assertEquals(e[i], a[i], SAME, "person " + problem.people().get(i).id());
    }
    double total = 0;
    for (int p = 0; p < actual.panelCount(); p++) {
      assertTrue(actual.panelFeasible(p));
      total += actual.panelProbability(p);
    }
    assertEquals(1, total, 1e-9);
  }

  @ParameterizedTest
  @CsvSource({"example_small_20,20", "example_large_200,200",
      "sortition-algorithms-fixture-k22,22"})
  void sharedInstances(String folder, int k) throws Exception {
    assertSame(SharedData.instance(folder, k), Algorithm.LEXIMIN);
  }

  @ParameterizedTest
  @CsvSource({"50,5,1", "60,8,2", "80,10,3", "100,6,4", "120,12,5", "150,10,6", "200,8,7",
      "250,12,8", "300,10,9", "300,15,10"})
  void generatedPools(int volunteers, int seats, long seed) {
    assertSame(PoolGenerator.generate(volunteers, seats, seed), Algorithm.LEXIMIN);
  }

  @ParameterizedTest
  @CsvSource({"80,8,11,4", "150,12,12,5"})
  void generatedPoolsWithFewerCategories(int volunteers, int seats, long seed, int categories) {
    assertSame(PoolGenerator.generate(volunteers, seats, categories, seed), Algorithm.LEXIMIN);
  }

  @Test
  void maximinToo() {
    // MAXIMIN fixes only the smallest probability; the others depend on the panels found.
    SortitionProblem problem = PoolGenerator.generate(120, 10, 21);
    Distribution expected = reference(problem, Algorithm.MAXIMIN);
    Distribution actual = fast(problem, Algorithm.MAXIMIN);
    assertEquals(expected.minProbability(), actual.minProbability(), SAME);
    for (int p = 0; p < actual.panelCount(); p++) {
      assertTrue(actual.panelFeasible(p));
    }
  }

  @Test
  void households() {
    // Person units: pair up some volunteers into households of two.
    SortitionProblem pool = PoolGenerator.generate(60, 6, 31);
    SplittableRandom random = new SplittableRandom(31);
    List<Person> people = new ArrayList<>();
    for (Person p : pool.people()) {
      String household = random.nextInt(3) == 0 ? "h" + random.nextInt(15) : null;
      people.add(new Person(p.id(), p.values(), household));
    }
    SortitionProblem problem = new SortitionProblem(pool.quotas(), people, 6, true);
    assertTrue(new Units(problem).perPerson);
    assertSame(problem, Algorithm.LEXIMIN);
  }

  @Test
  void handCheckedExamples() {
    assertSame(Examples.simpsons(false), Algorithm.LEXIMIN);
    assertSame(Examples.simpsons(true), Algorithm.LEXIMIN);
    assertSame(Examples.sevenPeople(), Algorithm.LEXIMIN);
    assertSame(Examples.unselectable(), Algorithm.LEXIMIN);
  }

  @Test
  void theLotteryIsAFunctionOfTheDistribution() {
    SortitionProblem problem = PoolGenerator.generate(100, 10, 41);
    Distribution d = fast(problem, Algorithm.LEXIMIN);
    Lottery first = Lottery.of(d, 1000);
    Lottery second = Lottery.of(fast(problem, Algorithm.LEXIMIN), 1000);
    assertEquals(first.hash(), second.hash());
    assertEquals(first.draw("2026-12-07 loto"), second.draw("2026-12-07 loto"));
    assertTrue(first.maxDeviation() < 0.01, "deviation " + first.maxDeviation());
  }
}
