package org.parvis.budget.rules;

import java.util.List;

/** The projects a rule funds, in order of selection, and their total cost. */
public record Outcome(String rule, List<String> selected, long cost) {
  public Outcome {
    selected = List.copyOf(selected);
  }
}
