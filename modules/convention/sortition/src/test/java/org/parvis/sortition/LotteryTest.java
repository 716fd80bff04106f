package org.parvis.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LotteryTest {
  @Test
  void thousandPanelsRespectQuotasAndStayCloseToLeximin() throws Exception {
    SortitionProblem problem = SharedData.instance("example_small_20", 20);
    Lottery lottery = Lottery.of(FairSortition.probabilities(problem, Algorithm.LEXIMIN), 1000);
    assertEquals(1000, lottery.size());
    for (int i = 0; i < lottery.size(); i++) {
      assertRespectsQuotas(problem, lottery.panel(i));
    }
    // Uniform 0.1 with 1000 panels of 20 out of 200: every person can appear exactly 100 times.
    assertTrue(lottery.maxDeviation() <= 1e-3 + 1e-9, "deviation " + lottery.maxDeviation());
  }

  @Test
  void fixtureLotteryDeviatesLittleFromExactProbabilities() throws Exception {
    SortitionProblem problem = SharedData.instance("sortition-algorithms-fixture-k22", 22);
    Distribution leximin = FairSortition.probabilities(problem, Algorithm.LEXIMIN);
    Lottery lottery = Lottery.of(leximin, 1000, 0.3);
    // The node limit makes the rounding reproducible: same distribution, same lottery.
    assertEquals(lottery.hash(), Lottery.of(leximin, 1000, 0.3).hash());
    for (int i = 0; i < lottery.size(); i++) {
      assertRespectsQuotas(problem, lottery.panel(i));
    }
    // Beck-Fiala-type guarantees are O(types/M); the ILP does far better in practice.
    assertTrue(lottery.maxDeviation() < 0.01, "deviation " + lottery.maxDeviation());
  }

  @Test
  void sameSeedSamePanelAndAnyoneCanRecomputeTheIndex() throws Exception {
    SortitionProblem problem = SharedData.instance("example_small_20", 20);
    Lottery a = Lottery.of(FairSortition.probabilities(problem, Algorithm.LEXIMIN), 1000);
    Lottery b = Lottery.of(FairSortition.probabilities(problem, Algorithm.LEXIMIN), 1000);
    assertEquals(a.hash(), b.hash());
    assertEquals(a.draw("07 12 23 31 44 +5"), b.draw("07 12 23 31 44 +5"));
    Set<Integer> indices = new HashSet<>();
    for (int s = 0; s < 20; s++) {
      indices.add(a.drawIndex("seed " + s));
    }
    assertTrue(indices.size() > 10);

    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest((a.hash() + "\nseed 1").getBytes(StandardCharsets.UTF_8));
    int expected = new BigInteger(1, digest).mod(BigInteger.valueOf(1000)).intValue();
    assertEquals(expected, a.drawIndex("seed 1"));
    assertTrue(a.publication().startsWith("parvis-lottery/1\npool\t" + a.poolHash() + "\n"));
  }

  @Test
  void poolHashChangesWithAnyQuotaOrPerson() throws Exception {
    SortitionProblem problem = SharedData.instance("example_small_20", 20);
    String hash = PoolHash.of(problem);
    assertEquals(hash, PoolHash.of(SharedData.instance("example_small_20", 20)));
    assertNotEquals(hash, PoolHash.of(new SortitionProblem(problem.quotas(),
        problem.people().subList(1, problem.people().size()), 20)));
    assertNotEquals(hash, PoolHash.of(new SortitionProblem(problem.quotas(), problem.people(), 19)));
  }

  @Test
  void replacementsKeepTheQuotasGivenThoseSeated() throws Exception {
    SortitionProblem problem = SharedData.instance("example_small_20", 20);
    Lottery first = Lottery.of(FairSortition.probabilities(problem, Algorithm.LEXIMIN), 100);
    List<Person> panel = first.draw("first");
    List<String> ids = panel.stream().map(Person::id).toList();
    List<String> withdrawn = List.of(ids.get(0), ids.get(5), ids.get(19));
    Lottery replacements = Replacements.lottery(problem, ids, withdrawn, 100,
        ProgressListener.NONE);
    List<Person> drawn = replacements.draw("second");
    assertEquals(3, drawn.size());
    assertEquals(drawn, replacements.draw("second"));
    List<Person> completed = new java.util.ArrayList<>();
    for (Person p : panel) {
      if (!withdrawn.contains(p.id())) {
        completed.add(p);
      }
    }
    for (Person p : drawn) {
      assertTrue(!ids.contains(p.id()), "replacement already on the panel: " + p.id());
      completed.add(p);
    }
    assertRespectsQuotas(problem, completed);
  }

  static void assertRespectsQuotas(SortitionProblem problem, List<Person> panel) {
    assertEquals(problem.panelSize(), panel.size());
    assertEquals(panel.size(), new HashSet<>(panel).size());
    Quotas q = problem.quotas();
    for (int c = 0; c < q.categoryCount(); c++) {
      for (int v = 0; v < q.valueCount(c); v++) {
        final int category = c;
        final int value = v;
        long n = panel.stream().filter(p -> p.values()[category] == value).count();
        assertTrue(n >= q.quota(c, v).min() && n <= q.quota(c, v).max(),
            q.quota(c, v) + " has " + n);
      }
    }
  }
}
