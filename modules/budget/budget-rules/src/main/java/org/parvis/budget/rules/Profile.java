package org.parvis.budget.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An election compiled for the rules: projects by index, identical ballots merged into weighted
 * groups, and each project's supporting groups. Built once per allocation.
 */
final class Profile {
  final long budget;
  final int projectCount;
  final String[] ids;
  final long[] cost;
  /** Position of each project in the order of its id string: the tie-breaking order. */
  final int[] tieRank;
  /** Number of ballots, empty ones included: the per-voter share of MES divides by it. */
  final long voters;
  final int groupCount;
  final int[][] groupProjects;
  final long[][] groupPoints;
  final int[] groupWeight;
  final int[][] projectGroups;
  /** Weighted number of supporters of each project. */
  final long[] approvals;
  /** Weighted sum of the points given to each project. */
  final long[] points;

  private Profile(Election election, boolean groups) {
    budget = election.budget();
    List<Project> projects = election.projects();
    projectCount = projects.size();
    ids = new String[projectCount];
    cost = new long[projectCount];
    Map<String, Integer> index = new HashMap<>();
    for (int p = 0; p < projectCount; p++) {
      Project project = projects.get(p);
      ids[p] = project.id();
      cost[p] = project.cost();
      if (index.put(project.id(), p) != null) {
        throw new IllegalArgumentException("duplicate project id " + project.id());
      }
    }
    Integer[] byId = new Integer[projectCount];
    for (int p = 0; p < projectCount; p++) {
      byId[p] = p;
    }
    Arrays.sort(byId, (a, b) -> ids[a].compareTo(ids[b]));
    tieRank = new int[projectCount];
    for (int r = 0; r < projectCount; r++) {
      tieRank[byId[r]] = r;
    }

    voters = election.ballots().size();
    approvals = new long[projectCount];
    points = new long[projectCount];
    if (!groups) { // greedy only needs the totals
      for (Ballot ballot : election.ballots()) {
        for (Map.Entry<String, Long> e : ballot.points().entrySet()) {
          Integer p = index.get(e.getKey());
          if (p == null) {
            throw new IllegalArgumentException("ballot names an unknown project " + e.getKey());
          }
          approvals[p]++;
          points[p] = add(points[p], e.getValue());
        }
      }
      checkTotals();
      groupCount = 0;
      groupProjects = new int[0][];
      groupPoints = new long[0][];
      groupWeight = new int[0];
      projectGroups = new int[projectCount][0];
      return;
    }
    Map<BallotKey, int[]> merged = new HashMap<>();
    List<BallotKey> order = new ArrayList<>();
    for (Ballot ballot : election.ballots()) {
      int size = ballot.points().size();
      if (size == 0) {
        continue;
      }
      long[] entries = new long[size * 2];
      int i = 0;
      for (Map.Entry<String, Long> e : ballot.points().entrySet()) {
        Integer p = index.get(e.getKey());
        if (p == null) {
          throw new IllegalArgumentException("ballot names an unknown project " + e.getKey());
        }
        // insertion sort of (project, points) pairs by project index: ballots are short
        int at = i++;
        while (at > 0 && entries[2 * at - 2] > p) {
          entries[2 * at] = entries[2 * at - 2];
          entries[2 * at + 1] = entries[2 * at - 1];
          at--;
        }
        entries[2 * at] = p;
        entries[2 * at + 1] = e.getValue();
      }
      BallotKey key = new BallotKey(entries);
      int[] count = merged.get(key);
      if (count == null) {
        merged.put(key, new int[] {1});
        order.add(key);
      } else {
        count[0]++;
      }
    }
    groupCount = order.size();
    groupProjects = new int[groupCount][];
    groupPoints = new long[groupCount][];
    groupWeight = new int[groupCount];
    int[] supporters = new int[projectCount];
    for (int g = 0; g < groupCount; g++) {
      BallotKey key = order.get(g);
      int size = key.entries.length / 2;
      groupProjects[g] = new int[size];
      groupPoints[g] = new long[size];
      groupWeight[g] = merged.get(key)[0];
      for (int k = 0; k < size; k++) {
        int p = (int) key.entries[2 * k];
        groupProjects[g][k] = p;
        groupPoints[g][k] = key.entries[2 * k + 1];
        supporters[p]++;
        approvals[p] += groupWeight[g];
        points[p] = add(points[p], multiply(groupWeight[g], key.entries[2 * k + 1]));
      }
    }
    checkTotals();
    projectGroups = new int[projectCount][];
    for (int p = 0; p < projectCount; p++) {
      projectGroups[p] = new int[supporters[p]];
      supporters[p] = 0;
    }
    for (int g = 0; g < groupCount; g++) {
      for (int p : groupProjects[g]) {
        projectGroups[p][supporters[p]++] = g;
      }
    }
  }

  /**
   * Refuses an election whose totals do not fit in a {@code long}: the cost of all projects
   * together and, per project, its cost times its supporters (the satisfaction the rules sum).
   * Every sum the rules compute is a part of one of these, so none of them can wrap.
   */
  private void checkTotals() {
    long all = 0;
    for (int p = 0; p < projectCount; p++) {
      all = add(all, cost[p]);
      multiply(cost[p], approvals[p]);
    }
  }

  /** {@code a + b}, refused rather than wrapped when it does not fit in a {@code long}. */
  static long add(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the election's totals are too large to count exactly", e);
    }
  }

  /** {@code a × b}, refused rather than wrapped when it does not fit in a {@code long}. */
  static long multiply(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the election's totals are too large to count exactly", e);
    }
  }

  static Profile of(Election election) {
    return new Profile(election, true);
  }

  /** Only the projects and their vote totals: no ballot groups. */
  static Profile totals(Election election) {
    return new Profile(election, false);
  }

  /** Orders project indices by id string (the tie-breaking order). */
  Integer[] projectsInTieOrder() {
    Integer[] result = new Integer[projectCount];
    for (int p = 0; p < projectCount; p++) {
      result[tieRank[p]] = p;
    }
    return result;
  }

  Outcome outcome(String rule, List<Integer> selection) {
    List<String> selected = new ArrayList<>(selection.size());
    long total = 0;
    for (int p : selection) {
      selected.add(ids[p]);
      total = add(total, cost[p]);
    }
    return new Outcome(rule, selected, total);
  }

  long cost(List<Integer> selection) {
    long total = 0;
    for (int p : selection) {
      total = add(total, cost[p]);
    }
    return total;
  }

  private record BallotKey(long[] entries) {
    @Override
    public boolean equals(Object o) {
      return o instanceof BallotKey k && Arrays.equals(entries, k.entries);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(entries);
    }
  }
}
