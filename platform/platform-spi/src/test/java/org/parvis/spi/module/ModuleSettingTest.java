package org.parvis.spi.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModuleSettingTest {

  private static final LocalizedText LABEL = LocalizedText.of("Libellé", "Label");

  @Test
  void integerOutsideItsRangeIsRejectedWithTheRange() {
    var setting = ModuleSetting.integer("maxPages", LABEL, 10, 1, 50);
    assertEquals(Optional.empty(), setting.validate("50"));
    assertEquals(Optional.of("must be between 1 and 50"), setting.validate("51"));
    assertEquals(Optional.of("must be a whole number"), setting.validate("ten"));
  }

  @Test
  void choiceAcceptsOnlyListedValues() {
    var setting = ModuleSetting.choice("layout", LABEL, "list", List.of("list", "grid"));
    assertTrue(setting.validate("grid").isEmpty());
    assertEquals(Optional.of("must be one of list, grid"), setting.validate("table"));
  }

  @Test
  void textLongerThanItsLimitIsRejected() {
    var setting = ModuleSetting.text("intro", LABEL, "", 5);
    assertTrue(setting.validate("12345").isEmpty());
    assertTrue(setting.validate("123456").isPresent());
  }

  @Test
  void textRefusesLineBreaksControlCharactersAndBidiOverrides() {
    var setting = ModuleSetting.text("organizerEmail", LABEL, "", 254);
    assertTrue(setting.validate("mairie@grenoble.example").isEmpty());
    assertTrue(setting.validate("mairie@grenoble.example\r\nBcc: x@example.org").isPresent());
    assertTrue(setting.validate("a\u0000b").isPresent());
    assertTrue(setting.validate("\u202eexample").isPresent());
  }

  @Test
  void booleanIsStrict() {
    var setting = ModuleSetting.bool("open", LABEL, true);
    assertTrue(setting.validate("false").isEmpty());
    assertTrue(setting.validate("yes").isPresent());
  }

  @Test
  void anInvalidDefaultIsAProgrammingErrorCaughtAtDefinition() {
    assertThrows(
        IllegalArgumentException.class, () -> ModuleSetting.integer("n", LABEL, 99, 1, 10));
    assertThrows(
        IllegalArgumentException.class, () -> ModuleSetting.bool("Not-Camel", LABEL, true));
  }
}
