package org.parvis.budget.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One voter's ballot: the points given to each supported project. An approval (or knapsack)
 * ballot gives one point to each approved project; a cumulative ballot gives the voter's points.
 */
public record Ballot(Map<String, Long> points) {
  public Ballot {
    points = Map.copyOf(points);
    points.forEach(
        (project, value) -> {
          if (value <= 0) {
            throw new IllegalArgumentException("project " + project + ": points must be positive");
          }
        });
  }

  public static Ballot approving(Collection<String> projectIds) {
    Map<String, Long> points = new LinkedHashMap<>();
    projectIds.forEach(id -> points.put(id, 1L));
    return new Ballot(points);
  }
}
