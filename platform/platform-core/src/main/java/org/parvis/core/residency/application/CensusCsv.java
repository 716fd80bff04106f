package org.parvis.core.residency.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parvis.core.residency.domain.PersonIdentity;

/**
 * A census list as communes export it: one person per line, {@code lastName;firstNames;birthDate}
 * with the date as {@code yyyy-MM-dd} or {@code dd/MM/yyyy}. Blank lines and a header line
 * (a first line without digits in its date column) are skipped.
 */
public final class CensusCsv {

  /** At most this many line errors are reported. */
  static final int MAX_ERRORS = 20;

  private static final DateTimeFormatter FRENCH =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private CensusCsv() {}

  /** The identities read, or the errors found (each naming its line). */
  public record Parsed(List<PersonIdentity> identities, List<Map<String, String>> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  public static Parsed parse(String text) {
    List<PersonIdentity> identities = new ArrayList<>();
    List<Map<String, String>> errors = new ArrayList<>();
    String[] lines = text.replace("\uFEFF", "").split("\\r?\\n|\\r");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || (i == 0 && isHeader(line))) {
        continue;
      }
      try {
        identities.add(parseLine(line));
      } catch (IllegalArgumentException e) {
        if (errors.size() < MAX_ERRORS) {
          errors.add(Map.of("line", Integer.toString(i + 1), "message", e.getMessage()));
        }
      }
    }
    if (identities.isEmpty() && errors.isEmpty()) {
      errors.add(Map.of("line", "1", "message", "the census is empty"));
    }
    return new Parsed(List.copyOf(identities), List.copyOf(errors));
  }

  static PersonIdentity parseLine(String line) {
    String[] fields = line.split(";", -1);
    if (fields.length != 3) {
      throw new IllegalArgumentException(
          "expected 3 fields 'lastName;firstNames;birthDate', found " + fields.length);
    }
    return new PersonIdentity(fields[0].strip(), fields[1].strip(), date(fields[2].strip()));
  }

  static LocalDate date(String text) {
    try {
      return text.contains("/") ? LocalDate.parse(text, FRENCH) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "birth date '" + text + "' is neither yyyy-MM-dd nor dd/MM/yyyy");
    }
  }

  private static boolean isHeader(String line) {
    String[] fields = line.split(";", -1);
    return fields.length == 3 && fields[2].chars().noneMatch(Character::isDigit);
  }
}
