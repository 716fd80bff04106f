package org.parvis.budget.rules;

import java.util.List;

/**
 * What an allocation rule needs to know about one envelope: its budget, the projects on the
 * ballot and the ballots cast (empty ballots included: they count in the per-voter share).
 */
public record Election(long budget, List<Project> projects, List<Ballot> ballots) {
  public Election {
    if (budget < 0) {
      throw new IllegalArgumentException("negative budget " + budget);
    }
    projects = List.copyOf(projects);
    ballots = List.copyOf(ballots);
  }
}
