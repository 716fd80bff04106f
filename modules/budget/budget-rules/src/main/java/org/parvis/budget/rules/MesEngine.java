package org.parvis.budget.rules;

import java.util.ArrayList;
import java.util.List;

/** One run of the Method of Equal Shares at a given per-voter budget (no completion). */
abstract class MesEngine {
  final Profile profile;
  final Utility utility;
  /** Projects MES may fund: supported (positive satisfaction) and costing something. */
  final boolean[] candidate;
  /** Supported projects costing nothing: funded before MES starts, in id order. */
  final List<Integer> free = new ArrayList<>();

  MesEngine(Profile profile, Utility utility) {
    this.profile = profile;
    this.utility = utility;
    candidate = new boolean[profile.projectCount];
    for (int p : profile.projectsInTieOrder()) {
      boolean supported = profile.approvals[p] > 0 && (utility != Utility.COST || profile.cost[p] > 0);
      if (supported && profile.cost[p] > 0) {
        candidate[p] = true;
      } else if (supported) {
        free.add(p);
      }
    }
  }

  static MesEngine of(Profile profile, Utility utility) {
    return utility == Utility.POINTS ? new ExactMes(profile, utility) : new UniformMes(profile, utility);
  }

  /** The projects funded, in order of selection (free projects first). */
  abstract List<Integer> run(Rational perVoterBudget);

  /** True when no candidate left out of {@code selection} still fits in the budget. */
  boolean exhaustive(List<Integer> selection) {
    long spent = profile.cost(selection);
    boolean[] taken = new boolean[profile.projectCount];
    selection.forEach(p -> taken[p] = true);
    for (int p = 0; p < profile.projectCount; p++) {
      if (candidate[p] && !taken[p] && spent + profile.cost[p] <= profile.budget) {
        return false;
      }
    }
    return true;
  }

  /** The satisfaction of a supporter giving {@code points} to project {@code p}. */
  long satisfaction(int p, long points) {
    return switch (utility) {
      case COST -> profile.cost[p];
      case CARDINALITY -> 1;
      case POINTS -> points;
    };
  }
}
