package org.parvis.modules.budget.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The text form of a ballot's choices, one column per ballot so that a whole envelope's ballots
 * load in one query: {@code <project id>=<points>} pairs separated by {@code ;}.
 */
public final class Choices {

  private Choices() {}

  public static String write(Map<UUID, Long> points) {
    return points.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
  }

  public static Map<UUID, Long> read(String text) {
    Map<UUID, Long> points = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return points;
    }
    for (String pair : text.split(";")) {
      int eq = pair.indexOf('=');
      points.put(UUID.fromString(pair.substring(0, eq)), Long.parseLong(pair.substring(eq + 1)));
    }
    return points;
  }
}
