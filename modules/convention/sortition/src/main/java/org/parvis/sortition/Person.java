package org.parvis.sortition;

import java.util.Arrays;

/**
 * A pool member: an id, the index of its value in each quota category, and an optional household
 * key (people sharing a non-null household key may not sit together when households are checked).
 */
public record Person(String id, int[] values, String household) {
  public Person {
    values = values.clone();
  }

  @Override
  public int[] values() {
    return values.clone();
  }

  int value(int category) {
    return values[category];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Person p && p.id.equals(id) && Arrays.equals(p.values, values)
        && java.util.Objects.equals(p.household, household);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
