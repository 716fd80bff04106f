package org.parvis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.parvis.sortition.Algorithm;
import org.parvis.sortition.SortitionCsv;
import org.parvis.sortition.SortitionProblem;
import picocli.CommandLine.Option;

/** Options shared by the sortition subcommands: where the pool and quotas are, panel size. */
final class SortitionInput {
  @Option(names = "--algorithm", defaultValue = "leximin",
      description = "legacy, maximin or leximin (default: ${DEFAULT-VALUE}).",
      converter = AlgorithmConverter.class)
  Algorithm algorithm;

  @Option(names = {"-k", "--panel-size"}, required = true, description = "Panel size k.")
  int panelSize;

  @Option(names = "--categories", required = true, paramLabel = "FILE",
      description = "Quotas: category,feature,min,max or feature,value,min,max[,min_flex,max_flex].")
  Path categories;

  @Option(names = "--respondents", required = true, paramLabel = "FILE",
      description = "Pool: one column per category (plus an id column, optional).")
  Path respondents;

  @Option(names = "--id-column", paramLabel = "NAME",
      description = "Id column of the respondents file (default: id or nationbuilder_id, else row"
          + " numbers when every column is a category).")
  String idColumn;

  @Option(names = "--household-columns", split = ",", paramLabel = "COL",
      description = "Columns forming a household key; at most one member per household sits.")
  List<String> householdColumns = List.of();

  @Option(names = "--quiet", description = "No progress on stderr.")
  boolean quiet;

  SortitionProblem problem() throws IOException {
    return SortitionCsv.read(categories, respondents, idColumn, householdColumns)
        .problem(panelSize, !householdColumns.isEmpty());
  }

  static final class AlgorithmConverter implements picocli.CommandLine.ITypeConverter<Algorithm> {
    @Override
    public Algorithm convert(String value) {
      return Algorithm.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
  }
}
