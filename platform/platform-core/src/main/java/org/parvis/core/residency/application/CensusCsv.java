package org.parvis.core.residency.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parvis.core.residency.domain.PersonIdentity;

/**
 * A census list as communes export it: one person per line, {@code lastName;firstNames;birthDate}
 * with the date as {@code yyyy-MM-dd} or {@code dd/MM/yyyy}, optionally followed by {@code
 * ;district} (the district of residence, as the tenant names its districts; blank for none).
 * Blank lines and a header line (a first line without digits in its date column) are skipped.
 */
public final class CensusCsv {

  /** At most this many line errors are reported. */
  static final int MAX_ERRORS = 20;

  private static final DateTimeFormatter FRENCH =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private CensusCsv() {}

  /** The longest district name kept. */
  static final int MAX_DISTRICT = 100;

  /** One person of the census and, when the list gives it, their district of residence. */
  public record Resident(PersonIdentity identity, Optional<String> district) {}

  /** The residents read, or the errors found (each naming its line). */
  public record Parsed(List<Resident> residents, List<Map<String, String>> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }

    public List<PersonIdentity> identities() {
      return residents.stream().map(Resident::identity).toList();
    }
  }

  public static Parsed parse(String text) {
    List<Resident> residents = new ArrayList<>();
    List<Map<String, String>> errors = new ArrayList<>();
    String[] lines = text.replace("\uFEFF", "").split("\\r?\\n|\\r");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || (i == 0 && isHeader(line))) {
        continue;
      }
      try {
        residents.add(parseLine(line));
      } catch (IllegalArgumentException e) {
        if (errors.size() < MAX_ERRORS) {
          errors.add(Map.of("line", Integer.toString(i + 1), "message", e.getMessage()));
        }
      }
    }
    if (residents.isEmpty() && errors.isEmpty()) {
      errors.add(Map.of("line", "1", "message", "the census is empty"));
    }
    return new Parsed(List.copyOf(residents), List.copyOf(errors));
  }

  static Resident parseLine(String line) {
    String[] fields = line.split(";", -1);
    if (fields.length != 3 && fields.length != 4) {
      throw new IllegalArgumentException(
          "expected 3 or 4 fields 'lastName;firstNames;birthDate[;district]', found "
              + fields.length);
    }
    var identity = new PersonIdentity(fields[0].strip(), fields[1].strip(), date(fields[2].strip()));
    String district = fields.length == 4 ? fields[3].strip() : "";
    if (district.length() > MAX_DISTRICT) {
      throw new IllegalArgumentException(
          "the district has more than " + MAX_DISTRICT + " characters");
    }
    return new Resident(identity, district.isEmpty() ? Optional.empty() : Optional.of(district));
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
    return (fields.length == 3 || fields.length == 4) && fields[2].chars().noneMatch(Character::isDigit);
  }
}
