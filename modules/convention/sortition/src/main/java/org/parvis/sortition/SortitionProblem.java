package org.parvis.sortition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What to select: a pool, quotas over its features, the panel size, and whether at most one member
 * per household may sit on the panel.
 */
public record SortitionProblem(
    Quotas quotas, List<Person> people, int panelSize, boolean oneMemberPerHousehold) {
  public SortitionProblem {
    people = List.copyOf(people);
    if (panelSize < 1) {
      throw new IllegalArgumentException("Panel size must be positive, got " + panelSize);
    }
    Set<String> ids = new HashSet<>();
    for (Person p : people) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("Person id '" + p.id() + "' appears twice in the pool");
      }
      if (p.values().length != quotas.categoryCount()) {
        throw new IllegalArgumentException("Person " + p.id() + " lacks a value for a category");
      }
    }
  }

  public SortitionProblem(Quotas quotas, List<Person> people, int panelSize) {
    this(quotas, people, panelSize, false);
  }

  public SortitionProblem withHouseholds(boolean check) {
    return new SortitionProblem(quotas, people, panelSize, check);
  }

  /** Whether some household actually holds two pool members (otherwise types stay symmetric). */
  boolean householdsMatter() {
    if (!oneMemberPerHousehold) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    for (Person p : people) {
      if (p.household() != null && !seen.add(p.household())) {
        return true;
      }
    }
    return false;
  }
}
