package org.parvis.modules.convention.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parvis.sortition.PoolHash;
import org.parvis.sortition.SortitionCsv;
import org.parvis.sortition.SortitionProblem;

class PoolProblemTest {

  private static final QuotaPlan PLAN = new QuotaPlan(List.of(
      new QuotaBand("gender", "female", 1, 2), new QuotaBand("gender", "male", 1, 2),
      new QuotaBand("âge", "16-34", 0, 2), new QuotaBand("âge", "35+", 0, 2)));

  private static Volunteer volunteer(int number, String gender, String age, String name) {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("gender", gender);
    answers.put("âge", age);
    return new Volunteer(UUID.randomUUID(), number, name, "Camille", name + "@example.org",
        answers, "key" + number, null, true, Channel.FORM, "token" + number);
  }

  @Test
  void thePublicFilesRebuildTheProblemWithTheSameHashAndNoName(@TempDir Path dir)
      throws Exception {
    List<Volunteer> pool = List.of(volunteer(1, "female", "16-34", "Durand"),
        volunteer(2, "male", "35+", "Martin"), volunteer(4, "male", "16-34", "Bernard"));
    SortitionProblem server = PoolProblem.of(PLAN, 2, pool);

    String poolCsv = PoolProblem.poolCsv(PLAN, pool);
    Path quotas = Files.writeString(dir.resolve("quotas.csv"), PoolProblem.quotasCsv(PLAN));
    Path people = Files.writeString(dir.resolve("pool.csv"), poolCsv);
    SortitionProblem rebuilt = SortitionCsv.read(quotas, people).problem(2, false);

    assertEquals(PoolHash.of(server), PoolHash.of(rebuilt));
    assertEquals(List.of("1", "2", "4"), rebuilt.people().stream().map(p -> p.id()).toList());
    for (String personal : List.of("Durand", "Camille", "@example.org", "key1", "token1")) {
      assertFalse(poolCsv.contains(personal), poolCsv);
    }
  }
}
