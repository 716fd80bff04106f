package org.parvis.budget.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared Pabulib data ({@code parvis.shared.data}); missing data fails the tests. */
public final class SharedData {
  private SharedData() {}

  public static Path pabulib() {
    String root = System.getProperty("parvis.shared.data");
    if (root == null) {
      throw new IllegalStateException("system property parvis.shared.data is not set");
    }
    Path dir = Path.of(root, "pabulib");
    if (!Files.isDirectory(dir.resolve("golden"))) {
      throw new IllegalStateException("shared Pabulib data missing: " + dir.toAbsolutePath());
    }
    return dir;
  }

  public static List<Path> goldenFiles() throws IOException {
    try (Stream<Path> files = Files.list(pabulib().resolve("golden"))) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("pabutools_"))
          .filter(f -> !f.getFileName().toString().equals("pabutools_test_rule_cases.json"))
          .sorted()
          .toList();
    }
  }

  public static Object json(Path file) throws IOException {
    return Json.parse(Files.readString(file));
  }
}
