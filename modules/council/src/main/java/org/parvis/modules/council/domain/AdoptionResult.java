package org.parvis.modules.council.domain;

import java.util.List;

/**
 * The outcome of an adoption vote: adopted or not, with the overall count and, under a per-college
 * rule, the count of each voting college.
 */
public record AdoptionResult(boolean adopted, CollegeTally overall, List<CollegeTally> colleges) {
  public AdoptionResult {
    colleges = List.copyOf(colleges);
  }
}
