package org.parvis.sortition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the two common CSV layouts.
 *
 * <ul>
 *   <li>Replication layout (Flanigan et al.): quotas {@code category,feature,min,max}; respondents
 *       with one column per category and no id (ids are the 1-based row numbers).
 *   <li>Sortition Foundation layout: quotas {@code feature,value,min,max[,min_flex,max_flex]}
 *       (flex columns are ignored); people with an id column ({@code id}, {@code nationbuilder_id},
 *       or the one named, else the first column) and one column per feature.
 * </ul>
 *
 * The layout is recognised from the quotas header. Values are matched case-insensitively; an
 * unknown value is an error naming the row and the known values.
 */
public final class SortitionCsv {
  private SortitionCsv() {}

  /** Reads quotas and pool; {@code householdColumns} (may be empty) form the household key. */
  public static Pool read(Path quotasFile, Path peopleFile, String idColumn,
      List<String> householdColumns) throws IOException {
    Quotas quotas = readQuotas(quotasFile);
    List<List<String>> rows = Csv.read(peopleFile);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(peopleFile + ": empty file");
    }
    List<String> header = rows.get(0).stream().map(String::trim).toList();
    int[] column = new int[quotas.categoryCount()];
    for (int c = 0; c < column.length; c++) {
      column[c] = indexOf(header, quotas.categories().get(c));
      if (column[c] < 0) {
        throw new IllegalArgumentException(peopleFile + ": no column for category '"
            + quotas.categories().get(c) + "' (columns: " + String.join(", ", header) + ")");
      }
    }
    int idCol = idColumn(header, idColumn, column);
    int[] householdCol = new int[householdColumns.size()];
    for (int h = 0; h < householdCol.length; h++) {
      householdCol[h] = indexOf(header, householdColumns.get(h));
      if (householdCol[h] < 0) {
        throw new IllegalArgumentException(
            peopleFile + ": no household column '" + householdColumns.get(h) + "'");
      }
    }
    List<Person> people = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      String id = idCol < 0 ? Integer.toString(r) : cell(row, idCol).trim();
      int[] values = new int[column.length];
      for (int c = 0; c < column.length; c++) {
        try {
          values[c] = quotas.valueIndex(c, cell(row, column[c]));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              peopleFile + " row " + (r + 1) + " (id " + id + "): " + e.getMessage(), e);
        }
      }
      String household = null;
      if (householdCol.length > 0) {
        StringBuilder key = new StringBuilder();
        for (int h : householdCol) {
          key.append(Quotas.key(cell(row, h))).append('\u001f');
        }
        household = key.toString();
      }
      people.add(new Person(id, values, household));
    }
    return new Pool(quotas, people);
  }

  public static Pool read(Path quotasFile, Path peopleFile) throws IOException {
    return read(quotasFile, peopleFile, null, List.of());
  }

  public static Quotas readQuotas(Path file) throws IOException {
    List<List<String>> rows = Csv.read(file);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(file + ": empty file");
    }
    List<String> header = rows.get(0).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
    int cat;
    int val;
    if (header.contains("category") && header.contains("feature")) {
      cat = header.indexOf("category");
      val = header.indexOf("feature");
    } else if (header.contains("feature") && header.contains("value")) {
      cat = header.indexOf("feature");
      val = header.indexOf("value");
    } else {
      throw new IllegalArgumentException(file
          + ": header must be category,feature,min,max or feature,value,min,max; got "
          + String.join(",", rows.get(0)));
    }
    int min = header.indexOf("min");
    int max = header.indexOf("max");
    if (min < 0 || max < 0) {
      throw new IllegalArgumentException(file + ": min and max columns are required");
    }
    List<QuotaValue> quotas = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      try {
        quotas.add(new QuotaValue(cell(row, cat).trim(), cell(row, val).trim(),
            Integer.parseInt(cell(row, min).trim()), Integer.parseInt(cell(row, max).trim())));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + " row " + (r + 1) + ": min/max must be integers");
      }
    }
    return new Quotas(quotas);
  }

  private static int idColumn(List<String> header, String named, int[] categoryColumns) {
    if (named != null) {
      int i = indexOf(header, named);
      if (i < 0) {
        throw new IllegalArgumentException("No id column '" + named + "'");
      }
      return i;
    }
    for (String candidate : List.of("id", "nationbuilder_id", "person_id")) {
      int i = indexOf(header, candidate);
      if (i >= 0) {
        return i;
      }
    }
    for (int c : categoryColumns) {
      if (c == 0) {
        return -1; // replication layout: every column is a category, ids are row numbers
      }
    }
    return 0;
  }

  private static int indexOf(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (Quotas.key(header.get(i)).equals(Quotas.key(name))) {
        return i;
      }
    }
    return -1;
  }

  private static String cell(List<String> row, int i) {
    return i < row.size() ? row.get(i) : "";
  }

  /** Quotas and the people read with them. */
  public record Pool(Quotas quotas, List<Person> people) {
    public SortitionProblem problem(int panelSize, boolean oneMemberPerHousehold) {
      return new SortitionProblem(quotas, people, panelSize, oneMemberPerHousehold);
    }
  }
}
