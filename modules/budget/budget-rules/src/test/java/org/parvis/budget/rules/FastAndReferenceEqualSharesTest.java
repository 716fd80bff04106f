package org.parvis.budget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parvis.budget.rules.pabulib.PabulibReader;

/**
 * The fast MES engine (budget classes, doubles with error bounds) gives exactly the outcome of the
 * reference engine (one exact fraction per voter group, pabutools' algorithm) on the smaller
 * files of {@code pabulib/more/}, for cost and cardinality utilities.
 */
class FastAndReferenceEqualSharesTest {

  @TestFactory
  Stream<DynamicTest> fast_engine_agrees_with_the_reference_engine() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(SharedData.pabulib().resolve("more"))) {
      files = list.filter(f -> f.toString().endsWith(".pb"))
          .filter(f -> size(f) < 150_000)
          .sorted()
          .toList();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
        Election election = PabulibReader.read(file).election();
        for (Utility utility : List.of(Utility.COST, Utility.CARDINALITY)) {
          Outcome fast = new EqualShares(utility, Completion.NONE).allocate(election);
          Outcome reference = EqualShares.reference(utility, Completion.NONE, 1).allocate(election);
          assertEquals(reference, fast, utility.toString());
        }
      }));
    }
    return tests.stream();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
