package org.parvis.core.module.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parvis.spi.module.LocalizedText;
import org.parvis.spi.module.ModuleSetting;
import org.parvis.spi.module.ParvisModule;
import org.parvis.spi.problem.ProblemException;

class SettingsValidationTest {

  private static final ParvisModule MODULE = new ParvisModule() {
    @Override public String id() { return "sample"; }
    @Override public LocalizedText name() { return LocalizedText.of("Exemple", "Sample"); }
    @Override public LocalizedText description() { return name(); }
    @Override public List<ModuleSetting> settings() {
      return List.of(
          ModuleSetting.integer("limit", LocalizedText.of("Limite", "Limit"), 10, 1, 100),
          ModuleSetting.bool("open", LocalizedText.of("Ouvert", "Open"), false));
    }
  };

  @Test
  void effectiveSettingsFillDefaultsAndIgnoreStaleValues() {
    var effective = SettingsValidation.effective(MODULE, Map.of("limit", "500", "gone", "x"));
    assertEquals(Map.of("limit", "10", "open", "false"), effective);
  }

  @Test
  void aValidPartialUpdateKeepsTheOtherValues() {
    var merged = SettingsValidation.merge(MODULE, Map.of("limit", "20"), Map.of("open", "true"));
    assertEquals(Map.of("limit", "20", "open", "true"), merged);
  }

  @Test
  void everyBadFieldIsNamedAndNothingIsApplied() {
    var problem = assertThrows(ProblemException.class, () -> SettingsValidation.merge(
        MODULE, Map.of(), Map.of("limit", "0", "colour", "red", "open", "true")));
    assertEquals(400, problem.status());
    @SuppressWarnings("unchecked")
    var errors = (List<Map<String, String>>) problem.extensions().get("errors");
    assertEquals(List.of("colour", "limit"),
        errors.stream().map(e -> e.get("field")).sorted().toList());
  }
}
