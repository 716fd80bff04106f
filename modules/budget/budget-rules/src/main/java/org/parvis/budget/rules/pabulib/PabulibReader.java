package org.parvis.budget.rules.pabulib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parvis.budget.rules.Ballot;
import org.parvis.budget.rules.Election;
import org.parvis.budget.rules.Project;

/**
 * Reads the Pabulib {@code .pb} format (pabulib.org): sections {@code META}, {@code PROJECTS},
 * {@code VOTES}, each a header line then semicolon-separated rows under a column header; fields
 * may be double-quoted (a quoted field may contain semicolons; {@code ""} is a quote).
 *
 * <p>Ballots: {@code approval}, {@code choose-1} and {@code ordinal} votes are read as approvals
 * of the listed projects (as pabutools' cost and cardinality satisfactions read them; the rank is
 * dropped). {@code cumulative} and {@code scoring} votes carry the {@code points} column; a project
 * listed twice in one ballot gets the sum of its points; a project given zero points is not
 * supported. Costs and points must be whole numbers ({@code 1000} or {@code 1000.0}); a budget
 * with cents is rounded down to whole currency units (what fits is unchanged; MES's per-voter
 * share then ignores the cents). Numbers are plain decimals of bounded length
 * ({@link #NUMBER}: no exponent, at most 19 digits before the point and 18 after), read before any
 * arithmetic so that a number such as {@code 1e300000000} costs nothing to refuse; a ballot whose
 * points add up beyond a {@code long} is refused too. Any problem is a
 * {@link PabulibFormatException} naming the line.
 */
public final class PabulibReader {
  /** A number as the reader accepts it: plain decimal digits, bounded, no exponent. */
  static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?[0-9]{1,19}(\\.[0-9]{1,18})?");
  private static final Set<String> VOTE_TYPES =
      Set.of("approval", "cumulative", "ordinal", "choose-1", "scoring");

  private PabulibReader() {}

  public static PabulibInstance read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public static PabulibInstance read(Reader input, String source) {
    return new Parse(source).run(input);
  }

  private static final class Parse {
    private final String source;
    private int lineNumber;
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final Map<String, Integer> metaLines = new HashMap<>();
    private final List<Map<String, String>> projectRows = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final Map<String, Project> projectsById = new HashMap<>();
    private final List<String> voterIds = new ArrayList<>();
    private final List<Ballot> ballots = new ArrayList<>();

    Parse(String source) {
      this.source = source;
    }

    PabulibInstance run(Reader input) {
      BufferedReader reader = input instanceof BufferedReader b ? b : new BufferedReader(input);
      String section = null;
      List<String> columns = null;
      String voteType = null;
      try {
        String line;
        while ((line = reader.readLine()) != null) {
          lineNumber++;
          if (lineNumber == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
          }
          if (line.isBlank()) {
            continue;
          }
          String header = line.strip().toUpperCase(Locale.ROOT);
          if (header.equals("META") || header.equals("PROJECTS") || header.equals("VOTES")) {
            expectOrder(section, header);
            section = header;
            columns = null;
            if (header.equals("PROJECTS") || header.equals("VOTES")) {
              voteType = checkMeta();
            }
            continue;
          }
          if (section == null) {
            throw error("expected the META section first, found: " + abbreviate(line));
          }
          List<String> fields = split(line);
          if (columns == null) {
            columns = fields.stream().map(String::strip).toList();
            requireColumns(section, columns);
            continue;
          }
          if (fields.size() != columns.size()) {
            throw error("expected " + columns.size() + " fields (" + String.join(";", columns)
                + "), found " + fields.size());
          }
          switch (section) {
            case "META" -> {
              meta.put(fields.get(0).strip(), fields.get(1).strip());
              metaLines.put(fields.get(0).strip(), lineNumber);
            }
            case "PROJECTS" -> project(columns, fields);
            default -> vote(columns, fields, voteType);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!"VOTES".equals(section)) {
        lineNumber = 0;
        throw error("missing " + (section == null ? "META" : "PROJECTS".equals(section) ? "VOTES" : "PROJECTS")
            + " section");
      }
      long budget = budget();
      return new PabulibInstance(meta, projectRows, voterIds, new Election(budget, projects, ballots));
    }

    private void expectOrder(String current, String next) {
      String expected = current == null ? "META" : current.equals("META") ? "PROJECTS"
          : current.equals("PROJECTS") ? "VOTES" : null;
      if (!next.equals(expected)) {
        throw error("section " + next + " out of place (expected " + (expected == null ? "end of file" : expected) + ")");
      }
    }

    private String checkMeta() {
      if (!meta.containsKey("budget")) {
        throw error("META has no budget");
      }
      budget();
      String voteType = meta.getOrDefault("vote_type", "approval").toLowerCase(Locale.ROOT);
      if (!VOTE_TYPES.contains(voteType)) {
        throw errorAt("vote_type",
            "unknown vote_type '" + voteType + "' (expected one of " + VOTE_TYPES + ")");
      }
      return voteType;
    }

    private void requireColumns(String section, List<String> columns) {
      List<String> required = switch (section) {
        case "META" -> List.of("key", "value");
        case "PROJECTS" -> List.of("project_id", "cost");
        default -> List.of("voter_id", "vote");
      };
      for (String column : required) {
        if (!columns.contains(column)) {
          throw error(section + " header has no '" + column + "' column");
        }
      }
    }

    private void project(List<String> columns, List<String> fields) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        row.put(columns.get(i), fields.get(i));
      }
      String id = row.get("project_id").strip();
      if (id.isEmpty()) {
        throw error("empty project_id");
      }
      if (projectsById.containsKey(id)) {
        throw error("duplicate project_id " + id);
      }
      Project project = new Project(id, wholeNumber(row.get("cost"), "cost of project " + id));
      projects.add(project);
      projectsById.put(id, project);
      projectRows.add(row);
    }

    private void vote(List<String> columns, List<String> fields, String voteType) {
      String voterId = fields.get(columns.indexOf("voter_id")).strip();
      String vote = fields.get(columns.indexOf("vote")).strip();
      List<String> ids = vote.isEmpty() ? List.of() : List.of(vote.split(",", -1));
      boolean withPoints = voteType.equals("cumulative") || voteType.equals("scoring");
      List<String> points = List.of();
      if (withPoints) {
        int column = columns.indexOf("points");
        if (column < 0) {
          throw error(voteType + " votes need a 'points' column");
        }
        String text = fields.get(column).strip();
        points = text.isEmpty() ? List.of() : List.of(text.split(",", -1));
        if (points.size() != ids.size()) {
          throw error("voter " + voterId + ": " + ids.size() + " projects but " + points.size() + " points");
        }
      }
      Map<String, Long> ballot = new LinkedHashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i).strip();
        if (!projectsById.containsKey(id)) {
          throw error("voter " + voterId + " votes for unknown project '" + id + "'");
        }
        if (withPoints) {
          long value = wholeNumber(points.get(i), "points of voter " + voterId);
          if (value < 0) {
            throw error("voter " + voterId + ": negative points " + value);
          }
          if (value > 0) {
            try {
              ballot.merge(id, value, Math::addExact);
            } catch (ArithmeticException e) {
              throw error("voter " + voterId + ": the points of project " + id + " add up to more"
                  + " than " + Long.MAX_VALUE);
            }
          }
        } else {
          ballot.put(id, 1L);
        }
      }
      voterIds.add(voterId);
      ballots.add(new Ballot(ballot));
    }

    /** Rounded down: costs are whole, so what fits is unchanged (a few files have cents). */
    private long budget() {
      String text = meta.get("budget");
      try {
        BigDecimal value = decimal(text);
        if (value.signum() < 0) {
          throw errorAt("budget", "negative budget: " + text);
        }
        return value.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
      } catch (NumberFormatException | ArithmeticException e) {
        throw errorAt("budget", "budget is not a number: '" + abbreviate(text) + "'");
      }
    }

    private long wholeNumber(String text, String what) {
      if (text == null || text.isBlank()) {
        throw error("missing " + what);
      }
      try {
        BigDecimal value = decimal(text);
        if (value.signum() < 0) {
          throw error(what + " is negative: " + text);
        }
        return value.stripTrailingZeros().longValueExact();
      } catch (NumberFormatException | ArithmeticException e) {
        throw error(what + " is not a whole number: '" + abbreviate(text) + "'");
      }
    }

    /** A bounded plain decimal; anything else (an exponent, too many digits) is no number. */
    private static BigDecimal decimal(String text) {
      String plain = text.strip();
      if (!NUMBER.matcher(plain).matches()) {
        throw new NumberFormatException("not a plain decimal number of at most 19 digits");
      }
      return new BigDecimal(plain);
    }

    private List<String> split(String line) {
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (quoted) {
          if (ch == '"') {
            if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
              field.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            field.append(ch);
          }
        } else if (ch == '"' && field.isEmpty() && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (ch == ';') {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
        } else {
          field.append(ch);
        }
      }
      if (quoted) {
        throw error("unterminated quoted field");
      }
      fields.add(field.toString());
      return fields;
    }

    private PabulibFormatException error(String problem) {
      return new PabulibFormatException(source, lineNumber, problem);
    }

    /** An error in a META value, reported at the line that gives it. */
    private PabulibFormatException errorAt(String metaKey, String problem) {
      return new PabulibFormatException(source, metaLines.getOrDefault(metaKey, lineNumber),
          problem);
    }

    private static String abbreviate(String line) {
      return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
  }
}
