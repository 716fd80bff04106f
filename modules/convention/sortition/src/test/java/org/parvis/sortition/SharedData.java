package org.parvis.sortition;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates /work/shared/data (system property parvis.shared.data); fails when it is missing. */
final class SharedData {
  private SharedData() {}

  static Path sortition(String relative) {
    String root = System.getProperty("parvis.shared.data", "../../../../shared/data");
    Path path = Path.of(root, "sortition", relative);
    assertTrue(Files.exists(path), "Shared test data missing: " + path);
    return path;
  }

  static SortitionProblem instance(String folder, int k) throws Exception {
    return SortitionCsv.read(sortition(folder + "/categories.csv"),
        sortition(folder + "/respondents.csv")).problem(k, false);
  }
}
