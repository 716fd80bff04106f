package org.parvis.core.module.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parvis.spi.module.ModuleSetting;
import org.parvis.spi.module.ParvisModule;
import org.parvis.spi.problem.ProblemException;

/** Checks submitted settings against a module's manifest and merges them with the defaults. */
public final class SettingsValidation {

  private SettingsValidation() {}

  /** Defaults, overridden by stored values that are still declared by the manifest. */
  public static Map<String, String> effective(ParvisModule module, Map<String, String> stored) {
    Map<String, String> values = new TreeMap<>();
    for (ModuleSetting setting : module.settings()) {
      String value = stored.get(setting.key());
      values.put(
          setting.key(),
          value != null && setting.validate(value).isEmpty() ? value : setting.defaultValue());
    }
    return values;
  }

  /**
   * Validates {@code submitted} (a partial or full set) and returns the settings to store.
   *
   * @throws ProblemException 400 naming every field that is unknown or invalid
   */
  public static Map<String, String> merge(
      ParvisModule module, Map<String, String> current, Map<String, String> submitted) {
    List<Map<String, String>> errors = new ArrayList<>();
    Map<String, String> merged = new TreeMap<>(current);
    submitted.forEach(
        (key, value) -> {
          var setting = module.settings().stream().filter(s -> s.key().equals(key)).findFirst();
          if (setting.isEmpty()) {
            errors.add(Map.of("field", key, "message", "is not a setting of " + module.id()));
            return;
          }
          setting
              .get()
              .validate(value)
              .ifPresentOrElse(
                  problem -> errors.add(Map.of("field", key, "message", problem)),
                  () -> merged.put(key, value));
        });
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(
          "urn:parvis:problem:invalid-setting", "Invalid settings for " + module.id(), errors);
    }
    return merged;
  }
}
