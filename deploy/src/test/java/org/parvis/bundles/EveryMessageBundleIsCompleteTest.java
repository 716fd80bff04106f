package org.parvis.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every module's bundle ({@code messages/*_fr.properties} under {@code modules/}, read through
 * {@link org.parvis.spi.i18n.Texts}) has an English twin with the same keys, and every text is a valid
 * {@link MessageFormat} pattern whose apostrophes are doubled: a single one is silently dropped and quotes the
 * text after it ("the convention's console" showed as "the conventions console").
 */
class EveryMessageBundleIsCompleteTest {

  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  @TestFactory
  Stream<DynamicTest> frenchAndEnglishBundlesAgree() throws IOException {
    List<Path> french = frenchBundles();
    assertTrue(french.size() >= 6, "expected every module's bundles, found " + french);
    return french.stream().map(fr -> DynamicTest.dynamicTest(repository().relativize(fr).toString(), () -> {
      Path en = fr.resolveSibling(fr.getFileName().toString().replace("_fr.properties", "_en.properties"));
      assertTrue(Files.exists(en), "no English bundle beside " + fr);
      Properties frTexts = load(fr);
      Properties enTexts = load(en);
      assertEquals(new TreeSet<>(frTexts.stringPropertyNames()), new TreeSet<>(enTexts.stringPropertyNames()),
          "keys of " + fr.getFileName() + " and " + en.getFileName());
      checkPatterns(fr, frTexts);
      checkPatterns(en, enTexts);
    }));
  }

  private static void checkPatterns(Path file, Properties texts) {
    for (String key : texts.stringPropertyNames()) {
      String text = texts.getProperty(key);
      assertFalse(LONE_APOSTROPHE.matcher(text).find(),
          file.getFileName() + " " + key + ": write an apostrophe as '' (MessageFormat) in: " + text);
      try {
        new MessageFormat(text);
      } catch (IllegalArgumentException e) {
        fail(file.getFileName() + " " + key + " is not a valid MessageFormat pattern: " + e.getMessage());
      }
    }
  }

  /** The portal shell's own texts, read as plain strings by {@code Messages}, not as MessageFormat. */
  private static final java.util.Set<String> PLAIN_TEXT_BUNDLES =
      java.util.Set.of("portal_fr.properties", "platform_fr.properties");

  /** Every module's bundles, and the platform's bundles read through Texts like a module's. */
  private static List<Path> frenchBundles() throws IOException {
    try (Stream<Path> files = Files.walk(repository().resolve("modules"))) {
      List<Path> bundles = new java.util.ArrayList<>(files
          .filter(p -> p.toString().replace('\\', '/').contains("/src/main/resources/messages/"))
          .filter(p -> p.getFileName().toString().endsWith("_fr.properties"))
          .filter(p -> !p.toString().contains("/target/"))
          .toList());
      try (Stream<Path> platform = Files.list(
          repository().resolve("platform/platform-core/src/main/resources/messages"))) {
        platform.filter(p -> p.getFileName().toString().endsWith("_fr.properties"))
            .filter(p -> !PLAIN_TEXT_BUNDLES.contains(p.getFileName().toString()))
            .forEach(bundles::add);
      }
      return bundles.stream().sorted().toList();
    }
  }

  private static Path repository() {
    return Path.of(System.getProperty("parvis.repository", "..")).toAbsolutePath().normalize();
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
