package org.parvis.spi.module;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parvis.spi.text.SafeText;

/**
 * A typed setting that a module accepts, with its default and its validation rule.
 *
 * <p>Settings are stored as strings; {@link #validate(String)} is the single place that decides
 * whether a raw value is acceptable, so that the admin API and the admin page agree.
 */
public record ModuleSetting(
    String key,
    SettingType type,
    String defaultValue,
    LocalizedText label,
    long min,
    long max,
    List<String> choices) {

  private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{0,63}");

  public ModuleSetting {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("Setting key must be camelCase ASCII: " + key);
    }
    choices = List.copyOf(choices);
    Optional<String> defaultProblem = check(type, min, max, choices, defaultValue);
    if (defaultProblem.isPresent()) {
      throw new IllegalArgumentException(
          "Default of setting '" + key + "' is invalid: " + defaultProblem.get());
    }
  }

  /**
   * A free text of at most {@code maxLength} characters, on one line: settings end up in mail
   * headers, calendar invitations and page titles, so control characters, line breaks and
   * bidirectional overrides are refused ({@link SafeText}).
   */
  public static ModuleSetting text(String key, LocalizedText label, String def, int maxLength) {
    return new ModuleSetting(key, SettingType.TEXT, def, label, 0, maxLength, List.of());
  }

  /** A whole number between {@code min} and {@code max}, both included. */
  public static ModuleSetting integer(
      String key, LocalizedText label, long def, long min, long max) {
    return new ModuleSetting(
        key, SettingType.INTEGER, Long.toString(def), label, min, max, List.of());
  }

  public static ModuleSetting bool(String key, LocalizedText label, boolean def) {
    return new ModuleSetting(
        key, SettingType.BOOLEAN, Boolean.toString(def), label, 0, 0, List.of());
  }

  /** One value out of a fixed list. */
  public static ModuleSetting choice(
      String key, LocalizedText label, String def, List<String> choices) {
    return new ModuleSetting(key, SettingType.CHOICE, def, label, 0, 0, choices);
  }

  /**
   * Checks a raw value.
   *
   * @return empty when the value is acceptable, otherwise a sentence (in English, for the API
   *     problem detail) saying what is wrong
   */
  public Optional<String> validate(String raw) {
    return check(type, min, max, choices, raw);
  }

  private static Optional<String> check(
      SettingType type, long min, long max, List<String> choices, String raw) {
    if (raw == null) {
      return Optional.of("a value is required");
    }
    return switch (type) {
      case TEXT -> raw.length() > max
          ? Optional.of("must be at most " + max + " characters long")
          : SafeText.problem(raw, false);
      case INTEGER -> checkInteger(min, max, raw);
      case BOOLEAN -> raw.equals("true") || raw.equals("false")
          ? Optional.empty()
          : Optional.of("must be true or false");
      case CHOICE -> choices.contains(raw)
          ? Optional.empty()
          : Optional.of("must be one of " + String.join(", ", choices));
    };
  }

  private static Optional<String> checkInteger(long min, long max, String raw) {
    try {
      long value = Long.parseLong(raw.trim());
      if (value < min || value > max) {
        return Optional.of("must be between " + min + " and " + max);
      }
      return Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.of("must be a whole number");
    }
  }
}
