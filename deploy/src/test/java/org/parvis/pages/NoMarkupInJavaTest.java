package org.parvis.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages are templates: no main class of the platform or a module writes an HTML tag in a string literal, except the
 * drawing classes (SVG charts and maps, unit-tested) and, until they move to templates, the pages listed below. The
 * list only shrinks: a class that no longer writes markup must leave it, and a new one cannot join it.
 */
class NoMarkupInJavaTest {

  private static final Pattern TAG_LITERAL = Pattern.compile("\"<[a-z]");

  /** Code that draws SVG, tested on its own. */
  private static final Set<String> DRAWINGS = Set.of(
      "org/parvis/spi/web/PointsMap.java",
      "org/parvis/modules/votations/interfaces/web/MeritProfileChart.java",
      "org/parvis/modules/budget/interfaces/web/ResultsChart.java",
      "org/parvis/modules/budget/interfaces/web/IdeasMap.java",
      "org/parvis/modules/convention/interfaces/web/ProbabilityChart.java",
      "org/parvis/modules/consultations/interfaces/web/BarChart.java");

  /** Pages still assembled in Java: each moves to a template, then leaves this list. */
  private static final Set<String> NOT_YET_TEMPLATES = Set.of(
      "org/parvis/core/tenant/interfaces/web/HostErrorPages.java",
      "org/parvis/spi/i18n/LocalTimes.java");

  @Test
  void onlyDrawingsAndThePagesNotYetMovedWriteMarkupInJava() throws IOException {
    Set<String> writingMarkup = new TreeSet<>();
    for (Path root : List.of(repository().resolve("platform"), repository().resolve("modules"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(NoMarkupInJavaTest::isMainJava).toList()) {
          if (TAG_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
            String path = file.toString().replace('\\', '/');
            writingMarkup.add(path.substring(path.indexOf("/src/main/java/") + "/src/main/java/".length()));
          }
        }
      }
    }
    writingMarkup.removeAll(DRAWINGS);
    assertEquals(new TreeSet<>(NOT_YET_TEMPLATES), writingMarkup,
        "pages are templates: a new class writing HTML in Java must become a template, and a class that moved to"
            + " templates leaves NOT_YET_TEMPLATES");
  }

  private static boolean isMainJava(Path file) {
    String path = file.toString().replace('\\', '/');
    return path.endsWith(".java") && path.contains("/src/main/java/") && !path.contains("/target/")
        && !path.contains("/platform-testsupport/");
  }

  private static Path repository() {
    return Path.of(System.getProperty("parvis.repository", "..")).toAbsolutePath().normalize();
  }
}
