package org.parvis.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaRelaxationTest {
  @Test
  void infeasibleQuotasAreReportedWithTheSmallestRelaxation() {
    // Exactly one v1 per feature with two seats: no pair of people fits.
    SortitionProblem problem = Examples.forcedMember(1);
    InfeasibleQuotasException e = assertThrows(InfeasibleQuotasException.class,
        () -> FairSortition.probabilities(problem, Algorithm.LEXIMIN));
    List<QuotaRelaxation.Change> changes = e.relaxation().changes();
    assertEquals(1, changes.size(), e.getMessage());
    QuotaRelaxation.Change change = changes.get(0);
    int widening = (change.min() - change.newMin()) + (change.newMax() - change.max());
    assertEquals(1, widening);
    assertTrue(e.getMessage().contains(change.toString()));

    // Applying the suggestion makes panels possible.
    List<QuotaValue> relaxed = new ArrayList<>();
    for (QuotaValue q : problem.quotas().all()) {
      boolean target = q.category().equals(change.category()) && q.value().equals(change.value());
      relaxed.add(target ? new QuotaValue(q.category(), q.value(), change.newMin(),
          change.newMax()) : q);
    }
    SortitionProblem fixed = new SortitionProblem(new Quotas(relaxed), problem.people(), 2);
    Distribution d = FairSortition.probabilities(fixed, Algorithm.LEXIMIN);
    assertEquals(2, java.util.Arrays.stream(d.probabilities()).sum(), 1e-6);
  }

  @Test
  void feasibleQuotasNeedNoRelaxation() {
    assertTrue(QuotaRelaxation.suggest(Examples.forcedMember(2)).changes().isEmpty());
  }

  @Test
  void aPoolSmallerThanThePanelCannotBeRescuedByQuotas() {
    SortitionProblem tooSmall = new SortitionProblem(
        Examples.sevenPeople().quotas(), Examples.sevenPeople().people(), 8);
    QuotaRelaxation r = QuotaRelaxation.suggest(tooSmall);
    assertTrue(r.poolTooSmall());
    assertThrows(InfeasibleQuotasException.class,
        () -> FairSortition.probabilities(tooSmall, Algorithm.LEGACY));
  }
}
