package org.parvis.modules.budget.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parvis.modules.budget.demo.GrenobleProjects.Project;

class GrenobleProjectsTest {

  @Test
  void fifteenFeasibleProjectsInsideGrenobleEachWithinItsEnvelope() {
    assertEquals(15, GrenobleProjects.FEASIBLE.size());
    for (Project p : GrenobleProjects.FEASIBLE) {
      assertTrue(p.latitude() >= 45.17 && p.latitude() <= 45.20, p.title());
      assertTrue(p.longitude() >= 5.70 && p.longitude() <= 5.76, p.title());
      long envelope = p.envelope().equals(GrenobleProjects.CITY_WIDE)
          ? GrenobleProjects.CITY_WIDE_AMOUNT : GrenobleProjects.SECTOR_AMOUNT;
      assertTrue(p.cost() > 0 && p.cost() <= envelope, p.title());
      assertTrue(p.envelope().equals(GrenobleProjects.CITY_WIDE)
          || GrenobleProjects.SECTORS.contains(p.envelope()), p.envelope());
      assertTrue(p.title().length() <= 200 && p.category().length() <= 80, p.title());
    }
  }

  @Test
  void everySectorHasAProjectAndTitlesDiffer() {
    Set<String> envelopes = GrenobleProjects.FEASIBLE.stream().map(Project::envelope)
        .collect(Collectors.toSet());
    assertTrue(envelopes.containsAll(GrenobleProjects.SECTORS), envelopes::toString);
    Set<String> titles = new HashSet<>();
    GrenobleProjects.FEASIBLE.forEach(p -> assertTrue(titles.add(p.title()), p.title()));
    assertTrue(titles.add(GrenobleProjects.INFEASIBLE.title()));
  }

  @Test
  void cityWideProjectsAskMoreThanTheEnvelopeSoTheVoteChooses() {
    long asked = GrenobleProjects.FEASIBLE.stream()
        .filter(p -> p.envelope().equals(GrenobleProjects.CITY_WIDE))
        .mapToLong(Project::cost).sum();
    assertTrue(asked > GrenobleProjects.CITY_WIDE_AMOUNT, "asked " + asked);
  }

  @Test
  void thePastEditionsPabulibFileIsBesideTheDescriptors() throws Exception {
    Path file = Path.of("../../../tenants", BudgetDemoContent.PAST_EDITION_FILE);
    assertTrue(Files.isRegularFile(file), file.toAbsolutePath().toString());
    assertTrue(Files.readString(file).contains("country;France"));
  }
}
