package org.parvis.core.residency.application;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parvis.core.residency.domain.PersonIdentity;

/**
 * A census list as communes export it: one person per line — last name, first names, birth date and optionally
 * the district of residence — separated by {@code ;} or {@code ,} (the one the first line uses most), fields
 * possibly quoted ({@code "Martin, dit ""Paulo"""}), read with Apache Commons CSV. Birth dates are {@code
 * yyyy-MM-dd}, {@code dd/MM/yyyy}, {@code dd-MM-yyyy} or {@code dd.MM.yyyy}. A first line naming its columns in
 * French or English ({@code nom;prénom;date de naissance;quartier}, {@code last name,first name,birth date,district},
 * in any order, other columns ignored) says where each one is; a first line without digits in its third column is
 * skipped as a header; otherwise the columns are {@code lastName;firstNames;birthDate[;district]}. Blank lines are
 * skipped; every other line that cannot be read is reported with its number.
 */
public final class CensusCsv {

  /** At most this many line errors are reported (every bad line is counted). */
  static final int MAX_ERRORS = 20;

  /** The longest district name kept. */
  static final int MAX_DISTRICT = 100;

  /** The longest name kept. */
  static final int MAX_NAME = 200;

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern FRENCH = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

  /** What a header cell names, written without accents, case, spaces or punctuation. */
  private enum Column {
    LAST_NAME("nom", "noms", "nomdefamille", "nomdenaissance", "nomdusage", "nomnaissance", "lastname",
        "surname", "familyname", "name"),
    FIRST_NAMES("prenom", "prenoms", "firstname", "firstnames", "givenname", "givennames", "forename",
        "forenames"),
    BIRTH_DATE("datedenaissance", "datenaissance", "naissance", "nele", "ne", "nee", "neele", "neelele", "birthdate", "dateofbirth",
        "birthday", "dob", "born"),
    DISTRICT("quartier", "district", "secteur", "quartierderesidence", "neighbourhood", "neighborhood", "ward",
        "area");

    private final List<String> names;

    Column(String... names) {
      this.names = List.of(names);
    }

    static Optional<Column> named(String cell) {
      String key = Normalizer.normalize(cell.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
          .replaceAll("\\p{M}+", "").replaceAll("[^a-z]", "");
      for (Column column : values()) {
        if (column.names.contains(key)) {
          return Optional.of(column);
        }
      }
      return Optional.empty();
    }
  }

  /** One person of the census and, when the list gives it, their district of residence. */
  public record Resident(PersonIdentity identity, Optional<String> district) {}

  /**
   * A line that cannot be read: its number (from 1), what is wrong ({@code fields}, {@code lastName}, {@code
   * firstNames}, {@code birthDate}, {@code date}, {@code district}, {@code header}, {@code quotes}, {@code empty})
   * and the value at fault, if any.
   */
  public record LineError(long line, String problem, String value) {

    /** In English, for the API. */
    public String message() {
      return switch (problem) {
        case "fields" -> "expected the columns 'lastName;firstNames;birthDate[;district]', found " + value;
        case "lastName" -> "no last name";
        case "firstNames" -> "no first names";
        case "birthDate" -> "no birth date";
        case "date" -> "birth date '" + value + "' is neither yyyy-MM-dd nor dd/MM/yyyy";
        case "district" -> "the district has more than " + MAX_DISTRICT + " characters";
        case "name" -> "a name has more than " + MAX_NAME + " characters";
        case "header" -> "the header names no '" + value + "' column";
        case "quotes" -> "a quoted field is not closed";
        default -> "the census is empty";
      };
    }
  }

  /** The residents read, and the lines that could not be read (the first {@link #MAX_ERRORS}, and how many). */
  public record Parsed(List<Resident> residents, List<LineError> lineErrors, int badLines, char separator,
      boolean header) {
    public boolean valid() {
      return lineErrors.isEmpty();
    }

    public List<PersonIdentity> identities() {
      return residents.stream().map(Resident::identity).toList();
    }

    /** The errors as the API gives them: {@code line} and an English {@code message}. */
    public List<Map<String, String>> errors() {
      return lineErrors.stream()
          .map(e -> Map.of("line", Long.toString(e.line()), "message", e.message()))
          .toList();
    }
  }

  private CensusCsv() {}

  /** Reads a census file's bytes (see {@link CensusEncoding}); throws {@link CensusEncoding.Unreadable}. */
  public static Parsed read(byte[] file) {
    return parse(CensusEncoding.decode(file).text());
  }

  public static Parsed parse(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char separator = separator(content);
    var reading = new Reading(separator);
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(separator)
        .setIgnoreEmptyLines(false)
        .setIgnoreSurroundingSpaces(true)
        .setTrim(true)
        .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException unclosed) {
          reading.error(new LineError(line, "quotes", ""));
          break;
        }
        reading.record(line, record.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reading.done();
  }

  /** {@code ;} unless the first non-blank line has more commas than semicolons outside quotes. */
  static char separator(String text) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    boolean seen = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '\n' || c == '\r') && !quoted) {
        if (seen) {
          break;
        }
        continue;
      }
      seen |= !Character.isWhitespace(c);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    return commas > semicolons ? ',' : ';';
  }

  /** The state of one reading: where each column is, what was read. */
  private static final class Reading {
    private final char separator;
    private final List<Resident> residents = new ArrayList<>();
    private final List<LineError> errors = new ArrayList<>();
    private int badLines;
    private boolean first = true;
    private boolean header;
    private int lastName = 0;
    private int firstNames = 1;
    private int birthDate = 2;
    private int district = 3;
    private int width = -1;

    Reading(char separator) {
      this.separator = separator;
    }

    void record(long line, List<String> fields) {
      if (fields.stream().allMatch(String::isBlank)) {
        return;
      }
      if (first) {
        first = false;
        if (readHeader(line, fields)) {
          return;
        }
      }
      try {
        residents.add(resident(fields));
      } catch (Refused refused) {
        error(new LineError(line, refused.problem, refused.value));
      }
    }

    /** Whether this first line is a header; records an error when it names only some columns. */
    private boolean readHeader(long line, List<String> fields) {
      int[] at = {-1, -1, -1, -1};
      boolean named = false;
      for (int i = 0; i < fields.size(); i++) {
        int index = i;
        Optional<Column> column = Column.named(fields.get(i));
        if (column.isPresent() && at[column.get().ordinal()] < 0) {
          at[column.get().ordinal()] = index;
          named = true;
        }
      }
      if (named) {
        header = true;
        String[] missing = {"lastName", "firstNames", "birthDate"};
        for (int c = 0; c < 3; c++) {
          if (at[c] < 0) {
            error(new LineError(line, "header", missing[c]));
          }
        }
        lastName = at[0];
        firstNames = at[1];
        birthDate = at[2];
        district = at[3];
        width = fields.size();
        if (district < 0 && lastName == 0 && firstNames == 1 && birthDate == 2 && width == 3) {
          // nom;prénoms;date de naissance above rows that add the district, as this list always allowed
          district = 3;
          width = 4;
        }
        return true;
      }
      header = (fields.size() == 3 || fields.size() == 4) && fields.get(2).chars().noneMatch(Character::isDigit);
      return header;
    }

    private Resident resident(List<String> fields) {
      if (width < 0 ? fields.size() != 3 && fields.size() != 4
          : fields.subList(Math.min(width, fields.size()), fields.size()).stream().anyMatch(f -> !f.isBlank())) {
        throw new Refused("fields", Integer.toString(fields.size()));
      }
      if (lastName < 0 || firstNames < 0 || birthDate < 0) {
        throw new Refused("header", "");
      }
      String last = field(fields, lastName);
      String first = field(fields, firstNames);
      String born = field(fields, birthDate);
      String where = district < 0 ? "" : field(fields, district);
      if (PersonIdentity.normalize(last).isEmpty()) {
        throw new Refused("lastName", last);
      }
      if (PersonIdentity.normalize(first).isEmpty()) {
        throw new Refused("firstNames", first);
      }
      if (last.length() > MAX_NAME || first.length() > MAX_NAME) {
        throw new Refused("name", "");
      }
      if (born.isEmpty()) {
        throw new Refused("birthDate", "");
      }
      LocalDate day = date(born);
      if (where.length() > MAX_DISTRICT) {
        throw new Refused("district", "");
      }
      return new Resident(new PersonIdentity(last, first, day),
          where.isEmpty() ? Optional.empty() : Optional.of(where));
    }

    void error(LineError error) {
      badLines++;
      if (errors.size() < MAX_ERRORS) {
        errors.add(error);
      }
    }

    Parsed done() {
      if (residents.isEmpty() && errors.isEmpty()) {
        error(new LineError(1, "empty", ""));
      }
      return new Parsed(List.copyOf(residents), List.copyOf(errors), badLines, separator, header);
    }
  }

  private static String field(List<String> fields, int index) {
    return index < fields.size() ? fields.get(index).strip() : "";
  }

  /** A birth date typed in one of the forms a census accepts, if it is one (see {@link #date}). */
  public static Optional<LocalDate> birthDate(String text) {
    try {
      return Optional.of(date(text.strip()));
    } catch (Refused refused) {
      return Optional.empty();
    }
  }

  /** A birth date in one of the accepted forms, a real day of the calendar from 1870 to today. */
  static LocalDate date(String text) {
    Matcher iso = ISO.matcher(text);
    Matcher french = FRENCH.matcher(text);
    try {
      LocalDate day = null;
      if (iso.matches()) {
        day = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      } else if (french.matches()) {
        day = LocalDate.of(Integer.parseInt(french.group(3)), Integer.parseInt(french.group(2)),
            Integer.parseInt(french.group(1)));
      }
      if (day != null && day.getYear() >= 1870 && !day.isAfter(LocalDate.now())) {
        return day;
      }
    } catch (DateTimeException notADay) {
      // refused below
    }
    throw new Refused("date", text);
  }

  private static final class Refused extends IllegalArgumentException {
    final String problem;
    final String value;

    Refused(String problem, String value) {
      super(problem);
      this.problem = problem;
      this.value = value;
    }
  }
}
